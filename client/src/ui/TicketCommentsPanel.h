// SPDX-License-Identifier: MIT
#pragma once

#include <QWidget>
#include <vector>

#include "hss/Comment.h"

class QPlainTextEdit;
class QPushButton;
class QRadioButton;
class QTableView;

namespace hss::client {

class TicketCommentTableModel;

/// A ticket's comments and the box to add one as a public reply or an internal note (Ctrl+Return adds).
class TicketCommentsPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TicketCommentsPanel)

public:
    explicit TicketCommentsPanel(QWidget* parent = nullptr);

    void setComments(std::vector<Comment> comments);
    void setCurrentUserId(const Uuid& userId);
    /// Empties the text box after a comment was stored.
    void clearDraft();
    QString draft() const;
    CommentVisibility draftVisibility() const;
    /// Puts back a comment being typed (e.g. after the console was locked).
    void setDraft(const QString& text, CommentVisibility visibility);
    TicketCommentTableModel* model() const { return m_model; }

signals:
    void addRequested(const QString& body, hss::CommentVisibility visibility);

private:
    void requestAdd();

    TicketCommentTableModel* m_model;
    QTableView* m_view;
    QPlainTextEdit* m_text;
    QRadioButton* m_public;
    QRadioButton* m_internal;
    QPushButton* m_add;
};

} // namespace hss::client
