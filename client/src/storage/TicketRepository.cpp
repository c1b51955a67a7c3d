// SPDX-License-Identifier: MIT
#include "TicketRepository.h"

#include <QSqlError>
#include <QSqlQuery>

#include "ValueConversions.h"

namespace hss::client {

namespace {

const QString ticketColumns = QStringLiteral(
    "id, number, title, description, priority, category, status, channel, requester_name, requester_email,"
    " assignee_id, team, medical_case_ref, created_at, updated_at, first_response_at, resolved_at,"
    " escalation_level, revision, sla_due_at");

bool isOpenStatus(TicketStatus status)
{
    return status != TicketStatus::Resolved && status != TicketStatus::Closed;
}

QueueEntry readEntry(const QSqlQuery& row)
{
    QueueEntry entry;
    Ticket& t = entry.ticket;
    t.id = uuidFrom(row.value(0));
    t.number = optionalNumber(row.value(1));
    t.title = toStdString(row.value(2));
    t.description = toStdString(row.value(3));
    t.priority = priorityFromString(toStdString(row.value(4))).valueOr(Priority::Medium);
    t.category = categoryFromString(toStdString(row.value(5))).valueOr(Category::Technical);
    t.status = ticketStatusFromString(toStdString(row.value(6))).valueOr(TicketStatus::New);
    t.channel = channelFromString(toStdString(row.value(7))).valueOr(Channel::Web);
    t.requesterName = toStdString(row.value(8));
    t.requesterEmail = toStdString(row.value(9));
    t.assigneeId = optionalUuid(row.value(10));
    t.team = toStdString(row.value(11));
    t.medicalCaseRef = optionalText(row.value(12));
    t.createdAt = row.value(13).toLongLong();
    t.updatedAt = row.value(14).toLongLong();
    t.firstResponseAt = optionalNumber(row.value(15));
    t.resolvedAt = optionalNumber(row.value(16));
    t.escalationLevel = row.value(17).toInt();
    t.revision = row.value(18).toLongLong();
    entry.slaDueAt = optionalNumber(row.value(19));
    return entry;
}

/// WHERE clause and its bound values for a view; values are always bound, never spliced.
QString whereClause(const TicketQuery& q, QVariantList& values)
{
    QStringList conditions;
    switch (q.view) {
    case TicketQuery::View::AllOpen:
        conditions << QStringLiteral("is_open = 1");
        break;
    case TicketQuery::View::Mine:
        conditions << QStringLiteral("is_open = 1") << QStringLiteral("assignee_id = ?");
        values << q.userId;
        break;
    case TicketQuery::View::MyTeam: {
        QStringList marks;
        for (const QString& team : q.teams) {
            marks << QStringLiteral("?");
            values << team;
        }
        conditions << QStringLiteral("is_open = 1")
                   << (marks.isEmpty() ? QStringLiteral("0") : QStringLiteral("team IN (%1)").arg(marks.join(u',')));
        break;
    }
    case TicketQuery::View::MedicalEmergencies:
        // priority_rank is in the queue index; priority is not, and filtering on it scans every open ticket.
        conditions << QStringLiteral("is_open = 1") << QStringLiteral("priority_rank = ?");
        values << severityRank(Priority::Emergency);
        break;
    case TicketQuery::View::BreachingSoon:
        conditions << QStringLiteral("is_open = 1") << QStringLiteral("sla_due_at IS NOT NULL")
                   << QStringLiteral("sla_due_at <= ?");
        values << q.nowMs + q.breachingWithinMs;
        break;
    case TicketQuery::View::Everything:
        break;
    }
    if (!q.titleFilter.isEmpty()) {
        QString pattern = q.titleFilter;
        pattern.replace(u'\\', QLatin1String("\\\\"))
            .replace(u'%', QLatin1String("\\%"))
            .replace(u'_', QLatin1String("\\_"));
        values << QLatin1Char('%') + pattern + QLatin1Char('%');
        bool isNumber = false;
        const qlonglong number = q.titleFilter.trimmed().toLongLong(&isNumber);
        if (isNumber) {
            conditions << QStringLiteral("(title LIKE ? ESCAPE '\\' OR number = ?)");
            values << number;
        } else {
            conditions << QStringLiteral("title LIKE ? ESCAPE '\\'");
        }
    }
    if (q.priority) {
        conditions << QStringLiteral("priority_rank = ?");
        values << severityRank(*q.priority);
    }
    if (q.category) {
        conditions << QStringLiteral("category = ?");
        values << toQString(toString(*q.category));
    }
    if (q.status) {
        conditions << QStringLiteral("status = ?");
        values << toQString(toString(*q.status));
    }
    return conditions.isEmpty() ? QString() : QStringLiteral(" WHERE ") + conditions.join(QLatin1String(" AND "));
}

/// ORDER BY for a query: fixed column names only (never data). Chosen orders break ties by id so pages do not
/// overlap; the queue's own order is the one bench/store measured and stays as it was.
QString orderBy(const TicketQuery& q)
{
    const QString direction = q.descending ? QStringLiteral(" DESC") : QStringLiteral(" ASC");
    switch (q.sort) {
    case TicketQuery::Sort::Severity:
        break;
    case TicketQuery::Sort::Number:
        // Tickets without a number yet (created offline) come first in ascending order: they are the newest.
        return QStringLiteral("number IS NOT NULL%1, number%1, created_at%1, id").arg(direction);
    case TicketQuery::Sort::Title:
        return QStringLiteral("title COLLATE NOCASE%1, id").arg(direction);
    case TicketQuery::Sort::Category:
        return QStringLiteral("category%1, priority_rank DESC, id").arg(direction);
    case TicketQuery::Sort::Status:
        return QStringLiteral("status%1, priority_rank DESC, id").arg(direction);
    case TicketQuery::Sort::Channel:
        return QStringLiteral("channel%1, priority_rank DESC, id").arg(direction);
    case TicketQuery::Sort::SlaDue:
        return QStringLiteral("sla_due_at IS NULL, sla_due_at%1, id").arg(direction);
    case TicketQuery::Sort::Updated:
        return QStringLiteral("updated_at%1, id").arg(direction);
    }
    return q.descending
        ? QStringLiteral("priority_rank ASC, sla_due_at IS NULL DESC, sla_due_at DESC, created_at DESC, id")
        : QStringLiteral("priority_rank DESC, sla_due_at IS NULL, sla_due_at, created_at");
}

/// One page of a view: the statement, with the view's values then limit and offset appended to \a values.
QString pageSql(const TicketQuery& q, QVariantList& values)
{
    const QString where = whereClause(q, values);
    values << q.limit << q.offset;
    return QStringLiteral("SELECT %1 FROM tickets%2 ORDER BY %3 LIMIT ? OFFSET ?")
        .arg(ticketColumns, where, orderBy(q));
}

} // namespace

TicketRepository::TicketRepository(QSqlDatabase db)
    : m_db(db)
    , m_statements(std::move(db))
{ }

namespace {

QVariantList writtenValues(const Ticket& t, std::optional<qint64> slaDueAt)
{
    return {
        toVariant(t.number),
        toQString(t.title),
        toQString(t.description),
        toQString(toString(t.priority)),
        toQString(toString(t.category)),
        toQString(toString(t.status)),
        toQString(toString(t.channel)),
        toQString(t.requesterName),
        toQString(t.requesterEmail),
        toVariant(t.assigneeId),
        toQString(t.team),
        toVariant(t.medicalCaseRef),
        static_cast<qint64>(t.createdAt),
        static_cast<qint64>(t.updatedAt),
        toVariant(t.firstResponseAt),
        toVariant(t.resolvedAt),
        t.escalationLevel,
        static_cast<qint64>(t.revision),
        slaDueAt ? QVariant(*slaDueAt) : QVariant(QMetaType(QMetaType::LongLong)),
        severityRank(t.priority),
        isOpenStatus(t.status) ? 1 : 0,
        toQString(t.id.toString()),
    };
}

const QString updateTicket = QStringLiteral(
    "UPDATE tickets SET number = ?, title = ?, description = ?, priority = ?, category = ?, status = ?,"
    " channel = ?, requester_name = ?, requester_email = ?, assignee_id = ?, team = ?, medical_case_ref = ?,"
    " created_at = ?, updated_at = ?, first_response_at = ?, resolved_at = ?, escalation_level = ?,"
    " revision = ?, sla_due_at = ?, priority_rank = ?, is_open = ? WHERE id = ?");
const QString insertTicket =
    QStringLiteral("INSERT INTO tickets (number, title, description, priority, category, status, channel,"
                   " requester_name, requester_email, assignee_id, team, medical_case_ref, created_at,"
                   " updated_at, first_response_at, resolved_at, escalation_level, revision, sla_due_at,"
                   " priority_rank, is_open, id) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)");

// Well below SQLite's limit of 999 bound values per statement.
constexpr qsizetype lookupChunk = 500;

} // namespace

std::optional<StoreError> TicketRepository::upsert(const Ticket& t, std::optional<qint64> slaDueAt)
{
    const QVariantList values = writtenValues(t, slaDueAt);
    // UPDATE, then INSERT if absent: INSERT OR REPLACE would delete the row first and cascade to its comments.
    QSqlQuery* updated = nullptr;
    if (auto error = m_statements.run(updateTicket, values, &updated)) {
        return error;
    }
    if (updated->numRowsAffected() > 0) {
        return std::nullopt;
    }
    return m_statements.run(insertTicket, values);
}

std::optional<StoreError> TicketRepository::write(const Ticket& t, std::optional<qint64> slaDueAt, bool stored)
{
    return m_statements.run(stored ? updateTicket : insertTicket, writtenValues(t, slaDueAt));
}

std::optional<StoreError> TicketRepository::storedRevisions(const QStringList& ids,
                                                            QHash<QString, StoredRevision>& into) const
{
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
            QStringLiteral("SELECT id, revision, sla_due_at FROM tickets WHERE id IN (%1)").arg(marks.join(u','));
        if (auto error = m_statements.run(sql, values, &rows)) {
            return error;
        }
        while (rows->next()) {
            into.insert(rows->value(0).toString(), {rows->value(1).toLongLong(), optionalNumber(rows->value(2))});
        }
        rows->finish();
    }
    return std::nullopt;
}

