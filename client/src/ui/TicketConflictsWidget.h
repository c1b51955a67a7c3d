// SPDX-License-Identifier: MIT
#pragma once

#include <QGroupBox>
#include <vector>

#include "core/TicketConflict.h"

class QVBoxLayout;

namespace hss::client {

/// The conflict notes of one ticket still waiting for review, each with "Keep server text" (just mark it
/// reviewed) and "Use this text" (put the edit that lost in place, then mark it reviewed). Hidden when empty.
class TicketConflictsWidget final : public QGroupBox
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TicketConflictsWidget)

public:
    explicit TicketConflictsWidget(QWidget* parent = nullptr);

    void setConflicts(const std::vector<TicketConflict>& conflicts);
    int count() const { return static_cast<int>(m_conflicts.size()); }

signals:
    void resolveRequested(const hss::client::TicketConflict& conflict, bool useOtherValue);

private:
    QWidget* makeNote(const TicketConflict& conflict, int index);

    std::vector<TicketConflict> m_conflicts;
    QVBoxLayout* m_list;
};

} // namespace hss::client
