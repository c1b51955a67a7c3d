// SPDX-License-Identifier: MIT
#include <QtTest>
#include <map>
#include <memory>
#include <string>
#include <vector>

#include "ApiTestServer.h"
#include "PostgresCluster.h"
#include "app/ServerServices.h"
#include "hss/Timestamp.h"
#include "hss/sync/PullPage.h"
#include "sla/SlaEngine.h"
#include "storage/TicketRepository.h"

using hss::Role;
using hss::User;
using hss::test::ApiAnswer;
using hss::test::ApiTestServer;
using nlohmann::json;
namespace sla = hss::sla;

namespace {

constexpr std::int64_t minute = 60'000;

json emergencyTicket(const std::string& title)
{
    return {{"title", title},          {"description", "infusion pumps offline on ward 2"},
            {"priority", "emergency"}, {"category", "technical"},
            {"channel", "phone"},      {"requester_name", "Ward 2"},
            {"team", "tier1"}};
}

/// The changes of one feed page as JSON and decoded: the raw form checks the wire, the decoded one the codec.
struct Pulled
{
    std::map<std::string, json> raw; ///< Live ticket changes by id.
    std::map<std::string, hss::sync::Change> decoded;
};

} // namespace

/// SLA clocks in the sync feed over real HTTPS on SQLite and PostgreSQL: every live ticket change carries all three
/// clocks and the escalation level (computed for the page at once), null for a ticket without SLA history.
class TestSyncSlaApi final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void pulledTicketsCarryEveryClockAndEscalation_data() { backends(); }
    void pulledTicketsCarryEveryClockAndEscalation();
    void ticketWithoutHistoryHasNullClocks_data() { backends(); }
    void ticketWithoutHistoryHasNullClocks();

private:
    static void backends()
    {
        QTest::addColumn<QString>("backend");
        QTest::newRow("sqlite") << QStringLiteral("sqlite");
        QTest::newRow("postgresql") << QStringLiteral("postgresql");
    }
    ApiTestServer& server(const QString& backend) { return backend == "sqlite" ? *m_sqlite : *m_postgres; }
    /// Every page after \a cursor (advanced), with the admin's fresh token; fails the test on a bad page.
    Pulled pullAll(const QString& backend, std::string& cursor);

    hss::test::PostgresCluster m_cluster;
    std::unique_ptr<ApiTestServer> m_sqlite;
    std::unique_ptr<ApiTestServer> m_postgres;
    std::map<QString, User> m_admin;
    std::map<QString, User> m_oncall;
    std::map<QString, User> m_agent;
};

void TestSyncSlaApi::initTestCase()
{
    QVERIFY2(m_cluster.start(), qPrintable(m_cluster.error()));
    QVERIFY2(m_cluster.createDatabase("api_sync_sla"), qPrintable(m_cluster.error()));
    m_sqlite = std::make_unique<ApiTestServer>();
    QVERIFY2(m_sqlite->isRunning(), qPrintable(m_sqlite->error()));
    m_postgres = std::make_unique<ApiTestServer>(m_cluster.url("api_sync_sla").toStdString());
    QVERIFY2(m_postgres->isRunning(), qPrintable(m_postgres->error()));
    for (const QString backend : {"sqlite", "postgresql"}) {
        m_admin[backend] = server(backend).createUser("ada", {Role::Admin}, {});
        m_agent[backend] = server(backend).createUser("ann", {Role::Agent}, {"tier1"});
        m_oncall[backend] = server(backend).createUser("otis", {Role::Supervisor}, {"escalations"});
    }
}

Pulled TestSyncSlaApi::pullAll(const QString& backend, std::string& cursor)
{
    ApiTestServer& api = server(backend);
    const std::string token = api.tokenFor(m_admin[backend]); // the clock moves in these tests: mint per pull
    Pulled pulled;
    for (int page = 0; page < 100; ++page) {
        const ApiAnswer answer = api.request("GET", "/api/sync/pull?limit=50&cursor=" + cursor, nullptr, token);
        if (answer.status != 200) {
            qWarning("pull answered %d: %s", answer.status, answer.rawBody.c_str());
            return {};
        }
        auto decoded = hss::sync::pullPageFromJson(answer.body);
        if (!decoded) {
            qWarning("pull page does not decode: %s", hss::describe(decoded.error()).c_str());
            return {};
        }
        for (std::size_t i = 0; i < decoded.value().changes.size(); ++i) {
            const hss::sync::Change& change = decoded.value().changes[i];
            if (change.entity == hss::sync::SyncEntity::Ticket && !change.deleted) {
                pulled.raw[change.id.toString()] = answer.body.at("changes").at(i);
                pulled.decoded[change.id.toString()] = change;
            }
        }
        cursor = decoded.value().cursor;
        if (!decoded.value().hasMore) {
            break;
        }
    }
    return pulled;
}

