// SPDX-License-Identifier: MIT
#include <QtTest>

#include "ServerProcess.h"
#include "hss/Version.h"

namespace {

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};

Run runServer(const QStringList& arguments, const QProcessEnvironment& environment, const QString& workingDir)
{
    QProcess process;
    process.setProcessEnvironment(environment);
    process.setWorkingDirectory(workingDir);
    process.start(hss::test::ServerProcess::executable(), arguments);
    Run run;
    if (!process.waitForFinished(20000)) {
        process.kill();
        process.waitForFinished();
        run.err = QStringLiteral("(still running after 20 s: the configuration was accepted)");
        return run;
    }
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    run.out = QString::fromLocal8Bit(process.readAllStandardOutput());
    run.err = QString::fromLocal8Bit(process.readAllStandardError());
    return run;
}

} // namespace

class TestServerCommandLine final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void versionOption();
    void helpListsEveryEnvironmentVariable();
    void badStartUpStopsWithOneLine_data();
    void badStartUpStopsWithOneLine();

private:
    QProcessEnvironment baseEnvironment() const;
    QString writeFile(const QString& name, const QByteArray& content);

    QTemporaryDir m_dir;
    std::unique_ptr<hss::test::TestCertificates> m_certificates;
};

void TestServerCommandLine::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_certificates = std::make_unique<hss::test::TestCertificates>();
    QVERIFY2(m_certificates->isValid(), qPrintable(m_certificates->error()));
}

QProcessEnvironment TestServerCommandLine::baseEnvironment() const
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("HSS_HOST"), QStringLiteral("127.0.0.1"));
    env.insert(QStringLiteral("HSS_PORT"), QStringLiteral("0"));
    env.insert(QStringLiteral("HSS_DATA_DIR"), m_dir.filePath(QStringLiteral("data")));
    env.insert(QStringLiteral("TLS_CERT_FILE"), m_certificates->certificateFile());
    env.insert(QStringLiteral("TLS_KEY_FILE"), m_certificates->keyFile());
    return env;
}

QString TestServerCommandLine::writeFile(const QString& name, const QByteArray& content)
{
    const QString path = m_dir.filePath(name);
    QFile file(path);
    if (file.open(QIODevice::WriteOnly)) {
        file.write(content);
    }
    return path;
}

void TestServerCommandLine::versionOption()
{
    const Run run = runServer({QStringLiteral("--version")}, baseEnvironment(), m_dir.path());
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(run.out.startsWith(QStringLiteral("hss-server ") + QString::fromUtf8(hss::productVersion().data())),
             qPrintable(run.out));
}

void TestServerCommandLine::helpListsEveryEnvironmentVariable()
{
    const Run run = runServer({QStringLiteral("--help")}, baseEnvironment(), m_dir.path());
    QCOMPARE(run.exitCode, 0);
    for (const char* name :
         {"DATABASE_URL", "JWT_SECRET", "SMTP_HOST", "MEDICAL_EMERGENCY_SLA", "HEALTH_CHECK_INTERVAL",
          "SLACK_WEBHOOK_URL", "SMS_PROVIDER_API_KEY", "DB_POOL_MAX", "--config"}) {
        QVERIFY2(run.out.contains(QLatin1String(name)), name);
    }
}

void TestServerCommandLine::badStartUpStopsWithOneLine_data()
{
    QTest::addColumn<QString>("properties");
    QTest::addColumn<QString>("envName");
    QTest::addColumn<QString>("envValue");
    QTest::addColumn<QStringList>("extraArguments");
    QTest::addColumn<QString>("expected");

    QTest::newRow("unknown key") << "server.portt = 1\n"
                                 << ""
                                 << "" << QStringList() << "unknown configuration key 'server.portt'";
    QTest::newRow("bad port") << "server.port = 99999\n"
                              << "HSS_PORT"
                              << "" << QStringList() << "server.port must be between";
    QTest::newRow("bad port from environment") << ""
                                               << "HSS_PORT"
                                               << "http" << QStringList() << "HSS_PORT (server.port)";
    QTest::newRow("unreadable certificate")
        << ""
        << "TLS_CERT_FILE"
        << "/nonexistent/cert.pem" << QStringList() << "cannot read file '/nonexistent/cert.pem'";
    QTest::newRow("certificate that is not PEM") << ""
                                                 << "TLS_CERT_FILE"
                                                 << "@garbage" << QStringList() << "cannot load the TLS certificate";
    QTest::newRow("no certificate configured") << ""
                                               << "TLS_CERT_FILE"
                                               << "" << QStringList() << "tls.certificateFile is not set";
    QTest::newRow("missing configuration file")
        << ""
        << ""
        << "" << QStringList {QStringLiteral("--config=/nonexistent.properties")} << "cannot read configuration file";
    QTest::newRow("unknown command") << ""
                                     << ""
                                     << "" << QStringList {QStringLiteral("frobnicate")}
                                     << "unknown command 'frobnicate'";
    QTest::newRow("unknown option") << ""
                                    << ""
                                    << "" << QStringList {QStringLiteral("--frobnicate")} << "frobnicate";
    QTest::newRow("unsupported database URL")
        << ""
        << "DATABASE_URL"
        << "mysql://localhost/x" << QStringList() << "must start with postgresql:// or sqlite:";
    QTest::newRow("malformed health endpoint")
        << ""
        << "HEALTH_CHECK_ENDPOINTS"
        << "ai-triage=ftp://ai.example/" << QStringList()
        << "configuration error: HEALTH_CHECK_ENDPOINTS: endpoint 'ai-triage' needs an http:// or https:// URL";
}

void TestServerCommandLine::badStartUpStopsWithOneLine()
{
    QFETCH(QString, properties);
    QFETCH(QString, envName);
    QFETCH(QString, envValue);
    QFETCH(QStringList, extraArguments);
    QFETCH(QString, expected);

    QProcessEnvironment env = baseEnvironment();
    if (!envName.isEmpty()) {
        if (envValue == QLatin1String("@garbage")) {
            envValue = writeFile(QStringLiteral("garbage.pem"), "this is not a certificate\n");
        }
        // The bad-port row sets its value in the file; drop the test's own port override for it.
        if (envValue.isEmpty() && envName == QLatin1String("HSS_PORT")) {
            env.remove(envName);
        } else {
            env.insert(envName, envValue);
        }
    }
    QStringList arguments = extraArguments;
    if (!properties.isEmpty()) {
        arguments << QStringLiteral("--config=") + writeFile(QStringLiteral("bad.properties"), properties.toUtf8());
    }
    const Run run = runServer(arguments, env, m_dir.path());
    QVERIFY2(run.exitCode > 0, qPrintable(QStringLiteral("exit %1, stderr: %2").arg(run.exitCode).arg(run.err)));
    const QStringList lines = run.err.trimmed().split(QLatin1Char('\n'));
    QCOMPARE(lines.size(), 1);
    QVERIFY2(lines.first().contains(expected), qPrintable(lines.first()));
}

QTEST_GUILESS_MAIN(TestServerCommandLine)
#include "TestServerCommandLine.moc"
