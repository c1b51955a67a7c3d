// SPDX-License-Identifier: MIT
#pragma once

#include <QSqlDatabase>
#include <QString>
#include <map>
#include <optional>
#include <vector>

#include "StatementCache.h"
#include "StoreError.h"
#include "hss/KbArticle.h"
#include "hss/Result.h"

namespace hss::client {

/// One full-text search hit, best first.
struct KbSearchHit
{
    Uuid id;
    QString title;
    QString snippet; ///< matched words between [ and ]
    double score = 0.0;
};

/// One article as a list shows it: everything but the body. The snippet is set for search hits only.
struct KbArticleSummary
{
    Uuid id;
    QString title;
    QString snippet; ///< matched words between [ and ]
    KbCategory category = KbCategory::GettingStarted;
    KbContentType contentType = KbContentType::Article;
    ArticleStatus status = ArticleStatus::Draft;
    int version = 1;
    qint64 updatedAt = 0;
    qint64 helpfulVotes = 0;
    qint64 notHelpfulVotes = 0;
};

/// One stored version of an article.
struct KbVersionText
{
    int version = 0;
    QString title;
    QString body;
    qint64 changedAt = 0;
    QString changedBy; ///< user id of whoever saved it
    QString note; ///< the editor's note, e.g. "Rolled back to version 2"
};

/// A translation of an article as the source's page lists it.
struct KbTranslationSummary
{
    Uuid id;
    QString language;
    QString title;
    ArticleStatus status = ArticleStatus::Draft;
    int version = 1;
    int sourceVersion = 1; ///< the source's version it was made from
};

/// Knowledge-base articles with their version history and a ranked FTS4 search. Keep one object for a batch of
/// writes: it compiles each statement once.
class KbRepository final
{
public:
    explicit KbRepository(QSqlDatabase db);

    /// Inserts or updates the article and records its version in the history; an older version than the stored
    /// one changes nothing.
    std::optional<StoreError> upsert(const KbArticle& article);
    std::optional<KbArticle> find(const Uuid& id) const;
    /// Deletes the article with its history and its search entry.
    std::optional<StoreError> remove(const Uuid& id);
    /// Full-text search over title (weighted 3×) and body; words are all required, the last one as a prefix.
    std::vector<KbSearchHit> search(const QString& text, int limit = 20) const;
    /// The versions kept for an article, newest first.
    std::vector<int> versions(const Uuid& id) const;
    /// The title and body of one stored version.
    std::optional<KbVersionText> versionText(const Uuid& id, int version) const;
    /// Keeps the server's history of an article (it replaces what this console recorded for those versions).
    std::optional<StoreError> storeVersions(const Uuid& id, const std::vector<KbVersionText>& versions);
    /// The translations of \a sourceId stored here, by language.
    std::vector<KbTranslationSummary> translationsOf(const Uuid& sourceId) const;
    /// The articles of a category, any status, by title.
    std::vector<KbArticleSummary> byCategory(KbCategory category, int limit = 2000) const;
    /// The summary of one article (no snippet).
    std::optional<KbArticleSummary> summary(const Uuid& id) const;
    /// How many articles each category holds (categories without articles are missing).
    std::map<KbCategory, int> categoryCounts() const;

    /// The vote \a userId gave on the article from this console: true helpful, false not helpful.
    std::optional<bool> ownVote(const Uuid& articleId, const Uuid& userId) const;
    /// Keeps \a userId's one vote on the article (a change of mind replaces it) and moves the article's counts
    /// the way the server will, so the page shows the vote before it is synced. Returns the article as stored.
    Result<KbArticle> recordVote(const Uuid& articleId, const Uuid& userId, bool helpful, qint64 nowMs);

    /// The FTS query for the user's words: letters and digits only, lower case, so no FTS operator can be typed.
    static QString matchExpression(const QString& text);

private:
    QSqlDatabase m_db;
    StatementCache m_statements;
};

} // namespace hss::client
