// SPDX-License-Identifier: MIT
#pragma once

#include <QCoreApplication>
#include <QString>

#include "core/security/KeyResult.h"
#include "core/security/SecureBytes.h"
#include "core/security/WrappedKeyRecord.h"

namespace hss::client {

/// The console's wrapped data key for one (user, server): a small file beside that user's SQLCipher database
/// holding the random 256-bit data key encrypted (XChaCha20-Poly1305) under a key-encryption key (KEK) derived from
/// the password with Argon2id. The byte layout is documented on WrappedKeyRecord.
///
/// Every operation returns a KeyResult and never throws. Writes are atomic (QSaveFile: a failure leaves the previous
/// file as it was) and produce owner-only (0600) files; reads never modify the file. Password overloads taking a
/// QString convert it to UTF-8 in locked memory. Argon2id makes password operations slow on purpose (about a
/// quarter of a second with the recommended parameters): call them off the UI thread. The object only holds
/// the path, context and parameters, so it may be copied and used from any thread, one operation per file at a time.
class WrappedKeyFile final
{
    Q_DECLARE_TR_FUNCTIONS(WrappedKeyFile)

public:
    /// Size of the data key and of the KEK in bytes.
    static constexpr std::size_t keySize = WrappedKeyRecord::keySize;

    /// The file at \a path for \a context (bound into the encryption, e.g. "user=alice;server=https://host:8443":
    /// a file copied from another user or server does not open). \a kdf applies to files this object writes with a
    /// new password; reading accepts any parameters within KdfParameters::isAcceptable().
    WrappedKeyFile(QString path, QString context, KdfParameters kdf = KdfParameters::recommended());

    /// The context string for (\a server, \a user): "user=<user>;server=<server>", both percent-encoded so that no
    /// two pairs give the same string. Use it for every file so all callers agree.
    static QString contextFor(const QString& server, const QString& user);

    /// The file's path.
    const QString& path() const { return m_path; }
    /// The context bound into the encryption.
    const QString& context() const { return m_context; }
    /// True if a file exists at path() (it may still be damaged).
    bool exists() const;

    /// Generates a new random data key, writes it wrapped under \a password and returns it. AlreadyExists if the
    /// file exists (it is never overwritten), InvalidArgument for an empty password.
    KeyResult<SecureBytes> create(const SecureBytes& password) const;
    /// \overload
    KeyResult<SecureBytes> create(const QString& password) const;

    /// The data key. Missing, Unreadable, Damaged, or WrongPassword (which includes a file of another context).
    KeyResult<SecureBytes> unlock(const SecureBytes& password) const;
    /// \overload
    KeyResult<SecureBytes> unlock(const QString& password) const;

    /// The KEK for \a password and this file's salt and parameters, checked against the file (WrongPassword if it
    /// does not open it). For "remember on this device": keep the KEK, not the password, in the OS keychain. The KEK
    /// stays valid until changePassword() gives the file a new salt.
    KeyResult<SecureBytes> deriveKek(const SecureBytes& password) const;
    /// \overload
    KeyResult<SecureBytes> deriveKek(const QString& password) const;
    /// The data key, opened with a KEK from deriveKek() (no Argon2 run). WrongPassword for a stale KEK.
    KeyResult<SecureBytes> unlockWithKek(const SecureBytes& kek) const;

    /// Re-wraps the same data key under \a newPassword with a fresh salt and nonce (the database is not
    /// re-encrypted). A wrong \a oldPassword or a failed write leaves the file unchanged. Remembered KEKs go stale.
    KeyResult<void> changePassword(const SecureBytes& oldPassword, const SecureBytes& newPassword) const;
    /// \overload
    KeyResult<void> changePassword(const QString& oldPassword, const QString& newPassword) const;

    /// Replaces the wrapped data key with \a newDataKey (after a database rekey). \a password must open the current
    /// file, so a mistyped password cannot lock the user out; salt and parameters are kept, so a remembered KEK stays
    /// valid. InvalidArgument unless \a newDataKey has keySize bytes.
    KeyResult<void> rewrap(const SecureBytes& newDataKey, const SecureBytes& password) const;
    /// \overload
    KeyResult<void> rewrap(const SecureBytes& newDataKey, const QString& password) const;
    /// As rewrap(), authorised by a KEK from deriveKek() instead of the password.
    KeyResult<void> rewrapWithKek(const SecureBytes& newDataKey, const SecureBytes& kek) const;

    /// Overwrites the file with zeros, syncs it to disk and deletes it (when the server disables the user).
    /// Succeeds if there is no file. On copy-on-write file systems and SSDs the old blocks may survive the
    /// overwrite; what protects them is that they only ever held the wrapped key.
    KeyResult<void> remove() const;

private:
    QString m_path;
    QString m_context;
    KdfParameters m_kdf;
};

} // namespace hss::client
