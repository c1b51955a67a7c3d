// SPDX-License-Identifier: MIT
#include "TriagePhraseRepository.h"

#include <array>
#include <stdexcept>

#include <Poco/Data/Statement.h>
#include <Poco/Nullable.h>
#include <nlohmann/json.hpp>

#include "ResultRows.h"
#include "SqlText.h"

namespace pk = Poco::Data::Keywords;

namespace hss::server {

namespace {

/// A nullable wire name for a bound parameter.
Poco::Nullable<std::string> nullableText(const std::optional<std::string>& text)
{
    return text ? Poco::Nullable<std::string>(*text) : Poco::Nullable<std::string>();
}

/// The "emergency" column: NULL for none, "any" for all four, else one wire name (the JSON form of TriagePhrase).
std::optional<std::string> emergencyText(const triage::TriagePhrase& phrase)
{
    const nlohmann::json json = triage::toJson(phrase);
    const nlohmann::json& emergency = json.at("emergency");
    return emergency.is_string() ? std::optional<std::string>(emergency.get<std::string>()) : std::nullopt;
}

} // namespace

TriagePhraseRepository::TriagePhraseRepository(Database& database)
    : m_database(database)
{ }

std::string TriagePhraseRepository::sql(std::string_view text) const
{
    return sqltext::forBackend(text, m_database.backend());
}

std::vector<triage::TriagePhrase> TriagePhraseRepository::load(Poco::Data::Session& session)
{
    Poco::Data::Statement select(session);
    select << "SELECT phrase, kind, emergency, category, priority, weight FROM triage_phrases ORDER BY position";
    const ResultRows rows(select);
    std::vector<triage::TriagePhrase> phrases;
    for (std::size_t row = 0; row < rows.size(); ++row) {
        // Decoded like an admin's JSON, so a stored row obeys exactly the rules a PUT does.
        nlohmann::json json {
            {"phrase", rows.text(row, 0)}, {"kind", rows.text(row, 1)}, {"weight", rows.integer(row, 5)}};
        constexpr std::array<const char*, 3> optionalColumns {"emergency", "category", "priority"};
        for (std::size_t i = 0; i < optionalColumns.size(); ++i) {
            const auto value = rows.optionalText(row, 2 + i);
            json[optionalColumns[i]] = value ? nlohmann::json(*value) : nlohmann::json(nullptr);
        }
        auto phrase = triage::triagePhraseFromJson(json);
        if (!phrase) {
            throw std::runtime_error("triage_phrases row " + std::to_string(row) + ": " + describe(phrase.error()));
        }
        phrases.push_back(std::move(phrase).value());
    }
    return phrases;
}

void TriagePhraseRepository::replace(Poco::Data::Session& session, const std::vector<triage::TriagePhrase>& phrases,
                                     std::int64_t nowMs)
{
    session << "DELETE FROM triage_phrases", pk::now;
    for (std::size_t i = 0; i < phrases.size(); ++i) {
        const triage::TriagePhrase& phrase = phrases[i];
        const int position = static_cast<int>(i);
        const std::string kind(triage::toString(triage::kindOf(phrase)));
        const Poco::Nullable<std::string> emergency = nullableText(emergencyText(phrase));
        const Poco::Nullable<std::string> category =
            nullableText(phrase.category ? std::optional<std::string>(toString(*phrase.category)) : std::nullopt);
        const Poco::Nullable<std::string> priority =
            nullableText(phrase.priority ? std::optional<std::string>(toString(*phrase.priority)) : std::nullopt);
        const int weight = phrase.weight;
        session << sql("INSERT INTO triage_phrases (position, phrase, kind, emergency, category, priority, weight, "
                       "updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"),
            pk::bind(position), pk::bind(phrase.phrase), pk::bind(kind), pk::bind(emergency), pk::bind(category),
            pk::bind(priority), pk::bind(weight), pk::bind(nowMs), pk::now;
    }
}

} // namespace hss::server
