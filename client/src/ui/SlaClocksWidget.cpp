// SPDX-License-Identifier: MIT
#include "SlaClocksWidget.h"

#include <QDateTime>
#include <QGridLayout>
#include <QLabel>

#include "TicketLabels.h"
#include "hss/Clock.h"

namespace hss::client {

namespace {

constexpr int tickMs = 1000;

QString stateColour(sla::SlaState state)
{
    switch (state) {
    case sla::SlaState::Breached:
        return QStringLiteral("#b00020");
    case sla::SlaState::Escalated:
        return QStringLiteral("#c04000");
    case sla::SlaState::Warning:
        return QStringLiteral("#9a6700");
    case sla::SlaState::Met:
    case sla::SlaState::Ok:
        return QStringLiteral("#1a7f37");
    case sla::SlaState::Inactive:
        break;
    }
    return QStringLiteral("#57606a");
}

} // namespace

SlaClocksWidget::SlaClocksWidget(const Clock& clock, QWidget* parent)
    : QGroupBox(tr("SLA clocks"), parent)
    , m_clock(clock)
    , m_escalation(new QLabel(this))
    , m_note(new QLabel(this))
{
    setObjectName(QStringLiteral("slaClocks"));
    auto* grid = new QGridLayout(this);
    grid->addWidget(new QLabel(tr("<b>Clock</b>"), this), 0, 0);
    grid->addWidget(new QLabel(tr("<b>State</b>"), this), 0, 1);
    grid->addWidget(new QLabel(tr("<b>Remaining</b>"), this), 0, 2);
    grid->addWidget(new QLabel(tr("<b>Due</b>"), this), 0, 3);
    for (std::size_t i = 0; i < sla::allSlaClockKinds.size(); ++i) {
        const int row = static_cast<int>(i) + 1;
        const QString name = TicketLabels::slaClock(sla::allSlaClockKinds[i]);
        grid->addWidget(new QLabel(name, this), row, 0);
        m_state[i] = new QLabel(this);
        m_remaining[i] = new QLabel(this);
        m_due[i] = new QLabel(this);
        m_remaining[i]->setObjectName(QStringLiteral("slaRemaining%1").arg(row));
        m_remaining[i]->setAccessibleName(tr("%1 remaining").arg(name));
        grid->addWidget(m_state[i], row, 1);
        grid->addWidget(m_remaining[i], row, 2);
        grid->addWidget(m_due[i], row, 3);
    }
    m_escalation->setObjectName(QStringLiteral("slaEscalation"));
    grid->addWidget(m_escalation, 4, 0, 1, 4);
    m_note->setWordWrap(true);
    grid->addWidget(m_note, 5, 0, 1, 4);
    grid->setColumnStretch(3, 1);
    m_tick.setInterval(tickMs);
    connect(&m_tick, &QTimer::timeout, this, &SlaClocksWidget::refresh);
    setSla(std::nullopt);
}

void SlaClocksWidget::setSla(const std::optional<TicketSla>& sla)
{
    m_sla = sla;
    if (m_sla) {
        m_tick.start();
    } else {
        m_tick.stop();
    }
    refresh();
}

QString SlaClocksWidget::remainingText(sla::SlaClockKind kind) const
{
    return m_remaining[static_cast<std::size_t>(kind)]->text();
}

void SlaClocksWidget::refresh()
{
    if (!m_sla) {
        for (std::size_t i = 0; i < m_state.size(); ++i) {
            m_state[i]->setText(QStringLiteral("–"));
            m_remaining[i]->setText(QStringLiteral("–"));
            m_due[i]->setText(QStringLiteral("–"));
        }
        m_escalation->setText(tr("Escalation level: –"));
        m_note->setText(tr("No SLA report yet: the clocks appear once the server has seen this ticket."));
        return;
    }
    const TicketSla now = TicketSla::at(m_sla->report, m_clock.nowMs());
    for (std::size_t i = 0; i < now.clocks.size(); ++i) {
        const TicketSlaClock& clock = now.clocks[i];
        m_state[i]->setText(QStringLiteral("<span style=\"color:%1\">%2</span>")
                                .arg(stateColour(clock.state), TicketLabels::slaState(clock.state)));
        QString remaining = QStringLiteral("–");
        if (clock.state != sla::SlaState::Inactive && clock.state != sla::SlaState::Met) {
            remaining = TicketLabels::duration(clock.remainingMs);
            if (clock.paused) {
                remaining = tr("%1 (paused)").arg(remaining);
            }
        }
        m_remaining[i]->setText(remaining);
        m_due[i]->setText(
            clock.dueAt ? QDateTime::fromMSecsSinceEpoch(*clock.dueAt).toString(QStringLiteral("yyyy-MM-dd HH:mm"))
                        : QStringLiteral("–"));
    }
    m_escalation->setText(tr("Escalation level: %1").arg(now.escalationLevel));
    m_note->setText(m_sla->estimated ? tr("Estimated on this console until the server reports the clocks.")
                                     : QString());
}

} // namespace hss::client
