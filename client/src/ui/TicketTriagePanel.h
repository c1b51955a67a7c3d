// SPDX-License-Identifier: MIT
#pragma once

#include <QFrame>

#include "hss/triage/TriageResult.h"

class QLabel;
class QListWidget;
class QPushButton;

namespace hss::client {

/// Shows a triage suggestion: priority, category, the emergency flag and the reasons, with a button to take it.
class TicketTriagePanel final : public QFrame
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TicketTriagePanel)

public:
    explicit TicketTriagePanel(QWidget* parent = nullptr);

    void showSuggestion(const triage::TriageResult& suggestion);
    void clear();
    /// The summary line shown (for tests and screen readers).
    QString summary() const;
    int reasonCount() const;

signals:
    void acceptRequested();

private:
    QLabel* m_summary;
    QListWidget* m_reasons;
    QPushButton* m_accept;
};

} // namespace hss::client
