// SPDX-License-Identifier: MIT
#include "NotificationOutboxRepository.h"

#include <algorithm>

#include <Poco/Data/Statement.h>
#include <Poco/Nullable.h>

#include "ResultRows.h"
#include "SqlText.h"
#include "SqlValue.h"
#include "StatementCache.h"
#include "hss/Uuid.h"

namespace pk = Poco::Data::Keywords;

namespace hss::server {

namespace {

constexpr std::string_view columns = "id, channel, recipient, subject, body, event, ticket_id, state, attempts, "
                                     "next_attempt_at, last_error, created_at, sent_at";
constexpr int maxListLimit = 10000;

std::vector<NotificationRecord> readRecords(const ResultRows& rows)
{
    std::vector<NotificationRecord> records;
    records.reserve(rows.size());
    for (std::size_t row = 0; row < rows.size(); ++row) {
        NotificationRecord record;
        record.id = rows.text(row, 0);
        record.channel = rows.text(row, 1);
        record.recipient = rows.text(row, 2);
        record.subject = rows.text(row, 3);
        record.body = rows.text(row, 4);
        record.event = rows.text(row, 5);
        record.ticketId = rows.optionalText(row, 6);
        record.state = rows.text(row, 7);
        record.attempts = static_cast<int>(rows.integer(row, 8));
        record.nextAttemptAt = rows.integer(row, 9);
        record.lastError = rows.optionalText(row, 10);
        record.createdAt = rows.integer(row, 11);
        record.sentAt = rows.optionalInteger(row, 12);
        records.push_back(std::move(record));
    }
    return records;
}

} // namespace

NotificationOutboxRepository::NotificationOutboxRepository(Database& database)
    : m_database(database)
{ }

std::string NotificationOutboxRepository::sql(std::string_view text) const
{
    return sqltext::forBackend(text, m_database.backend());
}

std::string NotificationOutboxRepository::enqueue(Poco::Data::Session& session, const NewNotification& message,
                                                  std::int64_t nowMs)
{
    const std::string id = Uuid::createV7().toString();
    Poco::Nullable<std::string> ticketId;
    if (message.ticketId) {
        ticketId = *message.ticketId;
    }
    const std::string state(statePending);
    session << sql("INSERT INTO notification_outbox (id, channel, recipient, subject, body, event, ticket_id, state, "
                   "attempts, next_attempt_at, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, 0, ?, ?)"),
        pk::bind(id), pk::bind(message.channel), pk::bind(message.recipient), pk::bind(message.subject),
        pk::bind(message.body), pk::bind(message.event), pk::bind(ticketId), pk::bind(state), pk::bind(nowMs),
        pk::bind(nowMs), pk::now;
    return id;
}

std::vector<std::string> NotificationOutboxRepository::enqueue(Poco::Data::Session& session,
                                                               const std::vector<NewNotification>& messages,
                                                               std::int64_t nowMs)
{
    std::vector<std::string> ids;
    ids.reserve(messages.size());
    std::vector<SqlValue> values;
    std::size_t first = 0;
    for (const std::size_t count : sqltext::rowChunks(messages.size())) {
        const std::string text = "INSERT INTO notification_outbox (id, channel, recipient, subject, body, event, "
                                 "ticket_id, state, attempts, next_attempt_at, created_at) VALUES "
            + sqltext::repeatedRows("(?, ?, ?, ?, ?, ?, ?, ?, 0, ?, ?)", count);
        values.clear();
        for (std::size_t i = first; i < first + count; ++i) {
            const NewNotification& message = messages[i];
            ids.push_back(Uuid::createV7().toString());
            values.insert(values.end(),
                          {ids.back(), message.channel, message.recipient, message.subject, message.body, message.event,
                           sqlValueOf(message.ticketId), std::string(statePending), nowMs, nowMs});
        }
        m_database.statements().execute(session, text, values);
        first += count;
    }
    return ids;
}

std::vector<NotificationRecord> NotificationOutboxRepository::claimDue(Poco::Data::Session& session,
                                                                       std::string_view channel, std::int64_t nowMs,
                                                                       std::int64_t leaseUntilMs, int maxAttempts,
                                                                       int limit)
{
    // SKIP LOCKED lets a second server claim the next rows instead of waiting for (and then re-sending) these.
    const bool postgres = m_database.backend() == Database::Backend::PostgreSQL;
    Poco::Data::Statement select(session);
    select << sql(std::string("SELECT ") + std::string(columns)
                  + " FROM notification_outbox WHERE channel = ? AND state IN ('pending', 'sending')"
                    " AND next_attempt_at <= ? AND attempts < ? ORDER BY next_attempt_at, created_at LIMIT ?"
                  + (postgres ? " FOR UPDATE SKIP LOCKED" : "")),
        pk::bind(std::string(channel)), pk::bind(nowMs), pk::bind(maxAttempts),
        pk::bind(static_cast<std::int64_t>(std::max(limit, 1)));
    std::vector<NotificationRecord> claimed = readRecords(ResultRows(select));
    const std::string sending(stateSending);
    for (NotificationRecord& record : claimed) {
        session << sql("UPDATE notification_outbox SET state = ?, attempts = attempts + 1, next_attempt_at = ? "
                       "WHERE id = ?"),
            pk::bind(sending), pk::bind(leaseUntilMs), pk::bind(record.id), pk::now;
        record.state = sending;
        record.attempts += 1;
        record.nextAttemptAt = leaseUntilMs;
    }
    return claimed;
}

bool NotificationOutboxRepository::markSent(Poco::Data::Session& session, const NotificationRecord& claimed,
                                            std::int64_t nowMs)
{
    // attempts identifies the claim: a sender whose lease lapsed and was re-claimed must not overwrite the newer one.
    const std::string sent(stateSent);
    const std::string sending(stateSending);
    Poco::Data::Statement update(session);
    update << sql("UPDATE notification_outbox SET state = ?, sent_at = ?, last_error = NULL "
                  "WHERE id = ? AND state = ? AND attempts = ?"),
        pk::bind(sent), pk::bind(nowMs), pk::bind(claimed.id), pk::bind(sending), pk::bind(claimed.attempts);
    return update.execute() > 0;
}

bool NotificationOutboxRepository::markFailed(Poco::Data::Session& session, const NotificationRecord& claimed,
                                              const std::string& error, std::optional<std::int64_t> retryAtMs)
{
    const std::string state(retryAtMs ? statePending : stateDead);
    const std::string sending(stateSending);
    const std::int64_t next = retryAtMs.value_or(claimed.nextAttemptAt);
    Poco::Data::Statement update(session);
    update << sql("UPDATE notification_outbox SET state = ?, next_attempt_at = ?, last_error = ? "
                  "WHERE id = ? AND state = ? AND attempts = ?"),
        pk::bind(state), pk::bind(next), pk::bind(error), pk::bind(claimed.id), pk::bind(sending),
        pk::bind(claimed.attempts);
    return update.execute() > 0;
}

int NotificationOutboxRepository::buryLapsedClaims(Poco::Data::Session& session, std::string_view channel,
                                                   std::int64_t nowMs, int maxAttempts)
{
    const std::string dead(stateDead);
    const std::string sending(stateSending);
    const std::string reason = "the sender stopped during its last allowed attempt; delivery unknown";
    Poco::Data::Statement update(session);
    update << sql("UPDATE notification_outbox SET state = ?, last_error = ? "
                  "WHERE channel = ? AND state = ? AND next_attempt_at <= ? AND attempts >= ?"),
        pk::bind(dead), pk::bind(reason), pk::bind(std::string(channel)), pk::bind(sending), pk::bind(nowMs),
        pk::bind(maxAttempts);
    return static_cast<int>(update.execute());
}

std::optional<NotificationRecord> NotificationOutboxRepository::find(Poco::Data::Session& session, std::string_view id)
{
    Poco::Data::Statement select(session);
    select << sql(std::string("SELECT ") + std::string(columns) + " FROM notification_outbox WHERE id = ?"),
        pk::bind(std::string(id));
    auto records = readRecords(ResultRows(select));
    if (records.empty()) {
        return std::nullopt;
    }
    return std::move(records.front());
}

std::vector<NotificationRecord> NotificationOutboxRepository::forTicket(Poco::Data::Session& session,
                                                                        std::string_view ticketId)
{
    Poco::Data::Statement select(session);
    select << sql(std::string("SELECT ") + std::string(columns)
                  + " FROM notification_outbox WHERE ticket_id = ? ORDER BY created_at, id"),
        pk::bind(std::string(ticketId));
    return readRecords(ResultRows(select));
}

std::vector<NotificationRecord> NotificationOutboxRepository::inState(Poco::Data::Session& session,
                                                                      std::string_view state, int limit)
{
    Poco::Data::Statement select(session);
    select << sql(std::string("SELECT ") + std::string(columns)
                  + " FROM notification_outbox WHERE state = ? ORDER BY created_at, id LIMIT ?"),
        pk::bind(std::string(state)), pk::bind(static_cast<std::int64_t>(std::clamp(limit, 1, maxListLimit)));
    return readRecords(ResultRows(select));
}

} // namespace hss::server
