// SPDX-License-Identifier: MIT
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include <Poco/Data/Session.h>

#include "Database.h"
#include "hss/sync/Mutation.h"
#include "hss/sync/MutationResult.h"

namespace hss::server {

/// The answers given to pushed mutations, by mutation id, written in the same transaction as the mutation's
/// effect: a retried push (lost answer, crashed console or server) gets the remembered answer and changes nothing.
class SyncMutationRepository final
{
public:
    explicit SyncMutationRepository(Database& database);

    /// The remembered answer for \a mutationId, if it was applied before.
    std::optional<sync::MutationResult> find(Poco::Data::Session& session, std::string_view mutationId);

    /// Remembers \a result for \a mutation pushed by \a userId from \a deviceId.
    void remember(Poco::Data::Session& session, const sync::Mutation& mutation, const sync::MutationResult& result,
                  std::string_view userId, std::string_view deviceId, std::int64_t atMs);

private:
    std::string sql(std::string_view text) const;

    Database& m_database;
};

} // namespace hss::server
