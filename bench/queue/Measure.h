// SPDX-License-Identifier: MIT
#pragma once

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFuture>
#include <functional>
#include <utility>
#include <vector>

struct Stats
{
    double median = 0;
    double min = 0;
    double max = 0;
};

Stats statsOf(std::vector<double> samples);

double msSince(const QElapsedTimer& timer);

/// Runs the GUI thread's event loop until \a done holds; exits the benchmark after \a timeoutMs.
void spinUntil(const std::function<bool()>& done, const char* what, int timeoutMs = 120'000);

/// The result of \a future, running the event loop meanwhile (its continuations run on this thread).
template <typename T>
T await(QFuture<T> future, const char* what)
{
    spinUntil([&future] { return future.isFinished(); }, what);
    return future.result();
}

/// VmHWM (peak) and VmRSS of this process in MiB.
std::pair<double, double> memoryMiB();
