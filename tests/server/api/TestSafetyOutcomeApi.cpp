// SPDX-License-Identifier: MIT
#include <QtTest>
#include <map>
#include <memory>
#include <string>
#include <vector>

#include <Poco/Data/Session.h>

#include "ApiTestServer.h"
#include "PostgresCluster.h"
#include "app/ServerServices.h"
#include "hss/Ticket.h"
#include "hss/Timestamp.h"
#include "hss/sync/Mutation.h"
#include "hss/sync/PullPage.h"
#include "notify/FeedbackAlert.h"
#include "storage/Database.h"
#include "storage/NotificationOutboxRepository.h"
#include "storage/TicketRepository.h"

using hss::Role;
using hss::Uuid;
using hss::test::ApiAnswer;
using hss::test::ApiTestServer;
using nlohmann::json;

namespace {

// Neutral wording: any alert in these tests comes from the safety outcome, not from the sentiment trigger.
constexpr const char* neutralText = "Checked the triage suggestion against the chart.";

/// E-mail on (the sender is never started, so messages stay in the outbox), nothing else.
std::map<std::string, std::string> emailOn()
{
    return {{"ENABLE_EMAIL_NOTIFICATIONS", "true"},
            {"SMTP_HOST", "localhost"},
            {"SMTP_PORT", "2525"},
            {"SMTP_FROM_EMAIL", "noreply@clinic.example"}};
}

json push(const std::vector<json>& mutations)
{
    return {{"device_id", "console-safety"}, {"mutations", mutations}};
}

} // namespace

/// Patient-safety reports over real HTTPS on SQLite and PostgreSQL: feedback records the outcome of the AI system's
/// critical decision through POST /api/feedback and through a sync push, only clinicians (medical agents),
/// supervisors and admins may record one and only about a ticket, bad values are refused naming safety_outcome with
/// nothing stored, an incorrect or near-miss outcome on a clinical ticket alerts the team's supervisors (a correct
/// one or a non-clinical ticket does not), and the pull feed carries the outcome back.
class TestSafetyOutcomeApi final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void restFeedbackRecordsTheOutcome_data();
    void restFeedbackRecordsTheOutcome();
    void badOutcomesAreRefused_data();
    void badOutcomesAreRefused();
    void pushedOutcomeIsStoredAlertsAndPullsBack_data() { backends(); }
    void pushedOutcomeIsStoredAlertsAndPullsBack();
    void pushedOutcomeFromAnAgentIsRejected_data() { backends(); }
    void pushedOutcomeFromAnAgentIsRejected();

private:
    static void backends()
    {
        QTest::addColumn<QString>("backend");
        QTest::newRow("sqlite") << QStringLiteral("sqlite");
        QTest::newRow("postgresql") << QStringLiteral("postgresql");
    }
    ApiTestServer& server(const QString& backend) { return backend == "postgresql" ? *m_postgres : *m_sqlite; }
    /// A ticket stored directly, of \a category in team "oncology".
    static Uuid makeTicket(ApiTestServer& api, hss::Category category);
    /// The outbox rows of \a ticketId the safety trigger wrote.
    static std::vector<hss::server::NotificationRecord> safetyAlerts(ApiTestServer& api, const Uuid& ticketId);
    /// The stored feedback entries (as GET /api/feedback lists them) about \a ticketId.
    json feedbackAbout(const QString& backend, const Uuid& ticketId);

    hss::test::PostgresCluster m_cluster;
    std::unique_ptr<ApiTestServer> m_sqlite;
    std::unique_ptr<ApiTestServer> m_postgres;
    std::map<QString, std::map<std::string, std::string>> m_token; // backend -> role name -> token
};

