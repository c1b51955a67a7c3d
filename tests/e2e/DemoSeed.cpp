// SPDX-License-Identifier: MIT
#include "DemoSeed.h"

#include <QProcess>
#include <QRegularExpression>

#include "ServerProcess.h"

namespace hss::test {

DemoAccounts seedDemo(const ServerProcess& server, const TestCertificates& certificates, QString* error)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("DATABASE_URL"));
    env.insert(QStringLiteral("HSS_DATA_DIR"), server.dataFolder());
    env.insert(QStringLiteral("TLS_CERT_FILE"), certificates.certificateFile());
    env.insert(QStringLiteral("TLS_KEY_FILE"), certificates.keyFile());
    QProcess seed;
    seed.setProcessEnvironment(env);
    seed.setWorkingDirectory(server.dataFolder());
    seed.start(ServerProcess::executable(), {QStringLiteral("seed-demo")});
    DemoAccounts accounts;
    QMap<QString, QString>& passwords = accounts.passwords;
    if (!seed.waitForFinished(120000) || seed.exitCode() != 0) {
        *error = QStringLiteral("seed-demo failed: ") + QString::fromLocal8Bit(seed.readAllStandardError());
        return accounts;
    }
    // "  sofia      Xy3...            supervisor"
    const QRegularExpression line(QStringLiteral("^\\s+([a-z0-9._-]+)\\s+(\\S+)\\s+\\S"),
                                  QRegularExpression::MultilineOption);
    const QString output = QString::fromLocal8Bit(seed.readAllStandardOutput());
    auto it = line.globalMatch(output);
    while (it.hasNext()) {
        const auto match = it.next();
        if (match.captured(1) != QLatin1String("totp")) {
            passwords.insert(match.captured(1), match.captured(2));
        }
    }
    const auto totp = QRegularExpression(QStringLiteral("TOTP secret (\\S+)")).match(output);
    accounts.adminTotpSecret = totp.captured(1);
    if (passwords.isEmpty()) {
        *error = QStringLiteral("no passwords in the seed output: ") + output;
    }
    return accounts;
}

} // namespace hss::test
