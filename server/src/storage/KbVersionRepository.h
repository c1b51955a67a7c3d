// SPDX-License-Identifier: MIT
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include <Poco/Data/Session.h>

#include "Database.h"
#include "hss/KbArticle.h"
#include "hss/KbCategory.h"
#include "hss/KbContentType.h"
#include "hss/Result.h"
#include "hss/Uuid.h"

namespace hss::server {

/// One saved version of an article's content (status is not content: a review step stores no version).
struct KbArticleVersion
{
    Uuid articleId;
    int version = 1;
    std::string title;
    std::string body;
    KbCategory category = KbCategory::GettingStarted;
    KbContentType contentType = KbContentType::Article;
    std::optional<std::string> videoUrl;
    Uuid editedBy;
    std::int64_t editedAt = 0;
    std::optional<std::string> note; ///< e.g. "Rolled back to version 2"; none when the editor gave none.
};

/// The version history of knowledge-base articles (kb_article_versions). Thread-safe.
class KbVersionRepository final
{
public:
    explicit KbVersionRepository(Database& database);

    /// Stores \a article's current content as its version, in the caller's write transaction.
    void append(Poco::Data::Session& session, const KbArticle& article, const std::optional<std::string>& note);

    /// Every version of the article, newest first (empty for an unknown article).
    std::vector<KbArticleVersion> list(std::string_view articleId);

    /// One version of the article; NotFound naming \a field when it has no such version.
    Result<KbArticleVersion> find(Poco::Data::Session& session, std::string_view articleId, int version,
                                  std::string_view field = "to_version");

private:
    std::string sql(std::string_view text) const;

    Database& m_database;
};

} // namespace hss::server