void TestSafetyOutcomeApi::initTestCase()
{
    QVERIFY2(m_cluster.start(), qPrintable(m_cluster.error()));
    QVERIFY2(m_cluster.createDatabase("api_safety_outcome"), qPrintable(m_cluster.error()));
    m_sqlite = std::make_unique<ApiTestServer>(std::string(), emailOn());
    QVERIFY2(m_sqlite->isRunning(), qPrintable(m_sqlite->error()));
    m_postgres = std::make_unique<ApiTestServer>(m_cluster.url("api_safety_outcome").toStdString(), emailOn());
    QVERIFY2(m_postgres->isRunning(), qPrintable(m_postgres->error()));
    for (const QString backend : {"sqlite", "postgresql"}) {
        ApiTestServer& api = server(backend);
        auto& tokens = m_token[backend];
        tokens["medical"] = api.tokenFor(api.createUser("meg", {Role::MedicalAgent}, {"oncology"}));
        tokens["agent"] = api.tokenFor(api.createUser("ann", {Role::Agent}, {"oncology"}));
        tokens["supervisor"] = api.tokenFor(api.createUser("sue", {Role::Supervisor}, {"oncology"}));
        api.createUser("sam", {Role::Supervisor}, {"cardiology"}); // another team's: never alerted here
    }
}

Uuid TestSafetyOutcomeApi::makeTicket(ApiTestServer& api, hss::Category category)
{
    hss::Ticket ticket;
    ticket.id = Uuid::createV7();
    ticket.title = "Sepsis alert on bed 12";
    ticket.description = "The AI flagged sepsis risk.";
    ticket.requesterName = "Ward 7";
    ticket.category = category;
    ticket.team = "oncology";
    ticket.createdAt = api.clock().nowMs();
    ticket.updatedAt = ticket.createdAt;
    auto created = hss::server::TicketRepository(api.services().database, api.services().cipher).create(ticket);
    if (!created) {
        qWarning("ticket not created: %s", hss::describe(created.error()).c_str());
    }
    return ticket.id;
}

std::vector<hss::server::NotificationRecord> TestSafetyOutcomeApi::safetyAlerts(ApiTestServer& api,
                                                                                const Uuid& ticketId)
{
    Poco::Data::Session session = api.services().database.session();
    std::vector<hss::server::NotificationRecord> found;
    for (auto& record :
         hss::server::NotificationOutboxRepository(api.services().database).forTicket(session, ticketId.toString())) {
        if (record.event == hss::server::FeedbackAlert::safetyEvent) {
            found.push_back(std::move(record));
        }
    }
    return found;
}

json TestSafetyOutcomeApi::feedbackAbout(const QString& backend, const Uuid& ticketId)
{
    const ApiAnswer listed =
        server(backend).request("GET", "/api/feedback?limit=200", nullptr, m_token[backend]["supervisor"]);
    json found = json::array();
    for (const json& item : listed.body.at("items")) {
        if (item.at("ticket_id") == ticketId.toString()) {
            found.push_back(item);
        }
    }
    return found;
}

void TestSafetyOutcomeApi::restFeedbackRecordsTheOutcome_data()
{
    QTest::addColumn<QString>("backend");
    QTest::addColumn<QString>("outcome");
    QTest::addColumn<bool>("clinical");
    QTest::addColumn<int>("alerts");
    for (const QString backend : {"sqlite", "postgresql"}) {
        QTest::addRow("%s, incorrect", qPrintable(backend)) << backend << "incorrect" << true << 1;
        QTest::addRow("%s, near miss", qPrintable(backend)) << backend << "near_miss" << true << 1;
        QTest::addRow("%s, correct", qPrintable(backend)) << backend << "correct" << true << 0;
        QTest::addRow("%s, incorrect on a non-clinical ticket", qPrintable(backend))
            << backend << "incorrect" << false << 0;
    }
}

