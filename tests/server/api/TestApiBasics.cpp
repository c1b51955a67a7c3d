// SPDX-License-Identifier: MIT
#include <QtTest>

#include "ApiTestServer.h"
#include "app/ServerServices.h"
#include "auth/TokenService.h"
#include "config/ServerConfig.h"
#include "health/HealthMonitor.h"
#include "storage/KbRepository.h"
#include "storage/TrainingRepository.h"

using hss::test::ApiAnswer;
using hss::test::ApiTestServer;

namespace {

hss::KbArticle makeArticle(const std::string& title, hss::ArticleStatus status)
{
    hss::KbArticle article;
    article.id = hss::Uuid::createV7();
    article.title = title;
    article.body = "How to handle " + title;
    article.category = hss::KbCategory::MedicalFeatures;
    article.status = status;
    article.authorId = hss::Uuid::createV7();
    article.updatedAt = 1764144000000;
    return article;
}

} // namespace

class TestApiBasics final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void healthReportsEveryService();
    void healthHistoryFollowsTheMonitor();
    void errorsAreJson_data();
    void errorsAreJson();
    void feedbackIsSubmittedAndAnalysed();
    void feedbackBadInput_data();
    void feedbackBadInput();
    void knowledgeBaseSearchReadAndVote();
    void trainingEnrolmentIsIdempotent();

private:
    std::unique_ptr<ApiTestServer> m_server;
    std::string m_agent;
    std::string m_supervisor;
    std::string m_learner;
    hss::User m_agentUser;
};

void TestApiBasics::initTestCase()
{
    m_server = std::make_unique<ApiTestServer>();
    QVERIFY2(m_server->isRunning(), qPrintable(m_server->error()));
    m_agentUser = m_server->createUser("amy", {hss::Role::Agent}, {"tier1"});
    m_agent = m_server->tokenFor(m_agentUser);
    m_supervisor = m_server->tokenFor(m_server->createUser("sam", {hss::Role::Supervisor}, {"tier1"}));
    m_learner = m_server->tokenFor(m_server->createUser("lee", {hss::Role::Learner}, {}));
}

void TestApiBasics::healthReportsEveryService()
{
    const ApiAnswer health = m_server->request("GET", "/api/health");
    QCOMPARE(health.status, 200);
    QCOMPARE(health.body.at("status"), "healthy");
    for (const char* service : {"api", "database", "disk"}) {
        QCOMPARE(health.body.at("services").at(service).at("status"), "up");
    }
    const ApiAnswer database = m_server->request("GET", "/api/health/database");
    QCOMPARE(database.status, 200);
    QCOMPARE(database.body.at("service"), "database");
    QCOMPARE(database.body.at("backend"), "sqlite");
    QCOMPARE(m_server->request("GET", "/api/health/nothing-here").status, 404);
}

void TestApiBasics::healthHistoryFollowsTheMonitor()
{
    QCOMPARE(m_server->request("GET", "/api/health/history").body.at("items").size(), std::size_t(0));
    auto& services = m_server->services();
    hss::server::HealthMonitor monitor(services.database, services.writes, services.cipher, m_server->clock(),
                                       hss::server::HealthSettings::fromConfig(services.config));
    monitor.checkOnce();
    m_server->clock().advanceMs(60000);
    monitor.checkOnce();
    const ApiAnswer all = m_server->request("GET", "/api/health/history");
    QCOMPARE(all.status, 200);
    // database, disk, sync and outbox, twice
    QCOMPARE(all.body.at("items").size(), std::size_t(8));
    const ApiAnswer disk = m_server->request("GET", "/api/health/history?service=disk&limit=1");
    QCOMPARE(disk.body.at("items").size(), std::size_t(1));
    QCOMPARE(disk.body.at("items")[0].at("service"), "disk");
    QCOMPARE(disk.body.at("items")[0].at("status"), "up");
    QCOMPARE(m_server->request("GET", "/api/health/history?service=../etc").status, 400);
    QCOMPARE(m_server->request("GET", "/api/health/history?limit=0").status, 400);
}

