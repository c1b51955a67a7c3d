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
#include "hss/sentiment/SentimentLabel.h"
#include "hss/sync/Mutation.h"
#include "notify/FeedbackAlert.h"
#include "storage/AuditLogRepository.h"
#include "storage/Database.h"
#include "storage/NotificationOutboxRepository.h"
#include "storage/TicketRepository.h"

using hss::Role;
using hss::User;
using hss::Uuid;
using hss::test::ApiAnswer;
using hss::test::ApiTestServer;
using nlohmann::json;

namespace {

constexpr const char* negativeText = "The AI suggested the wrong dosage and support was not helpful, this is unsafe.";
constexpr const char* positiveText = "The sepsis alert was accurate and the support team was very helpful.";

/// E-mail on (the sender is never started, so messages stay in the outbox), nothing else.
std::map<std::string, std::string> emailOn()
{
    return {{"ENABLE_EMAIL_NOTIFICATIONS", "true"},
            {"SMTP_HOST", "localhost"},
            {"SMTP_PORT", "2525"},
            {"SMTP_FROM_EMAIL", "noreply@clinic.example"}};
}

} // namespace

/// Sentiment over real HTTPS on SQLite and PostgreSQL: POST /api/feedback answers with the server's score and label,
/// pushed feedback is scored too, POST /api/sentiment scores any text and refuses bad input naming the field, and
/// strongly negative feedback on a clinical ticket queues exactly one alert per supervisor of the ticket's team in
/// the outbox, with an audit record, while positive or non-clinical feedback queues none.
class TestSentimentApi final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void feedbackAnswerHasScoreAndLabel_data();
    void feedbackAnswerHasScoreAndLabel();
    void pushedFeedbackIsScored_data();
    void pushedFeedbackIsScored();
    void negativeClinicalFeedbackAlertsTheTeamsSupervisor_data();
    void negativeClinicalFeedbackAlertsTheTeamsSupervisor();
    void positiveOrNonClinicalFeedbackAlertsNobody_data();
    void positiveOrNonClinicalFeedbackAlertsNobody();
    void analyticsCountsLabels_data();
    void analyticsCountsLabels();
    void sentimentScoresAnyText();
    void sentimentNeedsSignIn();
    void sentimentBadInputNamesTheField_data();
    void sentimentBadInputNamesTheField();

private:
    static void backends();
    ApiTestServer& server(const QString& backend) { return backend == "postgresql" ? *m_postgres : *m_sqlite; }
    /// A ticket stored directly, of \a category in team "radiology".
    static Uuid makeTicket(ApiTestServer& api, hss::Category category);
    /// The outbox rows of \a ticketId written by the feedback trigger.
    static std::vector<hss::server::NotificationRecord> alerts(ApiTestServer& api, const Uuid& ticketId);
    /// Audit records with \a action about \a objectId.
    static int auditCount(ApiTestServer& api, const std::string& action, const std::string& objectId);

    hss::test::PostgresCluster m_cluster;
    std::unique_ptr<ApiTestServer> m_sqlite;
    std::unique_ptr<ApiTestServer> m_postgres;
    std::map<QString, std::string> m_agentToken;
    std::map<QString, std::string> m_supervisorToken;
};

void TestSentimentApi::backends()
{
    QTest::addColumn<QString>("backend");
    QTest::newRow("sqlite") << QStringLiteral("sqlite");
    QTest::newRow("postgresql") << QStringLiteral("postgresql");
}

void TestSentimentApi::initTestCase()
{
    QVERIFY2(m_cluster.start(), qPrintable(m_cluster.error()));
    QVERIFY2(m_cluster.createDatabase("api_sentiment"), qPrintable(m_cluster.error()));
    m_sqlite = std::make_unique<ApiTestServer>(std::string(), emailOn());
    QVERIFY2(m_sqlite->isRunning(), qPrintable(m_sqlite->error()));
    m_postgres = std::make_unique<ApiTestServer>(m_cluster.url("api_sentiment").toStdString(), emailOn());
    QVERIFY2(m_postgres->isRunning(), qPrintable(m_postgres->error()));
    for (const QString backend : {"sqlite", "postgresql"}) {
        ApiTestServer& api = server(backend);
        m_agentToken[backend] = api.tokenFor(api.createUser("amy", {Role::Agent}, {"radiology"}));
        m_supervisorToken[backend] = api.tokenFor(api.createUser("sue", {Role::Supervisor}, {"radiology"}));
        // Supervises another team: never alerted about radiology's tickets.
        api.createUser("sam", {Role::Supervisor}, {"cardiology"});
    }
}

