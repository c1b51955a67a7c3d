// SPDX-License-Identifier: MIT
#include <QtTest>
#include <memory>

#include <Poco/Net/AcceptCertificateHandler.h>
#include <Poco/Net/Context.h>
#include <Poco/Net/HTTPRequest.h>
#include <Poco/Net/HTTPResponse.h>
#include <Poco/Net/HTTPSClientSession.h>
#include <Poco/Net/RejectCertificateHandler.h>
#include <Poco/Net/SSLException.h>
#include <Poco/Net/SSLManager.h>
#include <Poco/StreamCopier.h>
#include <nlohmann/json.hpp>

#include "ServerProcess.h"
#include "hss/Version.h"

namespace {

struct Answer
{
    int status = 0;
    std::string body;
    Poco::Net::HTTPResponse response;
};

Poco::Net::Context::Ptr clientContext(const QString& caFile, bool tls12Only = false)
{
    Poco::Net::Context::Params params;
    params.caLocation = caFile.toStdString();
    params.verificationMode = Poco::Net::Context::VERIFY_STRICT;
    params.loadDefaultCAs = false;
    Poco::Net::Context::Ptr context = new Poco::Net::Context(Poco::Net::Context::TLS_CLIENT_USE, params);
    context->requireMinimumProtocol(Poco::Net::Context::PROTO_TLSV1_2);
    if (tls12Only) {
        context->disableProtocols(Poco::Net::Context::PROTO_TLSV1_3);
    }
    return context;
}

Answer call(int port, Poco::Net::Context::Ptr context, const std::string& method, const std::string& path,
            const std::string& protocol = {})
{
    Poco::Net::HTTPSClientSession session("localhost", static_cast<Poco::UInt16>(port), context);
    session.setTimeout(Poco::Timespan(10, 0));
    Poco::Net::HTTPRequest request(method, path, Poco::Net::HTTPMessage::HTTP_1_1);
    if (!protocol.empty()) {
        request.set(std::string(hss::protocolHeader), protocol);
    }
    session.sendRequest(request);
    Answer answer;
    std::istream& body = session.receiveResponse(answer.response);
    Poco::StreamCopier::copyToString(body, answer.body);
    answer.status = static_cast<int>(answer.response.getStatus());
    return answer;
}

} // namespace

class TestHttpsServer final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void healthOverVerifiedTls();
    void certificateFromAnotherCaIsRefused();
    void unknownPathIsJson404();
    void wrongMethodIsJson405WithAllow();
    void intermediateProfileAcceptsTls12();
    void modernProfileRefusesTls12();
    void databaseSurvivesRestart();
    void protocolVersionIsNegotiated_data();
    void protocolVersionIsNegotiated();

private:
    std::unique_ptr<hss::test::TestCertificates> m_certificates;
    std::unique_ptr<hss::test::TestCertificates> m_otherCa;
    std::unique_ptr<hss::test::ServerProcess> m_server;
};

void TestHttpsServer::initTestCase()
{
    Poco::Net::initializeSSL();
    // Without a handler Poco would look for one in an Application's configuration; reject, never accept.
    Poco::SharedPtr<Poco::Net::InvalidCertificateHandler> reject = new Poco::Net::RejectCertificateHandler(false);
    Poco::Net::SSLManager::instance().initializeClient(nullptr, reject, clientContext(QString()));

    m_certificates = std::make_unique<hss::test::TestCertificates>();
    QVERIFY2(m_certificates->isValid(), qPrintable(m_certificates->error()));
    m_otherCa = std::make_unique<hss::test::TestCertificates>();
    QVERIFY2(m_otherCa->isValid(), qPrintable(m_otherCa->error()));
    m_server = std::make_unique<hss::test::ServerProcess>(*m_certificates);
    QVERIFY2(m_server->start(), qPrintable(m_server->error()));
}

void TestHttpsServer::cleanupTestCase()
{
    m_server.reset();
    Poco::Net::uninitializeSSL();
}

void TestHttpsServer::healthOverVerifiedTls()
{
    const Answer answer = call(m_server->port(), clientContext(m_certificates->caFile()), "GET", "/api/health");
    QCOMPARE(answer.status, 200);
    const auto json = nlohmann::json::parse(answer.body);
    QCOMPARE(json.at("status").get<std::string>(), std::string("healthy"));
    QCOMPARE(json.at("version").get<std::string>(), std::string(hss::productVersion()));
    QCOMPARE(json.at("protocolVersion").get<int>(), hss::protocolVersion);
    QCOMPARE(json.at("minProtocolVersion").get<int>(), hss::oldestProtocolVersion);
    QCOMPARE(answer.response.get(std::string(hss::protocolHeader), ""), std::to_string(hss::protocolVersion));
    QCOMPARE(json.at("services").at("database").at("status").get<std::string>(), std::string("up"));
    QCOMPARE(json.at("services").at("database").at("backend").get<std::string>(), std::string("sqlite"));
    QVERIFY(answer.response.get("Strict-Transport-Security", "").starts_with("max-age="));
    QVERIFY(!answer.response.get("X-Request-Id", "").empty());
    QCOMPARE(answer.response.getContentType(), std::string("application/json; charset=utf-8"));
}

