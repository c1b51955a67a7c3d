// SPDX-License-Identifier: MIT
#include "hss/triage/TriagePhrase.h"

#include <nlohmann/json.hpp>

#include "../JsonObjectReader.h"
#include "../MessageText.h"
#include "hss/triage/TextNormalizer.h"

namespace hss::triage {

namespace {

constexpr std::string_view anyEmergency = "any";
constexpr std::size_t phraseTextMax = 200;

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

std::vector<std::string> phraseWords(std::string_view phrase)
{
    std::vector<std::string> words;
    std::size_t start = 0;
    while (true) {
        const std::size_t star = phrase.find('*', start);
        for (std::string& word :
             normalizeText(phrase.substr(start, star == std::string_view::npos ? star : star - start))) {
            words.push_back(std::move(word));
        }
        if (star == std::string_view::npos) {
            return words;
        }
        words.emplace_back(gapWord);
        start = star + 1;
    }
}

Status validate(const TriagePhrase& phrase)
{
    if (phrase.phrase.size() > phraseTextMax) {
        return Error {ErrorCode::TooLong, "phrase", "a phrase has at most " + std::to_string(phraseTextMax) + " bytes"};
    }
    const std::vector<std::string> words = phraseWords(phrase.phrase);
    if (words.empty()) {
        return Error {ErrorCode::InvalidArgument, "phrase", "a phrase needs at least one word"};
    }
    for (std::size_t i = 0; i < words.size(); ++i) {
        if (words[i] == clauseBreak) {
            return Error {ErrorCode::InvalidArgument, "phrase",
                          "a phrase cannot hold clause punctuation (. , ; ! ? brackets): "
                              + detail::quoteForMessage(phrase.phrase)};
        }
        const bool gap = words[i] == gapWord;
        if (gap && (i == 0 || i + 1 == words.size() || words[i - 1] == gapWord)) {
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
    reader.string("phrase", phrase.phrase);
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
    phrase.weight = weight.value_or(phrase.weight);
    if (auto status = validate(phrase); !status) {
        return status.error();
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
