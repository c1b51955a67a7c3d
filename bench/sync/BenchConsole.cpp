// SPDX-License-Identifier: MIT
#include "BenchConsole.h"

#include <QDir>
#include <QFile>
#include <cstdio>

#include "core/StoreWorker.h"
#include "sync/DeviceIdentity.h"
#include <sys/resource.h>

namespace hss::bench {

using namespace hss::client;

BenchConsole::BenchConsole(ConsoleOptions options)
    : m_options(std::move(options))
    , m_session(QDir(m_options.storeDir).filePath(QStringLiteral("store.db")),
                QDir(m_options.storeDir).filePath(QStringLiteral("store.key")), m_options.user, m_clock)
{ }

bool BenchConsole::open()
{
    QDir().mkpath(m_options.storeDir);
    const auto outcome = awaitResult(m_session.unlock(m_options.password));
    if (!outcome || outcome->code != UnlockOutcome::Code::Unlocked) {
        std::fprintf(stderr, "bench console: cannot open the store: %s\n",
                     outcome ? qPrintable(outcome->message) : "timeout");
        return false;
    }
    const auto identity = awaitResult(
        worker().run<DeviceIdentity>([](LocalStore& store) { return DeviceIdentity::loadOrCreate(store); }));
    if (!identity || identity->deviceId.empty()) {
        std::fprintf(stderr, "bench console: cannot read the device identity\n");
        return false;
    }
    m_hlc = std::make_unique<HybridLogicalClock>(m_clock, identity->deviceId);
    if (identity->lastHlc) {
        (void)m_hlc->receive(*identity->lastHlc);
    }
    return true;
}

bool BenchConsole::signIn()
{
    QString error;
    if (!m_api.configure(QUrl(m_options.server), m_options.caFile, &error)) {
        std::fprintf(stderr, "bench console: %s\n", qPrintable(error));
        return false;
    }
    const auto signedIn = awaitResult(m_api.login(m_options.user, m_options.password), 60'000);
    if (!signedIn || !signedIn->ok()) {
        std::fprintf(stderr, "bench console: sign-in of %s failed: %s\n", qPrintable(m_options.user),
                     signedIn ? qPrintable(signedIn->error().message) : "timeout");
        return false;
    }
    m_userId = signedIn->value().user.id;
    return true;
}

void report(const QString& key, const QString& value)
{
    std::fprintf(stdout, "%s %s\n", qPrintable(key), qPrintable(value));
    std::fflush(stdout);
}

qint64 peakResidentKiB()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly)) {
        return -1;
    }
    for (const QByteArray& line : status.readAll().split('\n')) {
        if (line.startsWith("VmHWM:")) {
            return line.mid(6).trimmed().split(' ').value(0).toLongLong();
        }
    }
    return -1;
}

qint64 cpuMs()
{
    rusage usage {};
    if (getrusage(RUSAGE_SELF, &usage) != 0) {
        return -1;
    }
    const auto ms = [](const timeval& t) { return static_cast<qint64>(t.tv_sec) * 1000 + t.tv_usec / 1000; };
    return ms(usage.ru_utime) + ms(usage.ru_stime);
}

} // namespace hss::bench
