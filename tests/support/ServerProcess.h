// SPDX-License-Identifier: MIT
#pragma once

#include <QProcess>
#include <QProcessEnvironment>
#include <QString>
#include <QTemporaryDir>
#include <memory>

namespace hss::test {

/// Makes a private CA and a localhost certificate with the product's own script, in a folder of its own.
class TestCertificates final
{
public:
    TestCertificates();
    bool isValid() const { return m_valid; }
    QString error() const { return m_error; }
    QString caFile() const { return m_dir.filePath(QStringLiteral("ca.pem")); }
    QString certificateFile() const { return m_dir.filePath(QStringLiteral("server.pem")); }
    QString keyFile() const { return m_dir.filePath(QStringLiteral("server.key")); }
    QString folder() const { return m_dir.path(); }

private:
    QTemporaryDir m_dir;
    bool m_valid = false;
    QString m_error;
};

/// Runs the real hss-server executable on a free loopback port with its own data folder, and stops it.
class ServerProcess final
{
public:
    explicit ServerProcess(const TestCertificates& certificates);
    ~ServerProcess();

    /// Extra environment for the server (e.g. TLS_PROFILE=modern); call before start().
    void setEnvironmentValue(const QString& name, const QString& value);
    /// Starts the server and waits until it prints the port it listens on. False with error() on failure.
    bool start();
    void stop();
    /// Kills the process without letting it shut down.
    void kill();

    int port() const { return m_port; }
    QString baseUrl() const { return QStringLiteral("https://localhost:%1").arg(m_port); }
    QString dataFolder() const { return m_dataDir.path(); }
    QString error() const { return m_error; }
    QString output() const { return m_output; }

    /// Path of the built hss-server.
    static QString executable();

private:
    const TestCertificates& m_certificates;
    QTemporaryDir m_dataDir;
    QProcess m_process;
    QProcessEnvironment m_environment;
    int m_port = 0;
    QString m_error;
    QString m_output;
};

} // namespace hss::test
