// SPDX-License-Identifier: MIT
#pragma once

#include <QString>
#include <QTemporaryDir>
#include <cstdint>
#include <memory>
#include <optional>
#include <vector>

#include "SkewedClock.h"
#include "core/StoreSession.h"
#include "hss/Comment.h"
#include "hss/HybridLogicalClock.h"
#include "hss/StdRandomSource.h"
#include "hss/Ticket.h"
#include "sync/LocalChanges.h"
#include "sync/SyncApi.h"
#include "sync/SyncEngine.h"

namespace hss::test {

/// One console's sync core in this process, on a store of its own: what hss-console wires up minus the widgets.
class SyncConsole final
{
public:
    /// A console whose clock reads the system clock plus \a clockOffsetMs (negative: behind the server).
    explicit SyncConsole(std::int64_t clockOffsetMs = 0);
    ~SyncConsole();

    /// Creates or opens the store with the password, then signs in to the server with the same password.
    bool open(const QString& serverUrl, const QString& caFile, const QString& user, const QString& password,
              QString* error);
    /// Runs the engine until it reports idle (caught up, nothing to push); starts it on first use.
    bool syncUntilIdle(int timeoutMs = 60000);

    std::vector<Ticket> tickets();
    std::optional<Ticket> ticket(const Uuid& id);
    std::vector<Comment> comments(const Uuid& ticketId);
    /// Rows in a table of the store (tests only: the product never counts this way).
    qint64 rowCount(const QString& table);

    client::LocalChanges& changes() { return *m_changes; }
    client::SyncEngine& engine() { return *m_engine; }
    client::SyncApi& api() { return m_api; }
    HybridLogicalClock& hlc() { return *m_hlc; }
    client::StoreWorker& worker() { return *m_session->worker(); }
    client::StoreSession& session() { return *m_session; }
    QString keyFilePath() const { return m_dir.filePath(QStringLiteral("store.key")); }
    Uuid userId() const { return m_changes->userId(); }

private:
    QTemporaryDir m_dir;
    SkewedClock m_clock;
    StdRandomSource m_random;
    std::unique_ptr<client::StoreSession> m_session;
    std::unique_ptr<HybridLogicalClock> m_hlc;
    std::unique_ptr<client::LocalChanges> m_changes;
    client::SyncApi m_api;
    std::unique_ptr<client::SyncEngine> m_engine;
    int m_idleCount = 0;
};

} // namespace hss::test
