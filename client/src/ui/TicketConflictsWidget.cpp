// SPDX-License-Identifier: MIT
#include "TicketConflictsWidget.h"

#include <QFrame>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

#include "TicketLabels.h"

namespace hss::client {

namespace {

constexpr int previewChars = 160;

QString preview(const std::string& value)
{
    QString text = QString::fromStdString(value).simplified();
    if (text.isEmpty()) {
        return TicketConflictsWidget::tr("(empty)");
    }
    if (text.size() > previewChars) {
        text = text.left(previewChars) + QStringLiteral("…");
    }
    return text.toHtmlEscaped();
}

} // namespace

TicketConflictsWidget::TicketConflictsWidget(QWidget* parent)
    : QGroupBox(parent)
    , m_list(new QVBoxLayout(this))
{
    setObjectName(QStringLiteral("conflictNotes"));
    setStyleSheet(QStringLiteral("QGroupBox#conflictNotes { border: 1px solid #d4a72c; border-radius: 4px;"
                                 " margin-top: 1.2em; background: #fff8c5; }"
                                 " QGroupBox#conflictNotes::title { subcontrol-origin: margin; left: 8px; }"));
    setVisible(false);
}

void TicketConflictsWidget::setConflicts(const std::vector<TicketConflict>& conflicts)
{
    m_conflicts = conflicts;
    while (QLayoutItem* item = m_list->takeAt(0)) {
        if (QWidget* old = item->widget()) {
            old->hide();
            old->deleteLater(); // a button of it may be emitting right now
        }
        delete item;
    }
    for (std::size_t i = 0; i < m_conflicts.size(); ++i) {
        m_list->addWidget(makeNote(m_conflicts[i], static_cast<int>(i)));
    }
    setTitle(tr("Sync conflicts to review (%n)", nullptr, count()));
    setVisible(!m_conflicts.empty());
}

QWidget* TicketConflictsWidget::makeNote(const TicketConflict& conflict, int index)
{
    auto* note = new QFrame(this);
    note->setObjectName(QStringLiteral("conflictNote%1").arg(index));
    auto* grid = new QGridLayout(note);
    grid->setContentsMargins(4, 4, 4, 4);
    auto* heading = new QLabel(tr("<b>%1</b>: %2")
                                   .arg(TicketLabels::field(QString::fromStdString(conflict.field)),
                                        QString::fromStdString(conflict.reason).toHtmlEscaped()),
                               note);
    heading->setWordWrap(true);
    auto* kept = new QLabel(tr("Server kept: %1").arg(preview(conflict.keptValue)), note);
    auto* other = new QLabel(tr("Other edit: %1").arg(preview(conflict.otherValue)), note);
    kept->setWordWrap(true);
    other->setWordWrap(true);
    auto* keep = new QPushButton(tr("&Keep server text"), note);
    auto* use = new QPushButton(tr("&Use this text"), note);
    keep->setObjectName(QStringLiteral("conflictKeep%1").arg(index));
    use->setObjectName(QStringLiteral("conflictUse%1").arg(index));
    keep->setAccessibleName(tr("Keep the server's value and mark the conflict reviewed"));
    use->setAccessibleName(tr("Use the other edit and mark the conflict reviewed"));
    use->setEnabled(static_cast<bool>(conflict.otherValuePatch()));
    if (!use->isEnabled()) {
        use->setToolTip(QString::fromStdString(conflict.otherValuePatch().error().message));
    }
    grid->addWidget(heading, 0, 0, 1, 3);
    grid->addWidget(kept, 1, 0, 1, 3);
    grid->addWidget(other, 2, 0, 1, 3);
    grid->addWidget(keep, 3, 1);
    grid->addWidget(use, 3, 2);
    grid->setColumnStretch(0, 1);
    connect(keep, &QPushButton::clicked, this,
            [this, index] { emit resolveRequested(m_conflicts.at(static_cast<std::size_t>(index)), false); });
    connect(use, &QPushButton::clicked, this,
            [this, index] { emit resolveRequested(m_conflicts.at(static_cast<std::size_t>(index)), true); });
    return note;
}

} // namespace hss::client
