// SPDX-License-Identifier: MIT
#include "KbVersionRepository.h"

#include <Poco/Data/Statement.h>
#include <Poco/Nullable.h>

#include "ResultRows.h"
#include "SqlText.h"

namespace pk = Poco::Data::Keywords;

namespace hss::server {

namespace {

constexpr std::string_view selectVersion = "SELECT article_id, version, title, body, category, content_type, "
                                           "video_url, edited_by, edited_at, note FROM kb_article_versions";

KbArticleVersion versionFromRow(const ResultRows& rows, std::size_t row)
{
    KbArticleVersion version;
    version.articleId = Uuid::parse(rows.text(row, 0)).value();
    version.version = static_cast<int>(rows.integer(row, 1));
    version.title = rows.text(row, 2);
    version.body = rows.text(row, 3);
    version.category = kbCategoryFromString(rows.text(row, 4)).value();
    version.contentType = kbContentTypeFromString(rows.text(row, 5)).value();
    version.videoUrl = rows.optionalText(row, 6);
    version.editedBy = Uuid::parse(rows.text(row, 7)).value();
    version.editedAt = rows.integer(row, 8);
    version.note = rows.optionalText(row, 9);
    return version;
}

Poco::Nullable<std::string> nullable(const std::optional<std::string>& value)
{
    return value ? Poco::Nullable<std::string>(*value) : Poco::Nullable<std::string>();
}

} // namespace

KbVersionRepository::KbVersionRepository(Database& database)
    : m_database(database)
{ }

std::string KbVersionRepository::sql(std::string_view text) const
{
    return sqltext::forBackend(text, m_database.backend());
}

void KbVersionRepository::append(Poco::Data::Session& session, const KbArticle& article,
                                 const std::optional<std::string>& note)
{
    const Poco::Nullable<std::string> videoUrl = nullable(article.videoUrl);
    const Poco::Nullable<std::string> noteText = nullable(note);
    session << sql("INSERT INTO kb_article_versions (article_id, version, title, body, category, content_type, "
                   "video_url, edited_by, edited_at, note) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
        pk::bind(article.id.toString()), pk::bind(article.version), pk::bind(article.title), pk::bind(article.body),
        pk::bind(std::string(toString(article.category))), pk::bind(std::string(toString(article.contentType))),
        pk::bind(videoUrl), pk::bind(article.editedBy.value_or(article.authorId).toString()),
        pk::bind(article.updatedAt), pk::bind(noteText), pk::now;
}

std::vector<KbArticleVersion> KbVersionRepository::list(std::string_view articleId)
{
    auto session = m_database.session();
    Poco::Data::Statement statement(session);
    statement << sql(std::string(selectVersion) + " WHERE article_id = ? ORDER BY version DESC"),
        pk::bind(std::string(articleId));
    const ResultRows rows(statement);
    std::vector<KbArticleVersion> versions;
    for (std::size_t row = 0; row < rows.size(); ++row) {
        versions.push_back(versionFromRow(rows, row));
    }
    return versions;
}

Result<KbArticleVersion> KbVersionRepository::find(Poco::Data::Session& session, std::string_view articleId,
                                                   int version, std::string_view field)
{
    Poco::Data::Statement statement(session);
    statement << sql(std::string(selectVersion) + " WHERE article_id = ? AND version = ?"),
        pk::bind(std::string(articleId)), pk::bind(version);
    const ResultRows rows(statement);
    if (rows.empty()) {
        return Error {ErrorCode::NotFound, std::string(field), "the article has no version " + std::to_string(version)};
    }
    return versionFromRow(rows, 0);
}

} // namespace hss::server
