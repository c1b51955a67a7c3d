// SPDX-License-Identifier: MIT
#pragma once

#include <QFuture>
#include <QObject>
#include <QString>

#include "security/KeyResult.h"
#include "security/SecureBytes.h"

namespace hss {
class Clock;
}

namespace hss::client {

class IdleLock;
class StoreWorker;

/// The result of an unlock attempt, with a message for the user.
struct UnlockOutcome
{
    enum class Code {
        Unlocked,
        WrongPassword,
        KeyFileDamaged, ///< the wrapped-key file is damaged or was tampered with
        StoreDamaged, ///< the database is damaged, truncated or belongs to someone else
        Failed,
    };
    Code code = Code::Failed;
    QString message;
    /// The way out is to fetch the working set from the server again; the damaged files are left untouched.
    bool offerResync = false;
};

/// One user's encrypted working set on this device: the wrapped-key file, the SQLCipher store opened on the
/// worker thread, and the idle lock. Unlocking derives the key off the UI thread; locking clears the views
/// (aboutToLock), closes the store and wipes the key.
class StoreSession final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StoreSession)

public:
    /// storePath: the database; keyFilePath: its wrapped key; context binds the key to user and server.
    StoreSession(QString storePath, QString keyFilePath, QString context, const Clock& clock,
                 QObject* parent = nullptr);
    ~StoreSession() override;

    /// Unlocks with the password; on first use on this device creates the key and the store.
    QFuture<UnlockOutcome> unlock(const QString& password);
    /// Unlocks with the key-encryption key remembered in the OS keychain ("remember on this device", off by
    /// default): no password and no Argon2 on this path.
    QFuture<UnlockOutcome> unlockWithDeviceKey(SecureBytes kek);
    /// The key-encryption key for "remember on this device"; the caller stores it with DeviceKeychain.
    KeyResult<SecureBytes> deriveDeviceKey(const QString& password) const;
    /// Clears the views, closes the store and wipes the key. Safe to call when already locked.
    void lock();
    bool isUnlocked() const { return m_unlocked; }

    /// Re-encrypts the store under a new random data key; crash-safe (the new key is written first beside the
    /// old one and only takes its place once the store uses it).
    QFuture<UnlockOutcome> rekey(const QString& password);
    /// Wraps the store's key under \a newPassword instead of \a oldPassword (after the user changed their password on
    /// the server, so the next sign-in's password opens the store). Code Unlocked on success.
    QFuture<UnlockOutcome> changePassword(const QString& oldPassword, const QString& newPassword);
    /// Locks and deletes this device's wrapped key (a user disabled on the server).
    bool forgetDevice();

    StoreWorker* worker() const { return m_worker; }
    IdleLock* idleLock() const { return m_idleLock; }

signals:
    /// Views must drop every row they show now, synchronously.
    void aboutToLock();
    void locked();
    void unlocked();

private:
    QFuture<UnlockOutcome> finishUnlock(QFuture<UnlockOutcome> outcome);

    QString m_storePath;
    QString m_keyFilePath;
    QString m_context;
    StoreWorker* m_worker;
    IdleLock* m_idleLock;
    bool m_unlocked = false;
};

} // namespace hss::client
