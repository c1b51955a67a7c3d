// SPDX-License-Identifier: MIT
#pragma once

#include <QDateTime>
#include <QString>

class QSslConfiguration;

namespace hss::client {

/// What a verified TLS connection to the server used, for the user and for IT.
struct TlsSessionInfo
{
    QString protocol;
    QString cipher;
    QString peerSubject;
    QDateTime peerExpiry;

    static TlsSessionInfo fromConfiguration(const QSslConfiguration& configuration);
};

} // namespace hss::client
