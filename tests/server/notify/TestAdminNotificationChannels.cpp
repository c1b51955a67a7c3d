// SPDX-License-Identifier: MIT
#include <QtTest>
#include <algorithm>
#include <memory>

#include <Poco/Net/ServerSocket.h>
#include <nlohmann/json.hpp>

#include "ApiTestServer.h"
#include "SinkProcess.h"
#include "app/ServerServices.h"
#include "notify/NotificationSender.h"
#include "storage/AuditLogRepository.h"

using hss::Role;
using hss::test::ApiAnswer;
using hss::test::ApiTestServer;
using hss::test::SinkProcess;
using json = nlohmann::json;
using Environment = std::map<std::string, std::string>;

namespace {

constexpr auto relayUser = "relay-user";
constexpr auto relayPassword = "relay-secret-pw";
constexpr auto slackPath = "/services/T000/B000/slack-secret";
constexpr auto smsKey = "sms-key-123";

int closedPort()
{
    Poco::Net::ServerSocket socket(Poco::Net::SocketAddress("127.0.0.1", 0));
    const int port = socket.address().port();
    socket.close();
    return port;
}

bool contains(const std::string& text, const std::string& part)
{
    return text.find(part) != std::string::npos;
}

const json* channelIn(const json& answer, const std::string& name)
{
    for (const json& channel : answer.at("channels")) {
        if (channel.at("channel") == name) {
            return &channel;
        }
    }
    return nullptr;
}

} // namespace

/// The admins' notification channel page against a real SMTP server (aiosmtpd, STARTTLS, login) and a local HTTPS
/// endpoint for Slack and the SMS gateway: what GET shows (switches, targets without secrets, the medical escalation
/// contacts, 24-hour delivery figures), and "send test", which goes out through the channel at once: it arrives,
/// a channel that cannot deliver answers 502 with the channel's error, a channel switched off 409, and every attempt
/// is audited.
class TestAdminNotificationChannels final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void showsChannelsWithoutSecretsAndTheirFigures();
    void testMailArrivesAtTheRelay();
    void testSmsArrivesAtTheGateway();
    void failingChannelAnswers502WithItsError();
    void disabledChannelAndBadRequestsAreRefused();

private:
    Environment channels(int smtpPort, int httpsPort, int slackPort = 0) const;
    std::unique_ptr<SinkProcess> startSmtp();
    std::unique_ptr<SinkProcess> startHttps();
    static std::vector<hss::server::AuditEntry> testAudits(ApiTestServer& api);

    hss::test::TestCertificates m_certificates;
};

void TestAdminNotificationChannels::initTestCase()
{
    QVERIFY2(m_certificates.isValid(), qPrintable(m_certificates.error()));
}

Environment TestAdminNotificationChannels::channels(int smtpPort, int httpsPort, int slackPort) const
{
    const std::string https = "https://localhost:" + std::to_string(httpsPort);
    const std::string slack = "https://localhost:" + std::to_string(slackPort == 0 ? httpsPort : slackPort);
    return {{"ENABLE_EMAIL_NOTIFICATIONS", "true"},
            {"SMTP_HOST", "localhost"},
            {"SMTP_PORT", std::to_string(smtpPort)},
            {"SMTP_USERNAME", relayUser},
            {"SMTP_PASSWORD", relayPassword},
            {"SMTP_FROM_EMAIL", "noreply@clinic.example"},
            {"MEDICAL_ESCALATION_EMAIL", "medical@clinic.example"},
            {"MEDICAL_ESCALATION_PHONE", "+15550100"},
            {"ENABLE_SLACK_NOTIFICATIONS", "true"},
            {"SLACK_WEBHOOK_URL", slack + slackPath},
            {"ENABLE_SMS_NOTIFICATIONS", "true"},
            {"SMS_GATEWAY_URL", https + "/sms/send"},
            {"SMS_PROVIDER_API_KEY", smsKey},
            {"NOTIFY_CA_FILE", m_certificates.caFile().toStdString()},
            {"NOTIFY_TIMEOUT_SECONDS", "20"}};
}

