// SPDX-License-Identifier: MIT
#include <QtTest>
#include <algorithm>
#include <memory>

#include <Poco/Net/ServerSocket.h>
#include <nlohmann/json.hpp>

#include "ApiTestServer.h"
#include "PostgresCluster.h"
#include "SinkProcess.h"
#include "app/ServerServices.h"
#include "hss/HlcTimestamp.h"
#include "hss/sync/Mutation.h"
#include "notify/NotificationSender.h"
#include "storage/Database.h"
#include "storage/NotificationOutboxRepository.h"

using hss::Role;
using hss::test::ApiAnswer;
using hss::test::ApiTestServer;
using hss::test::SinkProcess;
using json = nlohmann::json;
using Environment = std::map<std::string, std::string>;

namespace {

// Patient text placed in every free-text field of the ticket; no notification may carry any of it.
constexpr auto canary = "Zorblax7731";
constexpr auto requesterEmail = "ward.requester@clinic.example";
constexpr auto relayUser = "relay-user";
constexpr auto relayPassword = "relay-secret-pw";
constexpr auto slackPath = "/services/T000/B000/slack-secret";
constexpr auto smsKey = "sms-key-123";

json emergencyTicket(const std::string& category = "medical_clinical")
{
    json ticket = {{"title", std::string(canary) + " infusion pump failure"},
                   {"description", std::string("Patient ") + canary + ", bed 4, born 1950-02-03, dose missed"},
                   {"priority", "emergency"},
                   {"category", category},
                   {"channel", "phone"},
                   {"requester_name", std::string(canary) + " Ward 4"},
                   {"requester_email", requesterEmail},
                   {"team", "medical"}};
    if (category == "medical_clinical") {
        ticket["medical_case_ref"] = std::string("MC-") + canary;
    }
    return ticket;
}

bool containsCanary(const std::string& text)
{
    std::string lower = text;
    std::transform(lower.begin(), lower.end(), lower.begin(), [](unsigned char c) { return std::tolower(c); });
    return lower.find("zorblax") != std::string::npos;
}

bool contains(const std::string& text, const std::string& part)
{
    return text.find(part) != std::string::npos;
}

// The part of an e-mail after its headers.
std::string bodyOf(const std::string& mail)
{
    const auto split = mail.find("\r\n\r\n");
    return split == std::string::npos ? std::string() : mail.substr(split + 4);
}

std::vector<hss::server::NotificationRecord> outboxFor(ApiTestServer& api, const std::string& ticketId)
{
    auto session = api.services().database.session();
    return hss::server::NotificationOutboxRepository(api.services().database).forTicket(session, ticketId);
}

const hss::server::NotificationRecord* byChannel(const std::vector<hss::server::NotificationRecord>& records,
                                                 const std::string& channel)
{
    const auto it = std::find_if(records.begin(), records.end(), [&](const auto& r) { return r.channel == channel; });
    return it == records.end() ? nullptr : &*it;
}

int closedPort()
{
    Poco::Net::ServerSocket socket(Poco::Net::SocketAddress("127.0.0.1", 0));
    const int port = socket.address().port();
    socket.close();
    return port;
}

} // namespace

/// Notifications end to end over libcurl, against a real SMTP server (aiosmtpd with STARTTLS and a login) and a
/// local HTTPS endpoint for Slack and the SMS gateway: what arrives for an emergency and for a new ticket, that no
/// patient text from the ticket arrives anywhere, that a relay without STARTTLS gets nothing (not even the login),
/// that certificates are verified, and that a channel that is down is retried with back-off and dead-lettered
/// while the others deliver. Time is the test server's ManualClock.
class TestNotifications final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void emergencyAlertsEveryChannelWithoutPatientData_data();
    void emergencyAlertsEveryChannelWithoutPatientData();
    void pushedTicketNotifiesOnce();
    void mailIsNeverSentWithoutStartTls();
    void untrustedEndpointGetsNothing();
    void channelDownIsRetriedThenDeadWhileOthersDeliver();
    void senderThreadsDeliverOnTheirOwn();

private:
    Environment channels(int smtpPort, int httpsPort, int slackPort = 0) const;
    std::unique_ptr<SinkProcess> startSmtp(bool withTls);
    std::unique_ptr<SinkProcess> startHttps();
    std::string databaseUrl(const QString& backend);

    hss::test::TestCertificates m_certificates;
    hss::test::PostgresCluster m_cluster;
    int m_databases = 0;
};

