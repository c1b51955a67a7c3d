// SPDX-License-Identifier: MIT
#pragma once

#include <QProcess>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>
#include <vector>

#include <nlohmann/json.hpp>

namespace hss::test {

/// One of the Python endpoints in tests/support (smtp_sink.py, https_sink.py) running on a free loopback port, with a
/// folder of its own where it writes what it received. Runs under /usr/bin/python3 (Debian's, with aiosmtpd).
/// Stopped by the destructor.
class SinkProcess final
{
public:
    /// \a script is a file name in tests/support; \a arguments come after "--folder <own folder>".
    SinkProcess(const QString& script, const QStringList& arguments);
    ~SinkProcess();

    SinkProcess(const SinkProcess&) = delete;
    SinkProcess& operator=(const SinkProcess&) = delete;

    /// Starts the script and waits for its "PORT <n>" line. False with error() on failure.
    bool start();
    int port() const { return m_port; }
    QString error() const { return m_error; }

    /// The JSON files named \a prefix-<n>.json it wrote, in arrival order.
    std::vector<nlohmann::json> records(const QString& prefix) const;
    /// The SMTP commands log (empty when no command reached the handler).
    QString commandLog() const;

private:
    QString m_script;
    QStringList m_arguments;
    QTemporaryDir m_folder;
    QProcess m_process;
    int m_port = 0;
    QString m_error;
};

} // namespace hss::test
