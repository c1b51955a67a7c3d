// SPDX-License-Identifier: MIT
#pragma once

#include <QList>
#include <QString>

class QAbstractItemModel;
class QChartView;
class QTableView;

namespace hss::client {

/// Builds the dashboards' charts, each bound to a table model (bars and pies through a Qt Charts model mapper, lines
/// through LineSeriesBinder so an empty bucket is no point rather than a zero), so a chart shows whatever the model
/// holds and follows its changes. Axes follow the model too (categories, ranges).
class ChartFactory final
{
public:
    ChartFactory() = delete;

    /// Bars: one category per row (named by \a labelColumn), one bar set per column firstSet..lastSet.
    static QChartView* barChart(QAbstractItemModel& model, int labelColumn, int firstSet, int lastSet,
                                const QString& valueTitle);
    /// Lines over time: x is \a xColumn (UTC ms), one line per column of \a yColumns (named by its header).
    /// \a percent: the values are percentages, so the axis stops at 100.
    static QChartView* lineChart(QAbstractItemModel& model, int xColumn, const QList<int>& yColumns,
                                 const QString& valueTitle, bool percent = false);
    /// Lines over time, one per column from \a firstYColumn to the model's last (named by its header): the lines
    /// are made again when the model resets, so a model whose columns change (one per service) stays bound.
    static QChartView* columnLineChart(QAbstractItemModel& model, int xColumn, int firstYColumn,
                                       const QString& valueTitle);
    /// A pie: one slice per row, labelled by \a labelColumn, sized by \a valueColumn.
    static QChartView* pieChart(QAbstractItemModel& model, int labelColumn, int valueColumn);
    /// A read-only table of \a model named \a name, for the figures that are lists rather than charts.
    static QTableView* table(QAbstractItemModel& model, const QString& name);
};

} // namespace hss::client
