// SPDX-License-Identifier: MIT
#pragma once

#include <QFuture>
#include <QObject>
#include <QString>
#include <QUrl>
#include <chrono>
#include <memory>
#include <optional>

#include "SignInOutcome.h"
#include "StoreSession.h"
#include "hss/User.h"
#include "sync/SyncStatus.h"

class QTimer;

namespace hss {
class Clock;
class HybridLogicalClock;
class RandomSource;
} // namespace hss

namespace hss::client {

class LocalChanges;
class SyncApi;
class SyncEngine;
class SyncSessionGuard;
struct SignIn;

/// The signed-in agent's working session: signs in on the server, opens that user's encrypted store on this device
/// (one store and wrapped key per user and server), and runs LocalChanges and the SyncEngine on it. Without a
/// server it opens the store of a user who signed in on this device before and keeps trying to sign in in the
/// background (the password stays in memory only until then). Locking (idle or on request) stops sync and closes
/// the store; unlock() opens it again with the password.
class ConsoleSession final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConsoleSession)

public:
    enum class State { SignedOut, SigningIn, Online, Offline, Locked };

    /// dataFolder holds one sub-folder per user and server (QStandardPaths::AppDataLocation in the console).
    ConsoleSession(const Clock& clock, RandomSource& random, QString dataFolder, QObject* parent = nullptr);
    ~ConsoleSession() override;

    QFuture<SignInOutcome> signIn(const SignInRequest& request);
    /// After a lock: opens the store again; false outcome code with a message on a wrong password.
    QFuture<UnlockOutcome> unlock(const QString& password);
    void lock();
    void signOut();
    /// Pulls and pushes now (the F5 action).
    void syncNow();
    /// True after signing in with a password an admin reset: the server refuses everything (sync included) until
    /// the user changes it, so sync waits.
    bool passwordChangeRequired() const { return m_passwordChangeRequired; }
    /// The user changed their password; \a signIn is the server's new login (already in api()): sync starts.
    void passwordChanged(const SignIn& signIn);

    State state() const { return m_state; }
    const User& user() const { return m_user; }
    QUrl serverUrl() const { return m_request.serverUrl; }
    /// Valid from signedIn() until signedOut() or aboutToLock(); null otherwise.
    StoreWorker* worker() const;
    LocalChanges* changes() const { return m_changes.get(); }
    SyncEngine* engine() const { return m_engine.get(); }
    StoreSession* store() const { return m_store.get(); }
    SyncStatus syncStatus() const { return m_status; }
    /// The signed-in HTTPS client for calls beside sync (admin pages); null when signed out. Has no session
    /// (hasSession() false) while offline.
    SyncApi* api() const { return m_api.get(); }
    /// Idle time after which the console locks (applied from the next sign-in on).
    void setIdleTimeout(std::chrono::milliseconds timeout) { m_idleTimeout = timeout; }
    void setSyncRetryDelays(std::chrono::milliseconds first, std::chrono::milliseconds maximum);

    /// Folder of a user's store for a server under dataFolder (stable: the same user and server find it again).
    static QString storeFolder(const QString& dataFolder, const QUrl& serverUrl, const QString& userName);

signals:
    void stateChanged(hss::client::ConsoleSession::State state);
    /// The store is open and the services exist (after sign-in and after each unlock).
    void opened();
    /// Views must drop their rows now: the store is about to close.
    void aboutToClose();
    /// Sync applied changes or the agent changed something: views reload.
    void storeChanged();
    void syncStatusChanged(const hss::client::SyncStatus& status);
    /// The server asks for a password change before anything else (see passwordChangeRequired()).
    void passwordChangeRequested();
    /// Something the agent must read (e.g. the account was disabled, or the background sign-in failed).
    void notice(const QString& message);

private:
    QFuture<SignInOutcome> openStore(const SignInRequest& request, std::optional<SignIn> online, SignInOutcome failure);
    void startServices();
    void stopServices();
    void startEngine();
    void retryLogin();
    void scheduleLoginRetry();
    void saveUser();
    void setState(State state);
    void setOfflineStatus(const QString& reason);
    void closeStore();

    const Clock& m_clock;
    RandomSource& m_random;
    QString m_dataFolder;
    State m_state = State::SignedOut;
    SignInRequest m_request;
    User m_user;
    QString m_retryPassword; ///< only while offline and not yet signed in on the server
    bool m_passwordChangeRequired = false;
    std::chrono::milliseconds m_retryDelay {std::chrono::seconds(5)};
    std::chrono::milliseconds m_retryFirst {std::chrono::seconds(5)};
    std::chrono::milliseconds m_retryMax {std::chrono::minutes(1)};
    std::chrono::milliseconds m_idleTimeout {std::chrono::minutes(15)};
    QTimer* m_loginRetry;
    SyncStatus m_status;
    std::shared_ptr<SyncApi> m_api; ///< shared with retired engines, which refer to it until they are deleted
    std::unique_ptr<StoreSession> m_store;
    std::unique_ptr<HybridLogicalClock> m_hlc;
    std::unique_ptr<LocalChanges> m_changes;
    std::unique_ptr<SyncEngine> m_engine;
    std::unique_ptr<SyncSessionGuard> m_guard;
};

} // namespace hss::client
