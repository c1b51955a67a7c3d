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

private:
    std::string sql(std::string_view text) const;

    Database& m_database;
};

} // namespace hss::server
