// SPDX-License-Identifier: MIT
#pragma once

#include <QElapsedTimer>
#include <QTimer>

/// A 1 ms timer on the GUI thread; the largest gap between its ticks is the longest the GUI could not react.
class StallMeter final
{
public:
    StallMeter();
    void start();
    /// The longest gap since start(), in ms.
    double stop();

private:
    QTimer m_ticker;
    QElapsedTimer m_sinceTick;
    double m_longest = 0;
};