std::optional<Ticket> TicketRepository::find(const Uuid& id) const
{
    auto entry = findEntry(id);
    if (!entry) {
        return std::nullopt;
    }
    return std::move(entry->ticket);
}

std::optional<QueueEntry> TicketRepository::findEntry(const Uuid& id) const
{
    QSqlQuery* query = nullptr;
    if (auto error = m_statements.run(QStringLiteral("SELECT %1 FROM tickets WHERE id = ?").arg(ticketColumns),
                                      {toQString(id.toString())}, &query)) {
        m_lastError = error->message;
        return std::nullopt;
    }
    std::optional<QueueEntry> entry;
    if (query->next()) {
        entry = readEntry(*query);
    }
    query->finish();
    return entry;
}

std::optional<qint64> TicketRepository::revisionOf(const Uuid& id) const
{
    QSqlQuery* query = nullptr;
    if (auto error = m_statements.run(QStringLiteral("SELECT revision FROM tickets WHERE id = ?"),
                                      {toQString(id.toString())}, &query)) {
        m_lastError = error->message;
        return std::nullopt;
    }
    std::optional<qint64> revision;
    if (query->next()) {
        revision = query->value(0).toLongLong();
    }
    query->finish();
    return revision;
}

std::optional<StoreError> TicketRepository::setServerIdentity(const Uuid& id, qint64 revision,
                                                              std::optional<qint64> number)
{
    return m_statements.run(
        QStringLiteral("UPDATE tickets SET revision = ?, number = coalesce(?, number) WHERE id = ?"),
        {revision, toVariant(std::optional<std::int64_t>(number)), toQString(id.toString())});
}

