// SPDX-License-Identifier: MIT
#include "KnowledgeBaseService.h"

#include "FutureSupport.h"
#include "StoreWorker.h"
#include "sync/LocalChanges.h"

namespace hss::client {

namespace {

/// The hits with what the list shows besides the snippet; a hit whose article vanished meanwhile is left out.
std::vector<KbArticleSummary> searchEntries(const KbRepository& articles, const QString& text)
{
    std::vector<KbArticleSummary> entries;
    for (const KbSearchHit& hit : articles.search(text, KnowledgeBaseService::searchLimit)) {
        if (auto summary = articles.summary(hit.id)) {
            summary->snippet = hit.snippet;
            entries.push_back(std::move(*summary));
        }
    }
    return entries;
}

} // namespace

KnowledgeBaseService::KnowledgeBaseService(StoreWorker& worker, LocalChanges& changes, QObject* parent)
    : QObject(parent)
    , m_worker(worker)
    , m_changes(changes)
{ }

QFuture<std::vector<KbArticleSummary>> KnowledgeBaseService::browse(KbCategory category)
{
    m_category = category;
    m_searchText.clear();
    return reloadList();
}

QFuture<std::vector<KbArticleSummary>> KnowledgeBaseService::search(const QString& text)
{
    m_searchText = KbRepository::matchExpression(text).isEmpty() ? QString() : text.trimmed();
    return reloadList();
}

QFuture<std::vector<KbArticleSummary>> KnowledgeBaseService::reloadList()
{
    const quint64 generation = ++m_listGeneration;
    const QString text = m_searchText;
    const KbCategory category = m_category;
    auto read = m_worker.run<std::vector<KbArticleSummary>>([text, category](LocalStore& store) {
        const KbRepository articles(store.database());
        return text.isEmpty() ? articles.byCategory(category) : searchEntries(articles, text);
    });
    return thenOn(read, this, [this, generation](std::vector<KbArticleSummary> entries) {
        if (generation == m_listGeneration) {
            m_entries = entries;
            emit entriesChanged();
        }
        return entries;
    });
}

QFuture<std::map<KbCategory, int>> KnowledgeBaseService::loadCounts()
{
    auto read = m_worker.run<std::map<KbCategory, int>>(
        [](LocalStore& store) { return KbRepository(store.database()).categoryCounts(); });
    return thenOn(read, this, [this](std::map<KbCategory, int> counts) {
        m_counts = counts;
        emit countsChanged();
        return counts;
    });
}

QFuture<std::optional<KbArticleView>> KnowledgeBaseService::open(const Uuid& articleId)
{
    m_articleId = articleId;
    m_article.reset();
    return reloadArticle();
}

QFuture<std::optional<KbArticleView>> KnowledgeBaseService::reloadArticle()
{
    const Uuid id = m_articleId;
    const Uuid userId = m_changes.userId();
    auto read = m_worker.run<std::optional<KbArticleView>>([id, userId](LocalStore& store) {
        const KbRepository articles(store.database());
        auto article = articles.find(id);
        if (!article) {
            return std::optional<KbArticleView>();
        }
        KbArticleView view {*article, articles.versions(id), articles.ownVote(id, userId), articles.translationsOf(id),
                            std::nullopt};
        if (article->translationOf) {
            view.source = articles.summary(*article->translationOf);
        }
        return std::optional<KbArticleView>(std::move(view));
    });
    return thenOn(read, this, [this, id](std::optional<KbArticleView> view) {
        if (id != m_articleId) {
            return view; // another article was opened meanwhile
        }
        m_article = view;
        if (view) {
            emit articleLoaded();
        } else {
            emit articleMissing();
        }
        return view;
    });
}

QFuture<std::optional<KbVersionPair>> KnowledgeBaseService::loadVersions(int older, int newer)
{
    const Uuid id = m_articleId;
    return m_worker.run<std::optional<KbVersionPair>>([id, older, newer](LocalStore& store) {
        const KbRepository articles(store.database());
        auto a = articles.versionText(id, std::min(older, newer));
        auto b = articles.versionText(id, std::max(older, newer));
        if (!a || !b) {
            return std::optional<KbVersionPair>();
        }
        return std::optional<KbVersionPair>(KbVersionPair {std::move(*a), std::move(*b)});
    });
}

QFuture<Result<KbArticle>> KnowledgeBaseService::vote(bool helpful)
{
    return thenOn(m_changes.voteOnArticle(m_articleId, helpful), this, [this](Result<KbArticle> voted) {
        if (voted) {
            reloadArticle();
            reloadList(); // the list shows the counts too
        }
        return voted;
    });
}

void KnowledgeBaseService::articlesChanged()
{
    m_reloadAfterChanges.request();
}

} // namespace hss::client
