// SPDX-License-Identifier: MIT
#include "KbArticleTableModel.h"

#include <QFont>

#include "core/KnowledgeBaseService.h"
#include "ui/KbLabels.h"

namespace hss::client {

KbArticleTableModel::KbArticleTableModel(KnowledgeBaseService& service, QObject* parent)
    : QAbstractTableModel(parent)
    , m_service(service)
    , m_rows(static_cast<int>(service.entries().size()))
{
    connect(&m_service, &KnowledgeBaseService::entriesChanged, this, &KbArticleTableModel::entriesChanged);
}

void KbArticleTableModel::entriesChanged()
{
    // A new list (another category, another search) has nothing in common with the old one.
    beginResetModel();
    m_rows = static_cast<int>(m_service.entries().size());
    endResetModel();
}

const KbArticleSummary& KbArticleTableModel::entry(int row) const
{
    return m_service.entries().at(static_cast<std::size_t>(row));
}

int KbArticleTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : m_rows;
}

int KbArticleTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant KbArticleTableModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)
        || static_cast<std::size_t>(index.row()) >= m_service.entries().size()) {
        return {};
    }
    const KbArticleSummary& article = entry(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case Title:
            return article.title;
        case Match:
            return article.snippet;
        case Status:
            return KbLabels::status(article.status);
        case Type:
            return KbLabels::contentType(article.contentType);
        case Updated:
            return KbLabels::time(article.updatedAt);
        case Votes:
            return tr("%1 / %2").arg(article.helpfulVotes).arg(article.notHelpfulVotes);
        default:
            return {};
        }
    case Qt::ToolTipRole:
        if (index.column() == Votes) {
            return tr("%n found it helpful", nullptr, static_cast<int>(article.helpfulVotes)) + QLatin1Char('\n')
                + tr("%n did not", nullptr, static_cast<int>(article.notHelpfulVotes));
        }
        return index.column() == Match ? QVariant(article.snippet) : QVariant(article.title);
    case Qt::FontRole:
        // Articles readers cannot see yet (or any more) stand out from the published ones.
        if (index.column() == Status && article.status != ArticleStatus::Published) {
            QFont font;
            font.setItalic(true);
            return font;
        }
        return {};
    case idRole:
        return QString::fromStdString(article.id.toString());
    default:
        return {};
    }
}

QVariant KbArticleTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return {};
    }
    switch (section) {
    case Title:
        return tr("Title");
    case Match:
        return tr("Match");
    case Status:
        return tr("Status");
    case Type:
        return tr("Type");
    case Updated:
        return tr("Updated");
    case Votes:
        return tr("Helpful / not");
    default:
        return {};
    }
}

} // namespace hss::client