void TestNotifications::initTestCase()
{
    QVERIFY2(m_certificates.isValid(), qPrintable(m_certificates.error()));
    QVERIFY2(m_cluster.start(), qPrintable(m_cluster.error()));
}

std::string TestNotifications::databaseUrl(const QString& backend)
{
    if (backend != QStringLiteral("postgresql")) {
        return {};
    }
    const QString name = QStringLiteral("notify_%1").arg(++m_databases);
    if (!m_cluster.createDatabase(name)) {
        qWarning("%s", qPrintable(m_cluster.error()));
    }
    return m_cluster.url(name).toStdString();
}

Environment TestNotifications::channels(int smtpPort, int httpsPort, int slackPort) const
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
            {"NOTIFY_TIMEOUT_SECONDS", "20"},
            {"HSS_PUBLIC_URL", "https://support.clinic.example"}};
}

std::unique_ptr<SinkProcess> TestNotifications::startSmtp(bool withTls)
{
    QStringList arguments {QStringLiteral("--user"), QString::fromLatin1(relayUser), QStringLiteral("--password"),
                           QString::fromLatin1(relayPassword)};
    if (withTls) {
        arguments << QStringLiteral("--tls-cert") << m_certificates.certificateFile() << QStringLiteral("--tls-key")
                  << m_certificates.keyFile();
    }
    auto sink = std::make_unique<SinkProcess>(QStringLiteral("smtp_sink.py"), arguments);
    if (!sink->start()) {
        qWarning("SMTP sink: %s", qPrintable(sink->error()));
        return nullptr;
    }
    return sink;
}

std::unique_ptr<SinkProcess> TestNotifications::startHttps()
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

void TestNotifications::emergencyAlertsEveryChannelWithoutPatientData_data()
{
    QTest::addColumn<QString>("backend");
    QTest::newRow("sqlite") << QStringLiteral("sqlite");
    QTest::newRow("postgresql") << QStringLiteral("postgresql");
}