std::unique_ptr<SinkProcess> TestAdminNotificationChannels::startSmtp()
{
    auto sink = std::make_unique<SinkProcess>(
        QStringLiteral("smtp_sink.py"),
        QStringList {QStringLiteral("--user"), QString::fromLatin1(relayUser), QStringLiteral("--password"),
                     QString::fromLatin1(relayPassword), QStringLiteral("--tls-cert"), m_certificates.certificateFile(),
                     QStringLiteral("--tls-key"), m_certificates.keyFile()});
    if (!sink->start()) {
        qWarning("SMTP sink: %s", qPrintable(sink->error()));
        return nullptr;
    }
    return sink;
}

std::unique_ptr<SinkProcess> TestAdminNotificationChannels::startHttps()
{
    auto sink =
        std::make_unique<SinkProcess>(QStringLiteral("https_sink.py"),
                                      QStringList {QStringLiteral("--tls-cert"), m_certificates.certificateFile(),
                                                   QStringLiteral("--tls-key"), m_certificates.keyFile()});
    if (!sink->start()) {
        qWarning("HTTPS sink: %s", qPrintable(sink->error()));
        return nullptr;
    }
    return sink;
}

std::vector<hss::server::AuditEntry> TestAdminNotificationChannels::testAudits(ApiTestServer& api)
{
    std::vector<hss::server::AuditEntry> entries;
    for (const auto& record : hss::server::AuditLogRepository(api.services().database).list(0, 100000)) {
        if (record.entry.action == "notification_channel.test") {
            entries.push_back(record.entry);
        }
    }
    return entries;
}

void TestAdminNotificationChannels::showsChannelsWithoutSecretsAndTheirFigures()
{
    const auto smtp = startSmtp();
    const auto https = startHttps();
    QVERIFY(smtp && https);
    Environment environment = channels(smtp->port(), https->port());
    environment["ENABLE_SMS_NOTIFICATIONS"] = "false";
    ApiTestServer api({}, environment);
    QVERIFY2(api.isRunning(), qPrintable(api.error()));
    const std::string admin = api.tokenFor(api.createUser("ada", {Role::Admin}, {}));
    const std::string agent = api.tokenFor(api.createUser("mara", {Role::MedicalAgent}, {"medical"}));
    QCOMPARE(api.request("GET", "/api/admin/notification-channels").status, 401);
    QCOMPARE(api.request("GET", "/api/admin/notification-channels", nullptr, agent).status, 403);

    // An emergency: e-mail to the medical address and a Slack post, delivered; the requester has no address.
    const json emergency {{"title", "infusion pump failure"},
                          {"description", "ward 4"},
                          {"priority", "emergency"},
                          {"category", "technical"},
                          {"channel", "phone"},
                          {"requester_name", "Ward 4"},
                          {"requester_email", ""},
                          {"team", "medical"}};
    QCOMPARE(api.request("POST", "/api/tickets", emergency, agent).status, 201);
    QCOMPARE(api.notificationSender().runDue(), std::size_t(2));

    const ApiAnswer got = api.request("GET", "/api/admin/notification-channels", nullptr, admin);
    QVERIFY2(got.status == 200 && got.body.contains("channels"), got.rawBody.c_str());
    QVERIFY2(!contains(got.rawBody, "slack-secret") && !contains(got.rawBody, relayPassword)
                 && !contains(got.rawBody, smsKey),
             got.rawBody.c_str());
    QCOMPARE(got.body.at("medical_escalation"), json({{"email", "medical@clinic.example"}, {"phone", "+15550100"}}));
    const json* email = channelIn(got.body, "email");
    const json* slack = channelIn(got.body, "slack");
    const json* sms = channelIn(got.body, "sms");
    QVERIFY(email && slack && sms);
    QCOMPARE(email->at("enabled"), true);
    QCOMPARE(email->at("target"), "localhost:" + std::to_string(smtp->port()));
    QCOMPARE(email->at("sender"), "noreply@clinic.example");
    QCOMPARE(email->at("default_recipient"), "medical@clinic.example");
    QCOMPARE(email->at("stats"), json({{"sent", 1}, {"failed", 0}, {"pending", 0}, {"last_error", nullptr}}));
    QCOMPARE(slack->at("enabled"), true);
    QCOMPARE(slack->at("target"), "localhost:" + std::to_string(https->port()) + "/…");
    QCOMPARE(slack->at("stats").at("sent").get<int>(), 1);
    QCOMPARE(sms->at("enabled"), false);
    QCOMPARE(sms->at("target"), "localhost:" + std::to_string(https->port()) + "/…");
    QCOMPARE(sms->at("stats").at("sent").get<int>(), 0);

    // A day later the figures are those of the last 24 hours: nothing.
    api.clock().advanceMs(24 * 3'600'000 + 1);
    const std::string fresh = api.tokenFor(api.createUser("alan", {Role::Admin}, {})); // the first token expired
    const ApiAnswer later = api.request("GET", "/api/admin/notification-channels", nullptr, fresh);
    QVERIFY2(later.status == 200, later.rawBody.c_str());
    QCOMPARE(channelIn(later.body, "email")->at("stats").at("sent").get<int>(), 0);
}

