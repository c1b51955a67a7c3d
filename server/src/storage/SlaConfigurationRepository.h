// SPDX-License-Identifier: MIT
#pragma once

#include <cstdint>
#include <optional>
#include <string>

#include <Poco/Data/Session.h>

#include "Database.h"

namespace hss::server {

/// The SLA configuration document admins stored (table sla_configuration, one row), numbered by revision so every
/// server instance can tell it has an older one, and how far the re-planning of open tickets got.
class SlaConfigurationRepository final
{
public:
    struct Stored
    {
        std::string document; ///< The JSON of hss::sla::SlaConfiguration.
        std::int64_t revision = 0; ///< 1 for the first document an admin stored, then one more per change.
        std::int64_t updatedAt = 0;
        std::string updatedBy; ///< The admin's user id.
    };

    explicit SlaConfigurationRepository(Database& database);

    /// Nothing while admins never stored a configuration.
    std::optional<Stored> load(Poco::Data::Session& session);
    /// The stored revision alone (0 when none): a cheap read for instances checking whether theirs is current.
    std::int64_t revision(Poco::Data::Session& session);

    /// Stores \a document as the next revision and returns it; \a session must be inside a write transaction.
    std::int64_t save(Poco::Data::Session& session, const std::string& document, std::int64_t nowMs,
                      const std::string& userId);

    /// The revision whose re-planning of every open ticket completed (0 when none).
    std::int64_t replannedRevision(Poco::Data::Session& session);
    void setReplannedRevision(Poco::Data::Session& session, std::int64_t revision);

private:
    Database& m_database;
};

} // namespace hss::server
