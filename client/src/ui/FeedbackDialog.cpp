// SPDX-License-Identifier: MIT
#include "FeedbackDialog.h"

#include <QButtonGroup>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QTextCursor>
#include <QVBoxLayout>
#include <algorithm>

#include "FeedbackLabels.h"
#include "MessageBox.h"
#include "core/FeedbackService.h"
#include "core/FutureSupport.h"
#include "hss/Limits.h"

namespace hss::client {

FeedbackDialog::FeedbackDialog(FeedbackService& service, const Uuid& ticketId, QWidget* parent)
    : QDialog(parent)
    , m_service(service)
    , m_ticketId(ticketId)
    , m_ticket(new QLabel(tr("Loading the ticket…"), this))
    , m_refusal(new QLabel(this))
    , m_scores(new QButtonGroup(this))
    , m_category(new QComboBox(this))
    , m_safety(new QComboBox(this))
    , m_comment(new QPlainTextEdit(this))
    , m_submit(nullptr)
{
    setWindowTitle(tr("Ticket feedback"));
    setObjectName(QStringLiteral("feedbackDialog"));
    m_ticket->setObjectName(QStringLiteral("feedbackTicket"));
    m_ticket->setWordWrap(true);
    m_refusal->setObjectName(QStringLiteral("feedbackRefusal"));
    m_refusal->setWordWrap(true);
    m_refusal->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_refusal->hide();

    auto* scoreRow = new QVBoxLayout;
    for (int score = limits::csatMin; score <= limits::csatMax; ++score) {
        auto* button = new QRadioButton(FeedbackLabels::score(score), this);
        button->setObjectName(QStringLiteral("score%1").arg(score));
        m_scores->addButton(button, score);
        scoreRow->addWidget(button);
    }
    auto* scoreBox = new QWidget(this);
    scoreBox->setLayout(scoreRow);
    scoreBox->setAccessibleName(tr("Satisfaction score"));

    m_category->setObjectName(QStringLiteral("feedbackCategory"));
    m_category->setAccessibleName(tr("Feedback category"));
    for (FeedbackCategory category : allFeedbackCategories) {
        m_category->addItem(FeedbackLabels::category(category), static_cast<int>(category));
    }
    m_category->setCurrentIndex(m_category->findData(static_cast<int>(FeedbackCategory::Support)));
    m_safety->setObjectName(QStringLiteral("feedbackSafetyOutcome"));
    m_safety->setAccessibleName(tr("Outcome of the AI decision"));
    m_safety->addItem(tr("Not applicable"), -1);
    m_safety->addItem(tr("Correct"), static_cast<int>(metrics::SafetyOutcome::Correct));
    m_safety->addItem(tr("Incorrect"), static_cast<int>(metrics::SafetyOutcome::Incorrect));
    m_safety->addItem(tr("Near miss (caught before it affected care)"),
                      static_cast<int>(metrics::SafetyOutcome::NearMiss));
    m_comment->setObjectName(QStringLiteral("feedbackComment"));
    m_comment->setAccessibleName(tr("Feedback comment"));
    m_comment->setPlaceholderText(tr("What went well, what could be better? (optional)"));
    m_comment->setTabChangesFocus(true);

    auto* form = new QFormLayout;
    m_form = form;
    form->addRow(tr("Ticket:"), m_ticket);
    auto* scoreLabel = new QLabel(tr("&Satisfaction:"), this);
    scoreLabel->setBuddy(m_scores->button(limits::csatMin));
    form->addRow(scoreLabel, scoreBox);
    form->addRow(tr("C&ategory:"), m_category);
    form->addRow(tr("AI &decision was:"), m_safety);
    form->setRowVisible(m_safety, false); // shown once the ticket turns out to be medical
    form->addRow(tr("Co&mment:"), m_comment);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_submit = buttons->addButton(tr("S&ubmit feedback"), QDialogButtonBox::AcceptRole);
    m_submit->setObjectName(QStringLiteral("submitFeedbackButton"));
    m_submit->setEnabled(false);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_refusal);
    layout->addWidget(buttons);