void TestAdminNotificationChannels::testMailArrivesAtTheRelay()
{
    const auto smtp = startSmtp();
    const auto https = startHttps();
    QVERIFY(smtp && https);
    ApiTestServer api({}, channels(smtp->port(), https->port()));
    QVERIFY2(api.isRunning(), qPrintable(api.error()));
    const std::string admin = api.tokenFor(api.createUser("ada", {Role::Admin}, {}));

    // No body: to the medical escalation address.
    const ApiAnswer sent = api.request("POST", "/api/admin/notification-channels/email/test", nullptr, admin);
    QCOMPARE(sent.status, 200);
    QCOMPARE(sent.body.at("delivered"), true);
    QCOMPARE(sent.body.at("recipient"), "medical@clinic.example");
    // Delivered before the answer, not queued: the relay has it now.
    auto mails = smtp->records(QStringLiteral("message"));
    QCOMPARE(mails.size(), std::size_t(1));
    QCOMPARE(mails[0].at("rcpt_tos"), json::array({"medical@clinic.example"}));
    QCOMPARE(mails[0].at("tls"), true);
    QCOMPARE(mails[0].at("login"), relayUser);
    const std::string data = mails[0].at("data").get<std::string>();
    QVERIFY2(contains(data, "test message") && contains(data, "sent by ada"), data.c_str());

    const ApiAnswer chosen = api.request("POST", "/api/admin/notification-channels/email/test",
                                         {{"recipient", "it-lead@clinic.example"}}, admin);
    QCOMPARE(chosen.status, 200);
    mails = smtp->records(QStringLiteral("message"));
    QCOMPARE(mails.size(), std::size_t(2));
    QCOMPARE(mails[1].at("rcpt_tos"), json::array({"it-lead@clinic.example"}));

    const auto audits = testAudits(api);
    QCOMPARE(audits.size(), std::size_t(2));
    QCOMPARE(audits[0].outcome, std::string("success"));
    QCOMPARE(audits[0].objectId, std::string("email"));
    QCOMPARE(json::parse(audits[1].detail).at("recipient"), "it-lead@clinic.example");
}

void TestAdminNotificationChannels::testSmsArrivesAtTheGateway()
{
    const auto https = startHttps();
    QVERIFY(https);
    Environment environment = channels(closedPort(), https->port());
    ApiTestServer api({}, environment);
    QVERIFY2(api.isRunning(), qPrintable(api.error()));
    const std::string admin = api.tokenFor(api.createUser("ada", {Role::Admin}, {}));
    const ApiAnswer sms = api.request("POST", "/api/admin/notification-channels/sms/test", json::object(), admin);
    QCOMPARE(sms.status, 200);
    const ApiAnswer slack = api.request("POST", "/api/admin/notification-channels/slack/test", nullptr, admin);
    QCOMPARE(slack.status, 200);
    const auto posts = https->records(QStringLiteral("request"));
    QCOMPARE(posts.size(), std::size_t(2));
    QCOMPARE(posts[0].at("path"), "/sms/send");
    QCOMPARE(posts[0].at("headers").at("x-api-key"), smsKey);
    QCOMPARE(json::parse(posts[0].at("body").get<std::string>()).at("to"), "+15550100");
    QCOMPARE(posts[1].at("path"), slackPath);
    QVERIFY(
        contains(json::parse(posts[1].at("body").get<std::string>()).at("text").get<std::string>(), "test message"));
}

