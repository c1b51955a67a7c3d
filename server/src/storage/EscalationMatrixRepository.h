// SPDX-License-Identifier: MIT
#pragma once

#include <cstdint>

#include <Poco/Data/Session.h>

#include "../sla/EscalationMatrix.h"
#include "Database.h"

namespace hss::server {

/// The escalation matrix (table escalation_matrix, one row per level). Cheap to construct; not thread-safe itself.
class EscalationMatrixRepository final
{
public:
    explicit EscalationMatrixRepository(Database& database);

    /// The stored matrix (empty when never set).
    EscalationMatrix load(Poco::Data::Session& session);

    /// Replaces the whole matrix; \a session must be inside a write transaction.
    void replace(Poco::Data::Session& session, const EscalationMatrix& matrix, std::int64_t nowMs);

    /// How often the matrix was saved (0: never), so an admin's save over a stale copy can be refused.
    std::int64_t revision(Poco::Data::Session& session);
    /// Moves the revision from \a from to from + 1 in one statement; false when another save moved it first (also
    /// another server instance on the same database).
    bool advanceRevision(Poco::Data::Session& session, std::int64_t from);

private:
    std::string sql(std::string_view text) const;

    Database& m_database;
};

} // namespace hss::server