void TestNotifications::emergencyAlertsEveryChannelWithoutPatientData()
{
    QFETCH(QString, backend);
    const auto smtp = startSmtp(true);
    const auto https = startHttps();
    QVERIFY(smtp && https);
    ApiTestServer api(databaseUrl(backend), channels(smtp->port(), https->port()));
    QVERIFY2(api.isRunning(), qPrintable(api.error()));
    const std::string token = api.tokenFor(api.createUser("mara", {Role::MedicalAgent}, {"medical"}));

    const ApiAnswer created = api.request("POST", "/api/tickets", emergencyTicket(), token);
    QCOMPARE(created.status, 201);
    const std::string id = created.body.at("id").get<std::string>();
    const std::string number = "#" + std::to_string(created.body.at("number").get<std::int64_t>());
    const std::string link = "https://support.clinic.example/api/tickets/" + id;

    // Committed with the ticket, before anything was sent: the alert on every channel and the acknowledgement.
    auto queued = outboxFor(api, id);
    QCOMPARE(queued.size(), std::size_t(4));
    QVERIFY(std::all_of(queued.begin(), queued.end(), [](const auto& r) { return r.state == "pending"; }));
    QCOMPARE(api.notificationSender().runDue(), std::size_t(4));

    const auto mails = smtp->records(QStringLiteral("message"));
    QCOMPARE(mails.size(), std::size_t(2));
    const auto medical = std::find_if(mails.begin(), mails.end(), [](const json& m) {
        return m.at("rcpt_tos") == json::array({"medical@clinic.example"});
    });
    const auto acknowledgement = std::find_if(
        mails.begin(), mails.end(), [](const json& m) { return m.at("rcpt_tos") == json::array({requesterEmail}); });
    QVERIFY(medical != mails.end() && acknowledgement != mails.end());
    for (const json& mail : mails) {
        QCOMPARE(mail.at("tls"), true);
        QCOMPARE(mail.at("login"), relayUser);
        QCOMPARE(mail.at("mail_from"), "noreply@clinic.example");
        const std::string data = mail.at("data").get<std::string>();
        for (const std::string& part :
             {number, std::string("Priority: emergency"), std::string("Category: medical_clinical"), link}) {
            QVERIFY2(contains(data, part), data.c_str());
        }
        QVERIFY2(!containsCanary(data), data.c_str());
        QVERIFY2(!contains(bodyOf(data), requesterEmail), data.c_str());
    }
    const std::string alert = medical->at("data").get<std::string>();
    QVERIFY2(contains(alert, "Subject: MEDICAL EMERGENCY: ticket " + number), alert.c_str());
    QVERIFY2(contains(alert, "SLA: medical emergency: resolve within 30 minutes"), alert.c_str());
    QVERIFY2(!contains(alert, requesterEmail), alert.c_str());
    QVERIFY(contains(acknowledgement->at("data").get<std::string>(), "We received your support request"));

    const auto posts = https->records(QStringLiteral("request"));
    QCOMPARE(posts.size(), std::size_t(2));
    const auto slack =
        std::find_if(posts.begin(), posts.end(), [](const json& p) { return p.at("path") == slackPath; });
    const auto sms =
        std::find_if(posts.begin(), posts.end(), [](const json& p) { return p.at("path") == "/sms/send"; });
    QVERIFY(slack != posts.end() && sms != posts.end());
    const json slackBody = json::parse(slack->at("body").get<std::string>());
    const std::string slackText = slackBody.at("text").get<std::string>();
    QVERIFY2(contains(slackText, number) && contains(slackText, link) && contains(slackText, "Priority: emergency"),
             slackText.c_str());
    QCOMPARE(sms->at("headers").at("x-api-key"), smsKey);
    const json smsBody = json::parse(sms->at("body").get<std::string>());
    QCOMPARE(smsBody.at("to"), "+15550100");
    const std::string smsText = smsBody.at("message").get<std::string>();
    QVERIFY2(contains(smsText, number) && contains(smsText, link), smsText.c_str());
    for (const json& post : posts) {
        QVERIFY2(!containsCanary(post.dump()), post.dump().c_str());
        QVERIFY2(!contains(post.at("body").get<std::string>(), requesterEmail), post.dump().c_str());
    }

    const auto delivered = outboxFor(api, id);
    QVERIFY(std::all_of(delivered.begin(), delivered.end(), [](const auto& r) { return r.state == "sent"; }));
    QCOMPARE(api.notificationSender().runDue(), std::size_t(0));
    QCOMPARE(smtp->records(QStringLiteral("message")).size(), std::size_t(2));
}

void TestNotifications::pushedTicketNotifiesOnce()
{
    const auto smtp = startSmtp(true);
    const auto https = startHttps();
    QVERIFY(smtp && https);
    ApiTestServer api({}, channels(smtp->port(), https->port()));
    QVERIFY2(api.isRunning(), qPrintable(api.error()));
    const std::string token = api.tokenFor(api.createUser("ann", {Role::Agent}, {"tier1"}));

    // A ticket typed offline as an emergency, without a requester address (phone call): no acknowledgement.
    const hss::Uuid ticketId = hss::Uuid::createV7();
    json fields = emergencyTicket("technical");
    fields.update({{"id", ticketId.toString()},
                   {"number", nullptr},
                   {"status", "new"},
                   {"requester_email", ""},
                   {"assignee_id", nullptr},
                   {"team", "tier1"},
                   {"medical_case_ref", nullptr},
                   {"created_at", "2027-01-15T08:00:00.000Z"},
                   {"updated_at", "2027-01-15T08:00:00.000Z"},
                   {"first_response_at", nullptr},
                   {"resolved_at", nullptr},
                   {"escalation_level", 0},
                   {"revision", 0}});
    hss::sync::Mutation mutation;
    mutation.mutationId = hss::Uuid::createV7();
    mutation.entity = hss::sync::SyncEntity::Ticket;
    mutation.entityId = ticketId;
    mutation.kind = hss::sync::MutationKind::Create;
    mutation.fields = fields;
    mutation.deviceTimeMs = api.clock().nowMs();
    mutation.hlc = hss::HlcTimestamp {api.clock().nowMs(), 0, "console-a"};
    const json batch = {{"device_id", "console-a"}, {"mutations", json::array({toJson(mutation)})}};
    const ApiAnswer first = api.request("POST", "/api/sync/push", batch, token);
    QCOMPARE(first.status, 200);
    QCOMPARE(first.body.at("results")[0].at("outcome"), "applied");
    // The answer was lost and the console sends the batch again: the create is not applied twice, nor its alerts.
    QCOMPARE(api.request("POST", "/api/sync/push", batch, token).status, 200);

    const auto queued = outboxFor(api, ticketId.toString());
    QCOMPARE(queued.size(), std::size_t(3));
    QVERIFY(byChannel(queued, "email") && byChannel(queued, "slack") && byChannel(queued, "sms"));
    QCOMPARE(byChannel(queued, "email")->recipient, std::string("medical@clinic.example"));
    QCOMPARE(api.notificationSender().runDue(), std::size_t(3));
    QCOMPARE(smtp->records(QStringLiteral("message")).size(), std::size_t(1));
    QCOMPARE(https->records(QStringLiteral("request")).size(), std::size_t(2));
    for (const json& post : https->records(QStringLiteral("request"))) {
        QVERIFY2(!containsCanary(post.dump()), post.dump().c_str());
    }
    QVERIFY(!containsCanary(smtp->records(QStringLiteral("message"))[0].dump()));
}

