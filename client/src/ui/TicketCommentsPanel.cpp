// SPDX-License-Identifier: MIT
#include "TicketCommentsPanel.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QShortcut>
#include <QTableView>
#include <QVBoxLayout>

#include "models/TicketCommentTableModel.h"

namespace hss::client {

TicketCommentsPanel::TicketCommentsPanel(QWidget* parent)
    : QWidget(parent)
    , m_model(new TicketCommentTableModel(this))
    , m_view(new QTableView(this))
    , m_text(new QPlainTextEdit(this))
    , m_public(new QRadioButton(tr("Pu&blic reply"), this))
    , m_internal(new QRadioButton(tr("I&nternal note"), this))
    , m_add(new QPushButton(tr("Add &comment"), this))
{
    m_view->setObjectName(QStringLiteral("commentList"));
    m_view->setAccessibleName(tr("Comments"));
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setWordWrap(true);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setSectionResizeMode(TicketCommentTableModel::Text, QHeaderView::Stretch);
    m_view->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_text->setObjectName(QStringLiteral("commentText"));
    m_text->setAccessibleName(tr("New comment"));
    m_text->setPlaceholderText(tr("Write a reply or an internal note… (Ctrl+Return adds it)"));
    m_text->setTabChangesFocus(true);
    m_text->setMaximumHeight(90);
    m_public->setObjectName(QStringLiteral("commentPublic"));
    m_internal->setObjectName(QStringLiteral("commentInternal"));
    m_public->setAccessibleName(tr("Public reply, the requester sees it"));
    m_internal->setAccessibleName(tr("Internal note, staff only"));
    // Internal is the safe default: nothing reaches the customer by accident.
    m_internal->setChecked(true);
    m_add->setObjectName(QStringLiteral("commentAdd"));
    m_add->setAccessibleName(tr("Add comment"));
    m_add->setEnabled(false);

    auto* options = new QHBoxLayout;
    options->addWidget(m_internal);
    options->addWidget(m_public);
    options->addStretch(1);
    options->addWidget(m_add);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_text);
    layout->addLayout(options);

    connect(m_text, &QPlainTextEdit::textChanged, this,
            [this] { m_add->setEnabled(!m_text->toPlainText().trimmed().isEmpty()); });
    connect(m_add, &QPushButton::clicked, this, &TicketCommentsPanel::requestAdd);
    auto* shortcut = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_Return), this);
    shortcut->setContext(Qt::WidgetWithChildrenShortcut);
    connect(shortcut, &QShortcut::activated, this, &TicketCommentsPanel::requestAdd);
    auto* enterShortcut = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_Enter), this);
    enterShortcut->setContext(Qt::WidgetWithChildrenShortcut);
    connect(enterShortcut, &QShortcut::activated, this, &TicketCommentsPanel::requestAdd);
}

void TicketCommentsPanel::setComments(std::vector<Comment> comments)
{
    m_model->setComments(std::move(comments));
    m_view->resizeColumnToContents(TicketCommentTableModel::Time);
    m_view->resizeColumnToContents(TicketCommentTableModel::Visibility);
    m_view->resizeColumnToContents(TicketCommentTableModel::Author);
    m_view->scrollToBottom();
}

void TicketCommentsPanel::setCurrentUserId(const Uuid& userId)
{
    m_model->setCurrentUserId(userId);
}

void TicketCommentsPanel::clearDraft()
{
    m_text->clear();
}

QString TicketCommentsPanel::draft() const
{
    return m_text->toPlainText();
}

CommentVisibility TicketCommentsPanel::draftVisibility() const
{
    return m_public->isChecked() ? CommentVisibility::PublicReply : CommentVisibility::InternalNote;
}

void TicketCommentsPanel::setDraft(const QString& text, CommentVisibility visibility)
{
    m_text->setPlainText(text);
    (visibility == CommentVisibility::PublicReply ? m_public : m_internal)->setChecked(true);
}

void TicketCommentsPanel::requestAdd()
{
    const QString body = m_text->toPlainText().trimmed();
    if (body.isEmpty()) {
        return;
    }
    emit addRequested(body, draftVisibility());
}

} // namespace hss::client