void TestSyncSlaApi::pulledTicketsCarryEveryClockAndEscalation()
{
    QFETCH(QString, backend);
    ApiTestServer& api = server(backend);
    std::string cursor;
    pullAll(backend, cursor); // whatever earlier tests left
    const json matrix {{"levels",
                        {{{"level", 1},
                          {"team", "escalations"},
                          {"people", {m_oncall[backend].id.toString()}},
                          {"channels", {"email"}}}}}};
    QCOMPARE(api.request("PUT", "/api/admin/escalation-matrix", matrix, api.tokenFor(m_admin[backend])).status, 200);

    const ApiAnswer created =
        api.request("POST", "/api/tickets", emergencyTicket("Pumps offline"), api.tokenFor(m_agent[backend]));
    QCOMPARE(created.status, 201);
    const std::string id = created.body.at("id").get<std::string>();
    const std::int64_t createdAt = hss::parseTimestamp(created.body.at("created_at").get<std::string>()).value();

    Pulled first = pullAll(backend, cursor);
    QVERIFY(first.raw.contains(id));
    const json& wire = first.raw.at(id).at("sla");
    QCOMPARE(wire.size(), std::size_t(4)); // evaluated_at and every clock, not only the nearest (compact form)
    const sla::SlaReport& report = first.decoded.at(id).sla.value();
    QCOMPARE(report.escalationLevel(), 0);
    // The feed carries exactly the clocks the ticket endpoint answers, in its compact form.
    const ApiAnswer rest = api.request("GET", "/api/tickets/" + id, nullptr, api.tokenFor(m_admin[backend]));
    QCOMPARE(rest.status, 200);
    const auto answered = sla::slaReportFromJson(rest.body.at("sla"));
    QVERIFY2(answered.ok(), answered.ok() ? "" : hss::describe(answered.error()).c_str());
    QVERIFY(answered.value() == report);
    QCOMPARE(wire, sla::toCompactJson(answered.value()));
    QCOMPARE(report.clock(sla::SlaClockKind::FirstResponse).dueAt,
             std::optional<std::int64_t>(createdAt + 15 * minute));
    QCOMPARE(report.clock(sla::SlaClockKind::Resolution).dueAt, std::optional<std::int64_t>(createdAt + 30 * minute));
    QVERIFY(report.clock(sla::SlaClockKind::NextUpdate).state == sla::SlaState::Inactive);
    QCOMPARE(report.nextDueAt(), std::optional<std::int64_t>(createdAt + 15 * minute));

    // Fifteen minutes on the scheduler escalates: the ticket's new state reaches the feed with its clocks.
    api.clock().setNowMs(createdAt + 15 * minute);
    QVERIFY(api.sla().scheduler().fireDue() > 0);
    Pulled second = pullAll(backend, cursor);
    QVERIFY2(second.raw.contains(id), "the escalated ticket was not pulled again");
    QCOMPARE(second.raw.at(id).at("data").at("escalation_level").get<int>(), 1);
    const sla::SlaReport& escalated = second.decoded.at(id).sla.value();
    QCOMPARE(escalated.escalationLevel(), 1);
    QVERIFY(escalated.clock(sla::SlaClockKind::Resolution).state == sla::SlaState::Escalated);
    QVERIFY(escalated.clock(sla::SlaClockKind::FirstResponse).state == sla::SlaState::Breached);
    QCOMPARE(escalated.evaluatedAt, createdAt + 15 * minute);
}

void TestSyncSlaApi::ticketWithoutHistoryHasNullClocks()
{
    QFETCH(QString, backend);
    ApiTestServer& api = server(backend);
    std::string cursor;
    pullAll(backend, cursor);

    // A row written without the SLA hook (as by an import) has no history; it shares a page with one that has.
    hss::Ticket bare;
    bare.id = hss::Uuid::createV7();
    bare.title = "Imported without history";
    bare.description = "From the old system.";
    bare.requesterName = "Archive";
    bare.team = "tier1";
    bare.createdAt = api.clock().nowMs();
    bare.updatedAt = bare.createdAt;
    QVERIFY(hss::server::TicketRepository(api.services().database, api.services().cipher).create(bare).ok());
    const ApiAnswer created =
        api.request("POST", "/api/tickets", emergencyTicket("With history"), api.tokenFor(m_agent[backend]));
    QCOMPARE(created.status, 201);
    const std::string withHistory = created.body.at("id").get<std::string>();

    const Pulled pulled = pullAll(backend, cursor);
    QVERIFY(pulled.raw.contains(bare.id.toString()));
    QVERIFY(pulled.raw.at(bare.id.toString()).contains("sla"));
    QVERIFY(pulled.raw.at(bare.id.toString()).at("sla").is_null());
    QVERIFY(!pulled.decoded.at(bare.id.toString()).sla.has_value());
    QCOMPARE(pulled.decoded.at(bare.id.toString()).data.at("title").get<std::string>(),
             std::string("Imported without history"));
    QVERIFY(pulled.decoded.at(withHistory).sla.has_value());
    QCOMPARE(pulled.raw.at(withHistory).at("sla").size(), std::size_t(4));
}

QTEST_GUILESS_MAIN(TestSyncSlaApi)
#include "TestSyncSlaApi.moc"
