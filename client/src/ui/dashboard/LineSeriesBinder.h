// SPDX-License-Identifier: MIT
#pragma once

#include <QList>
#include <QPointF>

class QAbstractItemModel;
class QXYSeries;

namespace hss::client {

/// Fills a line series from two columns of a table model and keeps it filled as the model changes. It replaces
/// QVXYModelMapper for the trend charts: the mapper reads an empty cell (a bucket with no data) as 0 and draws a
/// false zero, whereas here a row whose x or y cell is empty gives no point at all.
class LineSeriesBinder final
{
public:
    LineSeriesBinder() = delete;

    /// The points of the rows whose \a xColumn and \a yColumn both hold a value, in row order.
    static QList<QPointF> points(const QAbstractItemModel& model, int xColumn, int yColumn);
    /// Fills \a series now and again on every change of \a model, for as long as both exist.
    static void bind(QXYSeries& series, QAbstractItemModel& model, int xColumn, int yColumn);
};

} // namespace hss::client
