// SPDX-License-Identifier: MIT
#include <QtTest>
#include <map>

#include "config/ConfigError.h"
#include "config/ServerConfig.h"

using hss::server::ConfigError;
using hss::server::ServerConfig;

class TestServerConfig final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void defaultsWithoutFile();
    void fileValuesAreRead();
    void environmentOverridesFile();
    void rejectedConfiguration_data();
    void rejectedConfiguration();
    void missingFileIsAnError();
    void tlsIsRequiredToServe();

private:
    QString writeProperties(const QString& text);
    static ServerConfig::EnvironmentLookup environment(std::map<std::string, std::string> values);

    QTemporaryDir m_dir;
    QString m_readableFile;
    int m_fileCounter = 0;
};

void TestServerConfig::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_readableFile = m_dir.filePath(QStringLiteral("cert.pem"));
    QFile file(m_readableFile);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("not checked here");
}

QString TestServerConfig::writeProperties(const QString& text)
{
    const QString path = m_dir.filePath(QStringLiteral("config-%1.properties").arg(++m_fileCounter));
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        return {};
    }
    file.write(text.toUtf8());
    return path;
}

ServerConfig::EnvironmentLookup TestServerConfig::environment(std::map<std::string, std::string> values)
{
    return [values = std::move(values)](const std::string& name) -> std::optional<std::string> {
        const auto it = values.find(name);
        return it == values.end() ? std::nullopt : std::optional<std::string>(it->second);
    };
}

void TestServerConfig::defaultsWithoutFile()
{
    const ServerConfig config = ServerConfig::load({}, environment({}));
    QCOMPARE(config.integer("server.port"), 8443);
    QCOMPARE(config.integer("medical.emergencySlaMinutes"), 30);
    QCOMPARE(config.integer("medical.escalationMinutes"), 15);
    QCOMPARE(config.integer("health.checkIntervalSeconds"), 60);
    QCOMPARE(config.duration("jwt.expiry").count(), 15 * 60);
    QCOMPARE(config.boolean("notify.email.enabled"), false);
    QCOMPARE(config.string("tls.profile"), std::string("intermediate"));
}

void TestServerConfig::fileValuesAreRead()
{
    const QString file = writeProperties(QStringLiteral("server.port = 9443\nmedical.emergencySlaMinutes=20\n"
                                                        "notify.email.enabled = yes\njwt.expiry = 2h\n"
                                                        "smtp.host = smtp.clinic.example\n"
                                                        "smtp.fromEmail = noreply@clinic.example\n"
                                                        "logging.loggers.root.level = warning\n"));
    const ServerConfig config = ServerConfig::load(file.toStdString(), environment({}));
    QCOMPARE(config.integer("server.port"), 9443);
    QCOMPARE(config.integer("medical.emergencySlaMinutes"), 20);
    QCOMPARE(config.boolean("notify.email.enabled"), true);
    QCOMPARE(config.duration("jwt.expiry").count(), 7200);
    QCOMPARE(config.passThrough().at("logging.loggers.root.level"), std::string("warning"));
}

void TestServerConfig::environmentOverridesFile()
{
    const QString file = writeProperties(QStringLiteral("server.port = 9443\nmedical.emergencySlaMinutes = 20\n"));
    const ServerConfig config =
        ServerConfig::load(file.toStdString(),
                           environment({{"HSS_PORT", "10443"},
                                        {"MEDICAL_EMERGENCY_SLA", "25"},
                                        {"DATABASE_URL", "postgresql://hss@localhost/healthcare_support"}}));
    QCOMPARE(config.integer("server.port"), 10443);
    QCOMPARE(config.integer("medical.emergencySlaMinutes"), 25);
    QCOMPARE(config.string("database.url"), std::string("postgresql://hss@localhost/healthcare_support"));
}

