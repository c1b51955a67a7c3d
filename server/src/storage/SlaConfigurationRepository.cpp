// SPDX-License-Identifier: MIT
#include "SlaConfigurationRepository.h"

#include "ResultRows.h"
#include "StatementCache.h"

namespace hss::server {

SlaConfigurationRepository::SlaConfigurationRepository(Database& database)
    : m_database(database)
{ }

std::optional<SlaConfigurationRepository::Stored> SlaConfigurationRepository::load(Poco::Data::Session& session)
{
    const ResultRows rows = m_database.statements().query(
        session, "SELECT document, revision, updated_at, updated_by FROM sla_configuration WHERE id = 1");
    if (rows.empty()) {
        return std::nullopt;
    }
    return Stored {rows.text(0, 0), rows.integer(0, 1), rows.integer(0, 2), rows.text(0, 3)};
}

std::int64_t SlaConfigurationRepository::revision(Poco::Data::Session& session)
{
    const ResultRows rows =
        m_database.statements().query(session, "SELECT revision FROM sla_configuration WHERE id = 1");
    return rows.empty() ? 0 : rows.integer(0, 0);
}

std::int64_t SlaConfigurationRepository::save(Poco::Data::Session& session, const std::string& document,
                                              std::int64_t nowMs, const std::string& userId)
{
    const std::int64_t next = revision(session) + 1;
    m_database.statements().execute(
        session,
        "INSERT INTO sla_configuration (id, document, revision, updated_at, updated_by, replanned_revision) "
        "VALUES (1, ?, ?, ?, ?, 0) ON CONFLICT (id) DO UPDATE SET document = excluded.document, "
        "revision = excluded.revision, updated_at = excluded.updated_at, updated_by = excluded.updated_by",
        {document, next, nowMs, userId});
    return next;
}

std::int64_t SlaConfigurationRepository::replannedRevision(Poco::Data::Session& session)
{
    const ResultRows rows =
        m_database.statements().query(session, "SELECT replanned_revision FROM sla_configuration WHERE id = 1");
    return rows.empty() ? 0 : rows.integer(0, 0);
}

void SlaConfigurationRepository::setReplannedRevision(Poco::Data::Session& session, std::int64_t revision)
{
    // Never backwards: a slow walk for an older revision must not undo the mark of a newer one.
    m_database.statements().execute(session,
                                    "UPDATE sla_configuration SET replanned_revision = ? WHERE id = 1 AND "
                                    "replanned_revision < ?",
                                    {revision, revision});
}

} // namespace hss::server
