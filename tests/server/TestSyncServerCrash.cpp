// SPDX-License-Identifier: MIT
#include <QProcess>
#include <QRegularExpression>
#include <QtTest>
#include <memory>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include <Poco/Net/Context.h>
#include <Poco/Net/HTTPRequest.h>
#include <Poco/Net/HTTPResponse.h>
#include <Poco/Net/HTTPSClientSession.h>
#include <Poco/StreamCopier.h>
#include <nlohmann/json.hpp>

#include "ServerProcess.h"
#include "hss/SystemClock.h"
#include "hss/Timestamp.h"
#include "hss/sync/Mutation.h"

using hss::Uuid;
using nlohmann::json;

namespace {

struct Answer
{
    int status = 0; ///< 0: no answer at all (connection dropped)
    json body;
};

} // namespace

/// The real hss-server process killed (SIGKILL) right after it committed a push and before it answered, then
/// restarted on the same data: the console's retry of the same batch is answered from the remembered mutation ids
/// and nothing is stored twice.
class TestSyncServerCrash final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void retryAfterCrashAppliesNothingTwice();

private:
    Answer call(const std::string& method, const std::string& path, const json& body, const std::string& token);
    std::string login();

    std::unique_ptr<hss::test::TestCertificates> m_certificates;
    std::unique_ptr<hss::test::ServerProcess> m_server;
    Poco::Net::Context::Ptr m_context;
    QString m_password;
};

void TestSyncServerCrash::initTestCase()
{
    m_certificates = std::make_unique<hss::test::TestCertificates>();
    QVERIFY2(m_certificates->isValid(), qPrintable(m_certificates->error()));
    m_server = std::make_unique<hss::test::ServerProcess>(*m_certificates);

    QProcess seed;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("HSS_DATA_DIR"), m_server->dataFolder());
    seed.setProcessEnvironment(env);
    seed.start(hss::test::ServerProcess::executable(), {QStringLiteral("seed-demo")});
    QVERIFY(seed.waitForFinished(120'000));
    const QString output = QString::fromLocal8Bit(seed.readAllStandardOutput());
    QCOMPARE(seed.exitCode(), 0);
    const auto match = QRegularExpression(QStringLiteral("\\n\\s*sofia\\s+(\\S+)")).match(output);
    QVERIFY2(match.hasMatch(), qPrintable(output));
    m_password = match.captured(1);

    Poco::Net::Context::Params params;
    params.caLocation = m_certificates->caFile().toStdString();
    params.verificationMode = Poco::Net::Context::VERIFY_STRICT;
    params.loadDefaultCAs = false;
    m_context = new Poco::Net::Context(Poco::Net::Context::TLS_CLIENT_USE, params);
}

Answer TestSyncServerCrash::call(const std::string& method, const std::string& path, const json& body,
                                 const std::string& token)
{
    Answer answer;
    try {
        Poco::Net::HTTPSClientSession session("localhost", static_cast<Poco::UInt16>(m_server->port()), m_context);
        session.setTimeout(Poco::Timespan(30, 0));
        Poco::Net::HTTPRequest request(method, path, Poco::Net::HTTPMessage::HTTP_1_1);
        if (!token.empty()) {
            request.set("Authorization", "Bearer " + token);
        }
        const std::string text = body.is_null() ? std::string() : body.dump();
        if (!body.is_null()) {
            request.setContentType("application/json");
            request.setContentLength(static_cast<std::streamsize>(text.size()));
        }
        session.sendRequest(request) << text;
        Poco::Net::HTTPResponse response;
        std::istream& in = session.receiveResponse(response);
        std::string received;
        Poco::StreamCopier::copyToString(in, received);
        answer.status = static_cast<int>(response.getStatus());
        answer.body = received.empty() ? json() : json::parse(received, nullptr, false);
    } catch (const Poco::Exception&) {
        answer.status = 0; // the server went away without answering
    }
    return answer;
}

std::string TestSyncServerCrash::login()
{
    const Answer answer =
        call("POST", "/api/auth/login", {{"username", "sofia"}, {"password", m_password.toStdString()}}, {});
    return answer.status == 200 ? answer.body.at("access_token").get<std::string>() : std::string();
}

void TestSyncServerCrash::retryAfterCrashAppliesNothingTwice()
{
    m_server->setEnvironmentValue(QStringLiteral("HSS_FAULT_CRASH_AFTER_PUSH_COMMIT"), QStringLiteral("true"));
    QVERIFY2(m_server->start(), qPrintable(m_server->error()));
    std::string token = login();
    QVERIFY(!token.empty());

    const std::string marker = "crash-" + Uuid::createV7().toString().substr(0, 8);
    const std::int64_t now = hss::SystemClock().nowMs();
    std::vector<json> mutations;
    for (int i = 0; i < 20; ++i) {
        hss::sync::Mutation m;
        m.mutationId = Uuid::createV7();
        m.entity = hss::sync::SyncEntity::Ticket;
        m.entityId = Uuid::createV7();
        m.kind = hss::sync::MutationKind::Create;
        m.fields = {{"id", m.entityId.toString()},
                    {"number", nullptr},
                    {"title", marker + " offline ticket " + std::to_string(i)},
                    {"description", "Typed while the clinic was offline."},
                    {"priority", i == 0 ? "emergency" : "medium"},
                    {"category", "technical"},
                    {"status", "new"},
                    {"channel", "phone"},
                    {"requester_name", "Ward 4"},
                    {"requester_email", ""},
                    {"assignee_id", nullptr},
                    {"team", "tier1"},
                    {"medical_case_ref", nullptr},
                    {"created_at", hss::formatTimestamp(now)},
                    {"updated_at", hss::formatTimestamp(now)},
                    {"first_response_at", nullptr},
                    {"resolved_at", nullptr},
                    {"escalation_level", 0},
                    {"revision", 0}};
        m.deviceTimeMs = now;
        m.hlc = hss::HlcTimestamp {now, static_cast<std::uint32_t>(i), "console-crash"};
        mutations.push_back(toJson(m));
    }
    const json batch {{"device_id", "console-crash"}, {"mutations", mutations}};

    const Answer lost = call("POST", "/api/sync/push", batch, token);
    QCOMPARE(lost.status, 0); // killed after its commit, before its answer
    m_server->stop();

    m_server->setEnvironmentValue(QStringLiteral("HSS_FAULT_CRASH_AFTER_PUSH_COMMIT"), QStringLiteral("false"));
    QVERIFY2(m_server->start(), qPrintable(m_server->error()));
    token = login();
    QVERIFY(!token.empty());
    const Answer retried = call("POST", "/api/sync/push", batch, token);
    QCOMPARE(retried.status, 200);
    std::set<std::int64_t> numbers;
    for (const json& result : retried.body.at("results")) {
        QCOMPARE(result.at("outcome"), "applied");
        numbers.insert(result.at("ticket_number").get<std::int64_t>());
    }
    QCOMPARE(numbers.size(), std::size_t(20));

    // Exactly 20 such tickets exist, with the numbers the retry reported (assigned by the crashed run).
    const Answer listed = call("GET", "/api/tickets?limit=100&q=" + marker, nullptr, token);
    QCOMPARE(listed.status, 200);
    QCOMPARE(listed.body.at("total").get<int>(), 20);
    std::set<std::int64_t> stored;
    for (const json& ticket : listed.body.at("items")) {
        stored.insert(ticket.at("number").get<std::int64_t>());
    }
    QCOMPARE(stored, numbers);
    m_server->stop();
}

QTEST_GUILESS_MAIN(TestSyncServerCrash)
#include "TestSyncServerCrash.moc"