void TestServerConfig::rejectedConfiguration_data()
{
    QTest::addColumn<QString>("properties");
    QTest::addColumn<QString>("envName");
    QTest::addColumn<QString>("envValue");
    QTest::addColumn<QString>("expectedInMessage");

    QTest::newRow("unknown key in file") << "server.prot = 8443\n"
                                         << ""
                                         << ""
                                         << "unknown configuration key 'server.prot'";
    QTest::newRow("port is not a number") << "server.port = https\n"
                                          << ""
                                          << ""
                                          << "server.port must be a whole number";
    QTest::newRow("port above 65535") << "server.port = 70000\n"
                                      << ""
                                      << ""
                                      << "server.port must be between 0 and 65535";
    QTest::newRow("negative port") << "server.port = -1\n"
                                   << ""
                                   << ""
                                   << "server.port must be between 0 and 65535";
    QTest::newRow("bad port from environment") << ""
                                               << "HSS_PORT"
                                               << "eighty"
                                               << "HSS_PORT (server.port) must be a whole number";
    QTest::newRow("emergency SLA of zero minutes") << "medical.emergencySlaMinutes = 0\n"
                                                   << ""
                                                   << ""
                                                   << "medical.emergencySlaMinutes must be between 1 and 1440";
    QTest::newRow("boolean that is not") << "notify.sms.enabled = maybe\n"
                                         << ""
                                         << ""
                                         << "notify.sms.enabled must be true or false";
    QTest::newRow("duration without unit") << ""
                                           << "JWT_EXPIRY"
                                           << "24"
                                           << "JWT_EXPIRY (jwt.expiry) must be a duration";
    QTest::newRow("unreadable certificate") << "tls.certificateFile = /nonexistent/server.pem\n"
                                            << ""
                                            << ""
                                            << "tls.certificateFile: cannot read file '/nonexistent/server.pem'";
    QTest::newRow("unknown TLS profile") << "tls.profile = old\n"
                                         << ""
                                         << ""
                                         << "tls.profile must be 'intermediate' or 'modern'";
    QTest::newRow("database URL without scheme") << ""
                                                 << "DATABASE_URL"
                                                 << "localhost:5432"
                                                 << "DATABASE_URL (database.url)";
    QTest::newRow("pool minimum above maximum") << "database.poolMin = 30\ndatabase.poolMax = 10\n"
                                                << ""
                                                << ""
                                                << "must not exceed database.poolMax";
}

void TestServerConfig::rejectedConfiguration()
{
    QFETCH(QString, properties);
    QFETCH(QString, envName);
    QFETCH(QString, envValue);
    QFETCH(QString, expectedInMessage);

    const QString file = properties.isEmpty() ? QString() : writeProperties(properties);
    std::map<std::string, std::string> env;
    if (!envName.isEmpty()) {
        env[envName.toStdString()] = envValue.toStdString();
    }
    try {
        ServerConfig::load(file.toStdString(), environment(env));
        QFAIL("the configuration was accepted");
    } catch (const ConfigError& error) {
        const QString message = QString::fromStdString(error.what());
        QVERIFY2(message.contains(expectedInMessage), qPrintable(message));
        QVERIFY2(!message.contains(QLatin1Char('\n')), "the message must be one line");
    }
}

void TestServerConfig::missingFileIsAnError()
{
    QVERIFY_THROWS_EXCEPTION(
        ConfigError,
        ServerConfig::load(m_dir.filePath(QStringLiteral("absent.properties")).toStdString(), environment({})));
}

void TestServerConfig::tlsIsRequiredToServe()
{
    const ServerConfig without = ServerConfig::load({}, environment({}));
    QVERIFY_THROWS_EXCEPTION(ConfigError, without.requireTls());
    const ServerConfig with = ServerConfig::load(
        {},
        environment({{"TLS_CERT_FILE", m_readableFile.toStdString()}, {"TLS_KEY_FILE", m_readableFile.toStdString()}}));
    with.requireTls();
}

QTEST_GUILESS_MAIN(TestServerConfig)
#include "TestServerConfig.moc"
