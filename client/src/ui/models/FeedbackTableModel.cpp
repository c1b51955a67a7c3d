// SPDX-License-Identifier: MIT
#include "FeedbackTableModel.h"

#include <QDateTime>
#include <QLocale>

#include "ui/FeedbackLabels.h"

namespace hss::client {

FeedbackTableModel::FeedbackTableModel(QObject* parent)
    : QAbstractTableModel(parent)
{ }

void FeedbackTableModel::setRows(std::vector<FeedbackRow> rows)
{
    beginResetModel();
    m_rows = std::move(rows);
    endResetModel();
}

int FeedbackTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int FeedbackTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant FeedbackTableModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const FeedbackRow& entry = row(index.row());
    const Feedback& feedback = entry.feedback;
    if (role == Qt::ToolTipRole && index.column() == CommentText) {
        return QString::fromStdString(feedback.comment);
    }
    if (role == Qt::ToolTipRole && index.column() == TicketRef) {
        return QString::fromStdString(entry.ticketTitle);
    }
    if (role != Qt::DisplayRole) {
        return {};
    }
    switch (index.column()) {
    case Created:
        return QLocale().toString(QDateTime::fromMSecsSinceEpoch(feedback.createdAt), QLocale::ShortFormat);
    case TicketRef:
        if (entry.ticketNumber) {
            return tr("#%1 %2").arg(*entry.ticketNumber).arg(QString::fromStdString(entry.ticketTitle));
        }
        if (!entry.ticketTitle.empty()) {
            return QString::fromStdString(entry.ticketTitle);
        }
        return feedback.ticketId ? tr("Ticket not stored here") : QString();
    case Category:
        return FeedbackLabels::category(feedback.category);
    case Score:
        return feedback.csatScore ? FeedbackLabels::score(*feedback.csatScore) : QString();
    case Sentiment:
        return FeedbackLabels::sentiment(feedback.sentimentScore);
    case CommentText:
        return QString::fromStdString(feedback.comment).simplified();
    default:
        return {};
    }
}

QVariant FeedbackTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return {};
    }
    switch (section) {
    case Created:
        return tr("Submitted");
    case TicketRef:
        return tr("Ticket");
    case Category:
        return tr("Category");
    case Score:
        return tr("CSAT");
    case Sentiment:
        return tr("Sentiment");
    case CommentText:
        return tr("Comment");
    default:
        return {};
    }
}

} // namespace hss::client
