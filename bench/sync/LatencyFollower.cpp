// SPDX-License-Identifier: MIT
#include "LatencyFollower.h"

#include <QDateTime>
#include <cstdio>

#include "BenchConsole.h"
#include "LatencyProbe.h"
#include "RecordingTransport.h"
#include "sync/SyncEngine.h"

namespace hss::bench {

using namespace hss::client;

int LatencyFollower::run(int expected, int timeoutSeconds)
{
    RecordingTransport transport(m_console.api());
    // Only the probes count: the server changes other tickets meanwhile (e.g. SLA escalations).
    transport.setTitlePrefix(std::string(probeTitlePrefix));
    SyncEngine engine(m_console.worker(), transport, m_console.hlc(), m_console.clock(), m_console.random());
    bool ready = false;
    bool failed = false;
    int stored = 0;
    QObject::connect(&engine, &SyncEngine::idle, &engine, [&] {
        if (!ready) {
            ready = true;
            report(QStringLiteral("ready"), QString::number(QDateTime::currentMSecsSinceEpoch()));
        }
    });
    QObject::connect(&engine, &SyncEngine::pageApplied, &engine, [&](int) {
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        for (const Uuid& id : transport.lastPageTickets()) {
            if (ready) {
                report(QStringLiteral("stored"),
                       QStringLiteral("%1 %2").arg(QString::fromStdString(id.toString())).arg(now));
                ++stored;
            }
        }
    });
    QObject::connect(&engine, &SyncEngine::signInRequired, &engine, [&] { failed = true; });
    QObject::connect(&engine, &SyncEngine::accountDisabled, &engine, [&] { failed = true; });
    engine.start();
    runUntil([&] { return failed || stored >= expected; }, timeoutSeconds * 1000LL);
    engine.stop();
    if (failed || stored < expected) {
        std::fprintf(stderr, "follow: %d of %d tickets seen (%s)\n", stored, expected,
                     qPrintable(engine.status().lastError));
    }
    report(QStringLiteral("peak-rss-kib"), QString::number(peakResidentKiB()));
    return failed ? 1 : stored < expected ? 2 : 0;
}

} // namespace hss::bench
