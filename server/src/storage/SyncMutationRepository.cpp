// SPDX-License-Identifier: MIT
#include "SyncMutationRepository.h"

#include <Poco/Data/Statement.h>
#include <nlohmann/json.hpp>

#include "ResultRows.h"
#include "SqlText.h"
#include "hss/JsonText.h"

namespace pk = Poco::Data::Keywords;

namespace hss::server {

SyncMutationRepository::SyncMutationRepository(Database& database)
    : m_database(database)
{ }

std::string SyncMutationRepository::sql(std::string_view text) const
{
    return sqltext::forBackend(text, m_database.backend());
}

std::optional<sync::MutationResult> SyncMutationRepository::find(Poco::Data::Session& session,
                                                                 std::string_view mutationId)
{
    Poco::Data::Statement statement(session);
    statement << sql("SELECT result FROM sync_mutations WHERE mutation_id = ?"), pk::bind(std::string(mutationId));
    const ResultRows rows(statement);
    if (rows.empty()) {
        return std::nullopt;
    }
    auto json = parseJsonText(rows.text(0, 0));
    if (!json) {
        return std::nullopt;
    }
    auto result = sync::mutationResultFromJson(json.value());
    if (!result) {
        return std::nullopt;
    }
    return result.value();
}

void SyncMutationRepository::remember(Poco::Data::Session& session, const sync::Mutation& mutation,
                                      const sync::MutationResult& result, std::string_view userId,
                                      std::string_view deviceId, std::int64_t atMs)
{
    session << sql("INSERT INTO sync_mutations (mutation_id, user_id, device_id, entity, entity_id, result, "
                   "applied_at) VALUES (?, ?, ?, ?, ?, ?, ?)"),
        pk::bind(mutation.mutationId.toString()), pk::bind(std::string(userId)), pk::bind(std::string(deviceId)),
        pk::bind(std::string(toString(mutation.entity))), pk::bind(mutation.entityId.toString()),
        pk::bind(toJson(result).dump()), pk::bind(atMs), pk::now;
}

} // namespace hss::server