Uuid TestSentimentApi::makeTicket(ApiTestServer& api, hss::Category category)
{
    hss::Ticket ticket;
    ticket.id = Uuid::createV7();
    ticket.title = "Dose suggestion for a renal patient";
    ticket.description = "Reported by the ward.";
    ticket.requesterName = "Ward 4";
    ticket.category = category;
    ticket.team = "radiology";
    ticket.createdAt = api.clock().nowMs();
    ticket.updatedAt = ticket.createdAt;
    auto created = hss::server::TicketRepository(api.services().database, api.services().cipher).create(ticket);
    if (!created) {
        qWarning("ticket not created: %s", hss::describe(created.error()).c_str());
    }
    return ticket.id;
}

std::vector<hss::server::NotificationRecord> TestSentimentApi::alerts(ApiTestServer& api, const Uuid& ticketId)
{
    Poco::Data::Session session = api.services().database.session();
    std::vector<hss::server::NotificationRecord> found;
    for (auto& record :
         hss::server::NotificationOutboxRepository(api.services().database).forTicket(session, ticketId.toString())) {
        if (record.event == hss::server::FeedbackAlert::event) {
            found.push_back(std::move(record));
        }
    }
    return found;
}

int TestSentimentApi::auditCount(ApiTestServer& api, const std::string& action, const std::string& objectId)
{
    int count = 0;
    for (const auto& record : hss::server::AuditLogRepository(api.services().database).list(0, 100000)) {
        count += record.entry.action == action && record.entry.objectId == objectId ? 1 : 0;
    }
    return count;
}

void TestSentimentApi::feedbackAnswerHasScoreAndLabel_data()
{
    backends();
}

void TestSentimentApi::feedbackAnswerHasScoreAndLabel()
{
    QFETCH(QString, backend);
    ApiTestServer& api = server(backend);
    const ApiAnswer negative =
        api.request("POST", "/api/feedback",
                    {{"comment", "The viewer never worked and support was not helpful."}, {"category", "support"}},
                    m_agentToken[backend]);
    QCOMPARE(negative.status, 201);
    QVERIFY(negative.body.at("sentiment_score").get<double>() < -0.2);
    QCOMPARE(negative.body.at("sentiment_label"), "negative");

    const ApiAnswer positive =
        api.request("POST", "/api/feedback", {{"comment", positiveText}, {"category", "clinical"}, {"csat_score", 5}},
                    m_agentToken[backend]);
    QCOMPARE(positive.status, 201);
    QVERIFY(positive.body.at("sentiment_score").get<double>() >= 0.2);
    QCOMPARE(positive.body.at("sentiment_label"), "positive");

    // A CSAT score without a comment has no sentiment.
    const ApiAnswer bare = api.request(
        "POST", "/api/feedback", {{"comment", ""}, {"category", "other"}, {"csat_score", 3}}, m_agentToken[backend]);
    QCOMPARE(bare.status, 201);
    QVERIFY(bare.body.at("sentiment_score").is_null());
    QVERIFY(bare.body.at("sentiment_label").is_null());

    // The list shows what was stored: the same score and label.
    const ApiAnswer listed = api.request("GET", "/api/feedback?limit=200", nullptr, m_supervisorToken[backend]);
    QCOMPARE(listed.status, 200);
    int seen = 0;
    for (const json& item : listed.body.at("items")) {
        if (item.at("id") == negative.body.at("id")) {
            QCOMPARE(item.at("sentiment_score"), negative.body.at("sentiment_score"));
            QCOMPARE(item.at("sentiment_label"), "negative");
            ++seen;
        }
    }
    QCOMPARE(seen, 1);
}

void TestSentimentApi::pushedFeedbackIsScored_data()
{
    backends();
}

