// SPDX-License-Identifier: MIT
#include "Measure.h"

#include <QFile>
#include <algorithm>
#include <cstdio>
#include <cstdlib>

Stats statsOf(std::vector<double> samples)
{
    if (samples.empty()) {
        return {};
    }
    std::sort(samples.begin(), samples.end());
    return {samples[samples.size() / 2], samples.front(), samples.back()};
}

double msSince(const QElapsedTimer& timer)
{
    return static_cast<double>(timer.nsecsElapsed()) / 1e6;
}

void spinUntil(const std::function<bool()>& done, const char* what, int timeoutMs)
{
    QElapsedTimer timer;
    timer.start();
    while (!done()) {
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 10);
        if (timer.elapsed() > timeoutMs) {
            std::fprintf(stderr, "timed out waiting for %s\n", what);
            std::exit(1);
        }
    }
}

std::pair<double, double> memoryMiB()
{
    QFile status(QStringLiteral("/proc/self/status"));
    double peak = 0;
    double now = 0;
    if (status.open(QIODevice::ReadOnly)) {
        for (const QByteArray& line : status.readAll().split('\n')) {
            const QList<QByteArray> parts = line.simplified().split(' ');
            if (parts.size() >= 2 && parts[0] == "VmHWM:") {
                peak = parts[1].toDouble() / 1024;
            } else if (parts.size() >= 2 && parts[0] == "VmRSS:") {
                now = parts[1].toDouble() / 1024;
            }
        }
    }
    return {peak, now};
}
