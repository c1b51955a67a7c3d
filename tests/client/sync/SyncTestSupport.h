// SPDX-License-Identifier: MIT
#pragma once

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QFuture>
#include <QTemporaryDir>
#include <functional>
#include <memory>
#include <optional>

#include "core/StoreWorker.h"
#include "core/security/SecureBytes.h"
#include "hss/HybridLogicalClock.h"
#include "hss/ManualClock.h"
#include "hss/Ticket.h"
#include "hss/sync/PullPage.h"
#include "hss/sync/SyncCursor.h"

namespace hss::test {

/// Waits for a future whose continuation runs on this thread, spinning the event loop meanwhile.
template <class T>
T await(QFuture<T> future, int timeoutMs = 30000)
{
    QDeadlineTimer deadline(timeoutMs);
    while (!future.isFinished() && !deadline.hasExpired()) {
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
    }
    if (!future.isFinished()) {
        qFatal("a store or network job did not finish in time");
    }
    return future.result();
}

/// An encrypted store on its worker thread in a temporary folder, with a manual clock and a hybrid clock.
struct StoreFixture
{
    explicit StoreFixture(const std::string& deviceId = "console-test", std::int64_t startMs = 1764144000000)
        : clock(startMs)
        , hlc(clock, deviceId)
    {
        unsigned char key[32];
        for (unsigned char i = 0; i < 32; ++i) {
            key[i] = static_cast<unsigned char>(i * 7 + 3);
        }
        const auto error = await(worker.open(dir.filePath(QStringLiteral("store.db")), client::SecureBytes(key, 32),
                                             client::LocalStore::OpenMode::CreateIfMissing));
        opened = !error.has_value();
    }

    /// Runs job on the store's thread and waits for its result.
    template <class R>
    R run(std::function<R(client::LocalStore&)> job)
    {
        return await(worker.run<R>(std::move(job)));
    }

    QTemporaryDir dir;
    ManualClock clock;
    HybridLogicalClock hlc;
    client::StoreWorker worker;
    bool opened = false;
};

inline Ticket sampleTicket(const std::string& title, Priority priority = Priority::Medium)
{
    Ticket t;
    t.id = Uuid::createV7();
    t.title = title;
    t.description = "Description of " + title;
    t.priority = priority;
    t.status = TicketStatus::Open;
    t.channel = Channel::Email;
    t.requesterName = "Dr. Ada Example";
    t.requesterEmail = "ada@clinic.example";
    t.team = "tier1";
    t.createdAt = 1764144000000;
    t.updatedAt = t.createdAt;
    return t;
}

/// The clock reading the scripted server sends.
inline HlcTimestamp serverHlc()
{
    return HlcTimestamp {1764144000000, 0, "server"};
}

inline hss::sync::Change ticketChange(const hss::Ticket& ticket, std::int64_t sequence)
{
    hss::sync::Change change;
    change.entity = hss::sync::SyncEntity::Ticket;
    change.id = ticket.id;
    change.sequence = sequence;
    change.revision = std::max<std::int64_t>(ticket.revision, 1);
    change.hlc = hss::HlcTimestamp {ticket.updatedAt, 0, "server"};
    change.data = toJson(ticket);
    return change;
}

inline hss::sync::PullPage pageOf(std::vector<hss::sync::Change> changes, std::int64_t cursor, bool hasMore)
{
    hss::sync::PullPage page;
    page.changes = std::move(changes);
    page.cursor = hss::sync::formatCursor(cursor);
    page.hasMore = hasMore;
    page.serverHlc = serverHlc();
    return page;
}

} // namespace hss::test
