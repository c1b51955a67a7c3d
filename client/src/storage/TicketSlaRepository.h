// SPDX-License-Identifier: MIT
#pragma once

#include <QHash>
#include <QSqlDatabase>
#include <QStringList>
#include <optional>

#include "StatementCache.h"
#include "StoreError.h"
#include "TicketSla.h"
#include "hss/Uuid.h"
#include "hss/sla/SlaReport.h"

namespace hss {
struct Ticket;
}

namespace hss::client {

/// The SLA clocks of tickets in the local store, as the server reported them in the pull feed (one report per
/// ticket, removed with the ticket). The queue sorts on tickets.sla_due_at; this holds every clock for the detail
/// view and the indexed nearest deadline and escalation level. Works on the connection it is given; keep one object
/// for a batch of writes.
class TicketSlaRepository final
{
public:
    explicit TicketSlaRepository(QSqlDatabase db);

    /// Stores \a report as the ticket's clocks, replacing earlier ones. The ticket must be in the store.
    std::optional<StoreError> write(const Uuid& ticketId, const sla::SlaReport& report);
    /// Forgets the ticket's clocks (the server has no SLA history for it).
    std::optional<StoreError> remove(const Uuid& ticketId);

    /// The stored report, as evaluated; nothing when there is none or it cannot be read (see lastError()).
    std::optional<sla::SlaReport> report(const Uuid& ticketId) const;
    /// The ticket's clocks as they stand at \a nowMs.
    std::optional<TicketSla> at(const Uuid& ticketId, qint64 nowMs) const;
    /// The clocks of \a ticket at \a nowMs: the server's, or for a ticket never synced (revision 0) and with
    /// \a estimator, the console's estimate (TicketSla::estimate()).
    std::optional<TicketSla> forTicket(const Ticket& ticket, qint64 nowMs,
                                       const sla::SlaCalculator* estimator = nullptr) const;
    /// The clocks at \a nowMs of those of \a ids that have some (a few queries in all), by ticket id.
    QHash<QString, TicketSla> forTickets(const QStringList& ids, qint64 nowMs) const;
    /// How many stored tickets had a clock at escalation level \a level or higher when evaluated (indexed).
    qint64 countEscalated(int level) const;

    QString lastError() const { return m_lastError; }

private:
    std::optional<sla::SlaReport> decode(const QString& ticketId, const QVariant& clocks) const;

    QSqlDatabase m_db;
    mutable StatementCache m_statements;
    mutable QString m_lastError;
};

} // namespace hss::client
