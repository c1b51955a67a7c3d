// SPDX-License-Identifier: MIT
#include <QtTest>

#include "ApiTestServer.h"
#include "hss/triage/Triage.h"

using hss::test::ApiAnswer;
using hss::test::ApiTestServer;
using nlohmann::json;

/// POST /api/triage on the real server over HTTPS: any signed-in user gets the shared rules' verdict with reasons;
/// bad input is refused naming the field; nothing is stored.
class TestTriageApi final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void emergencyIsFlaggedWithReasons();
    void negatedTextIsNoEmergency();
    void authorsCategoryIsKept();
    void learnedScorerIsAsked();
    void anySignedInRoleMayCall();
    void signInIsRequired();
    void badInputNamesTheField_data();
    void badInputNamesTheField();
    void otherMethodsAreRefused();

private:
    std::unique_ptr<ApiTestServer> m_server;
    std::string m_agent;
    std::string m_learner;
};

void TestTriageApi::initTestCase()
{
    m_server = std::make_unique<ApiTestServer>();
    QVERIFY2(m_server->isRunning(), qPrintable(m_server->error()));
    m_agent = m_server->tokenFor(m_server->createUser("amy", {hss::Role::Agent}, {"tier1"}));
    m_learner = m_server->tokenFor(m_server->createUser("lee", {hss::Role::Learner}, {}));
}

void TestTriageApi::emergencyIsFlaggedWithReasons()
{
    const ApiAnswer answer = m_server->request(
        "POST", "/api/triage",
        {{"title", "Sepsis alerts not firing in the ICU"}, {"description", "No alert since the 5.2 update."}}, m_agent);
    QCOMPARE(answer.status, 200);
    QCOMPARE(answer.body.at("emergency"), true);
    QCOMPARE(answer.body.at("emergency_category"), "patient_safety");
    QCOMPARE(answer.body.at("priority"), "emergency");
    QCOMPARE(answer.body.at("category"), "medical_clinical");
    bool firing = false;
    for (const json& reason : answer.body.at("reasons")) {
        if (reason.at("phrase") == "not firing") {
            firing = true;
            QCOMPARE(reason.at("field"), "title");
            QCOMPARE(reason.at("negated"), false);
            QCOMPARE(reason.at("emergency_categories"), json::array({"patient_safety"}));
            QVERIFY(reason.at("message").get<std::string>().find("not firing") != std::string::npos);
        }
    }
    QVERIFY(firing);
}

void TestTriageApi::negatedTextIsNoEmergency()
{
    const ApiAnswer answer = m_server->request(
        "POST", "/api/triage",
        {{"title", "Question about dose rounding"}, {"description", "No patient harm, rounding only."}}, m_agent);
    QCOMPARE(answer.status, 200);
    QCOMPARE(answer.body.at("emergency"), false);
    QVERIFY(answer.body.at("emergency_category").is_null());
    QCOMPARE(answer.body.at("priority"), "low");
    bool negated = false;
    for (const json& reason : answer.body.at("reasons")) {
        negated = negated || (reason.at("phrase") == "patient harm" && reason.at("negated") == true);
    }
    QVERIFY(negated);
}

void TestTriageApi::authorsCategoryIsKept()
{
    const ApiAnswer answer =
        m_server->request("POST", "/api/triage",
                          {{"title", "Webhook retries"}, {"description", ""}, {"category", "integration"}}, m_agent);
    QCOMPARE(answer.status, 200);
    QCOMPARE(answer.body.at("category"), "integration");
    QCOMPARE(answer.body.at("emergency"), false);
}

void TestTriageApi::learnedScorerIsAsked()
{
    // Rules + learned scorer, as the console's own triage(): a ticket the rules alone miss (with the current
    // model the scorer flags it) gets the same answer from the endpoint as from hss::triage::triage(input).
    const hss::triage::TriageInput input {"Dialysis machines keep rebooting",
                                          "All 6 dialysis chairs keep rebooting mid session since update",
                                          std::nullopt};
    const ApiAnswer answer =
        m_server->request("POST", "/api/triage", {{"title", input.title}, {"description", input.description}}, m_agent);
    QCOMPARE(answer.status, 200);
    QCOMPARE(answer.body, hss::triage::toJson(hss::triage::triage(input)));
    const bool rulesAlone = hss::triage::triage(input, hss::triage::TriageRuleSet::defaults()).emergency;
    if (!rulesAlone && answer.body.at("emergency") == true) {
        QCOMPARE(answer.body.at("reasons").back().at("field"), "model");
    }
}

void TestTriageApi::anySignedInRoleMayCall()
{
    const json body {{"title", "EHR down for all users"}, {"description", ""}, {"category", nullptr}};
    const ApiAnswer answer = m_server->request("POST", "/api/triage", body, m_learner);
    QCOMPARE(answer.status, 200);
    QCOMPARE(answer.body.at("emergency_category"), "system_downtime");
}

void TestTriageApi::signInIsRequired()
{
    const json body {{"title", "EHR down"}, {"description", ""}};
    QCOMPARE(m_server->request("POST", "/api/triage", body).status, 401);
    QCOMPARE(m_server->request("POST", "/api/triage", body, "not-a-token").status, 401);
}

void TestTriageApi::badInputNamesTheField_data()
{
    QTest::addColumn<QString>("body");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("error");
    QTest::addColumn<QString>("field");
    QTest::newRow("title missing") << R"({"description": "d"})" << 422 << "validation_failed"
                                   << "title";
    QTest::newRow("title blank") << R"({"title": " ", "description": "d"})" << 422 << "validation_failed"
                                 << "title";
    QTest::newRow("title a number") << R"({"title": 3, "description": "d"})" << 422 << "validation_failed"
                                    << "title";
    QTest::newRow("title too long") << R"({"title": ")" + QString(201, 'x') + R"(", "description": ""})" << 422
                                    << "validation_failed"
                                    << "title";
    QTest::newRow("description missing") << R"({"title": "t"})" << 422 << "validation_failed"
                                         << "description";
    QTest::newRow("unknown category") << R"({"title": "t", "description": "", "category": "hr"})" << 422
                                      << "validation_failed"
                                      << "category";
    QTest::newRow("unknown field") << R"({"title": "t", "description": "", "priority": "low"})" << 422
                                   << "validation_failed"
                                   << "priority";
    QTest::newRow("not an object") << "[1]" << 400 << "malformed_json"
                                   << "";
    QTest::newRow("malformed JSON") << R"({"title": )" << 400 << "malformed_json"
                                    << "";
}

void TestTriageApi::badInputNamesTheField()
{
    QFETCH(QString, body);
    QFETCH(int, status);
    QFETCH(QString, error);
    QFETCH(QString, field);
    // A JSON string body is sent as raw text, so malformed documents reach the server unchanged.
    const ApiAnswer answer = m_server->request("POST", "/api/triage", json(body.toStdString()), m_agent);
    QVERIFY2(answer.body.is_object(), answer.rawBody.c_str());
    QCOMPARE(answer.status, status);
    QCOMPARE(QString::fromStdString(answer.body.at("error").get<std::string>()), error);
    if (!field.isEmpty()) {
        QCOMPARE(QString::fromStdString(answer.body.at("field").get<std::string>()), field);
    }
}

void TestTriageApi::otherMethodsAreRefused()
{
    const ApiAnswer answer = m_server->request("GET", "/api/triage", nullptr, m_agent);
    QCOMPARE(answer.status, 405);
    QCOMPARE(answer.headers.at("Allow"), "POST");
}

QTEST_GUILESS_MAIN(TestTriageApi)
#include "TestTriageApi.moc"
