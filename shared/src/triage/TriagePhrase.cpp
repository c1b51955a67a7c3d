// SPDX-License-Identifier: MIT
#include "hss/triage/TriagePhrase.h"

#include <cctype>

#include <nlohmann/json.hpp>

#include "../JsonObjectReader.h"
#include "../MessageText.h"
#include "hss/Utf8.h"
#include "hss/triage/TextNormalizer.h"
#include "hss/triage/TriageVocabulary.h"

namespace hss::triage {

namespace {

constexpr std::string_view anyEmergency = "any";
constexpr std::size_t phraseTextMax = 200;
constexpr int defaultHintWeight = 5;

/// Control characters and quotes would only reach the matcher as separators the author did not mean.
bool hasForbiddenCharacter(std::string_view text)
{
    for (const char c : text) {
        const auto byte = static_cast<unsigned char>(c);
        if (byte < 0x20 || byte == 0x7F || c == '"' || c == '\\' || c == '<' || c == '>') {
            return true;
        }
    }
    return false;
}

/// Success when \a kind agrees with the fields the phrase ended up with. Weight 0 (switched off) suits every kind.
Status checkKind(PhraseKind kind, const TriagePhrase& phrase)
{
    switch (kind) {
    case PhraseKind::Emergency:
        if (phrase.emergencies.empty()) {
            return Error {ErrorCode::MissingField, "emergency", "an emergency phrase names its emergency category"};
        }
        if (phrase.weight < 0) {
            return Error {ErrorCode::OutOfRange, "weight", "an emergency phrase has a positive weight (or 0: off)"};
        }
        break;
    case PhraseKind::Against:
        if (phrase.weight > 0) {
            return Error {ErrorCode::OutOfRange, "weight", "an \"against\" phrase has a negative weight (or 0: off)"};
        }
        break;
    case PhraseKind::Hint:
        if (!phrase.emergencies.empty()) {
            return Error {ErrorCode::InvalidArgument, "emergency", "a hint names no emergency category"};
        }
        if (phrase.weight < 0) {
            return Error {ErrorCode::OutOfRange, "weight", "a hint has a positive weight (or 0: off)"};
        }
        break;
    }
    return okStatus();
}

Result<std::vector<EmergencyCategory>> emergenciesFromText(const std::string& text, const std::string& field)
{
    if (text == anyEmergency) {
        return std::vector<EmergencyCategory>(allEmergencyCategories.begin(), allEmergencyCategories.end());
    }
    auto parsed = emergencyCategoryFromString(text, field);
    if (!parsed) {
        Error error = parsed.error();
        error.message += " or \"any\"";
        return error;
    }
    return std::vector<EmergencyCategory> {parsed.value()};
}

} // namespace

std::string_view toString(PhraseKind kind)
{
    switch (kind) {
    case PhraseKind::Emergency:
        return "emergency";
    case PhraseKind::Against:
        return "against";
    case PhraseKind::Hint:
        return "hint";
    }
    return "hint";
}

Result<PhraseKind> phraseKindFromString(std::string_view text, std::string_view field)
{
    for (const PhraseKind kind : {PhraseKind::Emergency, PhraseKind::Against, PhraseKind::Hint}) {
        if (text == toString(kind)) {
            return kind;
        }
    }
    return Error {ErrorCode::UnknownValue, std::string(field),
                  "kind must be \"emergency\", \"against\" or \"hint\", not " + detail::quoteForMessage(text)};
}

PhraseKind kindOf(const TriagePhrase& phrase)
{
    if (phrase.weight < 0) {
        return PhraseKind::Against;
    }
    return phrase.emergencies.empty() ? PhraseKind::Hint : PhraseKind::Emergency;
}

std::vector<std::string> phraseWords(std::string_view phrase)
{
    std::vector<std::string> words;
    std::size_t start = 0; // of the plain text not yet normalised
    auto flushText = [&](std::size_t end) {
        for (std::string& word : normalizeText(phrase.substr(start, end - start))) {
            words.push_back(std::move(word));
        }
    };
    for (std::size_t i = 0; i < phrase.size(); ++i) {
        const char c = phrase[i];
        if (c == '*' || c == nearWord.front() || c == togetherWord.front()) {
            flushText(i);
            words.emplace_back(c == '*' ? gapWord : c == nearWord.front() ? nearWord : togetherWord);
            start = i + 1;
        } else if (c == groupPrefix) {
            flushText(i);
            std::size_t end = i + 1;
            std::string name(1, groupPrefix);
            for (; end < phrase.size() && std::isalnum(static_cast<unsigned char>(phrase[end])) != 0; ++end) {
                name += static_cast<char>(std::tolower(static_cast<unsigned char>(phrase[end])));
            }
            words.push_back(std::move(name));
            start = end;
            i = end - 1;
        }
    }
    flushText(phrase.size());
    return words;
}

Status validate(const TriagePhrase& phrase)
{
    if (phrase.phrase.size() > phraseTextMax) {
        return Error {ErrorCode::TooLong, "phrase", "a phrase has at most " + std::to_string(phraseTextMax) + " bytes"};
    }
    if (!isValidUtf8(phrase.phrase) || hasForbiddenCharacter(phrase.phrase)) {
        return Error {ErrorCode::InvalidArgument, "phrase",
                      "a phrase is UTF-8 text without control characters, quotes, backslashes or angle brackets"};
    }
    const std::vector<std::string> words = phraseWords(phrase.phrase);
    if (words.empty()) {
        return Error {ErrorCode::InvalidArgument, "phrase", "a phrase needs at least one word"};
    }
    std::size_t pairCount = 0;
    bool together = false;
    for (std::size_t i = 0; i < words.size(); ++i) {
        if (words[i].front() == groupPrefix && !synonymGroupIndex(std::string_view(words[i]).substr(1))) {
            std::string known;
            for (const std::string_view name : synonymGroupNames()) {
                known += (known.empty() ? "@" : ", @") + std::string(name);
            }
            return Error {ErrorCode::UnknownValue, "phrase",
                          "unknown synonym group " + detail::quoteForMessage(words[i]) + " (known: " + known + ")"};
        }
        // Two "~" chain three ideas in one clause ("@data ~ @expose ~ @outside"); "&" pairs two sides only.
        together = together || words[i] == togetherWord;
        if (isPairWord(words[i])
            && (++pairCount > 2 || (pairCount > 1 && together) || i == 0 || i + 1 == words.size()
                || isPairWord(words[i - 1]) || words[i - 1] == gapWord || words[i + 1] == gapWord)) {
            return Error {
                ErrorCode::InvalidArgument, "phrase",
                "a phrase has one \"&\" or up to two \"~\", with words on both sides and no \"*\" next to them"};
        }
        if (words[i] == clauseBreak) {
            return Error {ErrorCode::InvalidArgument, "phrase",
                          "a phrase cannot hold clause punctuation (. , ; ! ? brackets): "
                              + detail::quoteForMessage(phrase.phrase)};
        }
        const bool gap = words[i] == gapWord;
        if (gap
            && (i == 0 || i + 1 == words.size() || words[i - 1] == gapWord || isPairWord(words[i - 1])
                || isPairWord(words[i + 1]))) {
            return Error {ErrorCode::InvalidArgument, "phrase", "a \"*\" gap must stand between two words"};
        }
    }
    if (words.size() > phraseWordsMax) {
        return Error {ErrorCode::InvalidArgument, "phrase",
                      "a phrase has at most " + std::to_string(phraseWordsMax) + " words"};
    }
    if (phrase.emergencies.empty() && !phrase.category && !phrase.priority) {
        return Error {ErrorCode::MissingField, "emergency",
                      "a phrase must point to an emergency category, a ticket category or a priority"};
    }
    if (phrase.weight < phraseWeightMin || phrase.weight > phraseWeightMax) {
        return Error {ErrorCode::OutOfRange, "weight",
                      "weight must be between " + std::to_string(phraseWeightMin) + " and "
                          + std::to_string(phraseWeightMax)};
    }
    return okStatus();
}

nlohmann::json toJson(const TriagePhrase& phrase)
{
    nlohmann::json emergency = nullptr;
    if (phrase.emergencies.size() == allEmergencyCategories.size()) {
        emergency = anyEmergency;
    } else if (phrase.emergencies.size() == 1) {
        emergency = toString(phrase.emergencies.front());
    }
    return {
        {"phrase", phrase.phrase},
        {"kind", toString(kindOf(phrase))},
        {"emergency", emergency},
        {"category", phrase.category ? nlohmann::json(toString(*phrase.category)) : nlohmann::json(nullptr)},
        {"priority", phrase.priority ? nlohmann::json(toString(*phrase.priority)) : nlohmann::json(nullptr)},
        {"weight", phrase.weight},
    };
}

Result<TriagePhrase> triagePhraseFromJson(const nlohmann::json& json)
{
    TriagePhrase phrase;
    detail::JsonObjectReader reader(json);
    std::optional<std::string> emergency;
    std::optional<int> weight;
    std::optional<PhraseKind> kind;
    reader.string("phrase", phrase.phrase);
    reader.optionalEnumeration("kind", kind, &phraseKindFromString);
    reader.optionalString("emergency", emergency);
    reader.optionalEnumeration("category", phrase.category, &categoryFromString);
    reader.optionalEnumeration("priority", phrase.priority, &priorityFromString);
    reader.optionalInteger("weight", weight);
    if (auto status = reader.finish(); !status) {
        return status.error();
    }
    if (emergency) {
        auto emergencies = emergenciesFromText(*emergency, "emergency");
        if (!emergencies) {
            return emergencies.error();
        }
        phrase.emergencies = std::move(emergencies).value();
    }
    if (kind == PhraseKind::Against && !emergency) {
        phrase.emergencies.assign(allEmergencyCategories.begin(), allEmergencyCategories.end());
    }
    const int kindWeight = kind == PhraseKind::Against ? -phrase.weight
        : kind == PhraseKind::Hint                     ? defaultHintWeight
                                                       : phrase.weight;
    phrase.weight = weight.value_or(kindWeight);
    if (auto status = validate(phrase); !status) {
        return status.error();
    }
    if (kind) {
        if (auto status = checkKind(*kind, phrase); !status) {
            return status.error();
        }
    }
    return phrase;
}

Result<std::vector<TriagePhrase>> triagePhrasesFromJson(const nlohmann::json& json)
{
    detail::JsonObjectReader reader(json);
    const nlohmann::json* entries = reader.array("phrases");
    if (auto status = reader.finish(); !status) {
        return status.error();
    }
    if (entries == nullptr) {
        return Error {ErrorCode::MissingField, "phrases", "required field is missing or null"};
    }
    std::vector<TriagePhrase> phrases;
    for (std::size_t i = 0; i < entries->size(); ++i) {
        auto phrase = triagePhraseFromJson(entries->at(i));
        if (!phrase) {
            return withFieldPrefix(phrase.error(), "phrases[" + std::to_string(i) + "].");
        }
        phrases.push_back(std::move(phrase).value());
    }
    return phrases;
}

} // namespace hss::triage
