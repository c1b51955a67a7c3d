// SPDX-License-Identifier: MIT
#pragma once

#include <span>
#include <string_view>

// The default synonym groups ("@name" in phrases), kept apart from the lookup code in TriageVocabulary.cpp.
namespace hss::triage::detail {

struct SynonymGroup
{
    std::string_view name;
    std::span<const std::string_view> words;
};

/// Every group in a fixed order (at most 64: membership is a bit mask): the clinical ones, then the others.
std::span<const SynonymGroup> synonymGroups();
/// Patients, harm, treatment, alerts and clinicians (ClinicalSynonymGroups.cpp), to keep each file readable.
std::span<const SynonymGroup> clinicalSynonymGroups();

} // namespace hss::triage::detail