void TestHttpsServer::certificateFromAnotherCaIsRefused()
{
    bool refused = false;
    try {
        call(m_server->port(), clientContext(m_otherCa->caFile()), "GET", "/api/health");
    } catch (const Poco::Net::SSLException&) {
        refused = true;
    }
    QVERIFY2(refused, "a client trusting only another CA must not complete the handshake");
}

void TestHttpsServer::unknownPathIsJson404()
{
    const Answer answer = call(m_server->port(), clientContext(m_certificates->caFile()), "GET", "/api/../etc/passwd");
    QCOMPARE(answer.status, 404);
    const auto json = nlohmann::json::parse(answer.body);
    QCOMPARE(json.at("error").get<std::string>(), std::string("not_found"));
    QVERIFY(!json.at("message").get<std::string>().empty());
}

void TestHttpsServer::wrongMethodIsJson405WithAllow()
{
    const Answer answer = call(m_server->port(), clientContext(m_certificates->caFile()), "DELETE", "/api/health");
    QCOMPARE(answer.status, 405);
    QCOMPARE(answer.response.get("Allow", ""), std::string("GET"));
    QCOMPARE(nlohmann::json::parse(answer.body).at("error").get<std::string>(), std::string("method_not_allowed"));
}

void TestHttpsServer::protocolVersionIsNegotiated_data()
{
    QTest::addColumn<QString>("header");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("error");
    QTest::addColumn<QString>("update");

    QTest::newRow("no header: a console from before the negotiation") << QString() << 200 << QString() << QString();
    QTest::newRow("the server's own version") << QString::number(hss::protocolVersion) << 200 << QString() << QString();
    QTest::newRow("a newer console") << QString::number(hss::protocolVersion + 1) << 426
                                     << QStringLiteral("protocol_unsupported") << QStringLiteral("update the server");
    QTest::newRow("an older console") << QString::number(hss::oldestProtocolVersion - 1) << 400
                                      << QStringLiteral("bad_request") << QString();
    QTest::newRow("not a number") << QStringLiteral("one") << 400 << QStringLiteral("bad_request") << QString();
    QTest::newRow("trailing junk") << QStringLiteral("1x") << 400 << QStringLiteral("bad_request") << QString();
}

void TestHttpsServer::protocolVersionIsNegotiated()
{
    QFETCH(QString, header);
    QFETCH(int, status);
    QFETCH(QString, error);
    QFETCH(QString, update);

    // Refused before the resource runs: the same answer on an endpoint that needs a sign-in.
    for (const char* path : {"/api/health", "/api/sync/pull"}) {
        const Answer answer =
            call(m_server->port(), clientContext(m_certificates->caFile()), "GET", path, header.toStdString());
        QCOMPARE(answer.response.get(std::string(hss::protocolHeader), ""), std::to_string(hss::protocolVersion));
        if (status == 200) {
            QVERIFY2(answer.status != 426 && answer.status != 400, answer.body.c_str());
            continue;
        }
        QCOMPARE(answer.status, status);
        const auto json = nlohmann::json::parse(answer.body);
        QCOMPARE(QString::fromStdString(json.at("error").get<std::string>()), error);
        QVERIFY2(QString::fromStdString(json.at("message").get<std::string>()).contains(update), answer.body.c_str());
    }
}

void TestHttpsServer::intermediateProfileAcceptsTls12()
{
    const Answer answer = call(m_server->port(), clientContext(m_certificates->caFile(), true), "GET", "/api/health");
    QCOMPARE(answer.status, 200);
}

void TestHttpsServer::modernProfileRefusesTls12()
{
    hss::test::ServerProcess modern(*m_certificates);
    modern.setEnvironmentValue(QStringLiteral("TLS_PROFILE"), QStringLiteral("modern"));
    QVERIFY2(modern.start(), qPrintable(modern.error()));
    QCOMPARE(call(modern.port(), clientContext(m_certificates->caFile()), "GET", "/api/health").status, 200);
    bool refused = false;
    try {
        call(modern.port(), clientContext(m_certificates->caFile(), true), "GET", "/api/health");
    } catch (const Poco::Exception&) {
        refused = true;
    }
    QVERIFY2(refused, "a TLS 1.2-only client must be refused by the modern profile");
}

void TestHttpsServer::databaseSurvivesRestart()
{
    m_server->stop();
    QVERIFY(QFile::exists(m_server->dataFolder() + QStringLiteral("/hss.db")));
    QVERIFY2(m_server->start(), qPrintable(m_server->error()));
    QVERIFY(m_server->output().contains(QRegularExpression(QStringLiteral("schema [1-9][0-9]*\\)"))));
    QCOMPARE(call(m_server->port(), clientContext(m_certificates->caFile()), "GET", "/api/health").status, 200);
}

QTEST_GUILESS_MAIN(TestHttpsServer)
#include "TestHttpsServer.moc"
