// SPDX-License-Identifier: MIT
#include "ConsoleSession.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QTimer>
#include <algorithm>

#include <nlohmann/json.hpp>

#include "FutureSupport.h"
#include "IdleLock.h"
#include "StoreWorker.h"
#include "hss/Clock.h"
#include "hss/HybridLogicalClock.h"
#include "storage/OutboxRepository.h"
#include "storage/SyncStateRepository.h"
#include "sync/DeviceIdentity.h"
#include "sync/LocalChanges.h"
#include "sync/SyncApi.h"
#include "sync/SyncEngine.h"
#include "sync/SyncSessionGuard.h"

namespace hss::client {

namespace {

// The signed-in user's profile, kept in the store so an offline sign-in knows the user's id and teams.
const QString userProfileKey = QStringLiteral("console_user");

/// The store's data under one user and server; the wrapped key is bound to the same pair.
QString keyContext(const QUrl& serverUrl, const QString& userName)
{
    return userName + QLatin1Char('@') + serverUrl.host().toLower() + QLatin1Char(':')
        + QString::number(serverUrl.port(443));
}

struct OpenedStore
{
    DeviceIdentity identity;
    std::optional<User> user;
    qint64 pending = 0;
};

} // namespace

ConsoleSession::ConsoleSession(const Clock& clock, RandomSource& random, QString dataFolder, QObject* parent)
    : QObject(parent)
    , m_clock(clock)
    , m_random(random)
    , m_dataFolder(std::move(dataFolder))
    , m_loginRetry(new QTimer(this))
{
    m_loginRetry->setSingleShot(true);
    connect(m_loginRetry, &QTimer::timeout, this, &ConsoleSession::retryLogin);
}

ConsoleSession::~ConsoleSession()
{
    signOut();
}

QString ConsoleSession::storeFolder(const QString& dataFolder, const QUrl& serverUrl, const QString& userName)
{
    // A hash keeps user names and host names out of the folder list.
    const QByteArray id =
        QCryptographicHash::hash(keyContext(serverUrl, userName).toUtf8(), QCryptographicHash::Sha256).toHex().left(32);
    return QDir(dataFolder).filePath(QStringLiteral("stores/") + QString::fromLatin1(id));
}

StoreWorker* ConsoleSession::worker() const
{
    return m_store && m_store->isUnlocked() ? m_store->worker() : nullptr;
}

void ConsoleSession::setSyncRetryDelays(std::chrono::milliseconds first, std::chrono::milliseconds maximum)
{
    m_retryFirst = first;
    m_retryMax = maximum;
}

QFuture<SignInOutcome> ConsoleSession::signIn(const SignInRequest& request)
{
    signOut();
    m_request = request;
    m_request.userName = request.userName.trimmed();
    m_api = std::make_shared<SyncApi>();
    QString error;
    if (m_request.userName.isEmpty() || m_request.password.isEmpty()) {
        return QtFuture::makeReadyFuture(
            SignInOutcome {SignInOutcome::Code::Invalid, tr("Enter your user name and password.")});
    }
    if (!m_api->configure(m_request.serverUrl, m_request.caCertificateFile, &error)) {
        return QtFuture::makeReadyFuture(
            SignInOutcome {SignInOutcome::Code::Invalid, tr("The server settings are not usable: %1").arg(error)});
    }
    setState(State::SigningIn);
    const SignInRequest req = m_request;
    auto login = m_api->login(req.userName, req.password, req.totpCode);
    auto opened = std::make_shared<QPromise<SignInOutcome>>();
    opened->start();
    whenFinished(login, this, [this, req, opened](const ApiResult<SignIn>& result) {
        std::optional<SignIn> online;
        SignInOutcome failure;
        if (result.ok()) {
            online = result.value();
        } else {
            failure = SignInOutcome::fromError(result.error(), !req.totpCode.isEmpty());
        }
        whenFinished(openStore(req, online, failure), this, [this, opened](const SignInOutcome& outcome) {
            if (!outcome.signedIn()) {
                closeStore();
                m_api.reset();
                setState(State::SignedOut);
            }
            opened->addResult(outcome);
            opened->finish();
        });
    });
    return opened->future();
}

QFuture<SignInOutcome> ConsoleSession::openStore(const SignInRequest& request, std::optional<SignIn> online,
                                                 SignInOutcome failure)
{
    const QString folder = storeFolder(m_dataFolder, request.serverUrl, request.userName);
    const QString keyPath = QDir(folder).filePath(QStringLiteral("store.key"));
    // Offline only for a user who signed in here before, and only when the server is out of reach: a rejected
    // password or an untrusted certificate never falls back to local data.
    if (!online) {
        if (failure.code != SignInOutcome::Code::Unreachable) {
            return QtFuture::makeReadyFuture(failure);
        }
        if (!QFile::exists(keyPath)) {
            failure.message += QLatin1Char(' ')
                + tr("Working offline needs one sign-in on this device while the server can be reached.");
            return QtFuture::makeReadyFuture(failure);
        }
    }
    QDir().mkpath(folder);
    m_store = std::make_unique<StoreSession>(QDir(folder).filePath(QStringLiteral("store.db")), keyPath,
                                             keyContext(request.serverUrl, request.userName), m_clock);
    m_store->idleLock()->setTimeout(m_idleTimeout);
    connect(m_store.get(), &StoreSession::aboutToLock, this, &ConsoleSession::stopServices);
    connect(m_store.get(), &StoreSession::locked, this, [this] {
        if (m_state != State::SignedOut) {
            setState(State::Locked);
        }
    });
    if (online) {
        m_user = online->user;
        m_passwordChangeRequired = online->passwordChangeRequired;
    }
    return thenOn(m_store->unlock(request.password), this, [this, online, failure](const UnlockOutcome& unlocked) {
        if (unlocked.code != UnlockOutcome::Code::Unlocked) {
            if (online && unlocked.code == UnlockOutcome::Code::WrongPassword) {
                return SignInOutcome {SignInOutcome::Code::StoreProblem,
                                      tr("Signed in, but this device's data was locked with an earlier password of "
                                         "yours. Ask your administrator to reset this device's data.")};
            }
            return SignInOutcome {unlocked.code == UnlockOutcome::Code::WrongPassword
                                      ? SignInOutcome::Code::WrongCredentials
                                      : SignInOutcome::Code::StoreProblem,
                                  unlocked.message};
        }
        startServices();
        if (online) {
            m_retryPassword.clear();
            saveUser();
            setState(State::Online);
            startEngine();
            if (m_passwordChangeRequired) {
                emit passwordChangeRequested();
            }
            return SignInOutcome {SignInOutcome::Code::Online,
                                  tr("Signed in as %1.").arg(QString::fromStdString(m_user.displayName))};
        }
        m_retryPassword = m_request.password;
        m_retryDelay = m_retryFirst;
        setState(State::Offline);
        setOfflineStatus(failure.message);
        scheduleLoginRetry();
        return SignInOutcome {SignInOutcome::Code::Offline,
                              tr("Working offline: %1 Your changes are kept on this device and sent when the server "
                                 "can be reached again.")
                                  .arg(failure.message)};
    });
}

void ConsoleSession::startServices()
{
    StoreWorker* storeWorker = m_store->worker();
    // The identity and the profile are read once per opening; the worker runs jobs in order, so waiting here only
    // waits for this small read (the store was just opened on the same thread).
    const OpenedStore loaded = storeWorker
                                   ->run<OpenedStore>([](LocalStore& store) {
                                       OpenedStore result;
                                       result.identity = DeviceIdentity::loadOrCreate(store);
                                       const auto profile = SyncStateRepository(store.database()).value(userProfileKey);
                                       if (profile) {
                                           const auto json =
                                               nlohmann::json::parse(profile->toStdString(), nullptr, false);
                                           if (auto user = userFromJson(json)) {
                                               result.user = std::move(user).value();
                                           }
                                       }
                                       result.pending = OutboxRepository(store.database()).pendingCount();
                                       return result;
                                   })
                                   .result();
    m_hlc = std::make_unique<HybridLogicalClock>(m_clock, loaded.identity.deviceId);
    if (loaded.identity.lastHlc) {
        (void)m_hlc->receive(*loaded.identity.lastHlc);
    }
    if (m_user.id.isNil() && loaded.user) {
        m_user = *loaded.user;
    }
    m_status.pendingCount = loaded.pending;
    m_changes = std::make_unique<LocalChanges>(*storeWorker, *m_hlc, m_clock);
    m_changes->setUserId(m_user.id);
    // Without an engine (offline, not yet signed in) the waiting count still follows local edits.
    connect(m_changes.get(), &LocalChanges::changed, this, &ConsoleSession::storeChanged);
    connect(m_changes.get(), &LocalChanges::changed, this, [this] {
        if (m_engine || !m_store || !m_store->isUnlocked()) {
            return;
        }
        whenFinished(m_store->worker()->run<qint64>(
                         [](LocalStore& store) { return OutboxRepository(store.database()).pendingCount(); }),
                     this, [this](qint64 pending) {
                         m_status.pendingCount = pending;
                         emit syncStatusChanged(m_status);
                     });
    });
    m_store->idleLock()->reset();
    m_store->idleLock()->start();
    emit opened();
}

void ConsoleSession::startEngine()
{
    // With a password to change first, the server would refuse every pull and push.
    if (!m_store || !m_store->isUnlocked() || !m_api || !m_api->hasSession() || m_engine || m_passwordChangeRequired) {
        return;
    }
    SyncEngineSettings settings;
    settings.backoff.initial = m_retryFirst;
    settings.backoff.maximum = m_retryMax;
    m_engine = std::make_unique<SyncEngine>(*m_store->worker(), *m_api, *m_hlc, m_clock, m_random, settings);
    m_guard = std::make_unique<SyncSessionGuard>(*m_engine, *m_store);
    connect(m_changes.get(), &LocalChanges::changed, m_engine.get(), &SyncEngine::notifyLocalChange);
    connect(m_engine.get(), &SyncEngine::statusChanged, this, [this](const SyncStatus& status) {
        const bool becameIncompatible =
            status.state == SyncStatus::State::Incompatible && m_status.state != SyncStatus::State::Incompatible;
        m_status = status;
        emit syncStatusChanged(status);
        if (becameIncompatible) {
            emit notice(tr("Sync has stopped: %1. Every change made here is kept on this device and is sent once the "
                           "console or the server has been updated.")
                            .arg(status.lastError));
        }
        if (status.state == SyncStatus::State::Online && m_state == State::Offline) {
            setState(State::Online);
        } else if (status.state == SyncStatus::State::Offline && m_state == State::Online) {
            setState(State::Offline);
        }
    });
    connect(m_engine.get(), &SyncEngine::pageApplied, this, [this](int changes) {
        if (changes > 0) {
            emit storeChanged();
        }
    });
    connect(m_engine.get(), &SyncEngine::signInRequired, this, [this] {
        emit notice(tr("Your session on the server has ended. Lock the console and unlock it with your password to "
                       "sign in again; your changes stay on this device."));
    });
    connect(m_guard.get(), &SyncSessionGuard::deviceForgotten, this, [this](bool) {
        emit notice(tr("This account has been disabled on the server. Its data on this device can no longer be "
                       "opened."));
        QMetaObject::invokeMethod(this, &ConsoleSession::signOut, Qt::QueuedConnection);
    });
    m_engine->start();
}

void ConsoleSession::passwordChanged(const SignIn& signIn)
{
    m_passwordChangeRequired = false;
    m_user = signIn.user;
    if (m_store && m_store->isUnlocked()) {
        saveUser();
    }
    startEngine();
}

void ConsoleSession::stopServices()
{
    emit aboutToClose();
    m_loginRetry->stop();
    if (m_engine) {
        m_engine->stop();
    }
    // Deleted once control is back in the event loop: this runs inside their own signals too (the guard locks the
    // store from SyncSessionGuard::forget, which emits afterwards). Engine first; it refers to the clock.
    struct Retired
    {
        std::shared_ptr<SyncApi> api; // first, so destroyed last: the engine's pipeline detaches from it
        std::unique_ptr<HybridLogicalClock> hlc;
        std::unique_ptr<LocalChanges> changes;
        std::unique_ptr<SyncSessionGuard> guard;
        std::unique_ptr<SyncEngine> engine;
    };
    auto retired = std::make_shared<Retired>(
        Retired {m_api, std::move(m_hlc), std::move(m_changes), std::move(m_guard), std::move(m_engine)});
    QMetaObject::invokeMethod(
        this, [retired] { (void)retired; }, Qt::QueuedConnection);
}

void ConsoleSession::saveUser()
{
    const QString profile = QString::fromStdString(toJson(m_user).dump());
    (void)m_store->worker()->run<bool>([profile](LocalStore& store) {
        return !SyncStateRepository(store.database()).setValue(userProfileKey, profile);
    });
}

void ConsoleSession::scheduleLoginRetry()
{
    m_loginRetry->start(m_retryDelay);
    m_retryDelay = std::min(m_retryDelay * 2, m_retryMax);
}

void ConsoleSession::retryLogin()
{
    if (m_retryPassword.isEmpty() || !m_api || !m_store || !m_store->isUnlocked()) {
        return;
    }
    whenFinished(m_api->login(m_request.userName, m_retryPassword, QString()), this,
                 [this](const ApiResult<SignIn>& result) {
                     if (!m_store || !m_store->isUnlocked()) {
                         return;
                     }
                     if (result.ok()) {
                         m_retryPassword.clear();
                         m_user = result.value().user;
                         m_passwordChangeRequired = result.value().passwordChangeRequired;
                         if (m_changes) {
                             m_changes->setUserId(m_user.id);
                         }
                         saveUser();
                         startEngine();
                         if (m_passwordChangeRequired) {
                             emit passwordChangeRequested();
                         }
                         return;
                     }
                     const SignInOutcome failure = SignInOutcome::fromError(result.error(), false);
                     if (failure.code == SignInOutcome::Code::Unreachable) {
                         setOfflineStatus(failure.message);
                         scheduleLoginRetry();
                         return;
                     }
                     // A changed password, a TOTP the background cannot supply, a disabled account: stop trying.
                     m_retryPassword.clear();
                     setOfflineStatus(failure.message);
                     emit notice(tr("The server answered but refused the sign-in: %1 You keep working offline; sign "
                                    "out and in again to sync.")
                                     .arg(failure.message));
                 });
}

void ConsoleSession::setOfflineStatus(const QString& reason)
{
    if (m_status.state != SyncStatus::State::Offline) {
        m_status.offlineSinceMs = m_clock.nowMs();
    }
    m_status.state = SyncStatus::State::Offline;
    m_status.lastError = reason;
    m_status.nextAttemptMs = m_loginRetry->isActive()
        ? std::optional<qint64>(m_clock.nowMs() + m_loginRetry->remainingTime())
        : std::nullopt;
    emit syncStatusChanged(m_status);
}

QFuture<UnlockOutcome> ConsoleSession::unlock(const QString& password)
{
    if (!m_store) {
        return QtFuture::makeReadyFuture(UnlockOutcome {UnlockOutcome::Code::Failed, tr("Nobody is signed in.")});
    }
    if (m_store->isUnlocked()) {
        return QtFuture::makeReadyFuture(UnlockOutcome {UnlockOutcome::Code::Unlocked, {}});
    }
    return thenOn(m_store->unlock(password), this, [this, password](UnlockOutcome outcome) {
        if (outcome.code != UnlockOutcome::Code::Unlocked) {
            return outcome;
        }
        startServices();
        if (m_api && m_api->hasSession() && m_status.state != SyncStatus::State::SignInRequired) {
            setState(State::Online);
            startEngine();
        } else {
            // The session ended while locked (or never began): sign in again in the background.
            m_api->setTokens(QString(), QString());
            m_retryPassword = password;
            m_retryDelay = m_retryFirst;
            setState(State::Offline);
            retryLogin();
        }
        return outcome;
    });
}

void ConsoleSession::lock()
{
    if (m_store) {
        m_store->lock();
    }
}

void ConsoleSession::syncNow()
{
    if (m_engine) {
        m_engine->syncNow();
    } else if (!m_retryPassword.isEmpty()) {
        m_loginRetry->stop();
        retryLogin();
    }
}

void ConsoleSession::closeStore()
{
    if (m_store) {
        m_store->lock();
        m_store.reset();
    }
}

void ConsoleSession::signOut()
{
    m_loginRetry->stop();
    m_retryPassword.clear();
    m_passwordChangeRequired = false;
    stopServices();
    closeStore();
    m_api.reset();
    m_user = User();
    m_status = SyncStatus();
    if (m_state != State::SignedOut) {
        setState(State::SignedOut);
        emit syncStatusChanged(m_status);
    }
}

void ConsoleSession::setState(State state)
{
    if (m_state == state) {
        return;
    }
    m_state = state;
    emit stateChanged(state);
}

} // namespace hss::client
