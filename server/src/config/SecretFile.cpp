// SPDX-License-Identifier: MIT
#include "SecretFile.h"

#include <filesystem>
#include <fstream>

#include <sodium.h>

#include "ConfigError.h"

namespace hss::server {

namespace {

constexpr std::size_t secretBytes = 48;

} // namespace

std::string loadOrCreateSecret(const std::string& configured, const std::string& dataDir, const std::string& fileName)
{
    if (!configured.empty()) {
        return configured;
    }
    const std::filesystem::path path = std::filesystem::path(dataDir) / fileName;
    if (std::filesystem::exists(path)) {
        std::ifstream in(path);
        std::string secret;
        std::getline(in, secret);
        if (!in && !in.eof()) {
            throw ConfigError("cannot read the generated secret " + path.string());
        }
        if (secret.size() < 2 * secretBytes) {
            throw ConfigError("the generated secret " + path.string() + " is damaged; remove it or configure one");
        }
        return secret;
    }
    if (sodium_init() < 0) {
        throw ConfigError("libsodium cannot be initialised");
    }
    unsigned char raw[secretBytes];
    randombytes_buf(raw, sizeof raw);
    char hex[2 * secretBytes + 1];
    sodium_bin2hex(hex, sizeof hex, raw, sizeof raw);
    sodium_memzero(raw, sizeof raw);
    std::filesystem::create_directories(path.parent_path());
    {
        std::ofstream out(path, std::ios::trunc);
        std::filesystem::permissions(path, std::filesystem::perms::owner_read | std::filesystem::perms::owner_write,
                                     std::filesystem::perm_options::replace);
        out << hex << '\n';
        if (!out) {
            throw ConfigError("cannot write the generated secret " + path.string());
        }
    }
    std::string secret(hex);
    sodium_memzero(hex, sizeof hex);
    return secret;
}

} // namespace hss::server
