// SPDX-License-Identifier: MIT
#include "AuditLogRepository.h"

#include <algorithm>
#include <array>
#include <string_view>

#include <Poco/Data/Statement.h>
#include <Poco/DigestEngine.h>
#include <Poco/SHA2Engine.h>
#include <nlohmann/json.hpp>

#include "ResultRows.h"
#include "SqlText.h"
#include "StatementCache.h"
#include "WriteTransaction.h"

namespace pk = Poco::Data::Keywords;

namespace hss::server {

namespace {

// Any constant works as long as nothing else in the database uses it; "hssaudit" in ASCII.
constexpr const char* postgresChainLock = "SELECT pg_advisory_xact_lock(7526752419385780596)";
constexpr int verifyBatch = 1000;
// Records per multi-row INSERT: 384 parameters, below every backend's limit.
constexpr std::size_t insertChunk = 32;

std::string insertStatement(std::size_t rows)
{
    std::string sql =
        "INSERT INTO audit_log (seq, at, actor_id, actor_name, action, object_type, object_id, source_ip, "
        "outcome, detail, prev_hash, hash) VALUES ";
    for (std::size_t row = 0; row < rows; ++row) {
        sql += row == 0 ? "(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)" : ", (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
    }
    return sql;
}

/// Printable ASCII other than '"' and '\\': written into JSON as it is, by any encoder.
bool needsNoEscaping(std::string_view text)
{
    return std::all_of(text.begin(), text.end(),
                       [](unsigned char c) { return c >= 0x20 && c < 0x7f && c != '"' && c != '\\'; });
}

// Keys sorted (nlohmann::json objects are ordered maps), compact, invalid UTF-8 replaced: the same bytes every time.
std::string canonicalText(std::int64_t seq, const AuditEntry& entry)
{
    const std::array<const std::string*, 8> texts {&entry.action,  &entry.actorId,  &entry.actorName,
                                                   &entry.detail,  &entry.objectId, &entry.objectType,
                                                   &entry.outcome, &entry.sourceIp};
    if (std::all_of(texts.begin(), texts.end(), [](const std::string* text) { return needsNoEscaping(*text); })) {
        // Every ticket read appends a record: without escaping, the DOM's bytes are written directly (the same bytes,
        // TestAuditLogRepository compares them), skipping a map of ten nodes per record.
        std::string text;
        text.reserve(160 + entry.actorName.size() + entry.detail.size());
        text.append(R"({"action":")").append(entry.action);
        text.append(R"(","actor_id":")").append(entry.actorId);
        text.append(R"(","actor_name":")").append(entry.actorName);
        text.append(R"(","at":)").append(std::to_string(entry.at));
        text.append(R"(,"detail":")").append(entry.detail);
        text.append(R"(","object_id":")").append(entry.objectId);
        text.append(R"(","object_type":")").append(entry.objectType);
        text.append(R"(","outcome":")").append(entry.outcome);
        text.append(R"(","seq":)").append(std::to_string(seq));
        text.append(R"(,"source_ip":")").append(entry.sourceIp).append(R"("})");
        return text;
    }
    const nlohmann::json record {
        {"seq", seq},
        {"at", entry.at},
        {"actor_id", entry.actorId},
        {"actor_name", entry.actorName},
        {"action", entry.action},
        {"object_type", entry.objectType},
        {"object_id", entry.objectId},
        {"source_ip", entry.sourceIp},
        {"outcome", entry.outcome},
        {"detail", entry.detail},
    };
    return record.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
}

AuditRecord recordFromRow(const ResultRows& rows, std::size_t row)
{
    AuditRecord record;
    record.seq = rows.integer(row, 0);
    record.entry.at = rows.integer(row, 1);
    record.entry.actorId = rows.text(row, 2);
    record.entry.actorName = rows.text(row, 3);
    record.entry.action = rows.text(row, 4);
    record.entry.objectType = rows.text(row, 5);
    record.entry.objectId = rows.text(row, 6);
    record.entry.sourceIp = rows.text(row, 7);
    record.entry.outcome = rows.text(row, 8);
    record.entry.detail = rows.text(row, 9);
    record.prevHash = rows.text(row, 10);
    record.hash = rows.text(row, 11);
    return record;
}

} // namespace

AuditLogRepository::AuditLogRepository(Database& database)
    : m_database(database)
{ }

std::string AuditLogRepository::sql(std::string_view text) const
{
    return sqltext::forBackend(text, m_database.backend());
}

const std::string& AuditLogRepository::genesisHash()
{
    static const std::string zeros(64, '0');
    return zeros;
}

std::string AuditLogRepository::computeHash(const std::string& prevHash, std::int64_t seq, const AuditEntry& entry)
{
    Poco::SHA2Engine engine(Poco::SHA2Engine::SHA_256);
    engine.update(prevHash);
    engine.update(canonicalText(seq, entry));
    return Poco::DigestEngine::digestToHex(engine.digest());
}

AuditRecord AuditLogRepository::append(const AuditEntry& entry)
{
    return appendAll({entry}).front();
}

std::vector<AuditRecord> AuditLogRepository::appendAll(const std::vector<AuditEntry>& entries)
{
    std::vector<AuditRecord> records;
    if (entries.empty()) {
        return records;
    }
    auto session = m_database.session();
    WriteTransaction transaction(session, m_database.backend());
    records = appendAll(session, entries);
    transaction.commit();
    return records;
}

std::vector<AuditRecord> AuditLogRepository::appendAll(Poco::Data::Session& session,
                                                       const std::vector<AuditEntry>& entries)
{
    std::vector<AuditRecord> records;
    if (entries.empty()) {
        return records;
    }
    StatementCache& statements = m_database.statements();
    if (m_database.backend() == Database::Backend::PostgreSQL) {
        statements.query(session, postgresChainLock);
    }
    std::int64_t seq = 1;
    std::string prevHash = genesisHash();
    if (const ResultRows head = statements.query(session, "SELECT seq, hash FROM audit_log ORDER BY seq DESC LIMIT 1");
        !head.empty()) {
        seq = head.integer(0, 0) + 1;
        prevHash = head.text(0, 1);
    }
    records.reserve(entries.size());
    for (const AuditEntry& entry : entries) {
        AuditRecord record;
        record.entry = entry;
        record.seq = seq++;
        record.prevHash = prevHash;
        record.hash = computeHash(record.prevHash, record.seq, entry);
        prevHash = record.hash;
        records.push_back(std::move(record));
    }
    // Chunks of 32, 16, 8, 4, 2 and 1 rows: a batch of n records takes at most n / 32 + 5 statements (each a round
    // trip on PostgreSQL) from six statement texts, instead of one statement per record beyond the last full chunk.
    static const std::array<std::string, 6> chunkInserts {insertStatement(32), insertStatement(16), insertStatement(8),
                                                          insertStatement(4),  insertStatement(2),  insertStatement(1)};
    std::vector<SqlValue> values;
    std::size_t next = 0;
    while (next < records.size()) {
        std::size_t shape = 0;
        std::size_t rows = insertChunk;
        while (rows > records.size() - next) {
            rows /= 2;
            ++shape;
        }
        values.clear();
        for (std::size_t i = next; i < next + rows; ++i) {
            const AuditRecord& record = records[i];
            const AuditEntry& entry = record.entry;
            values.insert(values.end(),
                          {record.seq, entry.at, entry.actorId, entry.actorName, entry.action, entry.objectType,
                           entry.objectId, entry.sourceIp, entry.outcome, entry.detail, record.prevHash, record.hash});
        }
        statements.execute(session, chunkInserts[shape], values);
        next += rows;
    }
    return records;
}

std::vector<AuditRecord> AuditLogRepository::list(std::int64_t afterSeq, int limit)
{
    auto session = m_database.session();
    Poco::Data::Statement statement(session);
    statement << sql("SELECT seq, at, actor_id, actor_name, action, object_type, object_id, source_ip, outcome, "
                     "detail, prev_hash, hash FROM audit_log WHERE seq > ? ORDER BY seq LIMIT ?"),
        pk::bind(afterSeq), pk::bind(static_cast<std::int64_t>(std::max(limit, 0)));
    const ResultRows rows(statement);
    std::vector<AuditRecord> records;
    for (std::size_t row = 0; row < rows.size(); ++row) {
        records.push_back(recordFromRow(rows, row));
    }
    return records;
}

std::optional<std::int64_t> AuditLogRepository::verify()
{
    std::int64_t expectedSeq = 1;
    std::string prevHash = genesisHash();
    for (;;) {
        const auto records = list(expectedSeq - 1, verifyBatch);
        for (const auto& record : records) {
            if (record.seq != expectedSeq || record.prevHash != prevHash
                || record.hash != computeHash(record.prevHash, record.seq, record.entry)) {
                // A gap names the first missing seq: that is where the chain breaks.
                return std::min(record.seq, expectedSeq);
            }
            prevHash = record.hash;
            ++expectedSeq;
        }
        if (records.size() < static_cast<std::size_t>(verifyBatch)) {
            return std::nullopt;
        }
    }
}

} // namespace hss::server
