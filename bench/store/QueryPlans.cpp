// SPDX-License-Identifier: MIT
#include "QueryPlans.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QTextStream>
#include <QVariantList>

#include "ProposedQueries.h"

namespace hss::bench {

namespace {

const QString ticketSelect = QStringLiteral(
    "SELECT id, number, title, description, priority, category, status, channel, requester_name, requester_email,"
    " assignee_id, team, medical_case_ref, created_at, updated_at, first_response_at, resolved_at,"
    " escalation_level, revision, sla_due_at FROM tickets WHERE %1 ORDER BY priority_rank DESC,"
    " sla_due_at IS NULL, sla_due_at, created_at LIMIT 200 OFFSET 0");

const QString searchSelect = QStringLiteral(
    "SELECT a.id, a.title, snippet(kb_fts, '[', ']', '…', -1, 12), hss_rank(matchinfo(kb_fts, 'pcnx'), 3.0, 1.0)"
    " AS score FROM kb_fts JOIN kb_articles a ON a.rowid = kb_fts.docid WHERE kb_fts MATCH ?"
    " ORDER BY score DESC LIMIT 20");

void printPlan(const QSqlDatabase& db, const QString& title, const QString& sql, const QVariantList& values,
               QTextStream& out)
{
    QSqlQuery query(db);
    query.setForwardOnly(true);
    out << title << ":\n\n```\n";
    if (!query.prepare(QStringLiteral("EXPLAIN QUERY PLAN ") + sql)) {
        out << query.lastError().text() << "\n```\n\n";
        return;
    }
    for (const QVariant& value : values) {
        query.addBindValue(value);
    }
    if (!query.exec()) {
        out << query.lastError().text() << "\n```\n\n";
        return;
    }
    while (query.next()) {
        out << query.value(3).toString() << '\n';
    }
    out << "```\n\n";
}

} // namespace

void printQueryPlans(const QSqlDatabase& db, const Workload& workload, QTextStream& out)
{
    out << "### Query plans (encrypted store; the plain one is the same engine and schema)\n\n";
    printPlan(db, QStringLiteral("queue \"All open\""), ticketSelect.arg(QStringLiteral("is_open = 1")), {}, out);
    printPlan(db, QStringLiteral("queue \"Mine\""), ticketSelect.arg(QStringLiteral("is_open = 1 AND assignee_id = ?")),
              {QString::fromStdString(workload.agents.front().toString())}, out);
    printPlan(db, QStringLiteral("queue \"My team\""), ticketSelect.arg(QStringLiteral("is_open = 1 AND team IN (?)")),
              {QString::fromStdString(workload.myTeam)}, out);
    printPlan(db, QStringLiteral("queue \"Medical emergencies\" (priority = ?)"),
              ticketSelect.arg(QStringLiteral("is_open = 1 AND priority = ?")), {QStringLiteral("emergency")}, out);
    printPlan(db, QStringLiteral("proposed: \"Medical emergencies\" on priority_rank = ?"),
              ticketSelect.arg(QStringLiteral("is_open = 1 AND priority_rank = ?")), {4}, out);
    printPlan(db, QStringLiteral("filter: open, clinical, title ~ \"infusion\""),
              ticketSelect.arg(QStringLiteral("is_open = 1 AND title LIKE ? ESCAPE '\\' AND category = ?")),
              {QStringLiteral("%infusion%"), QStringLiteral("medical_clinical")}, out);
    const QString match = QStringLiteral("password reset*");
    printPlan(db, QStringLiteral("KB search"), searchSelect, {match}, out);
    printPlan(db, QStringLiteral("proposed: two-step KB search"), proposedSearchSql(), {3.0, 1.0, match, 20, match},
              out);
    out.flush();
}

} // namespace hss::bench