void TestNotifications::mailIsNeverSentWithoutStartTls()
{
    const auto plain = startSmtp(false);
    QVERIFY(plain);
    Environment environment = channels(plain->port(), 1);
    environment["ENABLE_SLACK_NOTIFICATIONS"] = "false";
    environment["ENABLE_SMS_NOTIFICATIONS"] = "false";
    ApiTestServer api({}, environment);
    QVERIFY2(api.isRunning(), qPrintable(api.error()));
    const std::string token = api.tokenFor(api.createUser("mara", {Role::MedicalAgent}, {"medical"}));
    const ApiAnswer created = api.request("POST", "/api/tickets", emergencyTicket(), token);
    QCOMPARE(created.status, 201);
    const std::string id = created.body.at("id").get<std::string>();

    QCOMPARE(api.notificationSender().runDue(), std::size_t(2));
    // Nothing reached the relay: no message, and neither MAIL nor AUTH (the password stays with us).
    QVERIFY(plain->records(QStringLiteral("message")).empty());
    QVERIFY2(plain->commandLog().isEmpty(), qPrintable(plain->commandLog()));
    for (const auto& record : outboxFor(api, id)) {
        QCOMPARE(record.state, std::string("pending"));
        QCOMPARE(record.attempts, 1);
        QVERIFY2(contains(record.lastError.value_or(""), "does not offer STARTTLS"),
                 record.lastError.value_or("").c_str());
        qInfo("recorded error: %s", record.lastError.value_or("").c_str());
    }
}

void TestNotifications::untrustedEndpointGetsNothing()
{
    const auto https = startHttps();
    QVERIFY(https);
    Environment environment = channels(1, https->port());
    environment["ENABLE_EMAIL_NOTIFICATIONS"] = "false";
    environment["NOTIFY_CA_FILE"] = ""; // the system's store, which does not know the test CA
    ApiTestServer api({}, environment);
    QVERIFY2(api.isRunning(), qPrintable(api.error()));
    const std::string token = api.tokenFor(api.createUser("ann", {Role::Agent}, {"medical"}));
    const ApiAnswer created = api.request("POST", "/api/tickets", emergencyTicket("technical"), token);
    QCOMPARE(created.status, 201);

    QCOMPARE(api.notificationSender().runDue(), std::size_t(2));
    QVERIFY(https->records(QStringLiteral("request")).empty());
    for (const auto& record : outboxFor(api, created.body.at("id").get<std::string>())) {
        QCOMPARE(record.state, std::string("pending"));
        const std::string error = record.lastError.value_or("");
        QVERIFY2(contains(error, "certificate") || contains(error, "SSL"), error.c_str());
        QVERIFY2(!contains(error, "slack-secret"), error.c_str()); // the webhook's secret path is not logged
        qInfo("recorded error: %s", error.c_str());
    }
}