void TestApiBasics::errorsAreJson_data()
{
    QTest::addColumn<QString>("method");
    QTest::addColumn<QString>("path");
    QTest::addColumn<bool>("authenticated");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("error");
    QTest::newRow("unknown path") << "GET"
                                  << "/api/nothing" << true << 404 << "not_found";
    QTest::newRow("path traversal") << "GET"
                                    << "/api/kb/articles/../../etc/passwd" << true << 404 << "not_found";
    QTest::newRow("method that does not apply") << "DELETE"
                                                << "/api/feedback" << true << 405 << "method_not_allowed";
    QTest::newRow("no token") << "GET"
                              << "/api/training/courses" << false << 401 << "unauthorized";
    QTest::newRow("learner reads feedback") << "GET"
                                            << "/api/feedback" << false << 403 << "forbidden";
    QTest::newRow("article id not a UUID") << "GET"
                                           << "/api/kb/articles/not-a-uuid" << true << 404 << "not_found";
    QTest::newRow("unknown course") << "POST"
                                    << "/api/training/enroll/0190a0b0-0000-7000-8000-000000000009" << true << 404
                                    << "not_found";
    QTest::newRow("bad limit") << "GET"
                               << "/api/kb/articles?limit=100000" << true << 400 << "bad_request";
    QTest::newRow("bad category") << "GET"
                                  << "/api/kb/articles?category=astrology" << true << 400 << "bad_request";
}

void TestApiBasics::errorsAreJson()
{
    QFETCH(QString, method);
    QFETCH(QString, path);
    QFETCH(bool, authenticated);
    QFETCH(int, status);
    QFETCH(QString, error);
    const std::string token = authenticated ? m_agent : (status == 403 ? m_learner : std::string());
    const ApiAnswer answer = m_server->request(method.toStdString(), path.toStdString(), nullptr, token);
    QCOMPARE(answer.status, status);
    QVERIFY2(answer.body.is_object(), answer.rawBody.c_str());
    QCOMPARE(QString::fromStdString(answer.body.at("error").get<std::string>()), error);
    QVERIFY(!answer.body.at("message").get<std::string>().empty());
    QVERIFY(answer.headers.count("X-Request-Id") == 1);
}

void TestApiBasics::feedbackIsSubmittedAndAnalysed()
{
    const ApiAnswer created =
        m_server->request("POST", "/api/feedback",
                          {{"csat_score", 5}, {"comment", "Quick, clear answer"}, {"category", "support"}}, m_agent);
    QCOMPARE(created.status, 201);
    QCOMPARE(created.body.at("author_id"), m_agentUser.id.toString());
    QCOMPARE(created.body.at("csat_score"), 5);
    QVERIFY(created.body.at("sentiment_score").get<double>() > 0.0); // the server's analyser scored the comment
    QCOMPARE(created.body.at("sentiment_label"), "positive");
    QCOMPARE(
        m_server
            ->request("POST", "/api/feedback", {{"csat_score", 3}, {"comment", ""}, {"category", "clinical"}}, m_agent)
            .status,
        201);

    QCOMPARE(m_server->request("GET", "/api/feedback", nullptr, m_agent).status, 403);
    const ApiAnswer list = m_server->request("GET", "/api/feedback?category=support", nullptr, m_supervisor);
    QCOMPARE(list.status, 200);
    QCOMPARE(list.body.at("total"), 1);
    QCOMPARE(list.body.at("items")[0].at("comment"), "Quick, clear answer");

    const ApiAnswer analytics = m_server->request("GET", "/api/feedback/analytics", nullptr, m_supervisor);
    QCOMPARE(analytics.status, 200);
    QCOMPARE(analytics.body.at("count"), 2);
    QCOMPARE(analytics.body.at("average_csat").get<double>(), 4.0);
    QCOMPARE(analytics.body.at("by_category").at("support"), 1);
    QCOMPARE(analytics.body.at("by_category").at("clinical"), 1);
    QCOMPARE(analytics.body.at("by_category").at("product"), 0);
    QCOMPARE(analytics.body.at("sentiment").at("positive"), 1);
    QCOMPARE(analytics.body.at("sentiment").at("unscored"), 1); // the entry without a comment
    QCOMPARE(m_server
                 ->request("GET", "/api/feedback/analytics?from=2026-12-01T00:00:00Z&to=2026-01-01T00:00:00Z", nullptr,
                           m_supervisor)
                 .status,
             400);
}

void TestApiBasics::feedbackBadInput_data()
{
    QTest::addColumn<QString>("body");
    QTest::addColumn<QString>("contentType");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("mentions");
    QTest::newRow("malformed JSON") << "{\"comment\": "
                                    << "application/json" << 400 << "malformed JSON";
    QTest::newRow("array body") << "[1, 2]"
                                << "application/json" << 400 << "object";
    QTest::newRow("unknown field") << R"({"comment":"x","category":"support","rating":5})"
                                   << "application/json" << 422 << "rating";
    QTest::newRow("CSAT out of range") << R"({"comment":"x","category":"support","csat_score":7})"
                                       << "application/json" << 422 << "csat_score";
    QTest::newRow("unknown category") << R"({"comment":"x","category":"gossip"})"
                                      << "application/json" << 422 << "category";
    QTest::newRow("wrong type") << R"({"comment":42,"category":"support"})"
                                << "application/json" << 422 << "comment";
    QTest::newRow("wrong content type") << R"({"comment":"x","category":"support"})"
                                        << "text/plain" << 415 << "application/json";
    QTest::newRow("body over the limit")
        << QString(R"({"comment":"%1","category":"support"})").arg(QString(70000, u'a')) << "application/json" << 413
        << "larger than";
}

