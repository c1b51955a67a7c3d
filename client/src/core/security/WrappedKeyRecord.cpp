// SPDX-License-Identifier: MIT
#include "WrappedKeyRecord.h"

#include <QCoreApplication>
#include <QtEndian>
#include <cstring>

#include <sodium.h>

namespace hss::client {

namespace {

constexpr char magic[] = "HSSWKEY";
constexpr quint64 maxOpsLimit = 16;
constexpr quint64 maxMemLimit = quint64 {1024} * 1024 * 1024;
constexpr std::size_t versionOffset = 7;
constexpr std::size_t opsOffset = 8;
constexpr std::size_t memOffset = 16;
constexpr std::size_t saltOffset = 24;
constexpr std::size_t nonceOffset = 40;
constexpr std::size_t ciphertextOffset = 64;

static_assert(sizeof(magic) - 1 == WrappedKeyRecord::magicSize);
static_assert(nonceOffset + WrappedKeyRecord::nonceSize == WrappedKeyRecord::headerSize);
static_assert(WrappedKeyRecord::headerSize + WrappedKeyRecord::keySize + WrappedKeyRecord::tagSize
              == WrappedKeyRecord::checksumOffset);
static_assert(WrappedKeyRecord::checksumOffset + WrappedKeyRecord::checksumSize == WrappedKeyRecord::fileSize);
static_assert(WrappedKeyRecord::saltSize == crypto_pwhash_argon2id_SALTBYTES);
static_assert(WrappedKeyRecord::nonceSize == crypto_aead_xchacha20poly1305_ietf_NPUBBYTES);
static_assert(WrappedKeyRecord::tagSize == crypto_aead_xchacha20poly1305_ietf_ABYTES);
static_assert(WrappedKeyRecord::keySize == crypto_aead_xchacha20poly1305_ietf_KEYBYTES);

KeyResult<WrappedKeyRecord> damaged(const char* reason)
{
    return {KeyError::Damaged, QCoreApplication::translate("WrappedKeyFile", reason)};
}

const unsigned char* bytesOf(QByteArrayView bytes)
{
    return reinterpret_cast<const unsigned char*>(bytes.data());
}

QByteArray associatedData(const WrappedKeyRecord& record, const QString& context)
{
    return record.header() + context.toUtf8();
}

} // namespace

bool KdfParameters::isAcceptable() const
{
    return opsLimit >= crypto_pwhash_argon2id_OPSLIMIT_MIN && opsLimit <= maxOpsLimit
        && memLimit >= crypto_pwhash_argon2id_MEMLIMIT_MIN && memLimit <= maxMemLimit;
}

WrappedKeyRecord WrappedKeyRecord::fresh(const KdfParameters& kdf)
{
    WrappedKeyRecord record;
    record.kdf = kdf;
    randombytes_buf(record.salt.data(), record.salt.size());
    return record;
}

KeyResult<SecureBytes> WrappedKeyRecord::deriveKek(const SecureBytes& password) const
{
    SecureBytes kek(keySize);
    const char* passwordBytes = password.isEmpty() ? "" : reinterpret_cast<const char*>(password.constData());
    if (crypto_pwhash(kek.data(), kek.size(), passwordBytes, password.size(), salt.data(), kdf.opsLimit,
                      static_cast<std::size_t>(kdf.memLimit), crypto_pwhash_ALG_ARGON2ID13)
        != 0) {
        return {KeyError::CryptoFailure,
                QCoreApplication::translate("WrappedKeyFile", "Argon2id failed (not enough memory?)")};
    }
    return kek;
}

KeyResult<SecureBytes> WrappedKeyRecord::open(const SecureBytes& kek, const QString& context) const
{
    const QByteArray ad = associatedData(*this, context);
    SecureBytes dataKey(keySize);
    unsigned long long length = 0;
    if (kek.size() != keySize
        || crypto_aead_xchacha20poly1305_ietf_decrypt(
               dataKey.data(), &length, nullptr, ciphertext.data(), ciphertext.size(), bytesOf(ad),
               static_cast<unsigned long long>(ad.size()), nonce.data(), kek.constData())
            != 0
        || length != keySize) {
        return {KeyError::WrongPassword,
                QCoreApplication::translate("WrappedKeyFile",
                                            "the password does not open the key, or the file belongs to another "
                                            "user or server")};
    }
    return dataKey;
}

void WrappedKeyRecord::seal(const SecureBytes& dataKey, const SecureBytes& kek, const QString& context)
{
    Q_ASSERT(dataKey.size() == keySize && kek.size() == keySize);
    randombytes_buf(nonce.data(), nonce.size());
    const QByteArray ad = associatedData(*this, context);
    crypto_aead_xchacha20poly1305_ietf_encrypt(ciphertext.data(), nullptr, dataKey.constData(), dataKey.size(),
                                               bytesOf(ad), static_cast<unsigned long long>(ad.size()), nullptr,
                                               nonce.data(), kek.constData());
}

QByteArray WrappedKeyRecord::header() const
{
    QByteArray bytes(headerSize, '\0');
    char* out = bytes.data();
    std::memcpy(out, magic, magicSize);
    out[versionOffset] = static_cast<char>(currentVersion);
    qToLittleEndian(kdf.opsLimit, out + opsOffset);
    qToLittleEndian(kdf.memLimit, out + memOffset);
    std::memcpy(out + saltOffset, salt.data(), salt.size());
    std::memcpy(out + nonceOffset, nonce.data(), nonce.size());
    return bytes;
}

QByteArray WrappedKeyRecord::serialise() const
{
    QByteArray bytes = header();
    bytes.append(reinterpret_cast<const char*>(ciphertext.data()), static_cast<qsizetype>(ciphertext.size()));
    bytes.append(checksum(bytes));
    return bytes;
}

KeyResult<WrappedKeyRecord> WrappedKeyRecord::parse(QByteArrayView bytes)
{
    // Magic and version first, so a foreign or future file is named as such rather than as "truncated".
    if (bytes.size() < static_cast<qsizetype>(magicSize + 1) || std::memcmp(bytes.data(), magic, magicSize) != 0) {
        return damaged(QT_TRANSLATE_NOOP("WrappedKeyFile", "not a wrapped-key file (bad magic)"));
    }
    if (static_cast<quint8>(bytes[versionOffset]) != currentVersion) {
        return damaged(QT_TRANSLATE_NOOP("WrappedKeyFile", "unsupported wrapped-key file version"));
    }
    if (bytes.size() != static_cast<qsizetype>(fileSize)) {
        return damaged(QT_TRANSLATE_NOOP("WrappedKeyFile", "wrapped-key file has the wrong size"));
    }
    const QByteArray expected = checksum(bytes.first(checksumOffset));
    if (sodium_memcmp(expected.constData(), bytes.data() + checksumOffset, checksumSize) != 0) {
        return damaged(QT_TRANSLATE_NOOP("WrappedKeyFile", "wrapped-key file checksum mismatch"));
    }
    WrappedKeyRecord record;
    record.kdf.opsLimit = qFromLittleEndian<quint64>(bytes.data() + opsOffset);
    record.kdf.memLimit = qFromLittleEndian<quint64>(bytes.data() + memOffset);
    if (!record.kdf.isAcceptable()) {
        return damaged(QT_TRANSLATE_NOOP("WrappedKeyFile", "wrapped-key file has out-of-range KDF parameters"));
    }
    std::memcpy(record.salt.data(), bytesOf(bytes) + saltOffset, saltSize);
    std::memcpy(record.nonce.data(), bytesOf(bytes) + nonceOffset, nonceSize);
    std::memcpy(record.ciphertext.data(), bytesOf(bytes) + ciphertextOffset, record.ciphertext.size());
    return record;
}

QByteArray WrappedKeyRecord::checksum(QByteArrayView bytes)
{
    QByteArray digest(checksumSize, '\0');
    crypto_generichash(reinterpret_cast<unsigned char*>(digest.data()), checksumSize, bytesOf(bytes),
                       static_cast<unsigned long long>(bytes.size()), nullptr, 0);
    return digest;
}

} // namespace hss::client
