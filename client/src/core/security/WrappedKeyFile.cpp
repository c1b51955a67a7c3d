// SPDX-License-Identifier: MIT
#include "WrappedKeyFile.h"

#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QUrl>
#include <algorithm>
#include <exception>
#include <new>
#include <utility>

#include <sodium.h>

#ifdef Q_OS_UNIX
#include <fcntl.h>
#include <unistd.h>
#endif

namespace hss::client {

namespace {

using Record = WrappedKeyRecord;

// Converts the exceptions that may escape Qt and SecureBytes (allocation) into a failure at the API boundary.
template <class Operation>
auto guarded(Operation&& operation) noexcept -> decltype(operation())
{
    try {
        if (!ensureSodium()) {
            return {KeyError::CryptoFailure,
                    QCoreApplication::translate("WrappedKeyFile", "libsodium could not be initialised")};
        }
        return std::forward<Operation>(operation)();
    } catch (const std::bad_alloc&) {
        return {KeyError::CryptoFailure, QCoreApplication::translate("WrappedKeyFile", "out of (locked) memory")};
    } catch (const std::exception& error) {
        return {KeyError::CryptoFailure, QString::fromLocal8Bit(error.what())};
    }
}

// Renames are only durable once the directory entry itself reaches the disk.
void syncDirectoryOf(const QString& path)
{
#ifdef Q_OS_UNIX
    const QByteArray directory = QFile::encodeName(QFileInfo(path).absolutePath());
    const int fd = ::open(directory.constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (fd >= 0) {
        ::fsync(fd);
        ::close(fd);
    }
#else
    Q_UNUSED(path)
#endif
}

KeyResult<Record> readRecord(const QString& path)
{
    const QFileInfo info(path);
    if (!info.exists()) {
        return {KeyError::Missing,
                QCoreApplication::translate("WrappedKeyFile", "there is no wrapped-key file at %1").arg(path)};
    }
    if (!info.isFile()) {
        return {KeyError::Unreadable,
                QCoreApplication::translate("WrappedKeyFile", "%1 is not a regular file").arg(path)};
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return {KeyError::Unreadable, file.errorString()};
    }
    // One byte more than a valid file, so an oversized file is recognised without reading all of it.
    const QByteArray bytes = file.read(static_cast<qint64>(Record::fileSize + 1));
    if (file.error() != QFileDevice::NoError) {
        return {KeyError::Unreadable, file.errorString()};
    }
    return Record::parse(bytes);
}

KeyResult<void> writeRecord(const QString& path, const Record& record)
{
    QSaveFile file(path);
    file.setDirectWriteFallback(false);
    if (!file.open(QIODevice::WriteOnly)) {
        return {KeyError::WriteFailed, file.errorString()};
    }
    // Before any byte is written: QSaveFile gives a new file the umask's permissions.
    if (!file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner)) {
        file.cancelWriting();
        return {KeyError::WriteFailed,
                QCoreApplication::translate("WrappedKeyFile", "could not make the wrapped-key file private")};
    }
    const QByteArray bytes = record.serialise();
    if (file.write(bytes) != bytes.size() || !file.commit()) { // commit() fsyncs, then renames over the old file
        const QString reason = file.errorString();
        file.cancelWriting();
        return {KeyError::WriteFailed, reason};
    }
    syncDirectoryOf(path);
    return {};
}

KeyResult<void> checkKeySize(const SecureBytes& key, const char* what)
{
    if (key.size() != WrappedKeyFile::keySize) {
        return {KeyError::InvalidArgument, QCoreApplication::translate("WrappedKeyFile", what)};
    }
    return {};
}

// Same salt and parameters, fresh nonce: the KEK (and thus a remembered KEK) stays valid.
KeyResult<void> replaceDataKey(const QString& path, Record record, const SecureBytes& kek, const SecureBytes& newKey,
                               const QString& context)
{
    if (auto current = record.open(kek, context); !current) {
        return current.failure();
    }
    record.seal(newKey, kek, context);
    return writeRecord(path, record);
}

} // namespace

WrappedKeyFile::WrappedKeyFile(QString path, QString context, KdfParameters kdf)
    : m_path(std::move(path))
    , m_context(std::move(context))
    , m_kdf(kdf)
{ }

QString WrappedKeyFile::contextFor(const QString& server, const QString& user)
{
    // ':' and '/' stay readable in URLs; ';', '=' and '%' are always encoded, which keeps the pairs apart.
    const auto encode = [](const QString& text) {
        return QString::fromLatin1(QUrl::toPercentEncoding(text, QByteArrayLiteral(":/@")));
    };
    return QStringLiteral("user=%1;server=%2").arg(encode(user), encode(server));
}

bool WrappedKeyFile::exists() const
{
    return QFileInfo::exists(m_path);
}

KeyResult<SecureBytes> WrappedKeyFile::create(const SecureBytes& password) const
{
    return guarded([&]() -> KeyResult<SecureBytes> {
        if (exists()) {
            return {KeyError::AlreadyExists, tr("a wrapped-key file already exists at %1").arg(m_path)};
        }
        if (password.isEmpty()) {
            return {KeyError::InvalidArgument, tr("the password is empty")};
        }
        if (!m_kdf.isAcceptable()) {
            return {KeyError::InvalidArgument, tr("the KDF parameters are out of range")};
        }
        SecureBytes dataKey = SecureBytes::random(keySize);
        Record record = Record::fresh(m_kdf);
        auto kek = record.deriveKek(password);
        if (!kek) {
            return kek.failure();
        }
        record.seal(dataKey, kek.value(), m_context);
        if (auto written = writeRecord(m_path, record); !written) {
            return written.failure();
        }
        return dataKey;
    });
}

KeyResult<SecureBytes> WrappedKeyFile::create(const QString& password) const
{
    return guarded([&] { return create(SecureBytes::fromUtf8(password)); });
}

KeyResult<SecureBytes> WrappedKeyFile::unlock(const SecureBytes& password) const
{
    return guarded([&]() -> KeyResult<SecureBytes> {
        auto record = readRecord(m_path);
        if (!record) {
            return record.failure();
        }
        auto kek = record.value().deriveKek(password);
        if (!kek) {
            return kek.failure();
        }
        return record.value().open(kek.value(), m_context);
    });
}

KeyResult<SecureBytes> WrappedKeyFile::unlock(const QString& password) const
{
    return guarded([&] { return unlock(SecureBytes::fromUtf8(password)); });
}

KeyResult<SecureBytes> WrappedKeyFile::deriveKek(const SecureBytes& password) const
{
    return guarded([&]() -> KeyResult<SecureBytes> {
        auto record = readRecord(m_path);
        if (!record) {
            return record.failure();
        }
        auto kek = record.value().deriveKek(password);
        if (!kek) {
            return kek.failure();
        }
        if (auto dataKey = record.value().open(kek.value(), m_context); !dataKey) {
            return dataKey.failure();
        }
        return kek;
    });
}

KeyResult<SecureBytes> WrappedKeyFile::deriveKek(const QString& password) const
{
    return guarded([&] { return deriveKek(SecureBytes::fromUtf8(password)); });
}

KeyResult<SecureBytes> WrappedKeyFile::unlockWithKek(const SecureBytes& kek) const
{
    return guarded([&]() -> KeyResult<SecureBytes> {
        if (auto checked = checkKeySize(kek, QT_TRANSLATE_NOOP("WrappedKeyFile", "the KEK must be 32 bytes"));
            !checked) {
            return checked.failure();
        }
        auto record = readRecord(m_path);
        if (!record) {
            return record.failure();
        }
        return record.value().open(kek, m_context);
    });
}

KeyResult<void> WrappedKeyFile::changePassword(const SecureBytes& oldPassword, const SecureBytes& newPassword) const
{
    return guarded([&]() -> KeyResult<void> {
        if (newPassword.isEmpty()) {
            return {KeyError::InvalidArgument, tr("the new password is empty")};
        }
        if (!m_kdf.isAcceptable()) {
            return {KeyError::InvalidArgument, tr("the KDF parameters are out of range")};
        }
        auto record = readRecord(m_path);
        if (!record) {
            return record.failure();
        }
        auto oldKek = record.value().deriveKek(oldPassword);
        if (!oldKek) {
            return oldKek.failure();
        }
        auto dataKey = record.value().open(oldKek.value(), m_context);
        if (!dataKey) {
            return dataKey.failure();
        }
        Record next = Record::fresh(m_kdf);
        auto newKek = next.deriveKek(newPassword);
        if (!newKek) {
            return newKek.failure();
        }
        next.seal(dataKey.value(), newKek.value(), m_context);
        return writeRecord(m_path, next);
    });
}

KeyResult<void> WrappedKeyFile::changePassword(const QString& oldPassword, const QString& newPassword) const
{
    return guarded(
        [&] { return changePassword(SecureBytes::fromUtf8(oldPassword), SecureBytes::fromUtf8(newPassword)); });
}

KeyResult<void> WrappedKeyFile::rewrap(const SecureBytes& newDataKey, const SecureBytes& password) const
{
    return guarded([&]() -> KeyResult<void> {
        if (auto checked =
                checkKeySize(newDataKey, QT_TRANSLATE_NOOP("WrappedKeyFile", "the data key must be 32 bytes"));
            !checked) {
            return checked;
        }
        auto record = readRecord(m_path);
        if (!record) {
            return record.failure();
        }
        auto kek = record.value().deriveKek(password);
        if (!kek) {
            return kek.failure();
        }
        return replaceDataKey(m_path, record.value(), kek.value(), newDataKey, m_context);
    });
}

KeyResult<void> WrappedKeyFile::rewrap(const SecureBytes& newDataKey, const QString& password) const
{
    return guarded([&] { return rewrap(newDataKey, SecureBytes::fromUtf8(password)); });
}

KeyResult<void> WrappedKeyFile::rewrapWithKek(const SecureBytes& newDataKey, const SecureBytes& kek) const
{
    return guarded([&]() -> KeyResult<void> {
        if (auto checked =
                checkKeySize(newDataKey, QT_TRANSLATE_NOOP("WrappedKeyFile", "the data key must be 32 bytes"));
            !checked) {
            return checked;
        }
        if (auto checked = checkKeySize(kek, QT_TRANSLATE_NOOP("WrappedKeyFile", "the KEK must be 32 bytes"));
            !checked) {
            return checked;
        }
        auto record = readRecord(m_path);
        if (!record) {
            return record.failure();
        }
        return replaceDataKey(m_path, record.value(), kek, newDataKey, m_context);
    });
}

KeyResult<void> WrappedKeyFile::remove() const
{
    return guarded([&]() -> KeyResult<void> {
        const QFileInfo info(m_path);
        if (!info.exists() && !info.isSymLink()) {
            return {};
        }
        QFile file(m_path);
        // Best effort: a file we cannot overwrite is still deleted, which is what matters to the caller.
        if (info.isFile() && !info.isSymLink() && file.open(QIODevice::ReadWrite)) {
            const QByteArray zeros(4096, '\0');
            for (qint64 left = file.size(); left > 0;) {
                const qint64 written = file.write(zeros.constData(), std::min<qint64>(left, zeros.size()));
                if (written <= 0) {
                    break;
                }
                left -= written;
            }
            file.flush();
#ifdef Q_OS_UNIX
            ::fsync(file.handle());
#endif
            file.close();
        }
        if (!file.remove()) {
            return {KeyError::WriteFailed, tr("could not delete %1: %2").arg(m_path, file.errorString())};
        }
        syncDirectoryOf(m_path);
        return {};
    });
}

} // namespace hss::client
