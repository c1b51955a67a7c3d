// SPDX-License-Identifier: MIT
#include <QTemporaryDir>
#include <QtTest>
#include <map>
#include <string>

#include "config/ConfigError.h"
#include "config/ServerConfig.h"
#include "notify/NotificationSender.h"
#include "notify/NotificationSettings.h"

using hss::server::ConfigError;
using hss::server::NotificationSender;
using hss::server::NotificationSettings;
using hss::server::ServerConfig;
using Environment = std::map<std::string, std::string>;

Q_DECLARE_METATYPE(Environment)

namespace {

ServerConfig load(const Environment& environment)
{
    return ServerConfig::load({}, [environment](const std::string& name) -> std::optional<std::string> {
        const auto it = environment.find(name);
        return it == environment.end() ? std::nullopt : std::optional<std::string>(it->second);
    });
}

// Every channel switched on and complete: each data row below breaks one thing.
Environment complete()
{
    return {{"ENABLE_EMAIL_NOTIFICATIONS", "true"},
            {"SMTP_HOST", "smtp.clinic.example"},
            {"SMTP_PORT", "587"},
            {"SMTP_USERNAME", "noreply@clinic.example"},
            {"SMTP_PASSWORD", "relay-secret"},
            {"SMTP_FROM_EMAIL", "noreply@clinic.example"},
            {"MEDICAL_ESCALATION_EMAIL", "medical@clinic.example"},
            {"MEDICAL_ESCALATION_PHONE", "+1-800-633-4225"},
            {"ENABLE_SLACK_NOTIFICATIONS", "true"},
            {"SLACK_WEBHOOK_URL", "https://hooks.slack.com/services/T0/B0/xyz"},
            {"ENABLE_SMS_NOTIFICATIONS", "true"},
            {"SMS_GATEWAY_URL", "https://sms.example/api/send"},
            {"SMS_PROVIDER_API_KEY", "sms-key"}};
}

Environment with(std::initializer_list<std::pair<const std::string, std::string>> changes)
{
    Environment environment = complete();
    for (const auto& [name, value] : changes) {
        environment[name] = value;
    }
    return environment;
}

} // namespace

/// The seed's notification variables: a channel that is switched on without what it needs stops the server at
/// start-up with a message naming the variable; complete settings arrive in NotificationSettings unchanged.
class TestNotificationConfig final : public QObject
{
    Q_OBJECT

private slots:
    void completeSettingsLoad();
    void incompleteChannelIsRefused_data();
    void incompleteChannelIsRefused();
    void retryDelayDoublesWithJitterAndIsCapped();
};

void TestNotificationConfig::completeSettingsLoad()
{
    const NotificationSettings settings = NotificationSettings::fromConfig(
        load(with({{"HSS_PUBLIC_URL", "https://support.clinic.example/"}, {"NOTIFY_MAX_ATTEMPTS", "5"}})));
    QVERIFY(settings.smtp.enabled && settings.slack.enabled && settings.sms.enabled);
    QCOMPARE(settings.smtp.host, std::string("smtp.clinic.example"));
    QCOMPARE(settings.smtp.port, 587);
    QCOMPARE(settings.smtp.fromEmail, std::string("noreply@clinic.example"));
    QCOMPARE(settings.medicalEmail, std::string("medical@clinic.example"));
    QCOMPARE(settings.medicalPhone, std::string("+1-800-633-4225"));
    QCOMPARE(settings.sms.apiKey, std::string("sms-key"));
    QCOMPARE(settings.sms.apiKeyHeader, std::string("X-API-Key"));
    QCOMPARE(settings.publicUrl, std::string("https://support.clinic.example"));
    QCOMPARE(settings.retry.maxAttempts, 5);
    QCOMPARE(settings.emergencySlaMinutes, 30);

    // Off by default: a server with no notification settings starts and sends nothing.
    const NotificationSettings off = NotificationSettings::fromConfig(load({}));
    QVERIFY(!off.smtp.enabled && !off.slack.enabled && !off.sms.enabled);
}

