// SPDX-License-Identifier: MIT
#include "RefreshTokenRepository.h"

#include <Poco/Data/Statement.h>
#include <Poco/Nullable.h>

#include "ResultRows.h"
#include "SqlText.h"
#include "WriteTransaction.h"

namespace pk = Poco::Data::Keywords;

namespace hss::server {

namespace {

RefreshToken tokenFromRow(const ResultRows& rows, std::size_t row)
{
    RefreshToken token;
    token.id = Uuid::parse(rows.text(row, 0)).value();
    token.userId = Uuid::parse(rows.text(row, 1)).value();
    token.tokenHash = rows.text(row, 2);
    token.familyId = Uuid::parse(rows.text(row, 3)).value();
    token.expiresAt = rows.integer(row, 4);
    token.revokedAt = rows.optionalInteger(row, 5);
    if (const auto replacedBy = rows.optionalText(row, 6)) {
        token.replacedBy = Uuid::parse(*replacedBy).value();
    }
    token.createdAt = rows.integer(row, 7);
    return token;
}

} // namespace

RefreshTokenRepository::RefreshTokenRepository(Database& database)
    : m_database(database)
{ }

std::string RefreshTokenRepository::sql(std::string_view text) const
{
    return sqltext::forBackend(text, m_database.backend());
}

Result<RefreshToken> RefreshTokenRepository::store(const RefreshToken& token)
{
    auto session = m_database.session();
    WriteTransaction transaction(session, m_database.backend());
    std::int64_t users = 0;
    std::int64_t taken = 0;
    session << sql("SELECT COUNT(*) FROM users WHERE id = ?"), pk::into(users), pk::bind(token.userId.toString()),
        pk::now;
    session << sql("SELECT COUNT(*) FROM refresh_tokens WHERE id = ? OR token_hash = ?"), pk::into(taken),
        pk::bind(token.id.toString()), pk::bind(token.tokenHash), pk::now;
    if (users == 0) {
        return Error {ErrorCode::NotFound, "user_id", "no such user"};
    }
    if (taken != 0 || token.tokenHash.empty()) {
        return Error {ErrorCode::Conflict, "token_hash", "a token with this id or hash exists"};
    }
    Poco::Nullable<std::int64_t> revokedAt;
    if (token.revokedAt) {
        revokedAt = *token.revokedAt;
    }
    Poco::Nullable<std::string> replacedBy;
    if (token.replacedBy) {
        replacedBy = token.replacedBy->toString();
    }
    session << sql("INSERT INTO refresh_tokens (id, user_id, token_hash, family_id, expires_at, revoked_at, "
                   "replaced_by, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"),
        pk::bind(token.id.toString()), pk::bind(token.userId.toString()), pk::bind(token.tokenHash),
        pk::bind(token.familyId.toString()), pk::bind(token.expiresAt), pk::bind(revokedAt), pk::bind(replacedBy),
        pk::bind(token.createdAt), pk::now;
    transaction.commit();
    return token;
}

Result<RefreshToken> RefreshTokenRepository::findByHash(std::string_view tokenHash)
{
    auto session = m_database.session();
    Poco::Data::Statement statement(session);
    statement << sql("SELECT id, user_id, token_hash, family_id, expires_at, revoked_at, replaced_by, created_at "
                     "FROM refresh_tokens WHERE token_hash = ?"),
        pk::bind(std::string(tokenHash));
    const ResultRows rows(statement);
    if (rows.empty()) {
        return Error {ErrorCode::NotFound, "token", "unknown refresh token"};
    }
    return tokenFromRow(rows, 0);
}

Result<RefreshToken> RefreshTokenRepository::rotate(std::string_view oldHash, const RefreshToken& replacement,
                                                    std::int64_t now)
{
    auto session = m_database.session();
    WriteTransaction transaction(session, m_database.backend());
    // The conditional UPDATE is the claim: of two concurrent rotations of one token only one changes a row.
    Poco::Data::Statement revoke(session);
    revoke << sql("UPDATE refresh_tokens SET revoked_at = ?, replaced_by = ? WHERE token_hash = ? "
                  "AND revoked_at IS NULL"),
        pk::bind(now), pk::bind(replacement.id.toString()), pk::bind(std::string(oldHash));
    if (revoke.execute() != 1) {
        std::int64_t known = 0;
        session << sql("SELECT COUNT(*) FROM refresh_tokens WHERE token_hash = ?"), pk::into(known),
            pk::bind(std::string(oldHash)), pk::now;
        if (known == 0) {
            return Error {ErrorCode::NotFound, "token", "unknown refresh token"};
        }
        return Error {ErrorCode::Conflict, "token", "refresh token was already used or revoked"};
    }
    session << sql("INSERT INTO refresh_tokens (id, user_id, token_hash, family_id, expires_at, revoked_at, "
                   "replaced_by, created_at) VALUES (?, ?, ?, ?, ?, NULL, NULL, ?)"),
        pk::bind(replacement.id.toString()), pk::bind(replacement.userId.toString()), pk::bind(replacement.tokenHash),
        pk::bind(replacement.familyId.toString()), pk::bind(replacement.expiresAt), pk::bind(replacement.createdAt),
        pk::now;
    transaction.commit();
    RefreshToken stored = replacement;
    stored.revokedAt.reset();
    stored.replacedBy.reset();
    return stored;
}

int RefreshTokenRepository::revokeFamily(std::string_view familyId, std::int64_t now)
{
    auto session = m_database.session();
    Poco::Data::Statement statement(session);
    statement << sql("UPDATE refresh_tokens SET revoked_at = ? WHERE family_id = ? AND revoked_at IS NULL"),
        pk::bind(now), pk::bind(std::string(familyId));
    return static_cast<int>(statement.execute());
}

int RefreshTokenRepository::revokeAllForUser(std::string_view userId, std::int64_t now)
{
    auto session = m_database.session();
    Poco::Data::Statement statement(session);
    statement << sql("UPDATE refresh_tokens SET revoked_at = ? WHERE user_id = ? AND revoked_at IS NULL"),
        pk::bind(now), pk::bind(std::string(userId));
    return static_cast<int>(statement.execute());
}

} // namespace hss::server
