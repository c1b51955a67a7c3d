// SPDX-License-Identifier: MIT
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "AuditRecord.h"
#include "Database.h"

namespace hss::server {

/// The append-only, hash-chained audit log. Appends are serialised (PostgreSQL: a transaction-level advisory lock;
/// SQLite: BEGIN IMMEDIATE), so concurrent writers, also in several server processes, never fork the chain.
/// The database itself refuses UPDATE and DELETE on the table. Thread-safe.
class AuditLogRepository final
{
public:
    explicit AuditLogRepository(Database& database);

    /// Appends \a entry as the next record and returns it with its seq and hashes.
    AuditRecord append(const AuditEntry& entry);

    /// Appends several records in one transaction (one durable commit), in order, continuing the chain.
    std::vector<AuditRecord> appendAll(const std::vector<AuditEntry>& entries);

    /// The same inside the caller's write transaction on \a session (e.g. a WriteQueue job), so a change and its
    /// record commit together.
    std::vector<AuditRecord> appendAll(Poco::Data::Session& session, const std::vector<AuditEntry>& entries);

    /// Up to \a limit records with seq > \a afterSeq, in order.
    std::vector<AuditRecord> list(std::int64_t afterSeq, int limit);

    /// Checks the whole chain: seqs without gaps from 1, each prev_hash equal to the previous hash, each hash
    /// recomputed. Returns the seq of the first broken record, or std::nullopt when the chain is intact.
    std::optional<std::int64_t> verify();

    /// The hash a record with these contents must carry (exposed for tools and tests).
    static std::string computeHash(const std::string& prevHash, std::int64_t seq, const AuditEntry& entry);

    /// The prev_hash of the first record.
    static const std::string& genesisHash();

private:
    std::string sql(std::string_view text) const;
    void insertAsRows(Poco::Data::Session& session, const std::vector<AuditRecord>& records);
    void insertByCopy(Poco::Data::Session& session, const std::vector<AuditRecord>& records);

    Database& m_database;
};

} // namespace hss::server
