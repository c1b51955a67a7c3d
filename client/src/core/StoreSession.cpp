// SPDX-License-Identifier: MIT
#include "StoreSession.h"

#include <QFile>
#include <filesystem>

#include "IdleLock.h"
#include "StoreWorker.h"
#include "security/SecureBytes.h"
#include "security/WrappedKeyFile.h"

namespace hss::client {

namespace {

QString pendingKeyPath(const QString& keyFilePath)
{
    return keyFilePath + QStringLiteral(".next");
}

UnlockOutcome fromKeyFailure(const KeyFailure& failure)
{
    switch (failure.code) {
    case KeyError::WrongPassword:
        return {UnlockOutcome::Code::WrongPassword, QObject::tr("Wrong password."), false};
    case KeyError::Damaged:
        return {UnlockOutcome::Code::KeyFileDamaged,
                QObject::tr("This device's key file is damaged or was changed: %1").arg(failure.message), true};
    default:
        return {UnlockOutcome::Code::Failed, failure.message, false};
    }
}

UnlockOutcome fromStoreError(const StoreError& error)
{
    const bool damaged = error.code == StoreError::Code::Damaged || error.code == StoreError::Code::WrongKeyOrForeign;
    return {damaged ? UnlockOutcome::Code::StoreDamaged : UnlockOutcome::Code::Failed, error.message, damaged};
}

bool replaceFile(const QString& from, const QString& to)
{
    std::error_code error;
    std::filesystem::rename(from.toStdString(), to.toStdString(), error); // atomic replace on POSIX
    return !error;
}

} // namespace

StoreSession::StoreSession(QString storePath, QString keyFilePath, QString context, const Clock& clock, QObject* parent)
    : QObject(parent)
    , m_storePath(std::move(storePath))
    , m_keyFilePath(std::move(keyFilePath))
    , m_context(std::move(context))
    , m_worker(new StoreWorker(this))
    , m_idleLock(new IdleLock(clock, this))
{
    connect(m_idleLock, &IdleLock::lockRequested, this, &StoreSession::lock);
}

StoreSession::~StoreSession()
{
    lock();
}

QFuture<UnlockOutcome> StoreSession::unlock(const QString& password)
{
    auto secret = std::make_shared<SecureBytes>(SecureBytes::fromUtf8(password));
    return finishUnlock(m_worker->run<UnlockOutcome>(
        [=, storePath = m_storePath, keyPath = m_keyFilePath, context = m_context](LocalStore& store) {
            const WrappedKeyFile keyFile(keyPath, context);
            const bool firstUse = !keyFile.exists() && !QFile::exists(storePath);
            auto key = firstUse ? keyFile.create(*secret) : keyFile.unlock(*secret);
            if (!key) {
                secret->clear();
                return fromKeyFailure(key.failure());
            }
            const auto mode = firstUse ? LocalStore::OpenMode::CreateIfMissing : LocalStore::OpenMode::MustExist;
            SecureBytes dataKey = std::move(key).value();
            auto error = store.open(storePath, {dataKey.constData(), dataKey.size()}, mode);
            if (error && error->code == StoreError::Code::WrongKeyOrForeign && QFile::exists(pendingKeyPath(keyPath))) {
                // A rekey was interrupted after the store took the new key: finish it.
                auto pending = WrappedKeyFile(pendingKeyPath(keyPath), context).unlock(*secret);
                if (pending) {
                    SecureBytes newKey = std::move(pending).value();
                    error = store.open(storePath, {newKey.constData(), newKey.size()}, mode);
                    if (!error) {
                        replaceFile(pendingKeyPath(keyPath), keyPath);
                    }
                }
            }
            secret->clear();
            dataKey.clear();
            if (error) {
                return fromStoreError(*error);
            }
            QFile::remove(pendingKeyPath(keyPath)); // a rekey that never reached the store
            return UnlockOutcome {UnlockOutcome::Code::Unlocked, QString(), false};
        }));
}

QFuture<UnlockOutcome> StoreSession::unlockWithDeviceKey(SecureBytes kek)
{
    auto secret = std::make_shared<SecureBytes>(std::move(kek));
    return finishUnlock(m_worker->run<UnlockOutcome>(
        [=, storePath = m_storePath, keyPath = m_keyFilePath, context = m_context](LocalStore& store) {
            auto key = WrappedKeyFile(keyPath, context).unlockWithKek(*secret);
            secret->clear();
            if (!key) {
                return fromKeyFailure(key.failure());
            }
            SecureBytes dataKey = std::move(key).value();
            auto error = store.open(storePath, {dataKey.constData(), dataKey.size()}, LocalStore::OpenMode::MustExist);
            dataKey.clear();
            if (error) {
                return fromStoreError(*error);
            }
            return UnlockOutcome {UnlockOutcome::Code::Unlocked, QString(), false};
        }));
}

KeyResult<SecureBytes> StoreSession::deriveDeviceKey(const QString& password) const
{
    return WrappedKeyFile(m_keyFilePath, m_context).deriveKek(password);
}

QFuture<UnlockOutcome> StoreSession::finishUnlock(QFuture<UnlockOutcome> outcome)
{
    return outcome.then(this, [this](UnlockOutcome result) {
        if (result.code == UnlockOutcome::Code::Unlocked) {
            m_unlocked = true;
            m_idleLock->reset();
            emit unlocked();
        }
        return result;
    });
}

void StoreSession::lock()
{
    if (!m_unlocked) {
        return;
    }
    emit aboutToLock();
    m_worker->close().waitForFinished();
    m_unlocked = false;
    m_idleLock->lockNow();
    emit locked();
}

QFuture<UnlockOutcome> StoreSession::rekey(const QString& password)
{
    auto secret = std::make_shared<SecureBytes>(SecureBytes::fromUtf8(password));
    const QString keyPath = m_keyFilePath;
    const QString context = m_context;
    return m_worker->run<UnlockOutcome>([=](LocalStore& store) {
        if (!store.isOpen()) {
            return UnlockOutcome {UnlockOutcome::Code::Failed, QObject::tr("The store is locked."), false};
        }
        if (auto check = WrappedKeyFile(keyPath, context).unlock(*secret); !check) {
            secret->clear();
            return fromKeyFailure(check.failure());
        }
        QFile::remove(pendingKeyPath(keyPath));
        auto created = WrappedKeyFile(pendingKeyPath(keyPath), context).create(*secret);
        secret->clear();
        if (!created) {
            return fromKeyFailure(created.failure());
        }
        SecureBytes newKey = std::move(created).value();
        if (auto error = store.rekey({newKey.constData(), newKey.size()})) {
            QFile::remove(pendingKeyPath(keyPath));
            return fromStoreError(*error);
        }
        if (!replaceFile(pendingKeyPath(keyPath), keyPath)) {
            return UnlockOutcome {UnlockOutcome::Code::Failed,
                                  QObject::tr("The store was re-encrypted but its new key could not be put in place; "
                                              "it will be on the next unlock."),
                                  false};
        }
        return UnlockOutcome {UnlockOutcome::Code::Unlocked, QString(), false};
    });
}

QFuture<UnlockOutcome> StoreSession::changePassword(const QString& oldPassword, const QString& newPassword)
{
    auto oldSecret = std::make_shared<SecureBytes>(SecureBytes::fromUtf8(oldPassword));
    auto newSecret = std::make_shared<SecureBytes>(SecureBytes::fromUtf8(newPassword));
    const QString keyPath = m_keyFilePath;
    const QString context = m_context;
    return m_worker->run<UnlockOutcome>([=](LocalStore&) {
        auto changed = WrappedKeyFile(keyPath, context).changePassword(*oldSecret, *newSecret);
        oldSecret->clear();
        newSecret->clear();
        if (!changed) {
            return fromKeyFailure(changed.failure());
        }
        return UnlockOutcome {UnlockOutcome::Code::Unlocked, QString(), false};
    });
}

bool StoreSession::forgetDevice()
{
    lock();
    QFile::remove(pendingKeyPath(m_keyFilePath));
    return static_cast<bool>(WrappedKeyFile(m_keyFilePath, m_context).remove());
}

} // namespace hss::client
