// SPDX-License-Identifier: MIT
#pragma once

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QFuture>
#include <QString>
#include <memory>
#include <optional>

#include "DemoSeed.h"

namespace hss {
class Clock;
class RandomSource;
} // namespace hss

namespace hss::client {
class ConsoleSession;
}

namespace hss::test {

/// The result of \a future once it is finished, processing events meanwhile; nothing after \a timeoutMs.
template <class T>
std::optional<T> await(QFuture<T> future, int timeoutMs = 60000)
{
    QDeadlineTimer deadline(timeoutMs);
    while (!future.isFinished() && !deadline.hasExpired()) {
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
    }
    return future.isFinished() ? std::optional<T>(future.result()) : std::nullopt;
}

/// The common ground of the console's end-to-end tests: a CA and server certificate, the real hss-server over TLS
/// on a free loopback port with the demo data, and the demo accounts.
class DemoServer final
{
public:
    DemoServer();
    ~DemoServer();

    /// Makes the certificates, seeds the demo data and starts the server; false with error() on failure.
    bool start();
    QString error() const { return m_error; }

    const TestCertificates& certificates() const { return *m_certificates; }
    ServerProcess& server() const { return *m_server; }
    const DemoAccounts& accounts() const { return m_accounts; }
    QString password(const QString& user) const { return m_accounts.passwords.value(user); }
    /// The admin's current authenticator code (oathtool); empty when oathtool is missing.
    QString adminTotpCode() const;

    /// Signs \a user in (with their demo password) on a new session keeping its data in \a dataFolder; null, with a
    /// warning, when the sign-in does not end online.
    std::unique_ptr<client::ConsoleSession> signIn(const QString& user, const QString& dataFolder, const Clock& clock,
                                                   RandomSource& random, const QString& totpCode = {}) const;

private:
    std::unique_ptr<TestCertificates> m_certificates;
    std::unique_ptr<ServerProcess> m_server;
    DemoAccounts m_accounts;
    QString m_error;
};

} // namespace hss::test
