// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QString>
#include <QtGlobal>
#include <array>
#include <cstddef>

#include "core/security/KeyResult.h"
#include "core/security/SecureBytes.h"

namespace hss::client {

/// Argon2id cost parameters (libsodium crypto_pwhash, ALG_ARGON2ID13).
struct KdfParameters
{
    /// Passes over memory (libsodium's opslimit).
    quint64 opsLimit = 3;
    /// Memory in bytes (libsodium's memlimit).
    quint64 memLimit = quint64 {64} * 1024 * 1024;

    /// What new files use: opslimit 3, memlimit 64 MiB, above OWASP's Argon2id minimum (m=19 MiB, t=2).
    static KdfParameters recommended() { return {}; }
    /// True when both values lie in the range a reader accepts: opslimit 1..16 and memlimit 8 KiB..1 GiB. The upper
    /// bounds stop a tampered file from making unlock allocate or compute without limit.
    bool isAcceptable() const;

    /// Equal when both limits are equal.
    friend bool operator==(const KdfParameters&, const KdfParameters&) = default;
};

/// One wrapped data key as stored on disk, format version 1 (144 bytes, integers little-endian):
///
///     offset size  field
///          0    7  magic "HSSWKEY"
///          7    1  format version = 1 (Argon2id v1.3 + XChaCha20-Poly1305-IETF)
///          8    8  Argon2id opslimit (u64)
///         16    8  Argon2id memlimit in bytes (u64)
///         24   16  salt
///         40   24  nonce
///         64   48  AEAD ciphertext: the 32-byte data key followed by the 16-byte Poly1305 tag
///        112   32  BLAKE2b-256 (crypto_generichash, unkeyed) of bytes 0..111
///
/// KEK = Argon2id(password, salt, opslimit, memlimit), 32 bytes. The AEAD's associated data is bytes 0..63 (the
/// header) followed by the UTF-8 caller context (e.g. "user=alice;server=https://host:8443"), so neither the
/// parameters nor the file's owner can be changed without the AEAD failing. The checksum only separates accidental
/// damage from a wrong password; it is not a MAC: someone who edits the file and recomputes it gets WrongPassword.
struct WrappedKeyRecord
{
    /// Field sizes and offsets of format version 1, as in the table above.
    static constexpr std::size_t magicSize = 7;
    static constexpr std::size_t saltSize = 16;
    static constexpr std::size_t nonceSize = 24;
    static constexpr std::size_t keySize = 32;
    static constexpr std::size_t tagSize = 16;
    static constexpr std::size_t headerSize = 64;
    static constexpr std::size_t checksumOffset = 112;
    static constexpr std::size_t checksumSize = 32;
    static constexpr std::size_t fileSize = 144;
    /// The format version this code reads and writes.
    static constexpr quint8 currentVersion = 1;

    /// Argon2id parameters, salt, nonce and AEAD output (ciphertext followed by the tag).

    KdfParameters kdf;
    std::array<unsigned char, saltSize> salt {};
    std::array<unsigned char, nonceSize> nonce {};
    std::array<unsigned char, keySize + tagSize> ciphertext {};

    /// A record with \a kdf and a new random salt, not yet sealed.
    static WrappedKeyRecord fresh(const KdfParameters& kdf);
    /// Argon2id of \a password with this record's salt and parameters: the KEK. CryptoFailure if Argon2id cannot
    /// get its memory.
    KeyResult<SecureBytes> deriveKek(const SecureBytes& password) const;
    /// Decrypts the data key with \a kek (32 bytes) for \a context; WrongPassword if authentication fails.
    KeyResult<SecureBytes> open(const SecureBytes& kek, const QString& context) const;
    /// Encrypts \a dataKey under \a kek (both 32 bytes) for \a context with a new random nonce; kdf and salt must
    /// be set already, because the associated data covers them.
    void seal(const SecureBytes& dataKey, const SecureBytes& kek, const QString& context);

    /// Bytes 0..63 (magic, version, parameters, salt, nonce): the part the AEAD authenticates.
    QByteArray header() const;
    /// The complete 144-byte file, checksum included.
    QByteArray serialise() const;
    /// Reads a file's bytes; Damaged for a wrong size, magic, version or checksum, or unacceptable parameters.
    static KeyResult<WrappedKeyRecord> parse(QByteArrayView bytes);
    /// The BLAKE2b-256 checksum of \a bytes, as stored at offset 112.
    static QByteArray checksum(QByteArrayView bytes);
};

} // namespace hss::client
