// SPDX-License-Identifier: MIT
#include "ResponseTimeTableModel.h"

#include "ui/dashboard/DashboardFormat.h"

namespace hss::client {

ResponseTimeTableModel::ResponseTimeTableModel(QObject* parent)
    : QAbstractTableModel(parent)
{ }

void ResponseTimeTableModel::setSnapshot(const SystemHealthSnapshot& snapshot)
{
    beginResetModel();
    m_services = snapshot.latencyServices;
    m_buckets = snapshot.responseTimes;
    endResetModel();
}

int ResponseTimeTableModel::columnOf(const QString& service) const
{
    const auto found = m_services.indexOf(service);
    return found < 0 ? -1 : FirstService + static_cast<int>(found);
}

int ResponseTimeTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_buckets.size());
}

int ResponseTimeTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : FirstService + static_cast<int>(m_services.size());
}

QVariant ResponseTimeTableModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid) || role != Qt::DisplayRole) {
        return {};
    }
    const ResponseTimeBucket& bucket = m_buckets[static_cast<std::size_t>(index.row())];
    switch (index.column()) {
    case BucketStart:
        return bucket.startMs;
    case Bucket:
        return DashboardFormat::dateTime(bucket.startMs);
    default: {
        const auto service = static_cast<std::size_t>(index.column() - FirstService);
        return service < bucket.meanMs.size() ? DashboardFormat::milliseconds(bucket.meanMs[service]) : QVariant();
    }
    }
}

QVariant ResponseTimeTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole || section < 0 || section >= columnCount()) {
        return {};
    }
    switch (section) {
    case BucketStart:
        return tr("Start (ms)");
    case Bucket:
        return tr("From (UTC)");
    default:
        return m_services.at(section - FirstService);
    }
}

} // namespace hss::client
