// SPDX-License-Identifier: MIT
#pragma once

#include <QDebug>
#include <QUrl>
#include <memory>

#include "ScriptedHttpsServer.h"
#include "ServerProcess.h"
#include "sync/SyncApi.h"

namespace hss::test {

/// A SyncApi signed in (with a made-up token) to \a server over TLS trusting \a certificates' CA: how the console's
/// client reads a server's answers, scripted. Null, with a warning, when it cannot be configured.
inline std::unique_ptr<client::SyncApi> scriptedApi(const ScriptedHttpsServer& server,
                                                    const TestCertificates& certificates)
{
    auto api = std::make_unique<client::SyncApi>();
    QString error;
    const QUrl url(QStringLiteral("https://127.0.0.1:%1").arg(server.port()));
    if (!api->configure(url, certificates.caFile(), &error)) {
        qWarning("%s", qPrintable(error));
        return nullptr;
    }
    api->setTokens(QStringLiteral("access-token"), QString());
    return api;
}

} // namespace hss::test
