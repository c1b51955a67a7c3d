// SPDX-License-Identifier: MIT
#include "InitialSync.h"

#include <QElapsedTimer>
#include <cstdio>

#include "BenchConsole.h"
#include "RecordingTransport.h"
#include "StoreCounts.h"
#include "core/FutureSupport.h"
#include "core/StoreWorker.h"
#include "storage/TicketRepository.h"
#include "sync/SyncEngine.h"

namespace hss::bench {

using namespace hss::client;

int InitialSync::run(int timeoutSeconds)
{
    RecordingTransport transport(m_console.api());
    SyncEngine engine(m_console.worker(), transport, m_console.hlc(), m_console.clock(), m_console.random());
    QElapsedTimer elapsed;
    enum class State { Running, Done, Failed } state = State::Running;
    bool firstQueueSeen = false;

    QObject::connect(&engine, &SyncEngine::pageApplied, &engine, [&](int changes) {
        if (transport.pages() % 20 == 0) {
            std::fprintf(stderr, "  %d pages, %lld changes, %.1f s\n", transport.pages(),
                         static_cast<long long>(transport.changes()), static_cast<double>(elapsed.elapsed()) / 1000);
        }
        if (firstQueueSeen || transport.lastPageTickets().empty() || changes == 0) {
            return;
        }
        firstQueueSeen = true;
        report(QStringLiteral("first-queue-committed-ms"), QString::number(elapsed.elapsed()));
        // What the queue view asks for first: the first page of "All open", queued behind the engine's own work.
        whenFinished(m_console.worker().run<qsizetype>([](LocalStore& store) {
            return static_cast<qsizetype>(TicketRepository(store.database()).query(TicketQuery {}).size());
        }),
                     &engine, [&elapsed](qsizetype rows) {
                         report(QStringLiteral("first-queue-shown-ms"),
                                QStringLiteral("%1 %2").arg(elapsed.elapsed()).arg(rows));
                     });
    });
    QObject::connect(&engine, &SyncEngine::idle, &engine, [&] {
        state = State::Done;
        engine.stop();
    });
    const auto fail = [&] {
        state = State::Failed;
        engine.stop();
    };
    QObject::connect(&engine, &SyncEngine::signInRequired, &engine, fail);
    QObject::connect(&engine, &SyncEngine::accountDisabled, &engine, fail);

    const qint64 cpuBefore = cpuMs();
    elapsed.start();
    engine.start();
    runUntil([&state] { return state != State::Running; }, timeoutSeconds * 1000LL);
    const qint64 totalMs = elapsed.elapsed();
    engine.stop();
    if (state != State::Done) {
        std::fprintf(stderr, "initial sync: %s after %lld ms (%s)\n", state == State::Failed ? "failed" : "timed out",
                     static_cast<long long>(totalMs), qPrintable(engine.status().lastError));
        return state == State::Failed ? 1 : 2;
    }
    report(QStringLiteral("total-ms"), QString::number(totalMs));
    report(QStringLiteral("cpu-ms"), QString::number(cpuMs() - cpuBefore));
    report(QStringLiteral("pull-wait-ms"), QString::number(transport.pullMs()));
    report(QStringLiteral("pages"), QString::number(transport.pages()));
    report(QStringLiteral("changes"), QString::number(transport.changes()));
    report(QStringLiteral("peak-rss-kib"), QString::number(peakResidentKiB()));
    reportStoreCounts(m_console.worker());
    return 0;
}

} // namespace hss::bench
