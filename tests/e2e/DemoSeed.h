// SPDX-License-Identifier: MIT
#pragma once

#include <QMap>
#include <QString>

namespace hss::test {

class ServerProcess;
class TestCertificates;

/// The demo users' passwords by user name, and the admin's TOTP secret (base32).
struct DemoAccounts
{
    QMap<QString, QString> passwords;
    QString adminTotpSecret;
};

/// Runs `hss-server seed-demo` on the server's data folder (before start()) and returns what it printed; no
/// passwords, with *error set, on failure.
DemoAccounts seedDemo(const ServerProcess& server, const TestCertificates& certificates, QString* error);

} // namespace hss::test
