// SPDX-License-Identifier: MIT
#include <QtTest>
#include <algorithm>
#include <memory>
#include <string>

#include "ApiTestServer.h"
#include "PostgresCluster.h"
#include "app/ServerServices.h"
#include "hss/sync/Mutation.h"
#include "hss/sync/MutationResult.h"
#include "retention/RetentionJob.h"
#include "storage/AuditLogRepository.h"
#include "storage/Database.h"
#include "storage/HealthCheckRepository.h"
#include "storage/NotificationOutboxRepository.h"
#include "storage/SlaEventRepository.h"
#include "storage/SyncFeedRepository.h"
#include "storage/SyncMutationRepository.h"
#include "storage/TicketRepository.h"
#include "storage/WriteQueue.h"

using hss::Role;
using hss::server::RetentionJob;
using hss::test::ApiAnswer;
using hss::test::ApiTestServer;
using nlohmann::json;

namespace {

constexpr std::int64_t dayMs = 86'400'000;

json ticketBody(const std::string& title)
{
    return {{"title", title},     {"description", "the label printer in ward 3 jams"},
            {"priority", "low"},  {"category", "technical"},
            {"channel", "email"}, {"requester_name", "Ward 3"},
            {"team", "tier1"}};
}

/// Everything a round could delete, seeded at two instants: "old" rows at t0, "young" ones a day later.
struct Seeded
{
    std::string oldSent, oldDead, oldPending, youngSent; // outbox ids
    std::string oldMutation, youngMutation;
    std::string closedOld, closedYoung, openOld, resolvedOld; // ticket ids
    std::int64_t t0 = 0;
};

} // namespace

/// The retention job on SQLite and PostgreSQL with the test server's ManualClock: at exactly the period nothing goes,
/// one millisecond later exactly the rows past their period go (finished outbox messages but never pending ones,
/// health checks, remembered sync answers, closed tickets with their comments and a tombstone for the consoles), each
/// batch audited, and the audit log itself is never shortened; the defaults keep closed tickets forever; small
/// batches drain a backlog; the thread runs a round as soon as it starts.
class TestRetentionJob final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void deletesExactlyWhatIsPastItsPeriod_data() { backends(); }
    void deletesExactlyWhatIsPastItsPeriod();
    void defaultsKeepClosedTicketsAndTheAuditLog_data() { backends(); }
    void defaultsKeepClosedTicketsAndTheAuditLog();
    void smallBatchesDrainABacklog();
    void threadRunsARoundAtStart();

private:
    static void backends()
    {
        QTest::addColumn<QString>("backend");
        QTest::newRow("sqlite") << QStringLiteral("sqlite");
        QTest::newRow("postgresql") << QStringLiteral("postgresql");
    }
    std::unique_ptr<ApiTestServer> startServer(const QString& backend);
    static RetentionJob jobFor(ApiTestServer& api, RetentionJob::Options options = {});
    static void recordHealthCheck(ApiTestServer& api, std::int64_t atMs);
    static std::size_t healthChecks(ApiTestServer& api);
    static Seeded seed(ApiTestServer& api, const std::string& token);
    static std::string closeTicket(ApiTestServer& api, const std::string& id, hss::TicketStatus status);

    hss::test::PostgresCluster m_cluster;
    int m_databases = 0;
};

void TestRetentionJob::initTestCase()
{
    QVERIFY2(m_cluster.start(), qPrintable(m_cluster.error()));
}

std::unique_ptr<ApiTestServer> TestRetentionJob::startServer(const QString& backend)
{
    std::string url;
    if (backend == QStringLiteral("postgresql")) {
        const QString name = QStringLiteral("retention_%1").arg(++m_databases);
        if (!m_cluster.createDatabase(name)) {
            qWarning("%s", qPrintable(m_cluster.error()));
            return nullptr;
        }
        url = m_cluster.url(name).toStdString();
    }
    auto api = std::make_unique<ApiTestServer>(url);
    if (!api->isRunning()) {
        qWarning("%s", qPrintable(api->error()));
        return nullptr;
    }
    return api;
}

RetentionJob TestRetentionJob::jobFor(ApiTestServer& api, RetentionJob::Options options)
{
    auto& services = api.services();
    return RetentionJob(services.database, services.writes, services.cipher, api.clock(), options);
}

void TestRetentionJob::recordHealthCheck(ApiTestServer& api, std::int64_t atMs)
{
    auto& database = api.services().database;
    api.services().writes.run([&](Poco::Data::Session& session) {
        hss::server::HealthCheckRepository(database).record(
            session, {"database", hss::server::HealthState::Healthy, atMs, 1.0, std::nullopt});
    });
}