void TestSafetyOutcomeApi::restFeedbackRecordsTheOutcome()
{
    QFETCH(QString, backend);
    QFETCH(QString, outcome);
    QFETCH(bool, clinical);
    QFETCH(int, alerts);
    ApiTestServer& api = server(backend);
    const Uuid ticket = makeTicket(api, clinical ? hss::Category::MedicalClinical : hss::Category::Technical);
    const json body {{"ticket_id", ticket.toString()},
                     {"comment", neutralText},
                     {"category", "clinical"},
                     {"safety_outcome", outcome.toStdString()}};
    const ApiAnswer created = api.request("POST", "/api/feedback", body, m_token[backend]["medical"]);
    QCOMPARE(created.status, 201);
    QCOMPARE(QString::fromStdString(created.body.at("safety_outcome").get<std::string>()), outcome);

    const json stored = feedbackAbout(backend, ticket);
    QCOMPARE(stored.size(), std::size_t {1});
    QCOMPARE(stored[0].at("safety_outcome"), created.body.at("safety_outcome"));

    const auto queued = safetyAlerts(api, ticket);
    QCOMPARE(static_cast<int>(queued.size()), alerts); // sue only: sam supervises another team
    if (alerts > 0) {
        QCOMPARE(QString::fromStdString(queued[0].recipient), QStringLiteral("sue@clinic.example"));
        QVERIFY2(QString::fromStdString(queued[0].subject).contains(outcome), queued[0].subject.c_str());
        QVERIFY2(QString::fromStdString(queued[0].body).contains("AI decision: " + outcome), queued[0].body.c_str());
        QVERIFY(!QString::fromStdString(queued[0].body).contains(neutralText)); // never the comment
    }

    // Feedback without an outcome still works as before and reports none.
    const ApiAnswer plain = api.request("POST", "/api/feedback",
                                        {{"ticket_id", ticket.toString()}, {"comment", "ok"}, {"category", "support"}},
                                        m_token[backend]["agent"]);
    QCOMPARE(plain.status, 201);
    QVERIFY(plain.body.at("safety_outcome").is_null());
}

void TestSafetyOutcomeApi::badOutcomesAreRefused_data()
{
    QTest::addColumn<QString>("backend");
    QTest::addColumn<QString>("bad");
    QTest::addColumn<int>("status");
    for (const QString backend : {"sqlite", "postgresql"}) {
        QTest::addRow("%s, unknown value", qPrintable(backend)) << backend << "unknown value" << 422;
        QTest::addRow("%s, not text", qPrintable(backend)) << backend << "not text" << 422;
        QTest::addRow("%s, no ticket", qPrintable(backend)) << backend << "no ticket" << 422;
        QTest::addRow("%s, agent", qPrintable(backend)) << backend << "agent" << 403;
    }
}

void TestSafetyOutcomeApi::badOutcomesAreRefused()
{
    QFETCH(QString, backend);
    QFETCH(QString, bad);
    QFETCH(int, status);
    ApiTestServer& api = server(backend);
    const Uuid ticket = makeTicket(api, hss::Category::MedicalClinical);
    json body {{"ticket_id", ticket.toString()}, {"comment", neutralText}, {"category", "clinical"}};
    std::string token = m_token[backend]["medical"];
    if (bad == "unknown value") {
        body["safety_outcome"] = "dangerous";
    } else if (bad == "not text") {
        body["safety_outcome"] = 2;
    } else if (bad == "no ticket") {
        body.erase("ticket_id");
        body["safety_outcome"] = "incorrect";
    } else {
        body["safety_outcome"] = "incorrect";
        token = m_token[backend]["agent"];
    }
    const std::size_t before = api.request("GET", "/api/feedback", nullptr, m_token[backend]["supervisor"])
                                   .body.at("total")
                                   .get<std::size_t>();
    const ApiAnswer answer = api.request("POST", "/api/feedback", body, token);
    QCOMPARE(answer.status, status);
    QVERIFY2(QString::fromStdString(answer.rawBody).contains("safety_outcome")
                 || QString::fromStdString(answer.rawBody).contains("safety outcome"),
             answer.rawBody.c_str());
    const std::size_t after = api.request("GET", "/api/feedback", nullptr, m_token[backend]["supervisor"])
                                  .body.at("total")
                                  .get<std::size_t>();
    QCOMPARE(after, before);
    QVERIFY(safetyAlerts(api, ticket).empty());
}

