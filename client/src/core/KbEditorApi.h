// SPDX-License-Identifier: MIT
#pragma once

#include <QCoreApplication>
#include <QFuture>
#include <QString>
#include <optional>
#include <vector>

#include "hss/KbArticle.h"
#include "storage/KbRepository.h"
#include "sync/ApiResult.h"

namespace hss::client {

class ConsoleSession;

/// What an editor typed: a new article, a translation, or the next version of an article.
struct KbDraft
{
    QString title;
    QString body; ///< HTML
    KbCategory category = KbCategory::GettingStarted;
    KbContentType contentType = KbContentType::Article;
    QString language = QStringLiteral("en"); ///< new articles and translations only
    QString videoUrl; ///< empty for none
    std::optional<Uuid> translationOf; ///< new translations only
};

/// The knowledge base's editing endpoints as typed calls (create, edit, review workflow, roll back, history),
/// over the session's authenticated client. Every write answers the article as the server stored it; while the
/// console is offline every call fails at once with SyncApiError::Kind::Unreachable.
class KbEditorApi final
{
    Q_DECLARE_TR_FUNCTIONS(KbEditorApi)

public:
    explicit KbEditorApi(ConsoleSession& session);

    bool isOnline() const;

    QFuture<ApiResult<KbArticle>> fetch(const Uuid& id);
    QFuture<ApiResult<KbArticle>> create(const KbDraft& draft);
    /// Saves \a draft as the version after \a baseVersion; \a upToDateWith marks a translation as made from that
    /// version of its source. A stale base is a Rejected error with code "version_conflict".
    QFuture<ApiResult<KbArticle>> update(const Uuid& id, int baseVersion, const KbDraft& draft, const QString& note,
                                         std::optional<int> upToDateWith = std::nullopt);
    QFuture<ApiResult<KbArticle>> transition(const Uuid& id, int baseVersion, ArticleStatus to, const QString& note);
    /// Stores the text of \a toVersion as the next version.
    QFuture<ApiResult<KbArticle>> rollback(const Uuid& id, int baseVersion, int toVersion);
    /// Every version the server keeps, newest first, with their text.
    QFuture<ApiResult<std::vector<KbVersionText>>> versions(const Uuid& id);

private:
    ConsoleSession& m_session;
};

} // namespace hss::client
