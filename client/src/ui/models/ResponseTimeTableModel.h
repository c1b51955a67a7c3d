// SPDX-License-Identifier: MIT
#pragma once

#include <QAbstractTableModel>
#include <QStringList>
#include <vector>

#include "core/health/SystemHealthSnapshot.h"

namespace hss::client {

/// The response-time trend of the system health dashboard: one row per time bucket with checks, one column per
/// service from FirstService on holding the mean latency (ms) of its checks in that bucket (empty: no check).
/// The services, and so the columns, follow the snapshot; the model resets when they change.
class ResponseTimeTableModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ResponseTimeTableModel)

public:
    enum Column { BucketStart, Bucket, FirstService };

    explicit ResponseTimeTableModel(QObject* parent = nullptr);

    void setSnapshot(const SystemHealthSnapshot& snapshot);
    /// The column of \a service, or -1.
    int columnOf(const QString& service) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QStringList m_services;
    std::vector<ResponseTimeBucket> m_buckets;
};

} // namespace hss::client