void TestNotificationConfig::incompleteChannelIsRefused_data()
{
    QTest::addColumn<Environment>("environment");
    QTest::addColumn<QString>("named");
    QTest::newRow("email without SMTP_HOST") << with({{"SMTP_HOST", ""}}) << "SMTP_HOST";
    QTest::newRow("email without sender") << with({{"SMTP_FROM_EMAIL", ""}}) << "SMTP_FROM_EMAIL";
    QTest::newRow("sender with a header break")
        << with({{"SMTP_FROM_EMAIL", "a@b.example\r\nBcc: x@y.example"}}) << "SMTP_FROM_EMAIL";
    QTest::newRow("user without password") << with({{"SMTP_PASSWORD", ""}}) << "SMTP_PASSWORD";
    QTest::newRow("medical address malformed")
        << with({{"MEDICAL_ESCALATION_EMAIL", "medical team"}}) << "MEDICAL_ESCALATION_EMAIL";
    QTest::newRow("slack without webhook") << with({{"SLACK_WEBHOOK_URL", ""}}) << "SLACK_WEBHOOK_URL";
    QTest::newRow("slack webhook in clear")
        << with({{"SLACK_WEBHOOK_URL", "http://hooks.slack.com/services/x"}}) << "SLACK_WEBHOOK_URL";
    QTest::newRow("sms gateway in clear")
        << with({{"SMS_GATEWAY_URL", "http://sms.example/send"}}) << "SMS_GATEWAY_URL";
    QTest::newRow("sms without key") << with({{"SMS_PROVIDER_API_KEY", ""}}) << "SMS_PROVIDER_API_KEY";
    QTest::newRow("sms without number") << with({{"MEDICAL_ESCALATION_PHONE", ""}}) << "MEDICAL_ESCALATION_PHONE";
    QTest::newRow("sms key with a line break")
        << with({{"SMS_PROVIDER_API_KEY", "k\r\nX-Evil: 1"}}) << "SMS_PROVIDER_API_KEY";
    QTest::newRow("bad key header") << with({{"SMS_API_KEY_HEADER", "X Key:"}}) << "SMS_API_KEY_HEADER";
    QTest::newRow("enable flag not boolean")
        << with({{"ENABLE_SMS_NOTIFICATIONS", "sometimes"}}) << "ENABLE_SMS_NOTIFICATIONS";
    QTest::newRow("missing CA file") << with({{"NOTIFY_CA_FILE", "/nonexistent/ca.pem"}}) << "NOTIFY_CA_FILE";
    QTest::newRow("zero attempts") << with({{"NOTIFY_MAX_ATTEMPTS", "0"}}) << "NOTIFY_MAX_ATTEMPTS";
    QTest::newRow("base above cap") << with({{"NOTIFY_RETRY_BASE_SECONDS", "600"}, {"NOTIFY_RETRY_MAX_SECONDS", "60"}})
                                    << "NOTIFY_RETRY_BASE_SECONDS";
}

void TestNotificationConfig::incompleteChannelIsRefused()
{
    QFETCH(Environment, environment);
    QFETCH(QString, named);
    try {
        load(environment);
        QFAIL("the configuration was accepted");
    } catch (const ConfigError& error) {
        QVERIFY2(QString::fromStdString(error.what()).contains(named), error.what());
    }
}

void TestNotificationConfig::retryDelayDoublesWithJitterAndIsCapped()
{
    NotificationSender::Policy policy;
    policy.baseDelay = std::chrono::seconds(10);
    policy.maxDelay = std::chrono::seconds(60);
    using std::chrono::milliseconds;
    QCOMPARE(NotificationSender::retryDelay(policy, 1, 1.0), milliseconds(10000));
    QCOMPARE(NotificationSender::retryDelay(policy, 2, 1.0), milliseconds(20000));
    QCOMPARE(NotificationSender::retryDelay(policy, 3, 1.0), milliseconds(40000));
    QCOMPARE(NotificationSender::retryDelay(policy, 4, 1.0), milliseconds(60000));
    QCOMPARE(NotificationSender::retryDelay(policy, 50, 1.0), milliseconds(60000));
    // Jitter takes off up to half, never more, never adds.
    QCOMPARE(NotificationSender::retryDelay(policy, 2, 0.5), milliseconds(10000));
    QCOMPARE(NotificationSender::retryDelay(policy, 2, 0.0), milliseconds(10000));
    QCOMPARE(NotificationSender::retryDelay(policy, 2, 7.0), milliseconds(20000));
}

QTEST_GUILESS_MAIN(TestNotificationConfig)
#include "TestNotificationConfig.moc"
