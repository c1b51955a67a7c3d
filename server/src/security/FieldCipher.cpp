// SPDX-License-Identifier: MIT
#include "FieldCipher.h"

#include <cerrno>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <memory>
#include <vector>

#include <fcntl.h>
#include <openssl/crypto.h>
#include <openssl/evp.h>
#include <openssl/rand.h>
#include <sys/stat.h>
#include <unistd.h>

namespace hss::server {

namespace {

constexpr std::string_view prefix = "v1:";
constexpr int nonceSize = 12;
constexpr int tagSize = 16;

using CipherContext = std::unique_ptr<EVP_CIPHER_CTX, decltype(&EVP_CIPHER_CTX_free)>;

CipherContext newContext()
{
    CipherContext context(EVP_CIPHER_CTX_new(), &EVP_CIPHER_CTX_free);
    if (!context) {
        throw FieldCipherError("cannot allocate a cipher context");
    }
    return context;
}

const unsigned char* bytes(std::string_view text)
{
    return reinterpret_cast<const unsigned char*>(text.data());
}

std::string base64Encode(const std::vector<unsigned char>& data)
{
    std::string out(4 * ((data.size() + 2) / 3), '\0');
    const int written =
        EVP_EncodeBlock(reinterpret_cast<unsigned char*>(out.data()), data.data(), static_cast<int>(data.size()));
    out.resize(static_cast<std::size_t>(written));
    return out;
}

std::vector<unsigned char> base64Decode(std::string_view text)
{
    if (text.empty() || text.size() % 4 != 0) {
        throw FieldCipherError("protected value is not valid base64");
    }
    std::vector<unsigned char> out(text.size() / 4 * 3);
    const int written = EVP_DecodeBlock(out.data(), bytes(text), static_cast<int>(text.size()));
    if (written < 0) {
        throw FieldCipherError("protected value is not valid base64");
    }
    // EVP_DecodeBlock counts padding as zero bytes.
    std::size_t padding = 0;
    for (auto it = text.rbegin(); it != text.rend() && *it == '=' && padding < 2; ++it) {
        ++padding;
    }
    out.resize(static_cast<std::size_t>(written) - padding);
    return out;
}

int hexValue(char c)
{
    if (c >= '0' && c <= '9') {
        return c - '0';
    }
    if (c >= 'a' && c <= 'f') {
        return c - 'a' + 10;
    }
    if (c >= 'A' && c <= 'F') {
        return c - 'A' + 10;
    }
    return -1;
}

std::string toHex(const FieldCipher::Key& key)
{
    static constexpr char digits[] = "0123456789abcdef";
    std::string hex;
    for (const auto byte : key) {
        hex += digits[byte >> 4];
        hex += digits[byte & 0x0f];
    }
    return hex;
}

std::string readKeyFile(const std::filesystem::path& path)
{
    struct stat info
    {
    };
    if (::stat(path.c_str(), &info) != 0) {
        throw FieldCipherError("cannot read " + path.string() + ": " + std::strerror(errno));
    }
    if ((info.st_mode & (S_IRWXG | S_IRWXO)) != 0) {
        throw FieldCipherError(path.string() + " must be readable by its owner only (chmod 600)");
    }
    std::ifstream in(path);
    std::string hex;
    in >> hex;
    return hex;
}

void writeNewKeyFile(const std::filesystem::path& path, const std::string& hex)
{
    const int fd = ::open(path.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, S_IRUSR | S_IWUSR);
    if (fd < 0) {
        throw FieldCipherError("cannot create " + path.string() + ": " + std::strerror(errno));
    }
    const std::string line = hex + "\n";
    const bool written = ::write(fd, line.data(), line.size()) == static_cast<ssize_t>(line.size()) && ::fsync(fd) == 0;
    ::close(fd);
    if (!written) {
        std::filesystem::remove(path);
        throw FieldCipherError("cannot write " + path.string());
    }
}

} // namespace

FieldCipher::FieldCipher(const Key& key)
    : m_key(key)
{ }

FieldCipher::~FieldCipher()
{
    OPENSSL_cleanse(m_key.data(), m_key.size());
}

FieldCipher FieldCipher::fromHex(std::string_view hex)
{
    if (hex.size() != keySize * 2) {
        throw FieldCipherError("the field encryption key must be 64 hex characters (256 bits), not "
                               + std::to_string(hex.size()) + " characters");
    }
    Key key {};
    for (std::size_t i = 0; i < keySize; ++i) {
        const int high = hexValue(hex[2 * i]);
        const int low = hexValue(hex[2 * i + 1]);
        if (high < 0 || low < 0) {
            throw FieldCipherError("the field encryption key must contain hex digits only");
        }
        key[i] = static_cast<std::uint8_t>(high << 4 | low);
    }
    FieldCipher cipher(key);
    OPENSSL_cleanse(key.data(), key.size());
    return cipher;
}

FieldCipher FieldCipher::loadOrCreate(std::string_view configuredHex, const std::string& dataDir)
{
    if (!configuredHex.empty()) {
        return fromHex(configuredHex);
    }
    const std::filesystem::path path = std::filesystem::path(dataDir) / keyFileName;
    if (!std::filesystem::exists(path)) {
        std::filesystem::create_directories(path.parent_path());
        Key key {};
        if (RAND_bytes(key.data(), static_cast<int>(key.size())) != 1) {
            throw FieldCipherError("no random bytes for a new field encryption key");
        }
        std::string hex = toHex(key);
        OPENSSL_cleanse(key.data(), key.size());
        try {
            writeNewKeyFile(path, hex);
        } catch (const FieldCipherError&) {
            // Another process may have created it first; its key wins.
            if (!std::filesystem::exists(path)) {
                throw;
            }
        }
        OPENSSL_cleanse(hex.data(), hex.size());
    }
    std::string hex = readKeyFile(path);
    FieldCipher cipher = fromHex(hex);
    OPENSSL_cleanse(hex.data(), hex.size());
    return cipher;
}

std::string FieldCipher::encrypt(std::string_view plaintext, std::string_view associatedData) const
{
    std::vector<unsigned char> out(nonceSize + plaintext.size() + tagSize);
    if (RAND_bytes(out.data(), nonceSize) != 1) {
        throw FieldCipherError("no random bytes for a nonce");
    }
    auto context = newContext();
    int length = 0;
    bool ok = EVP_EncryptInit_ex(context.get(), EVP_aes_256_gcm(), nullptr, m_key.data(), out.data()) == 1;
    ok = ok
        && (associatedData.empty()
            || EVP_EncryptUpdate(context.get(), nullptr, &length, bytes(associatedData),
                                 static_cast<int>(associatedData.size()))
                == 1);
    ok = ok
        && EVP_EncryptUpdate(context.get(), out.data() + nonceSize, &length, bytes(plaintext),
                             static_cast<int>(plaintext.size()))
            == 1;
    int finalLength = 0;
    ok = ok && EVP_EncryptFinal_ex(context.get(), out.data() + nonceSize + length, &finalLength) == 1;
    ok = ok
        && EVP_CIPHER_CTX_ctrl(context.get(), EVP_CTRL_GCM_GET_TAG, tagSize, out.data() + nonceSize + plaintext.size())
            == 1;
    if (!ok) {
        throw FieldCipherError("AES-256-GCM encryption failed");
    }
    return std::string(prefix) + base64Encode(out);
}

std::string FieldCipher::decrypt(std::string_view stored, std::string_view associatedData) const
{
    if (!stored.starts_with(prefix)) {
        throw FieldCipherError("protected value is not in the v1 format");
    }
    std::vector<unsigned char> data = base64Decode(stored.substr(prefix.size()));
    if (data.size() < static_cast<std::size_t>(nonceSize + tagSize)) {
        throw FieldCipherError("protected value is too short");
    }
    const std::size_t cipherLength = data.size() - nonceSize - tagSize;
    std::string plaintext(cipherLength, '\0');
    auto context = newContext();
    int length = 0;
    bool ok = EVP_DecryptInit_ex(context.get(), EVP_aes_256_gcm(), nullptr, m_key.data(), data.data()) == 1;
    ok = ok
        && (associatedData.empty()
            || EVP_DecryptUpdate(context.get(), nullptr, &length, bytes(associatedData),
                                 static_cast<int>(associatedData.size()))
                == 1);
    ok = ok
        && EVP_DecryptUpdate(context.get(), reinterpret_cast<unsigned char*>(plaintext.data()), &length,
                             data.data() + nonceSize, static_cast<int>(cipherLength))
            == 1;
    ok = ok
        && EVP_CIPHER_CTX_ctrl(context.get(), EVP_CTRL_GCM_SET_TAG, tagSize, data.data() + nonceSize + cipherLength)
            == 1;
    int finalLength = 0;
    ok = ok
        && EVP_DecryptFinal_ex(context.get(), reinterpret_cast<unsigned char*>(plaintext.data()) + length, &finalLength)
            == 1;
    if (!ok) {
        OPENSSL_cleanse(plaintext.data(), plaintext.size());
        throw FieldCipherError("protected value failed authentication (wrong key or modified data)");
    }
    return plaintext;
}

} // namespace hss::server