std::size_t TestRetentionJob::healthChecks(ApiTestServer& api)
{
    return hss::server::HealthCheckRepository(api.services().database).history(std::nullopt, 100000).size();
}

std::string TestRetentionJob::closeTicket(ApiTestServer& api, const std::string& id, hss::TicketStatus status)
{
    hss::server::TicketRepository tickets(api.services().database, api.services().cipher);
    hss::Ticket ticket = tickets.find(id).value();
    const std::int64_t base = ticket.revision;
    ticket.status = status;
    ticket.resolvedAt = api.clock().nowMs();
    ticket.updatedAt = api.clock().nowMs();
    const auto updated = tickets.update(ticket, base);
    return updated ? std::string() : updated.error().message;
}

Seeded TestRetentionJob::seed(ApiTestServer& api, const std::string& token)
{
    auto& services = api.services();
    hss::server::Database& database = services.database;
    Seeded seeded;
    seeded.t0 = api.clock().nowMs();
    const auto createTicket = [&](const std::string& title) {
        const ApiAnswer created = api.request("POST", "/api/tickets", ticketBody(title), token);
        return created.status == 201 ? created.body.at("id").get<std::string>() : std::string();
    };
    const auto remember = [&](std::int64_t atMs) {
        hss::sync::Mutation mutation;
        mutation.mutationId = hss::Uuid::createV7();
        mutation.entity = hss::sync::SyncEntity::Ticket;
        mutation.entityId = hss::Uuid::createV7();
        mutation.kind = hss::sync::MutationKind::Create;
        hss::sync::MutationResult result;
        result.mutationId = mutation.mutationId;
        result.revision = 1;
        services.writes.run([&](Poco::Data::Session& session) {
            hss::server::SyncMutationRepository(database).remember(session, mutation, result, "user", "console-a",
                                                                   atMs);
        });
        return mutation.mutationId.toString();
    };
    const auto enqueue = [&](const std::string& channel, std::int64_t atMs, const char* outcome) {
        std::string id;
        services.writes.run([&](Poco::Data::Session& session) {
            hss::server::NotificationOutboxRepository outbox(database);
            id =
                outbox.enqueue(session, {channel, "ops@clinic.example", "subject", "body", "test", std::nullopt}, atMs);
            if (std::string(outcome) == "pending") {
                return;
            }
            for (const auto& claimed : outbox.claimDue(session, channel, atMs, atMs + 60'000, 8, 10)) {
                if (std::string(outcome) == "sent") {
                    outbox.markSent(session, claimed, atMs);
                } else {
                    outbox.markFailed(session, claimed, "relay refused", std::nullopt);
                }
            }
        });
        return id;
    };

    // t0: the old rows.
    recordHealthCheck(api, seeded.t0);
    seeded.oldSent = enqueue("email", seeded.t0, "sent");
    seeded.oldDead = enqueue("slack", seeded.t0, "dead");
    seeded.oldPending = enqueue("sms", seeded.t0, "pending");
    seeded.oldMutation = remember(seeded.t0);
    seeded.closedOld = createTicket("old closed");
    seeded.closedYoung = createTicket("closed a day later");
    seeded.openOld = createTicket("old but open");
    seeded.resolvedOld = createTicket("old, resolved, not closed");
    const ApiAnswer comment = api.request("POST", "/api/tickets/" + seeded.closedOld + "/comments",
                                          {{"body", "replaced the roller"}, {"visibility", "public_reply"}}, token);
    if (comment.status != 201) {
        qWarning("comment: %s", comment.rawBody.c_str());
    }
    for (const std::string& error : {closeTicket(api, seeded.closedOld, hss::TicketStatus::Closed),
                                     closeTicket(api, seeded.resolvedOld, hss::TicketStatus::Resolved)}) {
        if (!error.empty()) {
            qWarning("close: %s", error.c_str());
        }
    }

    // A day later: the young rows.
    api.clock().advanceMs(dayMs);
    recordHealthCheck(api, seeded.t0 + dayMs);
    seeded.youngSent = enqueue("email", seeded.t0 + dayMs, "sent");
    seeded.youngMutation = remember(seeded.t0 + dayMs);
    if (const std::string error = closeTicket(api, seeded.closedYoung, hss::TicketStatus::Closed); !error.empty()) {
        qWarning("close: %s", error.c_str());
    }
    return seeded;
}

void TestRetentionJob::deletesExactlyWhatIsPastItsPeriod()
{
    QFETCH(QString, backend);
    const auto api = startServer(backend);
    QVERIFY(api);
    auto& services = api->services();
    hss::server::Database& database = services.database;
    const std::string admin = api->tokenFor(api->createUser("ada", {Role::Admin}, {}));
    const std::string agent = api->tokenFor(api->createUser("ann", {Role::Agent}, {"tier1"}));
    const json periods {{"revision", 0},
                        {"idle_lock_minutes", 15},
                        {"retention",
                         {{"closed_tickets_days", 30},
                          {"audit_log_days", 2190},
                          {"health_history_days", 30},
                          {"notification_log_days", 30},
                          {"sync_feed_days", 30}}}};
    QCOMPARE(api->request("PUT", "/api/admin/settings", periods, admin).status, 200);
    const Seeded seeded = seed(*api, agent);
    QVERIFY(!seeded.closedOld.empty() && !seeded.closedYoung.empty());
    RetentionJob job = jobFor(*api);

    const auto noneDeleted = [](const RetentionJob::Report& report) {
        return report.healthChecks == 0 && report.notifications == 0 && report.syncMutations == 0
            && report.closedTickets == 0;
    };
    QVERIFY(noneDeleted(job.runOnce()));
    // Exactly 30 days after the old rows: not older than the period yet.
    api->clock().setNowMs(seeded.t0 + 30 * dayMs);
    QVERIFY(noneDeleted(job.runOnce()));
    QCOMPARE(healthChecks(*api), std::size_t(2));

    const std::size_t auditBefore = hss::server::AuditLogRepository(database).list(0, 1000000).size();
    api->clock().advanceMs(1);
    const RetentionJob::Report report = job.runOnce();
    QCOMPARE(report.healthChecks, std::int64_t(1));
    QCOMPARE(report.notifications, std::int64_t(2)); // the old sent and the old dead one; pending stays
    QCOMPARE(report.syncMutations, std::int64_t(1));
    QCOMPARE(report.closedTickets, std::int64_t(1));

    const auto history = hss::server::HealthCheckRepository(database).history(std::nullopt, 100);
    QCOMPARE(history.size(), std::size_t(1));
    QCOMPARE(history.front().checkedAt, seeded.t0 + dayMs);
    {
        Poco::Data::Session session = database.session();
        hss::server::NotificationOutboxRepository outbox(database);
        QVERIFY(!outbox.find(session, seeded.oldSent));
        QVERIFY(!outbox.find(session, seeded.oldDead));
        QCOMPARE(outbox.find(session, seeded.oldPending)->state, std::string("pending"));
        QCOMPARE(outbox.find(session, seeded.youngSent)->state, std::string("sent"));
        hss::server::SyncMutationRepository mutations(database);
        QVERIFY(!mutations.find(session, seeded.oldMutation));
        QVERIFY(mutations.find(session, seeded.youngMutation));
    }
    hss::server::TicketRepository tickets(database, services.cipher);
    QVERIFY(!tickets.find(seeded.closedOld));
    QVERIFY(tickets.find(seeded.closedYoung));
    QVERIFY(tickets.find(seeded.openOld));
    QVERIFY(tickets.find(seeded.resolvedOld));
    {
        // Its SLA plan went with it; the young closed ticket keeps its own.
        Poco::Data::Session session = database.session();
        hss::server::SlaEventRepository events(database);
        QVERIFY(events.forTicket(session, seeded.closedOld).empty());
        QVERIFY(!events.forTicket(session, seeded.closedYoung).empty());
    }
    // The consoles learn of the deletion (tombstones) and the comment went with its ticket.
    bool ticketTombstone = false;
    bool commentTombstone = false;
    for (const auto& entry : hss::server::SyncFeedRepository(database).after(0, 100000)) {
        ticketTombstone = ticketTombstone || (entry.entityId == seeded.closedOld && entry.deleted);
        commentTombstone = commentTombstone || (entry.entity == "comment" && entry.deleted);
    }
    QVERIFY(ticketTombstone);
    QVERIFY(commentTombstone);
    const std::string fresh = api->tokenFor(api->createUser("ben", {Role::Agent}, {"tier1"})); // 30 days later
    QCOMPARE(api->request("GET", "/api/tickets/" + seeded.closedOld + "/comments", nullptr, fresh).status, 404);
    QCOMPARE(api->request("GET", "/api/tickets/" + seeded.closedYoung + "/comments", nullptr, fresh).status, 200);

    // Audited: one record per batch of each log, one per deleted ticket; the audit log only grew and still verifies.
    hss::server::AuditLogRepository audit(database);
    const auto records = audit.list(0, 1000000);
    QVERIFY(records.size() > auditBefore);
    std::map<std::string, std::int64_t> purged;
    bool ticketAudited = false;
    for (std::size_t i = auditBefore; i < records.size(); ++i) {
        const auto& entry = records[i].entry;
        if (entry.actorName != "system:retention") {
            continue; // e.g. the records of reads above, stored by a later group commit
        }
        if (entry.action == "retention.purge") {
            purged[entry.objectType] += json::parse(entry.detail).at("deleted").get<std::int64_t>();
        } else if (entry.action == "ticket.delete") {
            ticketAudited = entry.objectId == seeded.closedOld;
        }
    }
    QCOMPARE(purged,
             (std::map<std::string, std::int64_t> {
                 {"health_checks", 1}, {"notification_outbox", 2}, {"sync_mutations", 1}}));
    QVERIFY(ticketAudited);
    QVERIFY(!audit.verify().has_value());

    QVERIFY(noneDeleted(job.runOnce())); // nothing else was past its period
}

void TestRetentionJob::defaultsKeepClosedTicketsAndTheAuditLog()
{
    QFETCH(QString, backend);
    const auto api = startServer(backend);
    QVERIFY(api);
    const std::string agent = api->tokenFor(api->createUser("ann", {Role::Agent}, {"tier1"}));
    const ApiAnswer created = api->request("POST", "/api/tickets", ticketBody("closed long ago"), agent);
    QCOMPARE(created.status, 201);
    const std::string id = created.body.at("id").get<std::string>();
    QCOMPARE(closeTicket(*api, id, hss::TicketStatus::Closed), std::string());
    hss::server::AuditLogRepository audit(api->services().database);
    const auto auditBefore = audit.list(0, 1000000);
    QVERIFY(!auditBefore.empty());

    // Twenty years on, with the shipped defaults: closed tickets are kept forever, and so is every audit record.
    api->clock().advanceMs(20 * 366 * dayMs);
    const RetentionJob::Report report = jobFor(*api).runOnce();
    QCOMPARE(report.closedTickets, std::int64_t(0));
    QVERIFY(hss::server::TicketRepository(api->services().database, api->services().cipher).find(id));
    const auto auditAfter = audit.list(0, 1000000);
    QVERIFY(auditAfter.size() >= auditBefore.size());
    QVERIFY(std::equal(auditBefore.begin(), auditBefore.end(), auditAfter.begin()));
}

void TestRetentionJob::smallBatchesDrainABacklog()
{
    const auto api = startServer(QStringLiteral("sqlite"));
    QVERIFY(api);
    const std::int64_t t0 = api->clock().nowMs();
    for (int i = 0; i < 5; ++i) {
        recordHealthCheck(*api, t0 + i);
    }
    recordHealthCheck(*api, t0 + 29 * dayMs);
    api->clock().setNowMs(t0 + 30 * dayMs + 10); // the default period: 30 days
    const std::size_t auditBefore = hss::server::AuditLogRepository(api->services().database).list(0, 100000).size();
    RetentionJob::Options options;
    options.batch = 2;
    QCOMPARE(jobFor(*api, options).runOnce().healthChecks, std::int64_t(5));
    QCOMPARE(healthChecks(*api), std::size_t(1));
    // Three write jobs (2 + 2 + 1), each with its own audit record.
    std::vector<std::int64_t> batches;
    const auto records = hss::server::AuditLogRepository(api->services().database).list(0, 100000);
    for (std::size_t i = auditBefore; i < records.size(); ++i) {
        QCOMPARE(records[i].entry.action, std::string("retention.purge"));
        batches.push_back(json::parse(records[i].entry.detail).at("deleted").get<std::int64_t>());
    }
    QCOMPARE(batches, (std::vector<std::int64_t> {2, 2, 1}));
}

void TestRetentionJob::threadRunsARoundAtStart()
{
    const auto api = startServer(QStringLiteral("sqlite"));
    QVERIFY(api);
    recordHealthCheck(*api, api->clock().nowMs() - 31 * dayMs);
    recordHealthCheck(*api, api->clock().nowMs());
    RetentionJob job = jobFor(*api); // hourly: only the round at start can delete within the wait below
    job.start();
    QTRY_COMPARE_WITH_TIMEOUT(healthChecks(*api), std::size_t(1), 30000);
    job.stop();
    job.stop(); // twice is harmless
}

QTEST_MAIN(TestRetentionJob)
#include "TestRetentionJob.moc"
