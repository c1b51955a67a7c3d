// SPDX-License-Identifier: MIT
#pragma once

#include <QAbstractTableModel>
#include <vector>

#include "hss/Comment.h"

namespace hss::client {

/// The comments of one ticket, oldest first, for the ticket editor.
class TicketCommentTableModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TicketCommentTableModel)

public:
    enum Column { Time, Visibility, Author, Text, ColumnCount };

    explicit TicketCommentTableModel(QObject* parent = nullptr);

    /// Replaces the rows; comments already shown keep their rows (a reload usually only appends).
    void setComments(std::vector<Comment> comments);
    /// Comments by this user are shown as "You".
    void setCurrentUserId(const Uuid& userId) { m_userId = userId; }
    const Comment& comment(int row) const { return m_comments.at(static_cast<std::size_t>(row)); }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    std::vector<Comment> m_comments;
    Uuid m_userId;
};

} // namespace hss::client