    connect(buttons, &QDialogButtonBox::accepted, this, &FeedbackDialog::submit);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_scores, &QButtonGroup::idClicked, this, &FeedbackDialog::updateSubmit);

    whenFinished(m_service.ticket(ticketId), this, [this](std::optional<Ticket> ticket) {
        if (!ticket) {
            m_ticket->setText(tr("This ticket is not stored on this computer."));
            m_refusal->setText(tr("Feedback can only be given on a ticket stored here."));
            m_refusal->show();
            emit ticketLoaded(false);
            return;
        }
        const QString number = ticket->number ? tr("#%1").arg(*ticket->number) : tr("(new)");
        m_ticket->setText(tr("%1 %2").arg(number, QString::fromStdString(ticket->title)));
        m_rateable = FeedbackService::isRateable(ticket->status);
        // Medical tickets reach only the consoles of those who may judge the AI's clinical decisions.
        m_asksSafety = ticket->category == Category::MedicalClinical || ticket->medicalCaseRef.has_value();
        m_form->setRowVisible(m_safety, m_asksSafety);
        if (!m_rateable) {
            m_refusal->setText(tr("This ticket is not resolved yet. Feedback and a satisfaction score can only be "
                                  "given once a ticket is resolved or closed."));
            m_refusal->show();
        }
        updateSubmit();
        emit ticketLoaded(m_rateable);
    });
}

void FeedbackDialog::setScore(int score)
{
    if (auto* button = m_scores->button(score)) {
        button->setChecked(true);
    }
    updateSubmit();
}

void FeedbackDialog::setSafetyOutcome(std::optional<metrics::SafetyOutcome> outcome)
{
    m_safety->setCurrentIndex(m_safety->findData(outcome ? static_cast<int>(*outcome) : -1));
}

FeedbackDialog::Typed FeedbackDialog::typed() const
{
    Typed typed;
    typed.ticketId = m_ticketId;
    typed.score = std::max(m_scores->checkedId(), 0);
    typed.category = static_cast<FeedbackCategory>(m_category->currentData().toInt());
    if (const int chosen = m_safety->currentData().toInt(); chosen >= 0) {
        typed.safetyOutcome = static_cast<metrics::SafetyOutcome>(chosen);
    }
    typed.comment = m_comment->toPlainText();
    return typed;
}

void FeedbackDialog::restore(const Typed& typed)
{
    if (typed.score > 0) {
        setScore(typed.score);
    }
    m_category->setCurrentIndex(m_category->findData(static_cast<int>(typed.category)));
    setSafetyOutcome(typed.safetyOutcome);
    m_comment->setPlainText(typed.comment);
    m_comment->moveCursor(QTextCursor::End);
}

void FeedbackDialog::updateSubmit()
{
    m_submit->setEnabled(m_rateable && !m_busy && m_scores->checkedId() >= limits::csatMin);
}

void FeedbackDialog::submit()
{
    if (m_busy) {
        return;
    }
    const int score = m_scores->checkedId();
    if (score < limits::csatMin) {
        MessageBox::warning(this, tr("Ticket feedback"), tr("Please choose a satisfaction score from 1 to 5."));
        return;
    }
    m_busy = true;
    updateSubmit();
    const auto category = static_cast<FeedbackCategory>(m_category->currentData().toInt());
    std::optional<metrics::SafetyOutcome> safety;
    if (const int chosen = m_safety->currentData().toInt(); m_asksSafety && chosen >= 0) {
        safety = static_cast<metrics::SafetyOutcome>(chosen);
    }
    auto submitted = m_service.submit(m_ticketId, score, m_comment->toPlainText(), category, safety);
    whenFinished(submitted, this, [this](Result<Feedback> saved) {
        m_busy = false;
        updateSubmit();
        if (!saved) {
            const Error& error = saved.error();
            const QString reason = error.code == ErrorCode::InvalidTransition
                ? tr("feedback can only be given on a resolved or closed ticket.")
                : QString::fromStdString(describe(error));
            MessageBox::warning(this, tr("Ticket feedback"), tr("The feedback was not saved: %1").arg(reason));
            emit submitFinished(false);
            return;
        }
        emit submitFinished(true);
        accept();
    });
}

} // namespace hss::client
