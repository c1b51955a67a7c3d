// SPDX-License-Identifier: MIT
#include "TicketQueueTableModel.h"

#include <QApplication>
#include <QBrush>
#include <QColor>
#include <QDateTime>
#include <QFont>
#include <QIcon>
#include <QLocale>
#include <QStyle>
#include <QTimer>

#include "../TicketLabels.h"
#include "core/TicketQueueService.h"
#include "hss/Clock.h"

namespace hss::client {

namespace {

const QColor overdueColour(0xb0, 0x00, 0x20);
const QColor warningColour(0xb3, 0x5c, 0x00);
const QColor emergencyTint(0xfd, 0xe2, 0xe4);

} // namespace

TicketQueueTableModel::TicketQueueTableModel(TicketQueueService& service, const Clock& clock, QObject* parent)
    : QAbstractTableModel(parent)
    , m_service(service)
    , m_clock(clock)
    , m_ticker(new QTimer(this))
{
    connect(&m_service, &TicketQueueService::aboutToReset, this, &TicketQueueTableModel::beginResetModel);
    connect(&m_service, &TicketQueueService::resetDone, this, &TicketQueueTableModel::endResetModel);
    connect(&m_service, &TicketQueueService::rowsAboutToBeAppended, this,
            [this](int first, int last) { beginInsertRows({}, first, last); });
    connect(&m_service, &TicketQueueService::rowsAppended, this, &TicketQueueTableModel::endInsertRows);
    connect(&m_service, &TicketQueueService::rowsRefreshed, this, [this](int first, int last) {
        if (first <= last) {
            emit dataChanged(index(first, 0), index(last, ColumnCount - 1));
        }
    });
    // The countdown: one dataChanged per second for the SLA column; views repaint only the rows they show.
    m_ticker->setInterval(1000);
    connect(m_ticker, &QTimer::timeout, this, &TicketQueueTableModel::tick);
    m_ticker->start();
}

int TicketQueueTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_service.rows().size());
}

int TicketQueueTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant TicketQueueTableModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const QueueEntry& entry = m_service.rows()[static_cast<std::size_t>(index.row())];
    const Ticket& ticket = entry.ticket;
    const bool emergency = ticket.priority == Priority::Emergency;
    // A flag and a value rather than std::optional: GCC 12 at -O2 warns (falsely) that the optional's value may be
    // uninitialised here.
    const bool hasSla = entry.slaDueAt.has_value();
    const qint64 remaining = hasSla ? entry.slaDueAt.value_or(0) - m_clock.nowMs() : 0;

    switch (role) {
    case Qt::DisplayRole:
        switch (static_cast<Column>(index.column())) {
        case NumberColumn:
            return ticket.number ? QVariant(QStringLiteral("#%1").arg(*ticket.number)) : QVariant(tr("pending"));
        case PriorityColumn:
            return TicketLabels::priority(ticket.priority);
        case CategoryColumn:
            return TicketLabels::category(ticket.category);
        case TitleColumn:
            return QString::fromStdString(ticket.title);
        case StatusColumn:
            return TicketLabels::status(ticket.status);
        case AssigneeColumn:
            if (!ticket.assigneeId) {
                return tr("Unassigned");
            }
            return QString::fromStdString(ticket.assigneeId->toString()) == m_service.userId() ? tr("Me")
                                                                                               : tr("Colleague");
        case SlaColumn:
            return hasSla ? remainingText(remaining) : QVariant(tr("—"));
        case ChannelColumn:
            return TicketLabels::channel(ticket.channel);
        case UpdatedColumn:
            return QLocale().toString(QDateTime::fromMSecsSinceEpoch(ticket.updatedAt), QLocale::NarrowFormat);
        case ColumnCount:
            break;
        }
        return {};
    case Qt::ForegroundRole:
        if (index.column() == SlaColumn && hasSla) {
            if (remaining <= 0) {
                return QBrush(overdueColour);
            }
            if (remaining <= warningMs) {
                return QBrush(warningColour);
            }
        }
        return {};
    case Qt::BackgroundRole:
        return emergency ? QVariant(QBrush(emergencyTint)) : QVariant();
    case Qt::FontRole:
        if (emergency || (index.column() == SlaColumn && hasSla && remaining <= 0)) {
            QFont font;
            font.setBold(true);
            return font;
        }
        return {};
    case Qt::DecorationRole:
        if (index.column() == PriorityColumn && emergency) {
            return QApplication::style()->standardIcon(QStyle::SP_MessageBoxWarning);
        }
        return {};
    case Qt::ToolTipRole:
        if (index.column() == SlaColumn && entry.slaDueAt) {
            return tr("Due %1").arg(
                QLocale().toString(QDateTime::fromMSecsSinceEpoch(*entry.slaDueAt), QLocale::LongFormat));
        }
        if (index.column() == TitleColumn) {
            return QString::fromStdString(ticket.title); // elided at narrow widths
        }
        if (index.column() == AssigneeColumn) {
            return tr("Team: %1").arg(QString::fromStdString(ticket.team));
        }
        return emergency ? QVariant(tr("Medical emergency")) : QVariant();
    case TicketIdRole:
        return QString::fromStdString(ticket.id.toString());
    case EmergencyRole:
        return emergency;
    case SlaRemainingRole:
        return hasSla ? QVariant(remaining) : QVariant();
    default:
        return {};
    }
}

