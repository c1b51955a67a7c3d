// SPDX-License-Identifier: MIT
#include "SinkProcess.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <algorithm>

namespace hss::test {

namespace {

constexpr int startTimeoutMs = 20000;

} // namespace

SinkProcess::SinkProcess(const QString& script, const QStringList& arguments)
    : m_script(QStringLiteral(HSS_SOURCE_DIR "/tests/support/") + script)
    , m_arguments(arguments)
{ }

SinkProcess::~SinkProcess()
{
    if (m_process.state() != QProcess::NotRunning) {
        m_process.kill();
        m_process.waitForFinished(5000);
    }
}

bool SinkProcess::start()
{
    m_process.setProcessChannelMode(QProcess::SeparateChannels);
    m_process.start(QStringLiteral("/usr/bin/python3"),
                    QStringList {m_script, QStringLiteral("--folder"), m_folder.path()} + m_arguments);
    if (!m_process.waitForStarted(startTimeoutMs)) {
        m_error = m_process.errorString();
        return false;
    }
    const QRegularExpression portLine(QStringLiteral("PORT (\\d+)"));
    QString output;
    QDeadlineTimer deadline(startTimeoutMs);
    while (!deadline.hasExpired()) {
        if (m_process.state() == QProcess::NotRunning) {
            m_error =
                QStringLiteral("%1 exited: %2").arg(m_script, QString::fromLocal8Bit(m_process.readAllStandardError()));
            return false;
        }
        m_process.waitForReadyRead(200);
        output += QString::fromLocal8Bit(m_process.readAllStandardOutput());
        const auto match = portLine.match(output);
        if (match.hasMatch()) {
            m_port = match.captured(1).toInt();
            return true;
        }
    }
    m_error = QStringLiteral("%1 did not report its port in time").arg(m_script);
    return false;
}

std::vector<nlohmann::json> SinkProcess::records(const QString& prefix) const
{
    QStringList names = QDir(m_folder.path()).entryList({prefix + QStringLiteral("-*.json")}, QDir::Files);
    const auto numberOf = [&](const QString& name) { return name.mid(prefix.size() + 1).chopped(5).toInt(); };
    std::sort(names.begin(), names.end(),
              [&](const QString& a, const QString& b) { return numberOf(a) < numberOf(b); });
    std::vector<nlohmann::json> out;
    for (const QString& name : names) {
        QFile file(QDir(m_folder.path()).filePath(name));
        if (file.open(QIODevice::ReadOnly)) {
            out.push_back(nlohmann::json::parse(file.readAll().toStdString(), nullptr, false));
        }
    }
    return out;
}

QString SinkProcess::commandLog() const
{
    QFile file(QDir(m_folder.path()).filePath(QStringLiteral("commands.log")));
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
}

} // namespace hss::test
