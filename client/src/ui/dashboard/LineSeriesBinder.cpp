// SPDX-License-Identifier: MIT
#include "LineSeriesBinder.h"

#include <QAbstractItemModel>
#include <QXYSeries>

namespace hss::client {

namespace {

/// A cell's number; false for an empty cell (the models' "no value") or one that is not a number.
bool numberOf(const QAbstractItemModel& model, int row, int column, double& number)
{
    const QVariant value = model.index(row, column).data();
    if (!value.isValid() || value.isNull()) {
        return false;
    }
    bool ok = false;
    number = value.toDouble(&ok);
    return ok;
}

} // namespace

QList<QPointF> LineSeriesBinder::points(const QAbstractItemModel& model, int xColumn, int yColumn)
{
    QList<QPointF> points;
    for (int row = 0; row < model.rowCount(); ++row) {
        double x = 0;
        double y = 0;
        if (numberOf(model, row, xColumn, x) && numberOf(model, row, yColumn, y)) {
            points.append(QPointF(x, y));
        }
    }
    return points;
}

void LineSeriesBinder::bind(QXYSeries& series, QAbstractItemModel& model, int xColumn, int yColumn)
{
    // The series is the context: when it goes (a chart rebuilding its lines) the connections go with it.
    const auto fill = [&series, &model, xColumn, yColumn] { series.replace(points(model, xColumn, yColumn)); };
    fill();
    QObject::connect(&model, &QAbstractItemModel::modelReset, &series, fill);
    QObject::connect(&model, &QAbstractItemModel::dataChanged, &series, fill);
    QObject::connect(&model, &QAbstractItemModel::rowsInserted, &series, fill);
    QObject::connect(&model, &QAbstractItemModel::rowsRemoved, &series, fill);
    QObject::connect(&model, &QAbstractItemModel::rowsMoved, &series, fill);
    QObject::connect(&model, &QAbstractItemModel::layoutChanged, &series, fill);
}

} // namespace hss::client
