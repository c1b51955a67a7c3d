// SPDX-License-Identifier: MIT
#pragma once

#include <QCoreApplication>
#include <QString>
#include <chrono>

#include "core/security/KeyResult.h"
#include "core/security/SecureBytes.h"

namespace hss::client {

/// "Remember on this device" (off unless the user opts in): keeps the KEK of a (server, user) in the OS keychain
/// through QtKeychain (Secret Service on Linux, Keychain on macOS, Credential Manager on Windows), never the password
/// and never a plaintext fallback.
///
/// QtKeychain's jobs are asynchronous; these calls block, running a local QEventLoop until the job ends or the
/// timeout passes, so they suit the unlock step. Without a keychain (no secret service, no D-Bus session, access
/// denied, no answer in time) they return KeychainUnavailable instead of hanging; callers then ask for the password.
/// Use from the thread that runs the QCoreApplication; the nested event loop processes other events meanwhile.
/// QtKeychain runs one job at a time, so after a timeout later calls may time out as well until that job ends.
class DeviceKeychain final
{
    Q_DECLARE_TR_FUNCTIONS(DeviceKeychain)

public:
    /// The service name entries are filed under.
    static QString defaultService() { return QStringLiteral("hss-console"); }
    /// How long a call waits for the keychain by default.
    static constexpr std::chrono::milliseconds defaultTimeout {10000};

    /// A keychain filing entries under \a service and waiting at most \a timeout per call.
    explicit DeviceKeychain(QString service = defaultService(), std::chrono::milliseconds timeout = defaultTimeout);

    /// Stores \a kek for (\a server, \a user), replacing an earlier entry.
    KeyResult<void> store(const QString& server, const QString& user, const SecureBytes& kek) const;
    /// The KEK stored for (\a server, \a user); Missing if there is none.
    KeyResult<SecureBytes> load(const QString& server, const QString& user) const;
    /// Deletes the entry for (\a server, \a user); succeeds if there is none.
    KeyResult<void> forget(const QString& server, const QString& user) const;

    /// The keychain key of an entry: "kek:<server> <user>" (a URL holds no space, so the split is unambiguous).
    static QString entryName(const QString& server, const QString& user);

private:
    QString m_service;
    std::chrono::milliseconds m_timeout;
};

} // namespace hss::client
