// SPDX-License-Identifier: MIT
#pragma once

#include <QPromise>
#include <functional>
#include <memory>
#include <vector>

#include "SyncTestSupport.h"
#include "sync/SyncTransport.h"

namespace hss::test {

/// A scripted server for engine tests. An unscripted long poll (wait > 0) stays open until cancelPull(), like a
/// server with nothing new; a pull holdPull() picks stays open until answerHeld(); everything else answers at once
/// from the handlers.
class FakeTransport final : public client::SyncTransport
{
public:
    struct PullCall
    {
        QString cursor;
        int limit = 0;
        int waitSeconds = 0;
    };

    using PullHandler = std::function<std::optional<client::ApiResult<sync::PullPage>>(const PullCall&)>;
    using PushHandler = std::function<client::ApiResult<sync::PushResponse>(const sync::PushRequest&)>;

    QFuture<client::ApiResult<sync::PullPage>> pull(const QString& cursor, int limit, int waitSeconds) override
    {
        const PullCall call {cursor, limit, waitSeconds};
        pulls.push_back(call);
        if (holdPull && holdPull(call)) {
            auto held = std::make_shared<QPromise<client::ApiResult<sync::PullPage>>>();
            held->start();
            m_held.push_back({call, held});
            return held->future();
        }
        std::optional<client::ApiResult<sync::PullPage>> answer;
        if (onPull) {
            answer = onPull(call);
        }
        if (!answer && waitSeconds == 0) {
            answer = emptyPage(cursor);
        }
        if (answer) {
            return QtFuture::makeReadyFuture(*answer);
        }
        m_openPoll = std::make_shared<QPromise<client::ApiResult<sync::PullPage>>>();
        m_openPoll->start();
        return m_openPoll->future();
    }

    QFuture<client::ApiResult<sync::PushResponse>> push(const sync::PushRequest& request) override
    {
        pushes.push_back(request);
        if (onPush) {
            return QtFuture::makeReadyFuture(onPush(request));
        }
        return QtFuture::makeReadyFuture(client::ApiResult<sync::PushResponse>(applyAll(request)));
    }

    void cancelPull() override
    {
        if (m_openPoll) {
            auto poll = std::move(m_openPoll);
            poll->addResult(client::ApiResult<sync::PullPage>(
                client::SyncApiError {client::SyncApiError::Kind::Cancelled, 0, {}, QStringLiteral("cancelled")}));
            poll->finish();
        }
    }

    bool hasOpenPoll() const { return m_openPoll != nullptr; }

    void setNextPageHint(NextPageHint hint) override { m_hint = std::move(hint); }
    /// Tells the engine, as SyncApi does when an answer arrives, where the page after \a requested starts.
    void hint(const QString& requested, const QString& next)
    {
        if (m_hint) {
            m_hint(requested, next);
        }
    }
    /// Answers the held pull from \a cursor; false if none is held.
    bool answerHeld(const QString& cursor, const client::ApiResult<sync::PullPage>& answer)
    {
        for (auto it = m_held.begin(); it != m_held.end(); ++it) {
            if (it->first.cursor == cursor) {
                const auto promise = it->second;
                m_held.erase(it);
                promise->addResult(answer);
                promise->finish();
                return true;
            }
        }
        return false;
    }

    static sync::PullPage emptyPage(const QString& cursor)
    {
        sync::PullPage page;
        page.cursor = cursor.toStdString();
        page.serverHlc = serverHlc();
        return page;
    }

    static HlcTimestamp serverHlc() { return test::serverHlc(); }

    static sync::PushResponse applyAll(const sync::PushRequest& request)
    {
        sync::PushResponse response;
        response.serverHlc = serverHlc();
        for (const sync::Mutation& mutation : request.mutations) {
            sync::MutationResult result;
            result.mutationId = mutation.mutationId;
            result.revision = mutation.baseRevision + 1;
            response.results.push_back(result);
        }
        return response;
    }

    PullHandler onPull;
    PushHandler onPush;
    std::function<bool(const PullCall&)> holdPull;
    std::vector<PullCall> pulls;
    std::vector<sync::PushRequest> pushes;

private:
    std::shared_ptr<QPromise<client::ApiResult<sync::PullPage>>> m_openPoll;
    std::vector<std::pair<PullCall, std::shared_ptr<QPromise<client::ApiResult<sync::PullPage>>>>> m_held;
    NextPageHint m_hint;
};

} // namespace hss::test