void TestNotifications::channelDownIsRetriedThenDeadWhileOthersDeliver()
{
    const auto smtp = startSmtp(true);
    const auto https = startHttps();
    QVERIFY(smtp && https);
    Environment environment = channels(smtp->port(), https->port(), closedPort());
    environment["NOTIFY_MAX_ATTEMPTS"] = "3";
    environment["NOTIFY_RETRY_BASE_SECONDS"] = "10";
    environment["NOTIFY_RETRY_MAX_SECONDS"] = "15";
    ApiTestServer api({}, environment);
    QVERIFY2(api.isRunning(), qPrintable(api.error()));
    const std::string token = api.tokenFor(api.createUser("mara", {Role::MedicalAgent}, {"medical"}));
    const ApiAnswer created = api.request("POST", "/api/tickets", emergencyTicket(), token);
    QCOMPARE(created.status, 201);
    const std::string id = created.body.at("id").get<std::string>();
    auto slack = [&] { return *byChannel(outboxFor(api, id), "slack"); };

    QCOMPARE(api.notificationSender().runDue(), std::size_t(4));
    QCOMPARE(smtp->records(QStringLiteral("message")).size(), std::size_t(2));
    QCOMPARE(https->records(QStringLiteral("request")).size(), std::size_t(1)); // the SMS
    auto down = slack();
    QCOMPARE(down.state, std::string("pending"));
    QCOMPARE(down.attempts, 1);
    QVERIFY2(contains(down.lastError.value_or(""), "POST to https://localhost:"), down.lastError.value_or("").c_str());
    QVERIFY(!contains(down.lastError.value_or(""), "slack-secret"));
    // First back-off: 10 s, less up to half for jitter.
    std::int64_t wait = down.nextAttemptAt - api.clock().nowMs();
    QVERIFY2(wait >= 5000 && wait <= 10000, qPrintable(QString::number(wait)));
    QCOMPARE(api.notificationSender().runDue(), std::size_t(0)); // not due yet

    api.clock().advanceMs(wait);
    QCOMPARE(api.notificationSender().runDue(), std::size_t(1));
    down = slack();
    QCOMPARE(down.attempts, 2);
    QCOMPARE(down.state, std::string("pending"));
    // Second back-off: 20 s capped at 15 s, less up to half.
    wait = down.nextAttemptAt - api.clock().nowMs();
    QVERIFY2(wait >= 7500 && wait <= 15000, qPrintable(QString::number(wait)));

    api.clock().advanceMs(wait);
    QCOMPARE(api.notificationSender().runDue(), std::size_t(1));
    down = slack();
    QCOMPARE(down.attempts, 3);
    QCOMPARE(down.state, std::string("dead"));
    QVERIFY(!down.lastError.value_or("").empty());
    qInfo("dead letter after %d attempts: %s", down.attempts, down.lastError.value_or("").c_str());

    api.clock().advanceMs(3'600'000);
    QCOMPARE(api.notificationSender().runDue(), std::size_t(0));
    // The other channels delivered once, at the first attempt, and were never repeated.
    QCOMPARE(smtp->records(QStringLiteral("message")).size(), std::size_t(2));
    QCOMPARE(https->records(QStringLiteral("request")).size(), std::size_t(1));
    for (const auto& record : outboxFor(api, id)) {
        QCOMPARE(record.state, std::string(record.channel == "slack" ? "dead" : "sent"));
    }
}

void TestNotifications::senderThreadsDeliverOnTheirOwn()
{
    const auto smtp = startSmtp(true);
    const auto https = startHttps();
    QVERIFY(smtp && https);
    Environment environment = channels(smtp->port(), https->port());
    environment["NOTIFY_POLL_INTERVAL_MS"] = "50";
    ApiTestServer api({}, environment);
    QVERIFY2(api.isRunning(), qPrintable(api.error()));
    const std::string token = api.tokenFor(api.createUser("mara", {Role::MedicalAgent}, {"medical"}));
    // As in the server: one thread per channel polls the outbox; nobody calls runDue() here.
    api.notificationSender().start();
    QCOMPARE(api.request("POST", "/api/tickets", emergencyTicket(), token).status, 201);
    QTRY_COMPARE_WITH_TIMEOUT(smtp->records(QStringLiteral("message")).size(), std::size_t(2), 30000);
    QTRY_COMPARE_WITH_TIMEOUT(https->records(QStringLiteral("request")).size(), std::size_t(2), 30000);
    api.notificationSender().stop();
    api.notificationSender().stop(); // stopping twice is harmless
}

QTEST_GUILESS_MAIN(TestNotifications)
#include "TestNotifications.moc"