std::optional<StoreError> TicketRepository::remove(const Uuid& id)
{
    return m_statements.run(QStringLiteral("DELETE FROM tickets WHERE id = ?"), {toQString(id.toString())});
}

QString TicketRepository::queryPlan(const TicketQuery& q) const
{
    QVariantList values;
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("EXPLAIN QUERY PLAN ") + pageSql(q, values));
    for (const QVariant& value : values) {
        query.addBindValue(value);
    }
    QStringList steps;
    if (!query.exec()) {
        m_lastError = query.lastError().text();
        return {};
    }
    while (query.next()) {
        steps << query.value(3).toString();
    }
    return steps.join(QLatin1Char('\n'));
}

std::vector<QueueEntry> TicketRepository::query(const TicketQuery& q) const
{
    QVariantList values;
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    query.prepare(pageSql(q, values));
    for (const QVariant& value : values) {
        query.addBindValue(value);
    }
    std::vector<QueueEntry> entries;
    if (!query.exec()) {
        m_lastError = query.lastError().text();
        return entries;
    }
    while (query.next()) {
        entries.push_back(readEntry(query));
    }
    return entries;
}

qint64 TicketRepository::count(const TicketQuery& q) const
{
    QVariantList values;
    const QString where = whereClause(q, values);
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT count(*) FROM tickets%1").arg(where));
    for (const QVariant& value : values) {
        query.addBindValue(value);
    }
    if (!query.exec() || !query.next()) {
        m_lastError = query.lastError().text();
        return -1;
    }
    return query.value(0).toLongLong();
}

} // namespace hss::client
