// SPDX-License-Identifier: MIT
#include "TicketSlaRepository.h"

#include <QSqlQuery>

#include "TicketSlaCodec.h"
#include "ValueConversions.h"
#include "hss/Ticket.h"

namespace hss::client {

namespace {

// Well below SQLite's limit of 999 bound values per statement.
constexpr qsizetype lookupChunk = 500;

QVariant nullableNumber(const std::optional<std::int64_t>& value)
{
    return value ? QVariant(static_cast<qint64>(*value)) : QVariant(QMetaType(QMetaType::LongLong));
}

} // namespace

TicketSlaRepository::TicketSlaRepository(QSqlDatabase db)
    : m_db(db)
    , m_statements(std::move(db))
{ }

std::optional<StoreError> TicketSlaRepository::write(const Uuid& ticketId, const sla::SlaReport& report)
{
    // The row has no dependants, so replacing it whole is safe.
    return m_statements.run(
        QStringLiteral("INSERT OR REPLACE INTO ticket_sla (ticket_id, next_due_at, escalation_level,"
                       " clocks) VALUES (?, ?, ?, ?)"),
        {toQString(ticketId.toString()), nullableNumber(report.nextDueAt()), report.escalationLevel(),
         TicketSlaCodec::encode(report)});
}

std::optional<StoreError> TicketSlaRepository::remove(const Uuid& ticketId)
{
    return m_statements.run(QStringLiteral("DELETE FROM ticket_sla WHERE ticket_id = ?"),
                            {toQString(ticketId.toString())});
}

std::optional<sla::SlaReport> TicketSlaRepository::decode(const QString& ticketId, const QVariant& clocks) const
{
    const QByteArray bytes = clocks.toByteArray();
    auto report = TicketSlaCodec::decode(bytes);
    if (!report) {
        // Never fatal: the ticket shows no clocks until the next pull brings a readable report.
        m_lastError = QStringLiteral("SLA clocks of ticket %1: %2")
                          .arg(ticketId, QString::fromStdString(describe(report.error())));
        return std::nullopt;
    }
    return std::move(report).value();
}

std::optional<sla::SlaReport> TicketSlaRepository::report(const Uuid& ticketId) const
{
    const QString id = toQString(ticketId.toString());
    QSqlQuery* query = nullptr;
    if (auto error =
            m_statements.run(QStringLiteral("SELECT clocks FROM ticket_sla WHERE ticket_id = ?"), {id}, &query)) {
        m_lastError = error->message;
        return std::nullopt;
    }
    std::optional<sla::SlaReport> report;
    if (query->next()) {
        report = decode(id, query->value(0));
    }
    query->finish();
    return report;
}

std::optional<TicketSla> TicketSlaRepository::at(const Uuid& ticketId, qint64 nowMs) const
{
    auto stored = report(ticketId);
    if (!stored) {
        return std::nullopt;
    }
    return TicketSla::at(*stored, nowMs);
}

std::optional<TicketSla> TicketSlaRepository::forTicket(const Ticket& ticket, qint64 nowMs,
                                                        const sla::SlaCalculator* estimator) const
{
    if (auto stored = at(ticket.id, nowMs)) {
        return stored;
    }
    // A synced ticket without clocks has no SLA history on the server either: show none rather than a guess.
    if (estimator == nullptr || ticket.revision != 0) {
        return std::nullopt;
    }
    return TicketSla::estimate(ticket, *estimator, nowMs);
}

QHash<QString, TicketSla> TicketSlaRepository::forTickets(const QStringList& ids, qint64 nowMs) const
{
    QHash<QString, TicketSla> found;
    for (qsizetype first = 0; first < ids.size(); first += lookupChunk) {
        const QStringList chunk = ids.mid(first, lookupChunk);
        QStringList marks;
        QVariantList values;
        for (const QString& id : chunk) {
            marks << QStringLiteral("?");
            values << id;
        }
        QSqlQuery* rows = nullptr;
        const QString sql =
            QStringLiteral("SELECT ticket_id, clocks FROM ticket_sla WHERE ticket_id IN (%1)").arg(marks.join(u','));
        if (auto error = m_statements.run(sql, values, &rows)) {
            m_lastError = error->message;
            return found;
        }
        while (rows->next()) {
            const QString id = rows->value(0).toString();
            if (auto report = decode(id, rows->value(1))) {
                found.insert(id, TicketSla::at(*report, nowMs));
            }
        }
        rows->finish();
    }
    return found;
}

qint64 TicketSlaRepository::countEscalated(int level) const
{
    QSqlQuery* query = nullptr;
    if (auto error = m_statements.run(QStringLiteral("SELECT count(*) FROM ticket_sla WHERE escalation_level >= ?"),
                                      {level}, &query)) {
        m_lastError = error->message;
        return -1;
    }
    const qint64 count = query->next() ? query->value(0).toLongLong() : -1;
    query->finish();
    return count;
}

} // namespace hss::client
