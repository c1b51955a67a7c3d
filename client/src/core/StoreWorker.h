// SPDX-License-Identifier: MIT
#pragma once

#include <QFuture>
#include <QObject>
#include <QPromise>
#include <QThread>
#include <functional>
#include <memory>
#include <optional>

#include "storage/LocalStore.h"

namespace hss::client {

class SecureBytes;

/// Runs every store operation on a thread of its own with its own connection, so the UI never waits on disk.
/// Jobs run one at a time, in the order they were submitted; results come back as QFutures.
class StoreWorker final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StoreWorker)

public:
    explicit StoreWorker(QObject* parent = nullptr);
    /// Closes the store and stops the thread, after the jobs already queued.
    ~StoreWorker() override;

    /// Opens the store on the worker thread with the given data key, which is wiped once the store is keyed.
    QFuture<std::optional<StoreError>> open(const QString& path, SecureBytes key, LocalStore::OpenMode mode);
    /// Closes the store; the returned future finishes once the file is closed.
    QFuture<bool> close();

    /// Queues job(store) on the worker thread. The job must not keep references to the store.
    template <class Result>
    QFuture<Result> run(std::function<Result(LocalStore&)> job)
    {
        auto promise = std::make_shared<QPromise<Result>>();
        QFuture<Result> future = promise->future();
        promise->start();
        QMetaObject::invokeMethod(
            m_context,
            [this, promise, job = std::move(job)] {
                promise->addResult(job(*m_store));
                promise->finish();
            },
            Qt::QueuedConnection);
        return future;
    }

    /// The thread jobs run on, for checks in tests.
    QThread* thread() const { return m_thread; }

private:
    QThread* m_thread;
    QObject* m_context; // lives on m_thread; jobs are queued to it
    std::unique_ptr<LocalStore> m_store;
};

} // namespace hss::client
