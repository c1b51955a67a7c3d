// SPDX-License-Identifier: MIT
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace hss::triage {

/// The token normalizeText() puts where a clause ends (. , ; ! ? parentheses, line breaks): phrases never match
/// across it and a negation never reaches over it.
inline constexpr std::string_view clauseBreak = "|";

/// Lower-case ASCII and the singular of a simple English plural ("patients" → "patient", "queries" → "query",
/// "crashes" → "crash"); words of three letters or fewer, and "-ss"/"-us"/"-is" endings, are left alone.
std::string normalizeWord(std::string_view word);

/// The stem phrases and text are compared by, so one phrase covers a word's inflections: a normalised word loses
/// "-ing"/"-ed" ("-ied" → "y"), a doubled final consonant left behind ("stopped" → "stop") and a final "e" ("fire",
/// "fired", "firing" → "fir"). Words of three letters or fewer, stems that would be shorter than three letters and
/// words with digits or non-ASCII bytes are left alone. Not an English stemmer, only consistent.
std::string stemWord(std::string_view word);

/// Splits \a text into normalised words. Apostrophes and hyphens inside a word are dropped ("isn't" → "isnt",
/// "log-in" → "login"), a dot between digits or letters stays ("v2.5"), other punctuation separates words and
/// clause punctuation becomes clauseBreak (never two in a row, never first or last). Quoted text ("..." or
/// '...') is a clause of its own, so a quoted message does not negate or join the words around it. Bytes above 0x7F are
/// kept as word characters, so UTF-8 text passes through unchanged.
std::vector<std::string> normalizeText(std::string_view text);

} // namespace hss::triage
