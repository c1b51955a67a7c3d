// SPDX-License-Identifier: MIT
#pragma once

#include <QAbstractTableModel>

namespace hss::client {

class KnowledgeBaseService;
struct KbArticleSummary;

/// The articles the knowledge-base page lists (a category, or the hits of a search), as the service holds them.
class KbArticleTableModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(KbArticleTableModel)

public:
    enum Column { Title, Match, Status, Type, Updated, Votes, ColumnCount };
    /// Qt::UserRole on any column: the article id as text.
    static constexpr int idRole = Qt::UserRole;

    /// Does not own the service, which must outlive the model.
    explicit KbArticleTableModel(KnowledgeBaseService& service, QObject* parent = nullptr);

    const KbArticleSummary& entry(int row) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private slots:
    void entriesChanged();

private:
    KnowledgeBaseService& m_service;
    int m_rows = 0; // the row count last announced to views
};

} // namespace hss::client
