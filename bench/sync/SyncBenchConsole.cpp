// SPDX-License-Identifier: MIT
// hss-bench-sync-console: the console side of the sync benchmark (issue 5), built from the console's core classes
// (StoreSession, SyncApi, SyncEngine, LocalChanges, the repositories). bench/sync/run-sync-bench.sh drives it.
//
//   hss-bench-sync-console COMMAND --store DIR --password PW --server URL --ca FILE --user NAME [options]
//   initial [--timeout S]               initial sync of an empty store until idle (InitialSync)
//   floor                               the same rows straight into an empty store (FloorLoad)
//   follow --expect N [--timeout S]     console B: report each ticket stored after a long poll (LatencyFollower)
//   probe --samples N [--interval-ms M] console A: create and push Emergency tickets (LatencyProbe)
//
// Results go to stdout as "key value" lines, progress and errors to stderr. "open-ms" and "sign-in-ms" come first:
// unlocking the store (Argon2id, SQLCipher open, schema) and signing in are not part of the timed phases.
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QStringList>
#include <cstdio>

#include "BenchConsole.h"
#include "FloorLoad.h"
#include "InitialSync.h"
#include "LatencyFollower.h"
#include "LatencyProbe.h"

using namespace hss::bench;

namespace {

constexpr int usageExit = 64;

QString option(const QStringList& args, const QString& name, const QString& fallback = QString())
{
    const qsizetype at = args.indexOf(name);
    return at >= 0 && at + 1 < args.size() ? args[at + 1] : fallback;
}

int intOption(const QStringList& args, const QString& name, int fallback)
{
    return option(args, name, QString::number(fallback)).toInt();
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments().mid(1);
    const QString command = args.value(0);
    ConsoleOptions options;
    options.storeDir = option(args, QStringLiteral("--store"));
    options.password = option(args, QStringLiteral("--password"));
    options.server = option(args, QStringLiteral("--server"));
    options.caFile = option(args, QStringLiteral("--ca"));
    options.user = option(args, QStringLiteral("--user"));
    const QStringList commands {QStringLiteral("initial"), QStringLiteral("floor"), QStringLiteral("follow"),
                                QStringLiteral("probe")};
    if (!commands.contains(command) || options.storeDir.isEmpty() || options.password.isEmpty()
        || options.server.isEmpty() || options.caFile.isEmpty() || options.user.isEmpty()) {
        std::fputs("usage: hss-bench-sync-console initial|floor|follow|probe --store DIR --password PW --server URL"
                   " --ca FILE --user NAME [--timeout S] [--expect N] [--samples N] [--interval-ms M]\n",
                   stderr);
        return usageExit;
    }

    BenchConsole console(options);
    QElapsedTimer step;
    step.start();
    if (!console.open()) {
        return 1;
    }
    report(QStringLiteral("open-ms"), QString::number(step.restart()));
    if (!console.signIn()) {
        return 1;
    }
    report(QStringLiteral("sign-in-ms"), QString::number(step.elapsed()));

    const int timeout = intOption(args, QStringLiteral("--timeout"), 600);
    if (command == QLatin1String("initial")) {
        return InitialSync(console).run(timeout);
    }
    if (command == QLatin1String("floor")) {
        return FloorLoad(console).run();
    }
    if (command == QLatin1String("follow")) {
        return LatencyFollower(console).run(intOption(args, QStringLiteral("--expect"), 1), timeout);
    }
    return LatencyProbe(console).run(intOption(args, QStringLiteral("--samples"), 5),
                                     intOption(args, QStringLiteral("--interval-ms"), 1500));
}