void TestSentimentApi::pushedFeedbackIsScored()
{
    QFETCH(QString, backend);
    ApiTestServer& api = server(backend);
    const std::int64_t now = api.clock().nowMs();
    const Uuid id = Uuid::createV7();
    const Uuid ticket = makeTicket(api, hss::Category::MedicalClinical);
    hss::sync::Mutation mutation;
    mutation.mutationId = Uuid::createV7();
    mutation.entity = hss::sync::SyncEntity::Feedback;
    mutation.entityId = id;
    mutation.kind = hss::sync::MutationKind::Create;
    // The console claims a glowing score: the server's analyser decides.
    mutation.fields = {{"id", id.toString()},
                       {"ticket_id", ticket.toString()},
                       {"author_id", Uuid::createV7().toString()},
                       {"csat_score", 1},
                       {"comment", "The dictation tool hallucinated a medication, terrible."},
                       {"category", "product"},
                       {"created_at", hss::formatTimestamp(now - 60000)},
                       {"sentiment_score", 0.9},
                       {"sentiment_label", "positive"}};
    mutation.deviceTimeMs = now;
    mutation.hlc = hss::HlcTimestamp {now, 0, "console-s"};
    const json batch {{"device_id", "console-s"}, {"mutations", json::array({toJson(mutation)})}};
    const ApiAnswer pushed = api.request("POST", "/api/sync/push", batch, m_agentToken[backend]);
    QCOMPARE(pushed.status, 200);
    QCOMPARE(pushed.body.at("results")[0].at("outcome"), "applied");

    const ApiAnswer listed = api.request("GET", "/api/feedback?limit=200", nullptr, m_supervisorToken[backend]);
    bool found = false;
    for (const json& item : listed.body.at("items")) {
        if (item.at("id") == id.toString()) {
            found = true;
            QVERIFY(item.at("sentiment_score").get<double>() < -0.5);
            QCOMPARE(item.at("sentiment_label"), "negative");
        }
    }
    QVERIFY(found);
    // Given offline about a clinical ticket, it alerts the team's supervisor like feedback given online.
    QCOMPARE(alerts(api, ticket).size(), std::size_t(1));
}

void TestSentimentApi::negativeClinicalFeedbackAlertsTheTeamsSupervisor_data()
{
    backends();
}

void TestSentimentApi::negativeClinicalFeedbackAlertsTheTeamsSupervisor()
{
    QFETCH(QString, backend);
    ApiTestServer& api = server(backend);
    const Uuid ticket = makeTicket(api, hss::Category::MedicalClinical);
    const ApiAnswer answer = api.request(
        "POST", "/api/feedback",
        {{"ticket_id", ticket.toString()}, {"comment", negativeText}, {"category", "clinical"}}, m_agentToken[backend]);
    QCOMPARE(answer.status, 201);
    QVERIFY(answer.body.at("sentiment_score").get<double>() <= hss::sentiment::strongNegativeThreshold);

    const auto queued = alerts(api, ticket);
    QCOMPARE(queued.size(), std::size_t(1)); // sue (radiology), not sam (cardiology) nor the agent
    QCOMPARE(QString::fromStdString(queued[0].channel), QStringLiteral("email"));
    QCOMPARE(QString::fromStdString(queued[0].recipient), QStringLiteral("sue@clinic.example"));
    QCOMPARE(QString::fromStdString(queued[0].state), QStringLiteral("pending"));
    QVERIFY(queued[0].body.find("medical_clinical") != std::string::npos);
    QVERIFY2(queued[0].body.find("wrong dosage") == std::string::npos, "the comment must not leave the server");
    QCOMPARE(auditCount(api, "feedback.escalate", ticket.toString()), 1);
}

void TestSentimentApi::positiveOrNonClinicalFeedbackAlertsNobody_data()
{
    backends();
}

void TestSentimentApi::positiveOrNonClinicalFeedbackAlertsNobody()
{
    QFETCH(QString, backend);
    ApiTestServer& api = server(backend);
    const Uuid clinical = makeTicket(api, hss::Category::MedicalClinical);
    const Uuid technical = makeTicket(api, hss::Category::Technical);
    const ApiAnswer praised =
        api.request("POST", "/api/feedback",
                    {{"ticket_id", clinical.toString()}, {"comment", positiveText}, {"category", "clinical"}},
                    m_agentToken[backend]);
    QCOMPARE(praised.status, 201);
    const ApiAnswer mild = api.request(
        "POST", "/api/feedback",
        {{"ticket_id", clinical.toString()}, {"comment", "The answer was slightly slow."}, {"category", "clinical"}},
        m_agentToken[backend]);
    QCOMPARE(mild.status, 201);
    QCOMPARE(mild.body.at("sentiment_label"), "negative"); // negative, but not strongly
    const ApiAnswer elsewhere =
        api.request("POST", "/api/feedback",
                    {{"ticket_id", technical.toString()}, {"comment", negativeText}, {"category", "support"}},
                    m_agentToken[backend]);
    QCOMPARE(elsewhere.status, 201);
    QVERIFY(elsewhere.body.at("sentiment_score").get<double>() <= hss::sentiment::strongNegativeThreshold);

    QCOMPARE(alerts(api, clinical).size(), std::size_t(0));
    QCOMPARE(alerts(api, technical).size(), std::size_t(0));
    QCOMPARE(auditCount(api, "feedback.escalate", clinical.toString()), 0);
    QCOMPARE(auditCount(api, "feedback.escalate", technical.toString()), 0);
}

