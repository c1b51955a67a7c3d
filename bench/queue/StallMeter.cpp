// SPDX-License-Identifier: MIT
#include "StallMeter.h"

#include <algorithm>

#include "Measure.h"

StallMeter::StallMeter()
{
    m_ticker.setTimerType(Qt::PreciseTimer);
    QObject::connect(&m_ticker, &QTimer::timeout, [this] {
        m_longest = std::max(m_longest, msSince(m_sinceTick));
        m_sinceTick.restart();
    });
}

void StallMeter::start()
{
    m_longest = 0;
    m_sinceTick.start();
    m_ticker.start(1);
}

double StallMeter::stop()
{
    m_longest = std::max(m_longest, msSince(m_sinceTick));
    m_ticker.stop();
    return m_longest;
}
