// SPDX-License-Identifier: MIT
#include "ProposedQueries.h"

#include <QCryptographicHash>
#include <QSqlQuery>
#include <chrono>

#include "hss/Priority.h"
#include "storage/KbRepository.h"
#include "storage/ValueConversions.h"

namespace hss::bench {

namespace {

using Clock = std::chrono::steady_clock;

constexpr int searchLimit = 20;

// TicketRepository::query() with the emergency view filtering on priority_rank (the second column of the
// tickets_queue index) instead of the priority text, so the index walk stops after the emergency rows.
const QString emergencySql = QStringLiteral(
    "SELECT id, number, title, description, priority, category, status, channel, requester_name, requester_email,"
    " assignee_id, team, medical_case_ref, created_at, updated_at, first_response_at, resolved_at,"
    " escalation_level, revision, sla_due_at FROM tickets WHERE is_open = 1 AND priority_rank = ?"
    " ORDER BY priority_rank DESC, sla_due_at IS NULL, sla_due_at, created_at LIMIT ? OFFSET ?");

double millisecondsSince(Clock::time_point start)
{
    return std::chrono::duration<double, std::milli>(Clock::now() - start).count();
}

QueryOutcome runEmergencies(const QSqlDatabase& db)
{
    const auto start = Clock::now();
    QSqlQuery query(db);
    query.setForwardOnly(true);
    query.prepare(emergencySql);
    query.addBindValue(severityRank(Priority::Emergency));
    query.addBindValue(200);
    query.addBindValue(0);
    std::vector<Uuid> ids;
    if (query.exec()) {
        while (query.next()) {
            // Read every column, as the repository does when it builds a Ticket.
            for (int column = 1; column < 20; ++column) {
                query.value(column);
            }
            ids.push_back(client::uuidFrom(query.value(0)));
        }
    }
    QueryOutcome outcome {millisecondsSince(start), static_cast<qint64>(ids.size()), {}};
    QCryptographicHash hash(QCryptographicHash::Sha1);
    for (const Uuid& id : ids) {
        hash.addData(QByteArray::fromStdString(id.toString()));
    }
    outcome.fingerprint = hash.result().toHex().left(12);
    return outcome;
}

QueryOutcome runSearch(const QSqlDatabase& db, const QString& phrase)
{
    const auto start = Clock::now();
    const QString match = client::KbRepository::matchExpression(phrase);
    QSqlQuery query(db);
    query.setForwardOnly(true);
    query.prepare(proposedSearchSql());
    query.addBindValue(3.0);
    query.addBindValue(1.0);
    query.addBindValue(match);
    query.addBindValue(searchLimit);
    query.addBindValue(match);
    QList<QPair<Uuid, QString>> hits;
    if (query.exec()) {
        while (query.next()) {
            query.value(1);
            query.value(3);
            hits.append({client::uuidFrom(query.value(0)), query.value(2).toString()});
        }
    }
    QueryOutcome outcome {millisecondsSince(start), static_cast<qint64>(hits.size()), {}};
    QCryptographicHash hash(QCryptographicHash::Sha1);
    for (const auto& [id, snippet] : hits) {
        hash.addData(QByteArray::fromStdString(id.toString()));
        hash.addData(snippet.toUtf8());
    }
    outcome.fingerprint = hash.result().toHex().left(12);
    return outcome;
}

} // namespace

QString proposedSearchSql()
{
    // Rank every match from the index alone (matchinfo needs no article text), keep the best rows, and only then
    // read those articles and build their snippets. CROSS JOIN keeps kb_articles last in the join order.
    return QStringLiteral(
        "SELECT a.id, a.title, snippet(kb_fts, '[', ']', '…', -1, 12), best.score FROM kb_fts"
        " JOIN (SELECT docid, hss_rank(matchinfo(kb_fts, 'pcnx'), ?, ?) AS score FROM kb_fts"
        " WHERE kb_fts MATCH ? ORDER BY score DESC LIMIT ?) AS best ON best.docid = kb_fts.docid"
        " CROSS JOIN kb_articles a ON a.rowid = kb_fts.docid WHERE kb_fts MATCH ? ORDER BY best.score DESC");
}

std::vector<QueryCase> proposedQueryCases()
{
    std::vector<QueryCase> cases;
    QueryCase emergencies;
    emergencies.name = QStringLiteral("\"Medical emergencies\" on priority_rank");
    emergencies.group = QueryCase::Group::Queue;
    emergencies.targetMs = 50.0;
    emergencies.hasRatioTarget = true;
    emergencies.replaces = QStringLiteral("queue \"Medical emergencies\"");
    emergencies.run = &runEmergencies;
    cases.push_back(emergencies);
    for (const QString& phrase : kbSearchPhrases()) {
        QueryCase search;
        search.name = QStringLiteral("two-step KB search \"%1\"").arg(phrase);
        search.group = QueryCase::Group::Search;
        search.targetMs = 20.0;
        search.hasRatioTarget = true;
        search.replaces = QStringLiteral("KB search \"%1\"").arg(phrase);
        search.run = [phrase](const QSqlDatabase& db) { return runSearch(db, phrase); };
        cases.push_back(search);
    }
    return cases;
}

} // namespace hss::bench
