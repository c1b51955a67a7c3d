// SPDX-License-Identifier: MIT
#include "AdminCommands.h"

#include <istream>
#include <memory>
#include <ostream>
#include <string>
#include <vector>

#include <Poco/Exception.h>

#include "../auth/PasswordHasher.h"
#include "../auth/Totp.h"
#include "../config/ServerConfig.h"
#include "../security/FieldCipher.h"
#include "../storage/AuditLogRepository.h"
#include "../storage/Database.h"
#include "../storage/UserRepository.h"
#include "hss/SystemClock.h"

namespace hss::server {

namespace {

constexpr int exitRefused = 1;
constexpr int exitFailed = 2;
constexpr int auditBatch = 1000;

std::unique_ptr<Database> openDatabase(const ServerConfig& config)
{
    return std::make_unique<Database>(config.string("database.url"), config.string("data.dir"), 1, 2);
}

bool readLine(std::istream& in, std::ostream& err, const char* prompt, std::string& value)
{
    err << prompt << ": " << std::flush;
    if (!std::getline(in, value)) {
        err << "\nhss-server create-admin: input ended before the " << prompt << '\n';
        return false;
    }
    if (!value.empty() && value.back() == '\r') {
        value.pop_back();
    }
    return true;
}

} // namespace

int createAdmin(const ServerConfig& config, std::istream& in, std::ostream& out, std::ostream& err)
{
    const SystemClock clock;
    UserAccount account;
    User& user = account.user;
    std::string password;
    std::string repeated;
    if (!readLine(in, err, "username", user.username) || !readLine(in, err, "display name", user.displayName)
        || !readLine(in, err, "e-mail", user.email) || !readLine(in, err, "password", password)
        || !readLine(in, err, "password again", repeated)) {
        return exitRefused;
    }
    user.id = Uuid::createV7();
    user.roles = {Role::Admin};
    user.active = true;
    user.createdAt = clock.nowMs();
    if (auto valid = validate(user); !valid) {
        err << "hss-server create-admin: " << describe(valid.error()) << '\n';
        return exitRefused;
    }
    if (password != repeated) {
        err << "hss-server create-admin: the two passwords differ\n";
        return exitRefused;
    }
    if (auto policy = PasswordHasher::checkPolicy(password); !policy) {
        err << "hss-server create-admin: " << policy.error().message << '\n';
        return exitRefused;
    }
    try {
        const auto database = openDatabase(config);
        const FieldCipher cipher =
            FieldCipher::loadOrCreate(config.string("data.encryptionKey"), config.string("data.dir"));
        UserRepository users(*database, cipher);
        if (users.findByUsername(user.username)) {
            err << "hss-server create-admin: the username '" << user.username << "' is taken\n";
            return exitRefused;
        }
        account.passwordHash = PasswordHasher().hash(password);
        account.totpSecret = Totp::generateSecret();
        account.updatedAt = user.createdAt;
        if (auto created = users.create(account); !created) {
            err << "hss-server create-admin: " << describe(created.error()) << '\n';
            return exitRefused;
        }
        AuditEntry entry;
        entry.at = clock.nowMs();
        entry.actorName = "hss-server";
        entry.action = "user.create";
        entry.objectType = "user";
        entry.objectId = user.id.toString();
        entry.sourceIp = "local";
        entry.outcome = "success";
        entry.detail = "create-admin command";
        AuditLogRepository(*database).append(entry);
        out << "Created admin '" << user.username << "' (id " << user.id.toString() << ").\n"
            << "Add the TOTP second factor to an authenticator app now; it is not shown again.\n"
            << "TOTP secret (base32): " << *account.totpSecret << '\n'
            << "otpauth URI: " << Totp().provisioningUri(user.username, *account.totpSecret) << '\n';
    } catch (const Poco::Exception& error) {
        err << "hss-server create-admin: " << error.displayText() << '\n';
        return exitFailed;
    } catch (const std::exception& error) {
        err << "hss-server create-admin: " << error.what() << '\n';
        return exitFailed;
    }
    return 0;
}

int auditVerify(const ServerConfig& config, std::ostream& out, std::ostream& err)
{
    try {
        const auto database = openDatabase(config);
        AuditLogRepository log(*database);
        if (const auto broken = log.verify()) {
            out << "audit chain broken at record " << *broken << '\n';
            return 1;
        }
        std::int64_t count = 0;
        std::int64_t afterSeq = 0;
        for (;;) {
            const std::vector<AuditRecord> batch = log.list(afterSeq, auditBatch);
            count += static_cast<std::int64_t>(batch.size());
            if (static_cast<int>(batch.size()) < auditBatch) {
                break;
            }
            afterSeq = batch.back().seq;
        }
        out << "audit chain intact: " << count << " records\n";
    } catch (const Poco::Exception& error) {
        err << "hss-server audit-verify: " << error.displayText() << '\n';
        return exitFailed;
    } catch (const std::exception& error) {
        err << "hss-server audit-verify: " << error.what() << '\n';
        return exitFailed;
    }
    return 0;
}

} // namespace hss::server