void TestSentimentApi::analyticsCountsLabels_data()
{
    backends();
}

void TestSentimentApi::analyticsCountsLabels()
{
    QFETCH(QString, backend);
    ApiTestServer& api = server(backend);
    const ApiAnswer answer = api.request("GET", "/api/feedback/analytics", nullptr, m_supervisorToken[backend]);
    QCOMPARE(answer.status, 200);
    const json& sentiment = answer.body.at("sentiment");
    // Given by the earlier slots (QtTest runs them in order): 2 positive, 5 negative (one of them pushed), 1 without
    // a comment.
    QCOMPARE(sentiment.at("positive"), 2);
    QCOMPARE(sentiment.at("negative"), 5);
    QCOMPARE(sentiment.at("neutral"), 0);
    QCOMPARE(sentiment.at("unscored"), 1);
    QVERIFY(sentiment.at("average_score").get<double>() < 0.0);
}

void TestSentimentApi::sentimentScoresAnyText()
{
    const ApiAnswer answer =
        m_sqlite->request("POST", "/api/sentiment",
                          {{"text", "The support was quick, but the AI hallucinated a dose."}}, m_agentToken["sqlite"]);
    QCOMPARE(answer.status, 200);
    QCOMPARE(answer.body.at("label"), "negative");
    QVERIFY(answer.body.at("score").get<double>() < 0.0);
    QCOMPARE(answer.body.at("terms").size(), std::size_t(2));
    QCOMPARE(answer.body.at("terms")[0].at("term"), "quick");
    QCOMPARE(answer.body.at("terms")[1].at("term"), "hallucinated");
    QCOMPARE(answer.body.at("terms")[1].at("negated"), false);

    const ApiAnswer empty = m_sqlite->request("POST", "/api/sentiment", {{"text", ""}}, m_agentToken["sqlite"]);
    QCOMPARE(empty.status, 200);
    QCOMPARE(empty.body.at("label"), "neutral");
    QCOMPARE(empty.body.at("score"), 0.0);
    QCOMPARE(empty.body.at("terms"), json::array());
}

void TestSentimentApi::sentimentNeedsSignIn()
{
    QCOMPARE(m_sqlite->request("POST", "/api/sentiment", {{"text", "good"}}).status, 401);
    const ApiAnswer other = m_sqlite->request("GET", "/api/sentiment", nullptr, m_agentToken["sqlite"]);
    QCOMPARE(other.status, 405);
}

void TestSentimentApi::sentimentBadInputNamesTheField_data()
{
    QTest::addColumn<QString>("body");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("error");
    QTest::addColumn<QString>("field");
    QTest::newRow("text missing") << "{}" << 422 << "validation_failed"
                                  << "text";
    QTest::newRow("text null") << R"({"text": null})" << 422 << "validation_failed"
                               << "text";
    QTest::newRow("text a number") << R"({"text": 7})" << 422 << "validation_failed"
                                   << "text";
    QTest::newRow("text an array") << R"({"text": ["good"]})" << 422 << "validation_failed"
                                   << "text";
    QTest::newRow("text too long") << R"({"text": ")" + QString(20001, 'x') + R"("})" << 422 << "validation_failed"
                                   << "text";
    QTest::newRow("unknown field") << R"({"text": "good", "lang": "en"})" << 422 << "validation_failed"
                                   << "lang";
    QTest::newRow("malformed JSON") << R"({"text": )" << 400 << "malformed_json"
                                    << "";
}

void TestSentimentApi::sentimentBadInputNamesTheField()
{
    QFETCH(QString, body);
    QFETCH(int, status);
    QFETCH(QString, error);
    QFETCH(QString, field);
    // A JSON string body is sent as raw text, so malformed documents reach the server unchanged.
    const ApiAnswer answer =
        m_sqlite->request("POST", "/api/sentiment", json(body.toStdString()), m_agentToken["sqlite"]);
    QVERIFY2(answer.body.is_object(), answer.rawBody.c_str());
    QCOMPARE(answer.status, status);
    QCOMPARE(QString::fromStdString(answer.body.at("error").get<std::string>()), error);
    if (!field.isEmpty()) {
        QCOMPARE(QString::fromStdString(answer.body.at("field").get<std::string>()), field);
    }
    // The longest text allowed is scored.
    const ApiAnswer longest =
        m_sqlite->request("POST", "/api/sentiment", {{"text", std::string(20000, 'x')}}, m_agentToken["sqlite"]);
    QCOMPARE(longest.status, 200);
}

QTEST_GUILESS_MAIN(TestSentimentApi)
#include "TestSentimentApi.moc"
