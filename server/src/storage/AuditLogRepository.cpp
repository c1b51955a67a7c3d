// SPDX-License-Identifier: MIT
#include "AuditLogRepository.h"

#include <algorithm>
#include <array>
#include <memory>
#include <stdexcept>

#include <Poco/Data/Statement.h>

#include "../auth/Sodium.h"
#include "PostgresCopyRows.h"
#include "ResultRows.h"
#include "SqlText.h"
#include "StatementCache.h"
#include "WriteTransaction.h"
#include "hss/JsonTextWriter.h"
#include <openssl/evp.h>

namespace pk = Poco::Data::Keywords;

namespace hss::server {

namespace {

// Any constant works as long as nothing else in the database uses it; "hssaudit" in ASCII.
constexpr const char* postgresChainLock = "SELECT pg_advisory_xact_lock(7526752419385780596)";
constexpr int verifyBatch = 1000;
// Records per multi-row INSERT (SQLite): 384 parameters, below its limit.
constexpr std::size_t insertChunk = 32;
// Records per COPY (PostgreSQL): bounds the text sent at once to a few MB.
constexpr std::size_t copyChunk = 8192;

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

// Keys sorted, compact, invalid UTF-8 replaced: nlohmann::json's dump of the record as an object (an ordered map),
// which defines the chain's bytes; JsonTextWriter writes the same bytes without building the DOM (every ticket read
// appends a record; TestAuditLogRepository compares the hash with the DOM's).
std::string canonicalText(std::int64_t seq, const AuditEntry& entry)
{
    JsonTextWriter out(192 + entry.actorName.size() + entry.detail.size());
    out.beginObject();
    out.key("action");
    out.string(entry.action);
    out.key("actor_id");
    out.string(entry.actorId);
    out.key("actor_name");
    out.string(entry.actorName);
    out.key("at");
    out.integer(entry.at);
    out.key("detail");
    out.string(entry.detail);
    out.key("object_id");
    out.string(entry.objectId);
    out.key("object_type");
    out.string(entry.objectType);
    out.key("outcome");
    out.string(entry.outcome);
    out.key("seq");
    out.integer(seq);
    out.key("source_ip");
    out.string(entry.sourceIp);
    out.endObject();
    return out.takeText();
}

// OpenSSL's SHA-256 uses the CPU's SHA instructions: a third of Poco's time for a record's text, and the write
// queue's thread hashes one record per ticket read.
std::string sha256Hex(std::string_view first, std::string_view second)
{
    const std::unique_ptr<EVP_MD_CTX, decltype(&EVP_MD_CTX_free)> context(EVP_MD_CTX_new(), &EVP_MD_CTX_free);
    unsigned char digest[EVP_MAX_MD_SIZE];
    unsigned int length = 0;
    if (!context || EVP_DigestInit_ex(context.get(), EVP_sha256(), nullptr) != 1
        || EVP_DigestUpdate(context.get(), first.data(), first.size()) != 1
        || EVP_DigestUpdate(context.get(), second.data(), second.size()) != 1
        || EVP_DigestFinal_ex(context.get(), digest, &length) != 1) {
        throw std::runtime_error("SHA-256 of an audit record failed");
    }
    return hexEncode(std::string_view(reinterpret_cast<const char*>(digest), length));
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
    return sha256Hex(prevHash, canonicalText(seq, entry));
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
    if (m_database.backend() == Database::Backend::PostgreSQL) {
        insertByCopy(session, records);
    } else {
        insertAsRows(session, records);
    }
    return records;
}

void AuditLogRepository::insertAsRows(Poco::Data::Session& session, const std::vector<AuditRecord>& records)
{
    // Chunks of 32, 16, 8, 4, 2 and 1 rows: a batch of n records takes at most n / 32 + 5 statements from six
    // statement texts, instead of one statement per record beyond the last full chunk.
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
        m_database.statements().execute(session, chunkInserts[shape], values);
        next += rows;
    }
}

void AuditLogRepository::insertByCopy(Poco::Data::Session& session, const std::vector<AuditRecord>& records)
{
    // Every ticket read appends a record, tens of thousands a second under load: COPY costs PostgreSQL a third of
    // a multi-row INSERT per row and is one round trip per copyChunk records.
    static constexpr std::string_view copy =
        "COPY audit_log (seq, at, actor_id, actor_name, action, object_type, object_id, source_ip, outcome, detail, "
        "prev_hash, hash) FROM STDIN";
    PostgresCopyRows rows(std::min(records.size(), copyChunk) * 400);
    for (std::size_t i = 0; i < records.size(); ++i) {
        const AuditRecord& record = records[i];
        const AuditEntry& entry = record.entry;
        rows.field(record.seq);
        rows.field(entry.at);
        rows.field(entry.actorId);
        rows.field(entry.actorName);
        rows.field(entry.action);
        rows.field(entry.objectType);
        rows.field(entry.objectId);
        rows.field(entry.sourceIp);
        rows.field(entry.outcome);
        rows.field(entry.detail);
        rows.field(record.prevHash);
        rows.field(record.hash);
        rows.endRow();
        if (rows.rowCount() == copyChunk || i + 1 == records.size()) {
            m_database.statements().copyIn(session, copy, rows.text());
            rows.clear();
        }
    }
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
