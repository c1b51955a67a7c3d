// SPDX-License-Identifier: MIT
#pragma once

#include <QFuture>
#include <QFutureWatcher>
#include <QObject>
#include <QPromise>
#include <memory>
#include <type_traits>
#include <utility>

namespace hss::client {

/// Calls handler(result) on context's thread once future has its result, unless context was destroyed first or the
/// future was cancelled. Unlike QFuture::then(context, …), which in Qt 6.4 asserts when the context dies before the
/// future finishes, this is safe whatever the order: the watcher is a child of context and dies with it.
template <class T, class Handler>
void whenFinished(const QFuture<T>& future, QObject* context, Handler handler)
{
    auto* watcher = new QFutureWatcher<T>(context);
    QObject::connect(watcher, &QFutureWatcherBase::finished, watcher,
                     [watcher, handler = std::move(handler)]() mutable {
                         watcher->deleteLater();
                         const QFuture<T> done = watcher->future();
                         if (!done.isCanceled() && done.resultCount() > 0) {
                             handler(done.result());
                         }
                     });
    watcher->setFuture(future);
}

/// The future of fn(result), run on context's thread; cancelled when context is destroyed first.
template <class T, class Fn>
QFuture<std::invoke_result_t<Fn, T>> thenOn(const QFuture<T>& future, QObject* context, Fn fn)
{
    using R = std::invoke_result_t<Fn, T>;
    auto promise = std::make_shared<QPromise<R>>();
    promise->start();
    QFuture<R> result = promise->future();
    whenFinished(future, context, [promise, fn = std::move(fn)](T value) mutable {
        promise->addResult(fn(std::move(value)));
        promise->finish();
    });
    return result;
}

} // namespace hss::client
