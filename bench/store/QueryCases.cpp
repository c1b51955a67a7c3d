// SPDX-License-Identifier: MIT
#include "QueryCases.h"

#include <QCryptographicHash>
#include <QSqlQuery>
#include <chrono>

#include "storage/KbRepository.h"
#include "storage/TicketRepository.h"

namespace hss::bench {

namespace {

using Clock = std::chrono::steady_clock;

constexpr double queueTargetMs = 50.0;
constexpr double searchTargetMs = 20.0;
constexpr int queuePage = 200;
constexpr int searchLimit = 20;

double millisecondsSince(Clock::time_point start)
{
    return std::chrono::duration<double, std::milli>(Clock::now() - start).count();
}

QueryOutcome runTicketQuery(const QSqlDatabase& db, const client::TicketQuery& query)
{
    const client::TicketRepository repository(db);
    const auto start = Clock::now();
    const std::vector<client::QueueEntry> entries = repository.query(query);
    QueryOutcome outcome {millisecondsSince(start), static_cast<qint64>(entries.size()), {}};
    QCryptographicHash hash(QCryptographicHash::Sha1);
    for (const client::QueueEntry& entry : entries) {
        hash.addData(QByteArray::fromStdString(entry.ticket.id.toString()));
    }
    outcome.fingerprint = hash.result().toHex().left(12);
    return outcome;
}

QueryOutcome runTicketCount(const QSqlDatabase& db, const client::TicketQuery& query)
{
    const client::TicketRepository repository(db);
    const auto start = Clock::now();
    const qint64 count = repository.count(query);
    return {millisecondsSince(start), count, QByteArray::number(count)};
}

QueryOutcome runSearch(const QSqlDatabase& db, const QString& phrase)
{
    const client::KbRepository repository(db);
    const auto start = Clock::now();
    const std::vector<client::KbSearchHit> hits = repository.search(phrase, searchLimit);
    QueryOutcome outcome {millisecondsSince(start), static_cast<qint64>(hits.size()), {}};
    QCryptographicHash hash(QCryptographicHash::Sha1);
    for (const client::KbSearchHit& hit : hits) {
        hash.addData(QByteArray::fromStdString(hit.id.toString()));
        hash.addData(hit.snippet.toUtf8());
    }
    outcome.fingerprint = hash.result().toHex().left(12);
    return outcome;
}

QueryCase ticketCase(const QString& name, std::optional<double> target, const client::TicketQuery& query)
{
    QueryCase queryCase;
    queryCase.name = name;
    queryCase.group = QueryCase::Group::Queue;
    queryCase.targetMs = target;
    queryCase.hasRatioTarget = target.has_value();
    queryCase.run = [query](const QSqlDatabase& db) { return runTicketQuery(db, query); };
    queryCase.matches = [query](const QSqlDatabase& db) { return client::TicketRepository(db).count(query); };
    return queryCase;
}

QueryCase countCase(const QString& name, const client::TicketQuery& query)
{
    QueryCase queryCase;
    queryCase.name = name;
    queryCase.run = [query](const QSqlDatabase& db) { return runTicketCount(db, query); };
    return queryCase;
}

QueryCase searchCase(const QString& phrase)
{
    QueryCase queryCase;
    queryCase.name = QStringLiteral("KB search \"%1\"").arg(phrase);
    queryCase.group = QueryCase::Group::Search;
    queryCase.targetMs = searchTargetMs;
    queryCase.hasRatioTarget = true;
    queryCase.run = [phrase](const QSqlDatabase& db) { return runSearch(db, phrase); };
    queryCase.matches = [phrase](const QSqlDatabase& db) { return kbMatchCount(db, phrase); };
    return queryCase;
}

} // namespace

qint64 kbMatchCount(const QSqlDatabase& db, const QString& phrase)
{
    QSqlQuery query(db);
    query.prepare(QStringLiteral("SELECT count(*) FROM kb_fts WHERE kb_fts MATCH ?"));
    query.addBindValue(client::KbRepository::matchExpression(phrase));
    return query.exec() && query.next() ? query.value(0).toLongLong() : -1;
}

QStringList kbSearchPhrases()
{
    // One word, two and three words, a rare term, and "certif" as typed half-way (prefix of certificate(s)).
    return {QStringLiteral("sepsis"),        QStringLiteral("password reset"), QStringLiteral("infusion pump gateway"),
            QStringLiteral("hl7 interface"), QStringLiteral("certif"),         QStringLiteral("patient identity")};
}

std::vector<QueryCase> storeQueryCases(const Workload& workload)
{
    using View = client::TicketQuery::View;
    std::vector<QueryCase> cases;

    client::TicketQuery allOpen;
    allOpen.view = View::AllOpen;
    allOpen.limit = queuePage;
    cases.push_back(ticketCase(QStringLiteral("queue \"All open\", first 200"), queueTargetMs, allOpen));

    client::TicketQuery deepPage = allOpen;
    deepPage.offset = 10 * queuePage;
    cases.push_back(ticketCase(QStringLiteral("queue \"All open\", page 11"), std::nullopt, deepPage));

    client::TicketQuery mine;
    mine.view = View::Mine;
    mine.userId = QString::fromStdString(workload.agents.front().toString());
    mine.limit = queuePage;
    cases.push_back(ticketCase(QStringLiteral("queue \"Mine\", first 200"), queueTargetMs, mine));

    client::TicketQuery team;
    team.view = View::MyTeam;
    team.teams = {QString::fromStdString(workload.myTeam)};
    team.limit = queuePage;
    cases.push_back(ticketCase(QStringLiteral("queue \"My team\", first 200"), queueTargetMs, team));

    client::TicketQuery emergencies;
    emergencies.view = View::MedicalEmergencies;
    emergencies.limit = queuePage;
    cases.push_back(ticketCase(QStringLiteral("queue \"Medical emergencies\""), queueTargetMs, emergencies));

    client::TicketQuery filtered = allOpen;
    filtered.category = Category::MedicalClinical;
    filtered.titleFilter = QStringLiteral("infusion");
    cases.push_back(ticketCase(QStringLiteral("filter: open, clinical, title ~ \"infusion\""), std::nullopt, filtered));

    cases.push_back(countCase(QStringLiteral("count \"All open\""), allOpen));
    cases.push_back(countCase(QStringLiteral("count of the filter above"), filtered));

    for (const QString& phrase : kbSearchPhrases()) {
        cases.push_back(searchCase(phrase));
    }
    return cases;
}

} // namespace hss::bench
