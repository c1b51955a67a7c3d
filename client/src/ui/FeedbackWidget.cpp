// SPDX-License-Identifier: MIT
#include "FeedbackWidget.h"

#include <QComboBox>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

#include "FeedbackDialog.h"
#include "core/FutureSupport.h"
#include "models/FeedbackTableModel.h"

namespace hss::client {

FeedbackWidget::FeedbackWidget(FeedbackService& service, QWidget* parent)
    : QWidget(parent)
    , m_service(service)
    , m_model(new FeedbackTableModel(this))
    , m_tickets(new QComboBox(this))
    , m_give(new QPushButton(tr("&Give feedback…"), this))
    , m_summary(new QLabel(this))
    , m_view(new QTableView(this))
{
    setObjectName(QStringLiteral("feedbackPage"));
    auto* rateBox = new QGroupBox(tr("Rate a resolved ticket"), this);
    auto* rateRow = new QHBoxLayout(rateBox);
    auto* ticketLabel = new QLabel(tr("&Ticket:"), rateBox);
    m_tickets->setObjectName(QStringLiteral("rateableTickets"));
    m_tickets->setAccessibleName(tr("Resolved or closed ticket to rate"));
    m_tickets->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_tickets->setMinimumContentsLength(40);
    ticketLabel->setBuddy(m_tickets);
    m_give->setObjectName(QStringLiteral("giveFeedbackButton"));
    rateRow->addWidget(ticketLabel);
    rateRow->addWidget(m_tickets, 1);
    rateRow->addWidget(m_give);

    auto* listBox = new QGroupBox(tr("Feedback received"), this);
    auto* listLayout = new QVBoxLayout(listBox);
    m_summary->setObjectName(QStringLiteral("feedbackSummary"));
    m_view->setObjectName(QStringLiteral("feedbackView"));
    m_view->setAccessibleName(tr("Feedback list"));
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_view->horizontalHeader()->setSectionResizeMode(FeedbackTableModel::TicketRef, QHeaderView::Interactive);
    m_view->horizontalHeader()->setStretchLastSection(true);
    listLayout->addWidget(m_summary);
    listLayout->addWidget(m_view, 1);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(rateBox);
    layout->addWidget(listBox, 1);

    connect(m_give, &QPushButton::clicked, this, &FeedbackWidget::giveFeedbackClicked);
    connect(&m_service, &FeedbackService::loaded, this, [this](const std::vector<FeedbackRow>& rows) {
        showRows(rows);
        // Sync may have resolved tickets since: they can be rated now.
        whenFinished(m_service.rateableTickets(), this, [this](std::vector<Ticket> tickets) { showTickets(tickets); });
    });
    showRows(m_service.rows());
    reload();
}

void FeedbackWidget::reload()
{
    m_service.reload();
    whenFinished(m_service.rateableTickets(), this, [this](std::vector<Ticket> tickets) { showTickets(tickets); });
}

void FeedbackWidget::showRows(const std::vector<FeedbackRow>& rows)
{
    m_model->setRows(rows);
    int scored = 0;
    int total = 0;
    for (const FeedbackRow& row : rows) {
        if (row.feedback.csatScore) {
            ++scored;
            total += *row.feedback.csatScore;
        }
    }
    if (rows.empty()) {
        m_summary->setText(tr("No feedback yet."));
    } else if (scored == 0) {
        m_summary->setText(tr("%n entry(ies), none with a CSAT score.", nullptr, static_cast<int>(rows.size())));
    } else {
        m_summary->setText(
            tr("%n entry(ies); average CSAT %1 of 5 from %2 score(s).", nullptr, static_cast<int>(rows.size()))
                .arg(QString::number(static_cast<double>(total) / scored, 'f', 1))
                .arg(scored));
    }
    m_view->resizeColumnToContents(FeedbackTableModel::TicketRef);
    if (m_view->columnWidth(FeedbackTableModel::TicketRef) > 360) {
        m_view->setColumnWidth(FeedbackTableModel::TicketRef, 360); // long titles: the tooltip has the rest
    }
}

void FeedbackWidget::showTickets(const std::vector<Ticket>& tickets)
{
    const QVariant keep = m_tickets->currentData();
    m_tickets->clear();
    for (const Ticket& ticket : tickets) {
        const QString number = ticket.number ? tr("#%1").arg(*ticket.number) : tr("(new)");
        m_tickets->addItem(tr("%1 %2").arg(number, QString::fromStdString(ticket.title)),
                           QString::fromStdString(ticket.id.toString()));
    }
    if (tickets.empty()) {
        m_tickets->addItem(tr("No resolved or closed tickets"));
    }
    const int index = m_tickets->findData(keep);
    m_tickets->setCurrentIndex(index >= 0 ? index : 0);
    m_tickets->setEnabled(!tickets.empty());
    m_give->setEnabled(!tickets.empty());
}

void FeedbackWidget::giveFeedbackClicked()
{
    const auto id = Uuid::parse(m_tickets->currentData().toString().toStdString());
    if (!id) {
        return;
    }
    openFeedbackDialog(id.value());
}

FeedbackDialog* FeedbackWidget::openFeedbackDialog(const Uuid& ticketId)
{
    auto* dialog = new FeedbackDialog(m_service, ticketId, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowModality(Qt::WindowModal);
    dialog->open();
    m_dialog = dialog;
    return dialog;
}

std::optional<FeedbackDialog::Typed> FeedbackWidget::typedFeedback() const
{
    const FeedbackDialog* dialog = m_dialog.data();
    if (dialog == nullptr || !dialog->isVisible()) {
        return std::nullopt;
    }
    FeedbackDialog::Typed typed = dialog->typed();
    if (!typed.hasInput()) {
        return std::nullopt;
    }
    return typed;
}

} // namespace hss::client
