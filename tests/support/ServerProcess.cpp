// SPDX-License-Identifier: MIT
#include "ServerProcess.h"

#include <QDeadlineTimer>
#include <QRegularExpression>
#include <csignal>

#include <sys/prctl.h>

namespace hss::test {

namespace {

constexpr int startTimeoutMs = 20000;

} // namespace

TestCertificates::TestCertificates()
{
    QProcess script;
    script.start(QStringLiteral("bash"),
                 {QStringLiteral(HSS_SOURCE_DIR "/server/scripts/hss-make-certs.sh"), m_dir.path()});
    if (!script.waitForFinished(30000) || script.exitCode() != 0) {
        m_error = QString::fromLocal8Bit(script.readAllStandardError());
        return;
    }
    m_valid = true;
}

ServerProcess::ServerProcess(const TestCertificates& certificates)
    : m_certificates(certificates)
    , m_environment(QProcessEnvironment::systemEnvironment())
{
    // A developer's own HSS_* settings must not leak into the test server.
    m_environment.remove(QStringLiteral("HSS_PORT"));
    m_environment.remove(QStringLiteral("DATABASE_URL"));
}

ServerProcess::~ServerProcess()
{
    stop();
}

void ServerProcess::setEnvironmentValue(const QString& name, const QString& value)
{
    m_environment.insert(name, value);
}

QString ServerProcess::executable()
{
    return QStringLiteral(HSS_SERVER_EXECUTABLE);
}

bool ServerProcess::start()
{
    QProcessEnvironment env = m_environment;
    env.insert(QStringLiteral("HSS_HOST"), QStringLiteral("127.0.0.1"));
    if (!m_environment.contains(QStringLiteral("HSS_PORT"))) {
        env.insert(QStringLiteral("HSS_PORT"), QStringLiteral("0"));
    }
    env.insert(QStringLiteral("HSS_DATA_DIR"), m_dataDir.path());
    env.insert(QStringLiteral("TLS_CERT_FILE"), m_certificates.certificateFile());
    env.insert(QStringLiteral("TLS_KEY_FILE"), m_certificates.keyFile());
    m_process.setProcessEnvironment(env);
    m_output.clear();
    m_error.clear();
    m_process.setWorkingDirectory(m_dataDir.path());
    m_process.setProcessChannelMode(QProcess::SeparateChannels);
    // A test that crashes must not leave its server running (holding a port and a data folder on the CI machine).
    m_process.setChildProcessModifier([] { ::prctl(PR_SET_PDEATHSIG, SIGKILL); });
    m_process.start(executable(), {});
    if (!m_process.waitForStarted(startTimeoutMs)) {
        m_error = m_process.errorString();
        return false;
    }
    const QRegularExpression listening(QStringLiteral("listening on https://[^:]+:(\\d+)"));
    QDeadlineTimer deadline(startTimeoutMs);
    while (!deadline.hasExpired()) {
        if (m_process.state() == QProcess::NotRunning) {
            m_error = QStringLiteral("hss-server exited with %1: %2")
                          .arg(m_process.exitCode())
                          .arg(QString::fromLocal8Bit(m_process.readAllStandardError()));
            return false;
        }
        m_process.waitForReadyRead(200);
        m_output += QString::fromLocal8Bit(m_process.readAllStandardOutput());
        const auto match = listening.match(m_output);
        if (match.hasMatch()) {
            m_port = match.captured(1).toInt();
            return true;
        }
    }
    m_error = QStringLiteral("hss-server did not report its port in time; output: ") + m_output;
    return false;
}

void ServerProcess::stop()
{
    if (m_process.state() == QProcess::NotRunning) {
        return;
    }
    m_process.terminate();
    if (!m_process.waitForFinished(10000)) {
        m_process.kill();
        m_process.waitForFinished(5000);
    }
}

void ServerProcess::kill()
{
    if (m_process.state() != QProcess::NotRunning) {
        m_process.kill();
        m_process.waitForFinished(5000);
    }
}

} // namespace hss::test