QVariant TicketQueueTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return {};
    }
    switch (static_cast<Column>(section)) {
    case NumberColumn:
        return tr("Number");
    case PriorityColumn:
        return tr("Priority");
    case CategoryColumn:
        return tr("Category");
    case TitleColumn:
        return tr("Title");
    case StatusColumn:
        return tr("Status");
    case AssigneeColumn:
        return tr("Assignee");
    case SlaColumn:
        return tr("SLA remaining");
    case ChannelColumn:
        return tr("Channel");
    case UpdatedColumn:
        return tr("Updated");
    case ColumnCount:
        break;
    }
    return {};
}

bool TicketQueueTableModel::canFetchMore(const QModelIndex& parent) const
{
    return !parent.isValid() && m_service.canFetchMore();
}

void TicketQueueTableModel::fetchMore(const QModelIndex& parent)
{
    if (!parent.isValid()) {
        m_service.fetchMore();
    }
}

void TicketQueueTableModel::sort(int column, Qt::SortOrder order)
{
    using Sort = TicketQuery::Sort;
    Sort sort = Sort::Severity;
    switch (static_cast<Column>(column)) {
    case NumberColumn:
        sort = Sort::Number;
        break;
    case CategoryColumn:
        sort = Sort::Category;
        break;
    case TitleColumn:
        sort = Sort::Title;
        break;
    case StatusColumn:
        sort = Sort::Status;
        break;
    case SlaColumn:
        sort = Sort::SlaDue;
        break;
    case ChannelColumn:
        sort = Sort::Channel;
        break;
    case UpdatedColumn:
        sort = Sort::Updated;
        break;
    case PriorityColumn:
    case AssigneeColumn:
    case ColumnCount:
        break;
    }
    m_service.setSort(sort, order == Qt::DescendingOrder);
}

void TicketQueueTableModel::tick()
{
    const int rows = rowCount();
    if (rows > 0) {
        emit dataChanged(index(0, SlaColumn), index(rows - 1, SlaColumn),
                         {Qt::DisplayRole, Qt::ForegroundRole, Qt::FontRole, SlaRemainingRole});
    }
}

QString TicketQueueTableModel::remainingText(qint64 ms)
{
    const qint64 seconds = (ms < 0 ? -ms : ms) / 1000;
    const qint64 hours = seconds / 3600;
    const qint64 minutes = (seconds % 3600) / 60;
    QString amount;
    if (hours >= 24) {
        amount = tr("%1 d %2 h").arg(hours / 24).arg(hours % 24);
    } else if (hours > 0) {
        amount = tr("%1 h %2 min").arg(hours).arg(minutes, 2, 10, QLatin1Char('0'));
    } else {
        amount = tr("%1 min %2 s").arg(minutes).arg(seconds % 60, 2, 10, QLatin1Char('0'));
    }
    return ms < 0 ? tr("overdue %1").arg(amount) : amount;
}

} // namespace hss::client
