// SPDX-License-Identifier: MIT
#include "hss/triage/TextNormalizer.h"

#include <algorithm>

namespace hss::triage {

namespace {

bool isWordByte(char c)
{
    const auto byte = static_cast<unsigned char>(c);
    return (byte >= 'a' && byte <= 'z') || (byte >= 'A' && byte <= 'Z') || (byte >= '0' && byte <= '9') || byte >= 0x80;
}

bool isClausePunctuation(char c)
{
    switch (c) {
    case '.':
    case ',':
    case ';':
    case '!':
    case '?':
    case '(':
    case ')':
    case '[':
    case ']':
    case '\n':
    case '\r':
        return true;
    default:
        return false;
    }
}

/// Apostrophes (ASCII and the UTF-8 right single quote) and hyphens join the word parts around them.
std::size_t joinerLength(std::string_view text, std::size_t i)
{
    if (text[i] == '\'' || text[i] == '-') {
        return 1;
    }
    if (text.substr(i, 3) == "\xE2\x80\x99") {
        return 3;
    }
    return 0;
}

bool endsWith(std::string_view word, std::string_view suffix)
{
    return word.size() >= suffix.size() && word.substr(word.size() - suffix.size()) == suffix;
}

} // namespace

std::string normalizeWord(std::string_view word)
{
    std::string lower(word);
    for (char& c : lower) {
        if (c >= 'A' && c <= 'Z') {
            c = static_cast<char>(c - 'A' + 'a');
        }
    }
    if (lower.size() <= 3 || endsWith(lower, "ss") || endsWith(lower, "us") || endsWith(lower, "is")) {
        return lower;
    }
    if (endsWith(lower, "ies") && lower.size() > 4) {
        return lower.substr(0, lower.size() - 3) + "y";
    }
    if (endsWith(lower, "sses") || endsWith(lower, "xes") || endsWith(lower, "ches") || endsWith(lower, "shes")) {
        return lower.substr(0, lower.size() - 2);
    }
    if (endsWith(lower, "s")) {
        return lower.substr(0, lower.size() - 1);
    }
    return lower;
}

std::string stemWord(std::string_view word)
{
    std::string stem(word);
    const bool plainWord = std::all_of(stem.begin(), stem.end(), [](char c) { return c >= 'a' && c <= 'z'; });
    if (stem.size() <= 3 || !plainWord) {
        return stem;
    }
    auto hasVowel = [](std::string_view text) { return text.find_first_of("aeiouy") != std::string_view::npos; };
    bool stripped = false;
    if (endsWith(stem, "ing") && stem.size() >= 6 && hasVowel(std::string_view(stem).substr(0, stem.size() - 3))) {
        stem.resize(stem.size() - 3);
        stripped = true;
    } else if (endsWith(stem, "ied") && stem.size() > 4) {
        stem.replace(stem.size() - 3, 3, "y");
    } else if (endsWith(stem, "ed") && !endsWith(stem, "eed") && stem.size() >= 5) {
        stem.resize(stem.size() - 2);
        stripped = true;
    }
    const std::size_t n = stem.size();
    if (stripped && n >= 2 && stem[n - 1] == stem[n - 2]
        && std::string_view("aeioulsz").find(stem[n - 1]) == std::string_view::npos) {
        stem.pop_back(); // "stopped" → "stop", but "called", "missed" keep their pair
    }
    if (stem.size() > 3 && stem.back() == 'e') {
        stem.pop_back();
    }
    return stem;
}

std::vector<std::string> normalizeText(std::string_view text)
{
    std::vector<std::string> tokens;
    std::string word;
    bool inQuote = false;
    auto flushWord = [&] {
        if (!word.empty()) {
            tokens.push_back(normalizeWord(word));
            word.clear();
        }
    };
    auto breakClause = [&] {
        flushWord();
        if (!tokens.empty() && tokens.back() != clauseBreak) {
            tokens.emplace_back(clauseBreak);
        }
    };
    for (std::size_t i = 0; i < text.size(); ++i) {
        const char c = text[i];
        if (c == '"') {
            breakClause();
            continue;
        }
        const std::size_t joiner = joinerLength(text, i);
        if (isWordByte(c) && joiner == 0) {
            word += c;
            continue;
        }
        if (joiner > 0) {
            const bool before = i + joiner < text.size() && isWordByte(text[i + joiner]);
            if (!word.empty() && before) {
                i += joiner - 1; // inside a word: "isn't", "log-in"
                continue;
            }
            // A quote opened before a word and closed after one sets the quoted text apart ('no acute findings'
            // is the system's message, not the writer's negation); a lone trailing apostrophe only ends a word.
            const bool quote = text[i] != '-';
            if (quote && word.empty() && before) {
                breakClause();
                inQuote = true;
            } else if (quote && inQuote && !word.empty()) {
                breakClause();
                inQuote = false;
            } else {
                flushWord();
            }
            i += joiner - 1;
            continue;
        }
        const bool betweenWordBytes = !word.empty() && i + 1 < text.size();
        if (c == '.' && betweenWordBytes && isWordByte(text[i + 1])) {
            word += c;
            continue;
        }
        if (isClausePunctuation(c)) {
            breakClause();
        } else {
            flushWord();
        }
    }
    flushWord();
    if (!tokens.empty() && tokens.back() == clauseBreak) {
        tokens.pop_back();
    }
    return tokens;
}

} // namespace hss::triage
