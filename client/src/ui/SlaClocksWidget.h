// SPDX-License-Identifier: MIT
#pragma once

#include <QGroupBox>
#include <QTimer>
#include <array>
#include <optional>

#include "storage/TicketSla.h"

class QLabel;

namespace hss {
class Clock;
}

namespace hss::client {

/// Every SLA clock of one ticket with its state, remaining time and due time, and the escalation level. Running
/// clocks count down live from the stored report (TicketSla::at), so the view stays right while offline.
class SlaClocksWidget final : public QGroupBox
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SlaClocksWidget)

public:
    /// Does not own clock; it must outlive the widget.
    explicit SlaClocksWidget(const Clock& clock, QWidget* parent = nullptr);

    /// Nothing: the server has not reported clocks for this ticket yet.
    void setSla(const std::optional<TicketSla>& sla);
    /// The text shown for a clock (for tests and screen readers).
    QString remainingText(sla::SlaClockKind kind) const;

private:
    void refresh();

    const Clock& m_clock;
    std::optional<TicketSla> m_sla;
    QTimer m_tick;
    std::array<QLabel*, 3> m_state {};
    std::array<QLabel*, 3> m_remaining {};
    std::array<QLabel*, 3> m_due {};
    QLabel* m_escalation;
    QLabel* m_note;
};

} // namespace hss::client
