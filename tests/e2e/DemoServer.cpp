// SPDX-License-Identifier: MIT
#include "DemoServer.h"

#include <QDebug>
#include <QProcess>

#include "ServerProcess.h"
#include "core/ConsoleSession.h"

namespace hss::test {

DemoServer::DemoServer() = default;
DemoServer::~DemoServer() = default;

bool DemoServer::start()
{
    m_certificates = std::make_unique<TestCertificates>();
    if (!m_certificates->isValid()) {
        m_error = m_certificates->error();
        return false;
    }
    m_server = std::make_unique<ServerProcess>(*m_certificates);
    m_accounts = seedDemo(*m_server, *m_certificates, &m_error);
    if (m_accounts.passwords.isEmpty()) {
        return false;
    }
    if (!m_server->start()) {
        m_error = m_server->error();
        return false;
    }
    return true;
}

QString DemoServer::adminTotpCode() const
{
    QProcess oathtool;
    oathtool.start(QStringLiteral("oathtool"),
                   {QStringLiteral("--totp"), QStringLiteral("-b"), m_accounts.adminTotpSecret});
    if (!oathtool.waitForFinished(10000) || oathtool.exitCode() != 0) {
        return {};
    }
    return QString::fromLatin1(oathtool.readAllStandardOutput()).trimmed();
}

std::unique_ptr<client::ConsoleSession> DemoServer::signIn(const QString& user, const QString& dataFolder,
                                                           const Clock& clock, RandomSource& random,
                                                           const QString& totpCode) const
{
    auto session = std::make_unique<client::ConsoleSession>(clock, random, dataFolder);
    session->setSyncRetryDelays(std::chrono::milliseconds(200), std::chrono::seconds(1));
    client::SignInRequest request;
    request.serverUrl = QUrl(m_server->baseUrl());
    request.caCertificateFile = m_certificates->caFile();
    request.userName = user;
    request.password = password(user);
    request.totpCode = totpCode;
    const auto outcome = await(session->signIn(request));
    if (!outcome || outcome->code != client::SignInOutcome::Code::Online) {
        qWarning() << "sign-in of" << user << "failed:" << (outcome ? outcome->message : QStringLiteral("timeout"));
        return nullptr;
    }
    return session;
}

} // namespace hss::test
