// SPDX-License-Identifier: MIT
#include "KbRepository.h"

#include <algorithm>

#include <Poco/Data/Statement.h>
#include <Poco/Nullable.h>

#include "KbVersionRepository.h"
#include "ResultRows.h"
#include "SqlText.h"
#include "SyncFeedRepository.h"
#include "WriteTransaction.h"

namespace pk = Poco::Data::Keywords;

namespace hss::server {

namespace {

constexpr std::string_view selectArticle = "SELECT id, title, body, category, content_type, status, language, version, "
                                           "video_url, helpful_votes, not_helpful_votes, updated_at, author_id, "
                                           "edited_by, translation_of, source_version FROM kb_articles";

KbArticle articleFromRow(const ResultRows& rows, std::size_t row)
{
    KbArticle article;
    article.id = Uuid::parse(rows.text(row, 0)).value();
    article.title = rows.text(row, 1);
    article.body = rows.text(row, 2);
    article.category = kbCategoryFromString(rows.text(row, 3)).value();
    article.contentType = kbContentTypeFromString(rows.text(row, 4)).value();
    article.status = articleStatusFromString(rows.text(row, 5)).value();
    article.language = rows.text(row, 6);
    article.version = static_cast<int>(rows.integer(row, 7));
    article.videoUrl = rows.optionalText(row, 8);
    article.helpfulVotes = rows.integer(row, 9);
    article.notHelpfulVotes = rows.integer(row, 10);
    article.updatedAt = rows.integer(row, 11);
    article.authorId = Uuid::parse(rows.text(row, 12)).value();
    if (const auto editedBy = rows.optionalText(row, 13)) {
        article.editedBy = Uuid::parse(*editedBy).value();
    }
    if (const auto source = rows.optionalText(row, 14)) {
        article.translationOf = Uuid::parse(*source).value();
    }
    if (const auto sourceVersion = rows.optionalInteger(row, 15)) {
        article.sourceVersion = static_cast<int>(*sourceVersion);
    }
    return article;
}

Poco::Nullable<std::string> nullableText(const std::optional<std::string>& value)
{
    return value ? Poco::Nullable<std::string>(*value) : Poco::Nullable<std::string>();
}

Poco::Nullable<std::string> nullableId(const std::optional<Uuid>& value)
{
    return value ? Poco::Nullable<std::string>(value->toString()) : Poco::Nullable<std::string>();
}

Poco::Nullable<int> nullableInt(const std::optional<int>& value)
{
    return value ? Poco::Nullable<int>(*value) : Poco::Nullable<int>();
}

} // namespace

KbRepository::KbRepository(Database& database)
    : m_database(database)
{ }

std::string KbRepository::sql(std::string_view text) const
{
    return sqltext::forBackend(text, m_database.backend());
}

Result<KbArticle> KbRepository::create(const KbArticle& article)
{
    auto session = m_database.session();
    WriteTransaction transaction(session, m_database.backend());
    auto created = create(session, article);
    if (created) {
        transaction.commit();
    }
    return created;
}

Result<KbArticle> KbRepository::create(Poco::Data::Session& session, const KbArticle& article,
                                       const std::optional<std::string>& note)
{
    if (auto valid = validate(article); !valid) {
        return valid.error();
    }
    std::int64_t taken = 0;
    session << sql("SELECT COUNT(*) FROM kb_articles WHERE id = ?"), pk::into(taken), pk::bind(article.id.toString()),
        pk::now;
    if (taken != 0) {
        return Error {ErrorCode::Conflict, "id", "an article with this id exists"};
    }
    const Poco::Nullable<std::string> videoUrl = nullableText(article.videoUrl);
    const Poco::Nullable<std::string> editedBy = nullableId(article.editedBy);
    const Poco::Nullable<std::string> translationOf = nullableId(article.translationOf);
    const Poco::Nullable<int> sourceVersion = nullableInt(article.sourceVersion);
    session << sql("INSERT INTO kb_articles (id, title, body, category, content_type, status, language, version, "
                   "video_url, helpful_votes, not_helpful_votes, updated_at, author_id, edited_by, translation_of, "
                   "source_version) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
        pk::bind(article.id.toString()), pk::bind(article.title), pk::bind(article.body),
        pk::bind(std::string(toString(article.category))), pk::bind(std::string(toString(article.contentType))),
        pk::bind(std::string(toString(article.status))), pk::bind(article.language), pk::bind(article.version),
        pk::bind(videoUrl), pk::bind(article.helpfulVotes), pk::bind(article.notHelpfulVotes),
        pk::bind(article.updatedAt), pk::bind(article.authorId.toString()), pk::bind(editedBy), pk::bind(translationOf),
        pk::bind(sourceVersion), pk::now;
    KbVersionRepository(m_database).append(session, article, note);
    SyncFeedRepository(m_database)
        .touch(session, "kb_article", article.id.toString(), article.version, false,
               SyncFeedRepository::serverHlc(article.updatedAt));
    return article;
}

Result<KbArticle> KbRepository::update(Poco::Data::Session& session, const KbArticle& article, int baseVersion,
                                       ArticleStatus baseStatus, const std::optional<std::string>& note)
{
    if (auto valid = validate(article); !valid) {
        return valid.error();
    }
    const Poco::Nullable<std::string> videoUrl = nullableText(article.videoUrl);
    const Poco::Nullable<std::string> editedBy = nullableId(article.editedBy);
    const Poco::Nullable<int> sourceVersion = nullableInt(article.sourceVersion);
    // Guarded by the state the caller checked, so a concurrent change on another server is a conflict, not lost.
    Poco::Data::Statement statement(session);
    statement << sql("UPDATE kb_articles SET title = ?, body = ?, category = ?, content_type = ?, status = ?, "
                     "version = ?, video_url = ?, updated_at = ?, edited_by = ?, source_version = ? "
                     "WHERE id = ? AND version = ? AND status = ?"),
        pk::bind(article.title), pk::bind(article.body), pk::bind(std::string(toString(article.category))),
        pk::bind(std::string(toString(article.contentType))), pk::bind(std::string(toString(article.status))),
        pk::bind(article.version), pk::bind(videoUrl), pk::bind(article.updatedAt), pk::bind(editedBy),
        pk::bind(sourceVersion), pk::bind(article.id.toString()), pk::bind(baseVersion),
        pk::bind(std::string(toString(baseStatus)));
    if (statement.execute() != 1) {
        return Error {ErrorCode::Conflict, "base_version", "the article was changed meanwhile"};
    }
    if (article.version != baseVersion) {
        KbVersionRepository(m_database).append(session, article, note);
    }
    SyncFeedRepository(m_database)
        .touch(session, "kb_article", article.id.toString(), article.version, false,
               SyncFeedRepository::serverHlc(article.updatedAt));
    return article;
}

Result<KbArticle> KbRepository::find(Poco::Data::Session& session, std::string_view id)
{
    auto found = findMany(session, {std::string(id)});
    if (found.empty()) {
        return Error {ErrorCode::NotFound, "id", "no article with this id"};
    }
    return std::move(found.begin()->second);
}

std::vector<KbArticle> KbRepository::translationsOf(Poco::Data::Session& session, std::string_view sourceId)
{
    Poco::Data::Statement statement(session);
    statement << sql(std::string(selectArticle) + " WHERE translation_of = ? ORDER BY language, id"),
        pk::bind(std::string(sourceId));
    const ResultRows rows(statement);
    std::vector<KbArticle> articles;
    for (std::size_t row = 0; row < rows.size(); ++row) {
        articles.push_back(articleFromRow(rows, row));
    }
    return articles;
}

Result<KbArticle> KbRepository::find(std::string_view id)
{
    auto session = m_database.session();
    Poco::Data::Statement statement(session);
    statement << sql(std::string(selectArticle) + " WHERE id = ?"), pk::bind(std::string(id));
    const ResultRows rows(statement);
    if (rows.empty()) {
        return Error {ErrorCode::NotFound, "id", "no article with this id"};
    }
    return articleFromRow(rows, 0);
}

std::map<std::string, KbArticle> KbRepository::findMany(Poco::Data::Session& session,
                                                        const std::vector<std::string>& ids)
{
    constexpr std::size_t chunk = 200; // well below every backend's parameter limit
    std::map<std::string, KbArticle> found;
    for (std::size_t first = 0; first < ids.size(); first += chunk) {
        const std::size_t count = std::min(chunk, ids.size() - first);
        std::string placeholders;
        for (std::size_t i = 0; i < count; ++i) {
            placeholders += i == 0 ? "?" : ", ?";
        }
        Poco::Data::Statement statement(session);
        statement << sql(std::string(selectArticle) + " WHERE id IN (" + placeholders + ")");
        for (std::size_t i = first; i < first + count; ++i) {
            statement, pk::bind(ids[i]);
        }
        const ResultRows rows(statement);
        for (std::size_t row = 0; row < rows.size(); ++row) {
            KbArticle article = articleFromRow(rows, row);
            std::string id = article.id.toString();
            found.emplace(std::move(id), std::move(article));
        }
    }
    return found;
}

namespace {

std::string kbWhere(const KbQuery& query)
{
    std::string where = " WHERE 1 = 1";
    if (!query.text.empty()) {
        where += " AND (lower(title) LIKE ? ESCAPE '\\' OR lower(body) LIKE ? ESCAPE '\\')";
    }
    if (query.category) {
        where += " AND category = ?";
    }
    if (query.status) {
        where += " AND status = ?";
    }
    return where;
}

// Bound in the order kbWhere() added the fragments.
void bindKbFilters(Poco::Data::Statement& statement, const KbQuery& query)
{
    if (!query.text.empty()) {
        const std::string pattern = sqltext::containsPattern(query.text);
        statement, pk::bind(pattern), pk::bind(pattern);
    }
    if (query.category) {
        statement, pk::bind(std::string(toString(*query.category)));
    }
    if (query.status) {
        statement, pk::bind(std::string(toString(*query.status)));
    }
}

} // namespace

std::int64_t KbRepository::count(const KbQuery& query)
{
    auto session = m_database.session();
    Poco::Data::Statement statement(session);
    statement << sql("SELECT COUNT(*) FROM kb_articles" + kbWhere(query));
    bindKbFilters(statement, query);
    const ResultRows rows(statement);
    return rows.empty() ? 0 : rows.integer(0, 0);
}

std::vector<KbArticle> KbRepository::search(const KbQuery& query)
{
    auto session = m_database.session();
    Poco::Data::Statement statement(session);
    statement << sql(std::string(selectArticle) + kbWhere(query) + " ORDER BY title, id LIMIT ? OFFSET ?");
    bindKbFilters(statement, query);
    statement, pk::bind(static_cast<std::int64_t>(std::clamp(query.limit, 1, KbQuery::maxLimit))),
        pk::bind(static_cast<std::int64_t>(std::max(query.offset, 0)));
    const ResultRows rows(statement);
    std::vector<KbArticle> articles;
    for (std::size_t row = 0; row < rows.size(); ++row) {
        articles.push_back(articleFromRow(rows, row));
    }
    return articles;
}

Result<KbArticle> KbRepository::vote(std::string_view articleId, const Uuid& userId, bool helpful, std::int64_t now)
{
    auto session = m_database.session();
    WriteTransaction transaction(session, m_database.backend());
    auto voted = vote(session, articleId, userId, helpful, now);
    if (voted) {
        transaction.commit();
    }
    return voted;
}

Result<KbArticle> KbRepository::vote(Poco::Data::Session& session, std::string_view articleId, const Uuid& userId,
                                     bool helpful, std::int64_t now)
{
    const std::string article(articleId);
    const std::string user = userId.toString();
    // On PostgreSQL the row lock serialises votes on one article (SQLite's BEGIN IMMEDIATE already does).
    const bool postgres = m_database.backend() == Database::Backend::PostgreSQL;
    Poco::Data::Statement lock(session);
    lock << sql(postgres ? "SELECT id FROM kb_articles WHERE id = ? FOR UPDATE"
                         : "SELECT id FROM kb_articles WHERE id = ?"),
        pk::bind(article);
    if (ResultRows(lock).empty()) {
        return Error {ErrorCode::NotFound, "id", "no article with this id"};
    }
    Poco::Data::Statement previous(session);
    previous << sql("SELECT helpful FROM kb_votes WHERE article_id = ? AND user_id = ?"), pk::bind(article),
        pk::bind(user);
    const ResultRows votes(previous);
    const int value = helpful ? 1 : 0;
    if (votes.empty()) {
        session << sql("INSERT INTO kb_votes (article_id, user_id, helpful, voted_at) VALUES (?, ?, ?, ?)"),
            pk::bind(article), pk::bind(user), pk::bind(value), pk::bind(now), pk::now;
        session << sql(helpful ? "UPDATE kb_articles SET helpful_votes = helpful_votes + 1 WHERE id = ?"
                               : "UPDATE kb_articles SET not_helpful_votes = not_helpful_votes + 1 WHERE id = ?"),
            pk::bind(article), pk::now;
    } else if ((votes.integer(0, 0) != 0) != helpful) {
        session << sql("UPDATE kb_votes SET helpful = ?, voted_at = ? WHERE article_id = ? AND user_id = ?"),
            pk::bind(value), pk::bind(now), pk::bind(article), pk::bind(user), pk::now;
        session << sql(helpful ? "UPDATE kb_articles SET helpful_votes = helpful_votes + 1, "
                                 "not_helpful_votes = not_helpful_votes - 1 WHERE id = ?"
                               : "UPDATE kb_articles SET helpful_votes = helpful_votes - 1, "
                                 "not_helpful_votes = not_helpful_votes + 1 WHERE id = ?"),
            pk::bind(article), pk::now;
    }
    // The vote counts are part of the article consoles hold, so the article is a change of the feed again.
    std::int64_t version = 1;
    session << sql("SELECT version FROM kb_articles WHERE id = ?"), pk::into(version), pk::bind(article), pk::now;
    SyncFeedRepository(m_database)
        .touch(session, "kb_article", article, version, false, SyncFeedRepository::serverHlc(now));
    auto stored = findMany(session, {article});
    if (stored.empty()) {
        return Error {ErrorCode::NotFound, "id", "no article with this id"};
    }
    return std::move(stored.begin()->second);
}

} // namespace hss::server
