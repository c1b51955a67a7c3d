// SPDX-License-Identifier: MIT
#include <QtTest>

#include <nlohmann/json.hpp>

#include "DemoSeed.h"
#include "ServerProcess.h"

namespace {

struct AgentRun
{
    int exitCode = -1;
    QStringList lines;
};

} // namespace

/// Fault tests with hss-sync-agent, a separate console process on a real encrypted store: it is killed with
/// SIGKILL in the middle of a push and started again.
class TestSyncAgentFaults final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void killedInTheMiddleOfAPushAppliesEverythingOnce();

private:
    QStringList baseArguments(const QString& store) const;
    AgentRun runAgent(const QStringList& arguments, int timeoutMs = 120000);

    std::unique_ptr<hss::test::TestCertificates> m_certificates;
    std::unique_ptr<hss::test::ServerProcess> m_server;
    hss::test::DemoAccounts m_accounts;
    QMap<QString, QString> m_passwords;
    QTemporaryDir m_stores;
};

void TestSyncAgentFaults::initTestCase()
{
    m_certificates = std::make_unique<hss::test::TestCertificates>();
    QVERIFY2(m_certificates->isValid(), qPrintable(m_certificates->error()));
    m_server = std::make_unique<hss::test::ServerProcess>(*m_certificates);
    QString error;
    m_accounts = hss::test::seedDemo(*m_server, *m_certificates, &error);
    m_passwords = m_accounts.passwords;
    QVERIFY2(m_passwords.contains(QStringLiteral("sofia")), qPrintable(error));
    QVERIFY2(m_server->start(), qPrintable(m_server->error()));
}

QStringList TestSyncAgentFaults::baseArguments(const QString& store) const
{
    return {QStringLiteral("--store"),  m_stores.filePath(store),    QStringLiteral("--password"),
            m_passwords.value("sofia"), QStringLiteral("--server"),  m_server->baseUrl(),
            QStringLiteral("--ca"),     m_certificates->caFile(),    QStringLiteral("--user"),
            QStringLiteral("sofia"),    QStringLiteral("--timeout"), QStringLiteral("100")};
}

AgentRun TestSyncAgentFaults::runAgent(const QStringList& arguments, int timeoutMs)
{
    QProcess agent;
    agent.start(QStringLiteral(HSS_SYNC_AGENT), arguments);
    AgentRun run;
    if (!agent.waitForFinished(timeoutMs)) {
        agent.kill();
        agent.waitForFinished();
        run.lines << QStringLiteral("timed out");
        return run;
    }
    run.exitCode = agent.exitCode();
    run.lines = QString::fromUtf8(agent.readAllStandardOutput()).split(u'\n', Qt::SkipEmptyParts);
    if (run.exitCode != 0) {
        qWarning().noquote() << run.lines.join(u'\n') << QString::fromLocal8Bit(agent.readAllStandardError());
    }
    return run;
}

void TestSyncAgentFaults::killedInTheMiddleOfAPushAppliesEverythingOnce()
{
    // Sign in once and fetch the demo data, then work offline: edits, new tickets, comments.
    const AgentRun initial = runAgent(baseArguments("clinic") << "sync"
                                                              << "dump");
    QCOMPARE(initial.exitCode, 0);
    std::map<std::string, std::int64_t> revisions;
    for (const QString& line : initial.lines) {
        if (line.startsWith(u'{')) {
            const auto ticket = nlohmann::json::parse(line.toStdString());
            revisions[ticket["id"].get<std::string>()] = ticket["revision"].get<std::int64_t>();
        }
    }
    QCOMPARE(revisions.size(), std::size_t(240));
    const AgentRun offline = runAgent(baseArguments("clinic") << "edit"
                                                              << "--tickets"
                                                              << "50"
                                                              << "--edits"
                                                              << "500"
                                                              << "create"
                                                              << "--tickets"
                                                              << "20"
                                                              << "comment"
                                                              << "--tickets"
                                                              << "30"
                                                              << "--comments"
                                                              << "300");
    QCOMPARE(offline.exitCode, 0);

    // Push in small batches and kill the process without warning while the fifth batch is on its way.
    QProcess pushing;
    pushing.start(QStringLiteral(HSS_SYNC_AGENT),
                  baseArguments("clinic") << "--batch"
                                          << "10"
                                          << "sync");
    QVERIFY(pushing.waitForStarted());
    QByteArray output;
    QDeadlineTimer deadline(60000);
    while (output.count("push-start") < 5 && !deadline.hasExpired() && pushing.state() == QProcess::Running) {
        pushing.waitForReadyRead(100);
        output += pushing.readAllStandardOutput();
    }
    QVERIFY2(output.count("push-start") >= 5, output.constData());
    pushing.kill(); // SIGKILL
    pushing.waitForFinished();
    QCOMPARE(pushing.exitStatus(), QProcess::CrashExit);

    // Started again on the same store: the rest goes out; what the server already has is answered from memory.
    const AgentRun resumed = runAgent(baseArguments("clinic") << "sync"
                                                              << "status");
    QCOMPARE(resumed.exitCode, 0);
    QCOMPARE(resumed.lines.last(), QStringLiteral(R"({"pending":0,"rejected":0})"));

    // A second console sees every change exactly once.
    const AgentRun other = runAgent(baseArguments("other") << "sync"
                                                           << "dump"
                                                           << "dump-comments");
    QCOMPARE(other.exitCode, 0);
    std::vector<nlohmann::json> tickets;
    std::map<std::string, int> commentBodies;
    for (const QString& line : other.lines) {
        if (!line.startsWith(u'{')) {
            continue;
        }
        const auto json = nlohmann::json::parse(line.toStdString());
        if (json.contains("body")) {
            ++commentBodies[json["body"].get<std::string>()];
        } else {
            tickets.push_back(json);
        }
    }
    QCOMPARE(tickets.size(), std::size_t(260));
    int edited = 0;
    int created = 0;
    for (const auto& ticket : tickets) {
        const std::string id = ticket["id"].get<std::string>();
        const std::string description = ticket["description"].get<std::string>();
        if (description.rfind("agent edit ", 0) == 0) {
            ++edited;
            // Ten offline edits folded into one mutation: applied once means exactly one revision more.
            QCOMPARE(ticket["revision"].get<std::int64_t>(), revisions.at(id) + 1);
        }
        if (ticket["title"].get<std::string>().rfind("Agent ticket ", 0) == 0) {
            ++created;
            QVERIFY(ticket["number"].is_number_integer());
            QCOMPARE(ticket["revision"].get<std::int64_t>(), std::int64_t(1));
        }
    }
    QCOMPARE(edited, 50);
    QCOMPARE(created, 20);
    for (int k = 1; k <= 300; ++k) {
        QCOMPARE(commentBodies["agent comment " + std::to_string(k)], 1);
    }
}

QTEST_GUILESS_MAIN(TestSyncAgentFaults)
#include "TestSyncAgentFaults.moc"
