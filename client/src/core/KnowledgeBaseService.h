// SPDX-License-Identifier: MIT
#pragma once

#include <QFuture>
#include <QObject>
#include <QString>
#include <map>
#include <optional>
#include <vector>

#include "CoalescedCall.h"
#include "hss/KbArticle.h"
#include "hss/Result.h"
#include "storage/KbRepository.h"

namespace hss::client {

class LocalChanges;
class StoreWorker;

/// One article as the reader shows it.
struct KbArticleView
{
    KbArticle article;
    std::vector<int> versions; ///< newest first
    std::optional<bool> ownVote; ///< the signed-in user's vote: true helpful, false not helpful
    std::vector<KbTranslationSummary> translations; ///< of this article, by language
    /// For a translation whose source is stored here: the source as it is now.
    std::optional<KbArticleSummary> source;

    /// True for a translation made from an older version of its source than the current one.
    bool isStaleTranslation() const
    {
        return source && article.sourceVersion && *article.sourceVersion < source->version;
    }
};

/// Two versions of one article, older first, for the history diff.
struct KbVersionPair
{
    KbVersionText older;
    KbVersionText newer;
};

/// Screen 5's controller (the reader's side): lists a category or the hits of a full-text search, opens one article
/// with its versions and the user's vote, loads two versions for a diff, and votes through LocalChanges so the vote
/// reaches the outbox. Every store access runs on the StoreWorker. It keeps what it shows (the list, the counts,
/// the open article) and reloads all of it when synced articles change.
class KnowledgeBaseService final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(KnowledgeBaseService)

public:
    /// Owns neither; both must outlive the service.
    KnowledgeBaseService(StoreWorker& worker, LocalChanges& changes, QObject* parent = nullptr);

    /// Lists the articles of \a category (any status; the list shows it) from now on.
    QFuture<std::vector<KbArticleSummary>> browse(KbCategory category);
    /// Lists the best hits for \a text from now on (title and body, the last word as a prefix). Blank text lists
    /// the category browsed last.
    QFuture<std::vector<KbArticleSummary>> search(const QString& text);
    /// How many articles each category holds; emits countsChanged().
    QFuture<std::map<KbCategory, int>> loadCounts();
    /// Shows \a articleId from now on; emits articleLoaded() or articleMissing().
    QFuture<std::optional<KbArticleView>> open(const Uuid& articleId);
    /// The stored text of two versions of the open article (nothing when either is not stored).
    QFuture<std::optional<KbVersionPair>> loadVersions(int older, int newer);
    /// The signed-in user's vote on the open article; the article is reloaded afterwards.
    QFuture<Result<KbArticle>> vote(bool helpful);

    const std::vector<KbArticleSummary>& entries() const { return m_entries; }
    const std::map<KbCategory, int>& counts() const { return m_counts; }
    const std::optional<KbArticleView>& article() const { return m_article; }
    /// True once an article was asked for, even while it is still being read.
    bool isArticleChosen() const { return !m_articleId.isNil(); }
    /// The search text in effect; empty while browsing.
    QString searchText() const { return m_searchText; }
    KbCategory category() const { return m_category; }

    static constexpr int searchLimit = 50;

public slots:
    /// Connect to whatever announces changed articles (SyncEngine::pageApplied): reloads the counts, the list and
    /// the open article once the burst is over.
    void articlesChanged();

signals:
    void entriesChanged();
    void countsChanged();
    void articleLoaded();
    /// The open article is no longer in the store.
    void articleMissing();

private:
    QFuture<std::vector<KbArticleSummary>> reloadList();
    QFuture<std::optional<KbArticleView>> reloadArticle();

    StoreWorker& m_worker;
    LocalChanges& m_changes;
    KbCategory m_category = KbCategory::GettingStarted;
    QString m_searchText;
    quint64 m_listGeneration = 0; // a slower, older list must not replace a newer one
    std::vector<KbArticleSummary> m_entries;
    std::map<KbCategory, int> m_counts;
    Uuid m_articleId;
    std::optional<KbArticleView> m_article;
    CoalescedCall m_reloadAfterChanges {this, [this] {
                                            loadCounts();
                                            reloadList();
                                            if (!m_articleId.isNil()) {
                                                reloadArticle();
                                            }
                                        }};
};

} // namespace hss::client
