// SPDX-License-Identifier: MIT
#pragma once

#include <span>
#include <string_view>

namespace hss::bench {

/// The word and phrase lists the synthetic store workload draws from: healthcare-support wording written for the
/// benchmark. Each list is fixed, so a given seed always yields the same data.
namespace vocabulary {

/// Product parts a ticket or article is about ("infusion pump gateway"); also the KB topics.
std::span<const std::string_view> components();
/// What goes wrong, written to follow a component ("times out after login").
std::span<const std::string_view> problems();
/// Hospital and clinic names.
std::span<const std::string_view> sites();
/// Who is affected ("night-shift nurses").
std::span<const std::string_view> affectedGroups();
/// Description sentences with {c} (component), {p} (problem), {s} (site), {g} (group), {e} (error code).
std::span<const std::string_view> descriptionSentences();
/// Agent and customer comment sentences with the same placeholders.
std::span<const std::string_view> commentSentences();
/// KB title patterns with {c} and {p}.
std::span<const std::string_view> articleTitles();
/// KB body sentences with {c}, {p}, {g}, {e}, {v} (version) and {r} (role).
std::span<const std::string_view> articleSentences();
/// Article detail sentences with {d} (drug name), {m} (device model), {n} (a number) and {e}: they give the
/// full-text index a long tail of rare terms, as real articles have.
std::span<const std::string_view> detailSentences();
/// Syllables for made-up drug names (start + middle + end).
std::span<const std::string_view> drugStarts();
std::span<const std::string_view> drugMiddles();
std::span<const std::string_view> drugEnds();
/// Device makers for made-up model names.
std::span<const std::string_view> deviceBrands();
/// Everyday English words, most frequent first: the head of the article text's word distribution.
std::span<const std::string_view> commonWords();
/// Consonant-vowel syllables for made-up words: the long tail of the article text's word distribution. None of
/// them starts a searched term, so the made-up words never match a benchmark query by accident.
std::span<const std::string_view> syllables();
/// Clinical and support roles ("charge nurse").
std::span<const std::string_view> roles();
/// Support teams.
std::span<const std::string_view> teams();
/// First and last names for requesters.
std::span<const std::string_view> firstNames();
std::span<const std::string_view> lastNames();

} // namespace vocabulary

} // namespace hss::bench
