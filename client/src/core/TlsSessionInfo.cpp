// SPDX-License-Identifier: MIT
#include "TlsSessionInfo.h"

#include <QSslCipher>
#include <QSslConfiguration>

namespace hss::client {

namespace {

QString protocolName(QSsl::SslProtocol protocol)
{
    switch (protocol) {
    case QSsl::TlsV1_2:
        return QStringLiteral("TLS 1.2");
    case QSsl::TlsV1_3:
        return QStringLiteral("TLS 1.3");
    default:
        return QStringLiteral("TLS");
    }
}

} // namespace

TlsSessionInfo TlsSessionInfo::fromConfiguration(const QSslConfiguration& configuration)
{
    TlsSessionInfo info;
    if (configuration.isNull() || configuration.peerCertificate().isNull()) {
        return info;
    }
    info.protocol = protocolName(configuration.sessionProtocol());
    info.cipher = configuration.sessionCipher().name();
    const QSslCertificate peer = configuration.peerCertificate();
    info.peerSubject = peer.subjectInfo(QSslCertificate::CommonName).join(QLatin1String(", "));
    info.peerExpiry = peer.expiryDate();
    return info;
}

} // namespace hss::client
