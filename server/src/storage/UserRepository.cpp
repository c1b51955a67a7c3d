// SPDX-License-Identifier: MIT
#include "UserRepository.h"

#include <Poco/Data/Statement.h>
#include <Poco/Nullable.h>

#include "../security/FieldCipher.h"
#include "ResultRows.h"
#include "SqlText.h"
#include "WriteTransaction.h"

namespace pk = Poco::Data::Keywords;

namespace hss::server {

namespace {

constexpr std::string_view selectUser =
    "SELECT id, username, display_name, email, roles, teams, active, totp_enabled, created_at, totp_secret, "
    "password_hash, failed_logins, locked_until, updated_at, must_change_password FROM users ";

std::string totpContext(const std::string& id)
{
    return "users.totp_secret:" + id;
}

Error notFound(std::string_view id)
{
    return Error {ErrorCode::NotFound, "id", "no user with id '" + std::string(id) + "'"};
}

User userFromRow(const ResultRows& rows, std::size_t row)
{
    User user;
    user.id = Uuid::parse(rows.text(row, 0)).value();
    user.username = rows.text(row, 1);
    user.displayName = rows.text(row, 2);
    user.email = rows.text(row, 3);
    for (const auto& role : sqltext::fromJsonList(rows.text(row, 4))) {
        user.roles.insert(roleFromString(role).value());
    }
    user.teams = sqltext::fromJsonList(rows.text(row, 5));
    user.active = rows.integer(row, 6) != 0;
    user.totpEnabled = rows.integer(row, 7) != 0;
    user.createdAt = rows.integer(row, 8);
    return user;
}

std::string rolesJson(const std::set<Role>& roles)
{
    std::vector<std::string> names;
    for (const Role role : roles) {
        names.emplace_back(toString(role));
    }
    return sqltext::toJsonList(names);
}

} // namespace

UserRepository::UserRepository(Database& database, const FieldCipher& cipher)
    : m_database(database)
    , m_cipher(cipher)
{ }

std::string UserRepository::sql(std::string_view text) const
{
    return sqltext::forBackend(text, m_database.backend());
}

Result<UserAccount> UserRepository::create(const UserAccount& account)
{
    if (auto valid = validate(account.user); !valid) {
        return valid.error();
    }
    const std::string id = account.user.id.toString();
    auto session = m_database.session();
    WriteTransaction transaction(session, m_database.backend());
    std::int64_t taken = 0;
    session << sql("SELECT COUNT(*) FROM users WHERE id = ? OR username = ?"), pk::into(taken), pk::bind(id),
        pk::bind(account.user.username), pk::now;
    if (taken != 0) {
        return Error {ErrorCode::Conflict, "username", "a user with this id or username exists"};
    }
    Poco::Nullable<std::string> secret;
    if (account.totpSecret) {
        secret = m_cipher.encrypt(*account.totpSecret, totpContext(id));
    }
    Poco::Nullable<std::int64_t> lockedUntil;
    if (account.lockedUntil) {
        lockedUntil = *account.lockedUntil;
    }
    session << sql("INSERT INTO users (id, username, display_name, email, roles, teams, active, totp_enabled, "
                   "created_at, totp_secret, password_hash, failed_logins, locked_until, updated_at, "
                   "must_change_password) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
        pk::bind(id), pk::bind(account.user.username), pk::bind(account.user.displayName), pk::bind(account.user.email),
        pk::bind(rolesJson(account.user.roles)), pk::bind(sqltext::toJsonList(account.user.teams)),
        pk::bind(account.user.active ? 1 : 0), pk::bind(account.totpSecret ? 1 : 0), pk::bind(account.user.createdAt),
        pk::bind(secret), pk::bind(account.passwordHash), pk::bind(account.failedLogins), pk::bind(lockedUntil),
        pk::bind(account.updatedAt), pk::bind(account.mustChangePassword ? 1 : 0), pk::now;
    transaction.commit();
    UserAccount stored = account;
    stored.user.totpEnabled = account.totpSecret.has_value();
    return stored;
}

Result<UserAccount> UserRepository::findById(std::string_view id)
{
    return findBy("WHERE id = ?", id);
}

Result<UserAccount> UserRepository::findByUsername(std::string_view username)
{
    return findBy("WHERE username = ?", username);
}

Result<UserAccount> UserRepository::findBy(std::string_view where, std::string_view value)
{
    auto session = m_database.session();
    Poco::Data::Statement statement(session);
    statement << sql(std::string(selectUser) + std::string(where)), pk::bind(std::string(value));
    const ResultRows rows(statement);
    if (rows.empty()) {
        return Error {ErrorCode::NotFound, "id", "no such user"};
    }
    UserAccount account;
    account.user = userFromRow(rows, 0);
    if (const auto secret = rows.optionalText(0, 9)) {
        account.totpSecret = m_cipher.decrypt(*secret, totpContext(account.user.id.toString()));
    }
    account.passwordHash = rows.text(0, 10);
    account.failedLogins = static_cast<int>(rows.integer(0, 11));
    account.lockedUntil = rows.optionalInteger(0, 12);
    account.updatedAt = rows.integer(0, 13);
    account.mustChangePassword = rows.integer(0, 14) != 0;
    return account;
}

std::vector<User> UserRepository::list()
{
    auto session = m_database.session();
    Poco::Data::Statement statement(session);
    statement << std::string(selectUser) + "ORDER BY username";
    const ResultRows rows(statement);
    std::vector<User> users;
    for (std::size_t row = 0; row < rows.size(); ++row) {
        users.push_back(userFromRow(rows, row));
    }
    return users;
}

Status UserRepository::updateAccess(std::string_view id, const std::set<Role>& roles,
                                    const std::vector<std::string>& teams, bool active, std::int64_t now)
{
    auto found = findById(id);
    if (!found) {
        return notFound(id);
    }
    User changed = found.value().user;
    changed.roles = roles;
    changed.teams = teams;
    changed.active = active;
    if (auto valid = validate(changed); !valid) {
        return valid.error();
    }
    auto session = m_database.session();
    session << sql("UPDATE users SET roles = ?, teams = ?, active = ?, updated_at = ? WHERE id = ?"),
        pk::bind(rolesJson(roles)), pk::bind(sqltext::toJsonList(teams)), pk::bind(active ? 1 : 0), pk::bind(now),
        pk::bind(std::string(id)), pk::now;
    return okStatus();
}

Status UserRepository::updateProfile(std::string_view id, const std::string& displayName, const std::string& email,
                                     std::int64_t now)
{
    auto found = findById(id);
    if (!found) {
        return notFound(id);
    }
    User changed = found.value().user;
    changed.displayName = displayName;
    changed.email = email;
    if (auto valid = validate(changed); !valid) {
        return valid.error();
    }
    auto session = m_database.session();
    session << sql("UPDATE users SET display_name = ?, email = ?, updated_at = ? WHERE id = ?"), pk::bind(displayName),
        pk::bind(email), pk::bind(now), pk::bind(std::string(id)), pk::now;
    return okStatus();
}

Status UserRepository::setPassword(std::string_view id, const std::string& passwordHash, std::int64_t now)
{
    auto session = m_database.session();
    Poco::Data::Statement statement(session);
    statement << sql("UPDATE users SET password_hash = ?, updated_at = ? WHERE id = ?"), pk::bind(passwordHash),
        pk::bind(now), pk::bind(std::string(id));
    return statement.execute() == 1 ? okStatus() : Status(notFound(id));
}

Status UserRepository::setMustChangePassword(std::string_view id, bool mustChange, std::int64_t now)
{
    auto session = m_database.session();
    Poco::Data::Statement statement(session);
    statement << sql("UPDATE users SET must_change_password = ?, updated_at = ? WHERE id = ?"),
        pk::bind(mustChange ? 1 : 0), pk::bind(now), pk::bind(std::string(id));
    return statement.execute() == 1 ? okStatus() : Status(notFound(id));
}

Status UserRepository::setTotpSecret(std::string_view id, const std::optional<std::string>& secret, std::int64_t now)
{
    Poco::Nullable<std::string> stored;
    if (secret) {
        stored = m_cipher.encrypt(*secret, totpContext(std::string(id)));
    }
    auto session = m_database.session();
    Poco::Data::Statement statement(session);
    statement << sql("UPDATE users SET totp_secret = ?, totp_enabled = ?, updated_at = ? WHERE id = ?"),
        pk::bind(stored), pk::bind(secret ? 1 : 0), pk::bind(now), pk::bind(std::string(id));
    return statement.execute() == 1 ? okStatus() : Status(notFound(id));
}

Result<int> UserRepository::recordFailedLogin(std::string_view id, std::int64_t now)
{
    auto session = m_database.session();
    WriteTransaction transaction(session, m_database.backend());
    Poco::Data::Statement update(session);
    update << sql("UPDATE users SET failed_logins = failed_logins + 1, updated_at = ? WHERE id = ?"), pk::bind(now),
        pk::bind(std::string(id));
    if (update.execute() != 1) {
        return notFound(id);
    }
    int count = 0;
    session << sql("SELECT failed_logins FROM users WHERE id = ?"), pk::into(count), pk::bind(std::string(id)), pk::now;
    transaction.commit();
    return count;
}

bool UserRepository::claimTotpStep(std::string_view id, std::int64_t step)
{
    // One conditional UPDATE: of two requests (even on two servers) presenting the same code, exactly one wins.
    auto session = m_database.session();
    Poco::Data::Statement statement(session);
    statement << sql(
        "UPDATE users SET totp_last_step = ? WHERE id = ? AND (totp_last_step IS NULL OR totp_last_step < ?)"),
        pk::bind(step), pk::bind(std::string(id)), pk::bind(step);
    return statement.execute() == 1;
}

Status UserRepository::resetFailedLogins(std::string_view id, std::int64_t now)
{
    auto session = m_database.session();
    Poco::Data::Statement statement(session);
    statement << sql("UPDATE users SET failed_logins = 0, locked_until = NULL, updated_at = ? WHERE id = ?"),
        pk::bind(now), pk::bind(std::string(id));
    return statement.execute() == 1 ? okStatus() : Status(notFound(id));
}

Status UserRepository::lockUntil(std::string_view id, std::int64_t until, std::int64_t now)
{
    auto session = m_database.session();
    Poco::Data::Statement statement(session);
    statement << sql("UPDATE users SET locked_until = ?, updated_at = ? WHERE id = ?"), pk::bind(until), pk::bind(now),
        pk::bind(std::string(id));
    return statement.execute() == 1 ? okStatus() : Status(notFound(id));
}

} // namespace hss::server
