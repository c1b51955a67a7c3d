// SPDX-License-Identifier: MIT
#include "KbEditorService.h"

#include <QPromise>
#include <memory>

#include "ConsoleSession.h"
#include "FutureSupport.h"
#include "KnowledgeBaseService.h"
#include "StoreWorker.h"
#include "storage/LocalStore.h"

namespace hss::client {

KbEditorService::KbEditorService(ConsoleSession& session, StoreWorker& worker, KnowledgeBaseService& reader,
                                 QObject* parent)
    : QObject(parent)
    , m_session(session)
    , m_worker(worker)
    , m_reader(reader)
    , m_api(session)
{
    connect(&m_session, &ConsoleSession::stateChanged, this, &KbEditorService::connectionChanged);
}

bool KbEditorService::isOnline() const
{
    return m_api.isOnline();
}

std::vector<Role> KbEditorService::roles() const
{
    const auto& roles = m_session.user().roles;
    return {roles.begin(), roles.end()};
}

Uuid KbEditorService::userId() const
{
    return m_session.user().id;
}

QFuture<ApiResult<KbArticle>> KbEditorService::create(const KbDraft& draft)
{
    return keep(m_api.create(draft));
}

QFuture<ApiResult<KbArticle>> KbEditorService::save(const KbArticle& base, const KbDraft& draft, const QString& note,
                                                    std::optional<int> upToDateWith)
{
    return keep(m_api.update(base.id, base.version, draft, note, upToDateWith));
}

QFuture<ApiResult<KbArticle>> KbEditorService::move(const KbArticle& base, ArticleStatus to, const QString& note)
{
    return keep(m_api.transition(base.id, base.version, to, note));
}

QFuture<ApiResult<KbArticle>> KbEditorService::rollback(const KbArticle& base, int toVersion)
{
    return keep(m_api.rollback(base.id, base.version, toVersion));
}

QFuture<ApiResult<KbArticle>> KbEditorService::refresh(const Uuid& id)
{
    return keep(m_api.fetch(id));
}

QFuture<ApiResult<KbArticle>> KbEditorService::keep(QFuture<ApiResult<KbArticle>> answer)
{
    auto promise = std::make_shared<QPromise<ApiResult<KbArticle>>>();
    promise->start();
    whenFinished(answer, this, [this, promise](ApiResult<KbArticle> result) {
        if (!result.ok()) {
            promise->addResult(std::move(result));
            promise->finish();
            return;
        }
        const KbArticle article = result.value();
        auto stored = m_worker.run<bool>([article](LocalStore& store) {
            // The next pull brings the same row; keeping it now shows the change at once, offline sync or not.
            return !KbRepository(store.database()).upsert(article).has_value();
        });
        whenFinished(stored, this, [this, promise, result = std::move(result)](bool) mutable {
            const Uuid id = result.value().id;
            m_reader.articlesChanged();
            m_reader.open(id);
            loadHistory(id);
            promise->addResult(std::move(result));
            promise->finish();
        });
    });
    return promise->future();
}

QFuture<ApiResult<std::vector<KbVersionText>>> KbEditorService::loadHistory(const Uuid& id)
{
    using Answer = ApiResult<std::vector<KbVersionText>>;
    auto promise = std::make_shared<QPromise<Answer>>();
    promise->start();
    whenFinished(m_api.versions(id), this, [this, promise, id](Answer answer) {
        if (!answer.ok()) {
            promise->addResult(std::move(answer));
            promise->finish();
            return;
        }
        const std::vector<KbVersionText> versions = answer.value();
        auto stored = m_worker.run<bool>([id, versions](LocalStore& store) {
            return !KbRepository(store.database()).storeVersions(id, versions).has_value();
        });
        whenFinished(stored, this, [this, promise, answer = std::move(answer)](bool) mutable {
            m_reader.articlesChanged();
            promise->addResult(std::move(answer));
            promise->finish();
        });
    });
    return promise->future();
}

} // namespace hss::client
