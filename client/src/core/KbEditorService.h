// SPDX-License-Identifier: MIT
#pragma once

#include <QFuture>
#include <QObject>
#include <vector>

#include "KbEditorApi.h"
#include "hss/KbArticle.h"
#include "hss/Role.h"

namespace hss::client {

class ConsoleSession;
class KnowledgeBaseService;
class StoreWorker;

/// Screen 5's controller for editors: sends drafts, edits, workflow steps and roll-backs to the server (editing
/// needs a connection: the review workflow is decided there), keeps each answer in the local store at once so the
/// reader and the lists show it before the next pull, and fetches an article's whole history from the server so
/// diffs reach versions this console never saw. What the signed-in user may do comes from hss::KbWorkflow.
class KbEditorService final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(KbEditorService)

public:
    /// Owns nothing; all must outlive the service.
    KbEditorService(ConsoleSession& session, StoreWorker& worker, KnowledgeBaseService& reader,
                    QObject* parent = nullptr);

    bool isOnline() const;
    /// The signed-in user's roles, for hss::KbWorkflow.
    std::vector<Role> roles() const;
    Uuid userId() const;

    /// Creates a draft (or a translation) and opens it in the reader.
    QFuture<ApiResult<KbArticle>> create(const KbDraft& draft);
    QFuture<ApiResult<KbArticle>> save(const KbArticle& base, const KbDraft& draft, const QString& note,
                                       std::optional<int> upToDateWith = std::nullopt);
    QFuture<ApiResult<KbArticle>> move(const KbArticle& base, ArticleStatus to, const QString& note);
    QFuture<ApiResult<KbArticle>> rollback(const KbArticle& base, int toVersion);
    /// The article as the server has it now (after a version conflict), kept in the store too.
    QFuture<ApiResult<KbArticle>> refresh(const Uuid& id);
    /// Fetches and keeps the server's history of \a id; the reader reloads with it.
    QFuture<ApiResult<std::vector<KbVersionText>>> loadHistory(const Uuid& id);

signals:
    /// The connection came or went: what the editor may do now changes.
    void connectionChanged();

private:
    /// Keeps a written article and, once it is stored, shows it.
    QFuture<ApiResult<KbArticle>> keep(QFuture<ApiResult<KbArticle>> answer);

    ConsoleSession& m_session;
    StoreWorker& m_worker;
    KnowledgeBaseService& m_reader;
    KbEditorApi m_api;
};

} // namespace hss::client
