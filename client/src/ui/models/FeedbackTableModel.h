// SPDX-License-Identifier: MIT
#pragma once

#include <QAbstractTableModel>
#include <vector>

#include "core/FeedbackService.h"

namespace hss::client {

/// Recent feedback, newest first: when, which ticket, category, CSAT score, sentiment and comment.
class FeedbackTableModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FeedbackTableModel)

public:
    enum Column { Created, TicketRef, Category, Score, Sentiment, CommentText, ColumnCount };

    explicit FeedbackTableModel(QObject* parent = nullptr);

    void setRows(std::vector<FeedbackRow> rows);
    const FeedbackRow& row(int row) const { return m_rows.at(static_cast<std::size_t>(row)); }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    std::vector<FeedbackRow> m_rows;
};

} // namespace hss::client
