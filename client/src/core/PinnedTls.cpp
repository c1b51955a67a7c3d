// SPDX-License-Identifier: MIT
#include "PinnedTls.h"

#include <QCoreApplication>
#include <QFile>
#include <QSslCertificate>

namespace hss::client {

std::optional<QSslConfiguration> pinnedTlsConfiguration(const QString& caCertificateFile, QString* error)
{
    if (caCertificateFile.isEmpty()) {
        *error = QCoreApplication::translate("PinnedTls",
                                             "No certificate authority is set for this server: choose the CA file "
                                             "your IT department gave you (it is the only one the console trusts).");
        return std::nullopt;
    }
    QFile file(caCertificateFile);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = QCoreApplication::translate("PinnedTls", "Cannot read the server's CA certificate \"%1\": %2")
                     .arg(caCertificateFile, file.errorString());
        return std::nullopt;
    }
    const QList<QSslCertificate> authorities = QSslCertificate::fromData(file.readAll(), QSsl::Pem);
    if (authorities.isEmpty() || authorities.first().isNull()) {
        *error = QCoreApplication::translate("PinnedTls", "\"%1\" holds no PEM certificate.").arg(caCertificateFile);
        return std::nullopt;
    }
    QSslConfiguration ssl = QSslConfiguration::defaultConfiguration();
    // Only the configured CA: a certificate from any public CA for the same name is still refused.
    ssl.setCaCertificates(authorities);
    ssl.setPeerVerifyMode(QSslSocket::VerifyPeer);
    ssl.setProtocol(QSsl::TlsV1_2OrLater);
    return ssl;
}

} // namespace hss::client
