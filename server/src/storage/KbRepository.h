// SPDX-License-Identifier: MIT
#pragma once

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "Database.h"
#include "hss/ArticleStatus.h"
#include "hss/KbArticle.h"
#include "hss/KbCategory.h"
#include "hss/Result.h"

namespace hss::server {

/// Search and paging for KbRepository::search(). Unset filters match everything.
struct KbQuery
{
    static constexpr int maxLimit = 200;

    std::string text; ///< Case-insensitive substring of the title or body; % and _ match themselves.
    std::optional<KbCategory> category;
    std::optional<ArticleStatus> status;
    int limit = 50; ///< Clamped to 1..maxLimit.
    int offset = 0;
};

/// Knowledge-base articles and their helpful / not helpful votes (one per user and article). Thread-safe.
class KbRepository final
{
public:
    explicit KbRepository(Database& database);

    /// Stores a new article and its version row. Validation errors as hss::validate(); Conflict when the id exists.
    Result<KbArticle> create(const KbArticle& article);
    /// The same inside the caller's write transaction; \a note goes with the version row.
    Result<KbArticle> create(Poco::Data::Session& session, const KbArticle& article,
                             const std::optional<std::string>& note = std::nullopt);

    /// Replaces the stored article that has \a baseVersion and \a baseStatus by \a article (all but its language,
    /// author, source and votes), in the caller's write transaction, and stores a version row when the version
    /// changed. Validation errors as hss::validate(); Conflict on "base_version" when the stored one differs.
    Result<KbArticle> update(Poco::Data::Session& session, const KbArticle& article, int baseVersion,
                             ArticleStatus baseStatus, const std::optional<std::string>& note);

    /// The article with this id; NotFound for anything else.
    Result<KbArticle> find(std::string_view id);
    /// The same inside the caller's transaction.
    Result<KbArticle> find(Poco::Data::Session& session, std::string_view id);
    /// The translations of the article \a sourceId, by language.
    std::vector<KbArticle> translationsOf(Poco::Data::Session& session, std::string_view sourceId);
    /// The articles with these ids that exist, by id text (one query per 200 ids: the sync feed reads pages).
    std::map<std::string, KbArticle> findMany(Poco::Data::Session& session, const std::vector<std::string>& ids);

    /// Articles matching \a query, ordered by title.
    std::vector<KbArticle> search(const KbQuery& query);
    /// How many articles match the query's filters (limit and offset ignored).
    std::int64_t count(const KbQuery& query);

    /// Records \a userId's vote on the article and returns the article with its new counts. A user has one vote
    /// per article: voting again the same way changes nothing, voting the other way moves the vote.
    /// NotFound for an unknown article.
    Result<KbArticle> vote(std::string_view articleId, const Uuid& userId, bool helpful, std::int64_t now);
    /// The same inside the caller's transaction (a sync push); the article as \a session now sees it.
    Result<KbArticle> vote(Poco::Data::Session& session, std::string_view articleId, const Uuid& userId, bool helpful,
                           std::int64_t now);

private:
    std::string sql(std::string_view text) const;

    Database& m_database;
};

} // namespace hss::server
