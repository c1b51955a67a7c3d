// SPDX-License-Identifier: MIT
#include "TicketCommentTableModel.h"

#include <QBrush>
#include <QDateTime>
#include <QFont>
#include <QPalette>

#include "hss/sync/ConflictNoteText.h"
#include "ui/TicketLabels.h"

namespace hss::client {

TicketCommentTableModel::TicketCommentTableModel(QObject* parent)
    : QAbstractTableModel(parent)
{ }

void TicketCommentTableModel::setComments(std::vector<Comment> comments)
{
    const bool appendOnly =
        comments.size() >= m_comments.size() && std::equal(m_comments.cbegin(), m_comments.cend(), comments.cbegin());
    if (!appendOnly) {
        beginResetModel();
        m_comments = std::move(comments);
        endResetModel();
        return;
    }
    if (comments.size() == m_comments.size()) {
        return;
    }
    beginInsertRows({}, static_cast<int>(m_comments.size()), static_cast<int>(comments.size()) - 1);
    m_comments = std::move(comments);
    endInsertRows();
}

int TicketCommentTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_comments.size());
}

int TicketCommentTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant TicketCommentTableModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const Comment& comment = m_comments[static_cast<std::size_t>(index.row())];
    const bool internal = comment.visibility == CommentVisibility::InternalNote;
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case Time:
            return QDateTime::fromMSecsSinceEpoch(comment.createdAt).toString(QStringLiteral("yyyy-MM-dd HH:mm"));
        case Visibility:
            return TicketLabels::visibility(comment.visibility);
        case Author:
            if (!m_userId.isNil() && comment.authorId == m_userId) {
                return tr("You");
            }
            return QString::fromStdString(comment.authorId.toString()).left(8);
        case Text:
            return QString::fromStdString(comment.body);
        default:
            return {};
        }
    case Qt::ToolTipRole:
        return index.column() == Text ? QVariant(QString::fromStdString(comment.body)) : QVariant();
    case Qt::FontRole:
        if (internal && index.column() == Visibility) {
            QFont font;
            font.setItalic(true);
            return font;
        }
        return {};
    case Qt::BackgroundRole:
        // Internal notes look different so nobody mistakes them for what the customer sees.
        return internal ? QVariant(QBrush(QColor(255, 248, 220))) : QVariant();
    case Qt::ForegroundRole:
        return internal ? QVariant(QBrush(QColor(60, 60, 60))) : QVariant();
    case Qt::UserRole:
        return sync::isConflictNoteText(comment.body);
    default:
        return {};
    }
}

QVariant TicketCommentTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return {};
    }
    switch (section) {
    case Time:
        return tr("Time");
    case Visibility:
        return tr("Kind");
    case Author:
        return tr("Author");
    case Text:
        return tr("Text");
    default:
        return {};
    }
}

} // namespace hss::client