void TestAdminNotificationChannels::failingChannelAnswers502WithItsError()
{
    const auto https = startHttps();
    QVERIFY(https);
    // Slack's webhook host does not answer; the SMTP relay is gone too.
    ApiTestServer api({}, channels(closedPort(), https->port(), closedPort()));
    QVERIFY2(api.isRunning(), qPrintable(api.error()));
    const std::string admin = api.tokenFor(api.createUser("ada", {Role::Admin}, {}));

    const ApiAnswer slack = api.request("POST", "/api/admin/notification-channels/slack/test", nullptr, admin);
    QCOMPARE(slack.status, 502);
    QCOMPARE(slack.body.at("delivered"), false);
    const std::string error = slack.body.at("error").get<std::string>();
    QVERIFY2(contains(error, "POST to https://localhost:"), error.c_str());
    QVERIFY2(!contains(error, "slack-secret"), error.c_str());

    const ApiAnswer email = api.request("POST", "/api/admin/notification-channels/email/test", nullptr, admin);
    QCOMPARE(email.status, 502);
    QVERIFY(!email.body.at("error").get<std::string>().empty());
    qInfo("email error: %s", email.body.at("error").get<std::string>().c_str());
    QVERIFY(https->records(QStringLiteral("request")).empty());

    const auto audits = testAudits(api);
    QCOMPARE(audits.size(), std::size_t(2));
    for (const auto& audit : audits) {
        QCOMPARE(audit.outcome, std::string("failure"));
        QVERIFY(json::parse(audit.detail).contains("error"));
    }
}

void TestAdminNotificationChannels::disabledChannelAndBadRequestsAreRefused()
{
    const auto https = startHttps();
    QVERIFY(https);
    Environment environment = channels(closedPort(), https->port());
    environment["ENABLE_SMS_NOTIFICATIONS"] = "false";
    environment["MEDICAL_ESCALATION_EMAIL"] = "";
    ApiTestServer api({}, environment);
    QVERIFY2(api.isRunning(), qPrintable(api.error()));
    const std::string admin = api.tokenFor(api.createUser("ada", {Role::Admin}, {}));
    const std::string agent = api.tokenFor(api.createUser("ann", {Role::Agent}, {"tier1"}));

    QCOMPARE(api.request("POST", "/api/admin/notification-channels/slack/test", nullptr, agent).status, 403);
    const ApiAnswer disabled = api.request("POST", "/api/admin/notification-channels/sms/test", nullptr, admin);
    QCOMPARE(disabled.status, 409);
    QVERIFY(https->records(QStringLiteral("request")).empty());
    QCOMPARE(api.request("POST", "/api/admin/notification-channels/fax/test", nullptr, admin).status, 404);
    // No default recipient configured, and a bad one given.
    const ApiAnswer noRecipient = api.request("POST", "/api/admin/notification-channels/email/test", nullptr, admin);
    QCOMPARE(noRecipient.status, 400);
    QVERIFY2(contains(noRecipient.body.at("message").get<std::string>(), "recipient"), noRecipient.rawBody.c_str());
    const ApiAnswer badRecipient = api.request("POST", "/api/admin/notification-channels/email/test",
                                               {{"recipient", "x@y.example\r\nBcc: all@clinic.example"}}, admin);
    QCOMPARE(badRecipient.status, 400);
    QCOMPARE(api.request("GET", "/api/admin/notification-channels/email/test", nullptr, admin).status, 405);

    const auto audits = testAudits(api);
    QCOMPARE(audits.size(), std::size_t(1));
    QCOMPARE(audits[0].objectId, std::string("sms"));
    QCOMPARE(audits[0].outcome, std::string("refused"));
}

QTEST_GUILESS_MAIN(TestAdminNotificationChannels)
#include "TestAdminNotificationChannels.moc"
