// SPDX-License-Identifier: MIT
#include "TicketTriagePanel.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QTextDocument>
#include <QVBoxLayout>

#include "TicketLabels.h"

namespace hss::client {

TicketTriagePanel::TicketTriagePanel(QWidget* parent)
    : QFrame(parent)
    , m_summary(new QLabel(this))
    , m_reasons(new QListWidget(this))
    , m_accept(new QPushButton(tr("Use &suggestion"), this))
{
    setObjectName(QStringLiteral("triagePanel"));
    setFrameShape(QFrame::StyledPanel);
    m_summary->setObjectName(QStringLiteral("triageSummary"));
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::RichText);
    m_reasons->setObjectName(QStringLiteral("triageReasons"));
    m_reasons->setAccessibleName(tr("Reasons for the suggestion"));
    m_reasons->setWordWrap(true);
    m_reasons->setMinimumHeight(70);
    m_accept->setObjectName(QStringLiteral("triageAccept"));
    m_accept->setAccessibleName(tr("Use the suggested priority and category"));

    auto* top = new QHBoxLayout;
    top->addWidget(m_summary, 1);
    top->addWidget(m_accept, 0, Qt::AlignTop);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(new QLabel(tr("Why:"), this));
    layout->addWidget(m_reasons, 1);
    connect(m_accept, &QPushButton::clicked, this, &TicketTriagePanel::acceptRequested);
    clear();
}

void TicketTriagePanel::showSuggestion(const triage::TriageResult& suggestion)
{
    QString summary =
        tr("Suggested: <b>%1</b> priority, category <b>%2</b>.")
            .arg(TicketLabels::priority(suggestion.priority), TicketLabels::category(suggestion.category));
    if (suggestion.emergency && suggestion.emergencyCategory) {
        summary = tr("<span style=\"color:#b00020\"><b>Medical emergency: %1.</b></span> ")
                      .arg(TicketLabels::emergency(*suggestion.emergencyCategory))
            + summary;
        setStyleSheet(QStringLiteral("QFrame#triagePanel { background: #ffebe9; border: 1px solid #b00020; }"));
    } else {
        setStyleSheet(QString());
    }
    m_summary->setText(summary);
    // Screen readers get the words, not the markup.
    QTextDocument plain;
    plain.setHtml(summary);
    m_summary->setAccessibleName(plain.toPlainText());
    m_reasons->clear();
    // Phrases whose words a stronger phrase already counted add nothing: the agent sees only what decided.
    int overlapped = 0;
    for (const triage::TriageReason& reason : suggestion.reasons) {
        if (reason.overlapped) {
            ++overlapped;
            continue;
        }
        QString text = QString::fromStdString(reason.message);
        if (reason.negated) {
            text = tr("%1 (negated, not counted)").arg(text);
        }
        m_reasons->addItem(text);
    }
    if (overlapped > 0) {
        m_reasons->addItem(tr("%n more phrase(s) matching the same words, not counted again.", "", overlapped));
    }
    if (suggestion.reasons.empty()) {
        m_reasons->addItem(tr("No triage rule matched; the defaults apply."));
    }
    m_accept->setEnabled(true);
}

void TicketTriagePanel::clear()
{
    setStyleSheet(QString());
    m_summary->setText(tr("Type a title and a description to get a triage suggestion."));
    m_reasons->clear();
    m_accept->setEnabled(false);
}

QString TicketTriagePanel::summary() const
{
    return m_summary->text();
}

int TicketTriagePanel::reasonCount() const
{
    return m_reasons->count();
}

} // namespace hss::client
