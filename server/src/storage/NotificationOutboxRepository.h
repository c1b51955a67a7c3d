// SPDX-License-Identifier: MIT
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include <Poco/Data/Session.h>

#include "Database.h"

namespace hss::server {

/// A message to put into the outbox. channel is "email", "slack" or "sms"; recipient is an e-mail address, a phone
/// number or (Slack) the configured webhook's name; event names the cause (e.g. "ticket.emergency_alert").
struct NewNotification
{
    std::string channel;
    std::string recipient;
    std::string subject;
    std::string body;
    std::string event;
    std::optional<std::string> ticketId;
};

/// One stored outbox row.
struct NotificationRecord
{
    std::string id;
    std::string channel;
    std::string recipient;
    std::string subject;
    std::string body;
    std::string event;
    std::optional<std::string> ticketId;
    std::string state; ///< pending, sending, sent or dead
    int attempts = 0; ///< Delivery attempts started so far (a claim counts as one).
    std::int64_t nextAttemptAt = 0; ///< pending: when it is due; sending: when its claim lapses.
    std::optional<std::string> lastError;
    std::int64_t createdAt = 0;
    std::optional<std::int64_t> sentAt;
};

/// The durable notification outbox (table notification_outbox). Writers take the caller's session, which must be
/// inside a write transaction, so a notification commits or rolls back with its cause. Claiming is safe with several
/// server processes on one PostgreSQL (FOR UPDATE SKIP LOCKED: a row goes to exactly one claimer); on SQLite the
/// single writer makes the claim's select and update one atomic step. Cheap to construct; not thread-safe itself.
class NotificationOutboxRepository final
{
public:
    static constexpr std::string_view statePending = "pending";
    static constexpr std::string_view stateSending = "sending";
    static constexpr std::string_view stateSent = "sent";
    static constexpr std::string_view stateDead = "dead";

    explicit NotificationOutboxRepository(Database& database);

    /// Stores \a message as pending, due at \a nowMs; returns its new id (UUID v7).
    std::string enqueue(Poco::Data::Session& session, const NewNotification& message, std::int64_t nowMs);
    /// Queues \a messages in a few multi-row statements (the SLA scheduler's batches); returns their ids in order.
    std::vector<std::string> enqueue(Poco::Data::Session& session, const std::vector<NewNotification>& messages,
                                     std::int64_t nowMs);

    /// Claims up to \a limit messages of \a channel that are due at \a nowMs (pending, or sending with a lapsed
    /// claim from a crashed sender) and have had fewer than \a maxAttempts attempts: each becomes "sending" with one
    /// more attempt and a claim that lapses at \a leaseUntilMs. Oldest due first.
    std::vector<NotificationRecord> claimDue(Poco::Data::Session& session, std::string_view channel, std::int64_t nowMs,
                                             std::int64_t leaseUntilMs, int maxAttempts, int limit);

    /// Records the delivery of a claimed message. False when the claim was lost (the row moved on meanwhile).
    bool markSent(Poco::Data::Session& session, const NotificationRecord& claimed, std::int64_t nowMs);

    /// Records a failed attempt of a claimed message: pending again at \a retryAtMs, or dead when it is
    /// std::nullopt. False when the claim was lost.
    bool markFailed(Poco::Data::Session& session, const NotificationRecord& claimed, const std::string& error,
                    std::optional<std::int64_t> retryAtMs);

    /// Moves messages of \a channel whose claim lapsed after their last allowed attempt to "dead"; returns how many.
    int buryLapsedClaims(Poco::Data::Session& session, std::string_view channel, std::int64_t nowMs, int maxAttempts);

    /// One message by id.
    std::optional<NotificationRecord> find(Poco::Data::Session& session, std::string_view id);

    /// Messages caused by the ticket \a ticketId, oldest first.
    std::vector<NotificationRecord> forTicket(Poco::Data::Session& session, std::string_view ticketId);

    /// Messages in \a state, oldest first, at most \a limit.
    std::vector<NotificationRecord> inState(Poco::Data::Session& session, std::string_view state, int limit);

private:
    std::string sql(std::string_view text) const;

    Database& m_database;
};

} // namespace hss::server
