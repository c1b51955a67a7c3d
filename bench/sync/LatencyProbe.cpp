// SPDX-License-Identifier: MIT
#include "LatencyProbe.h"

#include <QDateTime>
#include <cstdio>

#include "BenchConsole.h"
#include "sync/LocalChanges.h"
#include "sync/SyncEngine.h"

namespace hss::bench {

using namespace hss::client;

int LatencyProbe::run(int samples, int intervalMs)
{
    LocalChanges changes(m_console.worker(), m_console.hlc(), m_console.clock());
    changes.setUserId(m_console.userId());
    SyncEngine engine(m_console.worker(), m_console.api(), m_console.hlc(), m_console.clock(), m_console.random());
    int acknowledged = 0;
    qint64 ackMs = 0;
    QObject::connect(&engine, &SyncEngine::pushFinished, &engine, [&](int done, int) {
        ackMs = QDateTime::currentMSecsSinceEpoch();
        acknowledged += done;
        engine.stop();
    });
    for (int i = 0; i < samples; ++i) {
        runUntil([] { return false; }, intervalMs); // lets console B settle into its long poll
        Ticket draft;
        draft.title = std::string(probeTitlePrefix) + std::to_string(i + 1) + ": ventilator alarm integration silent";
        draft.description = "Created by hss-bench-sync-console to time a change reaching another console.";
        draft.priority = Priority::Emergency;
        draft.status = TicketStatus::New;
        draft.channel = Channel::Phone;
        draft.requesterName = "Ward 3 night desk";
        draft.team = "tier1";
        const auto created = awaitResult(changes.createTicket(draft), 30'000);
        const qint64 editMs = QDateTime::currentMSecsSinceEpoch();
        if (!created || !created->ok()) {
            std::fprintf(stderr, "probe: create failed\n");
            return 1;
        }
        const int before = acknowledged;
        engine.start();
        runUntil([&] { return acknowledged != before || !engine.isRunning(); }, 30'000);
        engine.stop();
        if (acknowledged == before) {
            std::fprintf(stderr, "probe: push not acknowledged (%s)\n", qPrintable(engine.status().lastError));
            return 1;
        }
        report(QStringLiteral("probe"),
               QStringLiteral("%1 %2 %3")
                   .arg(QString::fromStdString(created->value().id.toString()))
                   .arg(editMs)
                   .arg(ackMs));
    }
    return 0;
}

} // namespace hss::bench