void TestApiBasics::feedbackBadInput()
{
    QFETCH(QString, body);
    QFETCH(QString, contentType);
    QFETCH(int, status);
    QFETCH(QString, mentions);
    const ApiAnswer answer = m_server->request("POST", "/api/feedback", nlohmann::json(body.toStdString()), m_agent,
                                               contentType.toStdString());
    QCOMPARE(answer.status, status);
    QVERIFY2(QString::fromStdString(answer.body.at("message").get<std::string>()).contains(mentions),
             answer.rawBody.c_str());
}

void TestApiBasics::knowledgeBaseSearchReadAndVote()
{
    hss::server::KbRepository kb(m_server->services().database);
    const hss::KbArticle published = makeArticle("Sepsis alert thresholds", hss::ArticleStatus::Published);
    const hss::KbArticle draft = makeArticle("Sepsis draft notes", hss::ArticleStatus::Draft);
    QVERIFY(kb.create(published).ok());
    QVERIFY(kb.create(draft).ok());

    // Readers see published articles only; editors (agents included: they write drafts) see every state.
    const ApiAnswer learnerSearch = m_server->request("GET", "/api/kb/articles?q=sepsis", nullptr, m_learner);
    QCOMPARE(learnerSearch.status, 200);
    QCOMPARE(learnerSearch.body.at("total"), 1);
    QVERIFY(!learnerSearch.body.at("items")[0].contains("body"));
    QCOMPARE(m_server->request("GET", "/api/kb/articles?q=sepsis", nullptr, m_agent).body.at("total"), 2);
    QCOMPARE(m_server->request("GET", "/api/kb/articles?q=sepsis", nullptr, m_supervisor).body.at("total"), 2);
    QCOMPARE(m_server->request("GET", "/api/kb/articles/" + draft.id.toString(), nullptr, m_learner).status, 404);
    QCOMPARE(m_server->request("GET", "/api/kb/articles/" + draft.id.toString(), nullptr, m_agent).status, 200);

    const ApiAnswer article =
        m_server->request("GET", "/api/kb/articles/" + published.id.toString(), nullptr, m_learner);
    QCOMPARE(article.status, 200);
    QCOMPARE(article.body.at("body"), published.body);

    const std::string vote = "/api/kb/articles/" + published.id.toString() + "/vote";
    ApiAnswer voted = m_server->request("POST", vote, {{"helpful", true}}, m_agent);
    QCOMPARE(voted.status, 200);
    QCOMPARE(voted.body.at("helpful_votes"), 1);
    voted = m_server->request("POST", vote, {{"helpful", false}}, m_agent);
    QCOMPARE(voted.body.at("helpful_votes"), 0);
    QCOMPARE(voted.body.at("not_helpful_votes"), 1);
    QCOMPARE(m_server->request("POST", vote, {{"helpful", "yes"}}, m_agent).status, 422);
}

void TestApiBasics::trainingEnrolmentIsIdempotent()
{
    hss::Course course;
    course.id = hss::Uuid::createV7();
    course.title = "Medical AI certification";
    course.learningPath = hss::LearningPath::HealthcareProfessional;
    hss::CourseModule module;
    module.id = hss::Uuid::createV7();
    module.title = "Reading model confidence";
    module.order = 1;
    module.durationMinutes = 20;
    course.modules.push_back(module);
    QVERIFY(hss::server::TrainingRepository(m_server->services().database).createCourse(course).ok());

    const ApiAnswer courses = m_server->request("GET", "/api/training/courses", nullptr, m_learner);
    QCOMPARE(courses.status, 200);
    QCOMPARE(courses.body.at("items")[0].at("modules").size(), std::size_t(1));
    const std::string enroll = "/api/training/enroll/" + course.id.toString();
    const ApiAnswer first = m_server->request("POST", enroll, nullptr, m_learner);
    QCOMPARE(first.status, 201);
    const ApiAnswer again = m_server->request("POST", enroll, nullptr, m_learner);
    QCOMPARE(again.status, 200);
    QCOMPARE(again.body.at("id"), first.body.at("id"));
    QCOMPARE(m_server->request("GET", "/api/training/certificates", nullptr, m_learner).body.at("items").size(),
             std::size_t(0));
}

QTEST_GUILESS_MAIN(TestApiBasics)
#include "TestApiBasics.moc"