void TestSafetyOutcomeApi::pushedOutcomeIsStoredAlertsAndPullsBack()
{
    QFETCH(QString, backend);
    ApiTestServer& api = server(backend);
    const Uuid ticket = makeTicket(api, hss::Category::MedicalClinical);
    const std::int64_t now = api.clock().nowMs();
    const Uuid id = Uuid::createV7();
    hss::sync::Mutation mutation;
    mutation.mutationId = Uuid::createV7();
    mutation.entity = hss::sync::SyncEntity::Feedback;
    mutation.entityId = id;
    mutation.kind = hss::sync::MutationKind::Create;
    mutation.fields = {{"id", id.toString()},
                       {"ticket_id", ticket.toString()},
                       {"author_id", Uuid::createV7().toString()},
                       {"csat_score", nullptr},
                       {"comment", neutralText},
                       {"category", "clinical"},
                       {"created_at", hss::formatTimestamp(now - 60000)},
                       {"sentiment_score", nullptr},
                       {"safety_outcome", "incorrect"}};
    mutation.deviceTimeMs = now;
    mutation.hlc = hss::HlcTimestamp {now, 0, "console-safety"};
    const ApiAnswer pushed =
        api.request("POST", "/api/sync/push", push({toJson(mutation)}), m_token[backend]["medical"]);
    QCOMPARE(pushed.status, 200);
    QCOMPARE(pushed.body.at("results")[0].at("outcome"), "applied");

    const json stored = feedbackAbout(backend, ticket);
    QCOMPARE(stored.size(), std::size_t {1});
    QCOMPARE(stored[0].at("safety_outcome"), "incorrect");
    QCOMPARE(stored[0].at("created_at"), hss::formatTimestamp(now - 60000)); // given offline a minute ago
    QCOMPARE(safetyAlerts(api, ticket).size(), std::size_t {1});

    // The author's console gets the entry back with its outcome.
    bool pulled = false;
    std::string cursor;
    for (int page = 0; page < 1000 && !pulled; ++page) {
        const ApiAnswer answer =
            api.request("GET", "/api/sync/pull?limit=500&cursor=" + cursor, nullptr, m_token[backend]["medical"]);
        auto decoded = hss::sync::pullPageFromJson(answer.body);
        QVERIFY2(answer.status == 200 && decoded.ok(), answer.rawBody.c_str());
        for (const json& change : answer.body.at("changes")) {
            if (change.at("entity") == "feedback" && change.at("id") == id.toString()) {
                QCOMPARE(change.at("data").at("safety_outcome"), "incorrect");
                pulled = true;
            }
        }
        cursor = decoded.value().cursor;
        if (!decoded.value().hasMore) {
            break;
        }
    }
    QVERIFY(pulled);
}

void TestSafetyOutcomeApi::pushedOutcomeFromAnAgentIsRejected()
{
    QFETCH(QString, backend);
    ApiTestServer& api = server(backend);
    const Uuid ticket = makeTicket(api, hss::Category::MedicalClinical);
    const std::int64_t now = api.clock().nowMs();
    const Uuid id = Uuid::createV7();
    hss::sync::Mutation mutation;
    mutation.mutationId = Uuid::createV7();
    mutation.entity = hss::sync::SyncEntity::Feedback;
    mutation.entityId = id;
    mutation.kind = hss::sync::MutationKind::Create;
    mutation.fields = {
        {"id", id.toString()},          {"ticket_id", ticket.toString()}, {"author_id", Uuid::createV7().toString()},
        {"comment", neutralText},       {"category", "clinical"},         {"created_at", hss::formatTimestamp(now)},
        {"safety_outcome", "near_miss"}};
    mutation.deviceTimeMs = now;
    mutation.hlc = hss::HlcTimestamp {now, 0, "console-safety"};
    const ApiAnswer pushed = api.request("POST", "/api/sync/push", push({toJson(mutation)}), m_token[backend]["agent"]);
    QCOMPARE(pushed.status, 200);
    const json& result = pushed.body.at("results")[0];
    QCOMPARE(result.at("outcome"), "rejected");
    QVERIFY2(QString::fromStdString(result.at("reason").get<std::string>()).contains("safety_outcome"),
             result.dump().c_str());
    QVERIFY(feedbackAbout(backend, ticket).empty());
    QVERIFY(safetyAlerts(api, ticket).empty());
}

QTEST_GUILESS_MAIN(TestSafetyOutcomeApi)
#include "TestSafetyOutcomeApi.moc"
