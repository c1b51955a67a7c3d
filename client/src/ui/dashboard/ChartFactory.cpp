// SPDX-License-Identifier: MIT
#include "ChartFactory.h"

#include <QAbstractItemModel>
#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QChart>
#include <QChartView>
#include <QDateTime>
#include <QDateTimeAxis>
#include <QFontMetricsF>
#include <QHeaderView>
#include <QLineSeries>
#include <QPieSeries>
#include <QTableView>
#include <QVBarModelMapper>
#include <QVPieModelMapper>
#include <QValueAxis>
#include <algorithm>

#include "LineSeriesBinder.h"

namespace hss::client {

namespace {

QChartView* viewOf(QChart* chart)
{
    chart->setMargins(QMargins(4, 4, 4, 4));
    chart->legend()->setAlignment(Qt::AlignBottom);
    chart->setAnimationOptions(QChart::NoAnimation);
    auto* view = new QChartView(chart);
    view->setRenderHint(QPainter::Antialiasing);
    view->setMinimumSize(320, 220);
    return view;
}

/// Calls \a update now and whenever the model's content changes.
template <class Update>
void followModel(QAbstractItemModel& model, QObject* context, Update update)
{
    update();
    QObject::connect(&model, &QAbstractItemModel::modelReset, context, update);
    QObject::connect(&model, &QAbstractItemModel::dataChanged, context, update);
    QObject::connect(&model, &QAbstractItemModel::rowsInserted, context, update);
    QObject::connect(&model, &QAbstractItemModel::rowsRemoved, context, update);
}

double maxOf(const QAbstractItemModel& model, const QList<int>& columns)
{
    double maximum = 0;
    for (int row = 0; row < model.rowCount(); ++row) {
        for (int column : columns) {
            maximum = std::max(maximum, model.index(row, column).data().toDouble());
        }
    }
    return maximum;
}

/// A page destroys its models before its charts; a mapper still attached to the series would then write the
/// series' teardown into a model that is gone. Detaching it when the model goes avoids that.
template <class Mapper>
void detachOnModelDestroyed(QAbstractItemModel& model, Mapper* mapper)
{
    QObject::connect(&model, &QObject::destroyed, mapper, [mapper] { mapper->setSeries(nullptr); });
}

constexpr int slantedLabelAngle = -30;

/// True when every category label fits its share of \a width written horizontally, with room to spare (so the
/// labels do not flip back and forth at the edge of Qt's own truncation).
bool fitsStraight(QBarCategoryAxis& axis, qreal width)
{
    constexpr qreal spare = 24;
    const QFontMetricsF metrics(axis.labelsFont());
    const qreal share = width / std::max<qsizetype>(1, axis.count());
    for (const QString& label : axis.categories()) {
        if (metrics.horizontalAdvance(label) + spare > share) {
            return false;
        }
    }
    return true;
}

} // namespace

QChartView* ChartFactory::barChart(QAbstractItemModel& model, int labelColumn, int firstSet, int lastSet,
                                   const QString& valueTitle)
{
    auto* chart = new QChart;
    auto* series = new QBarSeries(chart);
    auto* mapper = new QVBarModelMapper(chart);
    mapper->setFirstBarSetColumn(firstSet);
    mapper->setLastBarSetColumn(lastSet);
    mapper->setFirstRow(0);
    mapper->setRowCount(-1);
    mapper->setSeries(series);
    mapper->setModel(&model);
    detachOnModelDestroyed(model, mapper);
    chart->addSeries(series);

    auto* categories = new QBarCategoryAxis(chart);
    auto* values = new QValueAxis(chart);
    values->setTitleText(valueTitle);
    values->setLabelFormat(QStringLiteral("%.0f"));
    chart->addAxis(categories, Qt::AlignBottom);
    chart->addAxis(values, Qt::AlignLeft);
    // "Waiting on customer" or "Emergency" cut to "Waiting on ..." says nothing: slant the labels instead when the
    // chart is too narrow for them side by side, and straighten them again when it is wide enough.
    QObject::connect(categories, &QAbstractAxis::labelsTruncatedChanged, categories, [categories](bool truncated) {
        if (truncated && categories->labelsAngle() == 0) {
            // Slanted labels do not run into each other, so they need not be cut either.
            categories->setLabelsAngle(slantedLabelAngle);
            categories->setTruncateLabels(false);
        }
    });
    QObject::connect(chart, &QChart::plotAreaChanged, categories, [categories, chart] {
        if (categories->labelsAngle() != 0 && fitsStraight(*categories, chart->plotArea().width())) {
            categories->setLabelsAngle(0);
            categories->setTruncateLabels(true);
        }
    });
    series->attachAxis(categories);
    series->attachAxis(values);
    QList<int> setColumns;
    for (int column = firstSet; column <= lastSet; ++column) {
        setColumns << column;
    }
    followModel(model, chart, [&model, categories, values, labelColumn, setColumns] {
        QStringList labels;
        for (int row = 0; row < model.rowCount(); ++row) {
            labels << model.index(row, labelColumn).data().toString();
        }
        categories->setCategories(labels);
        values->setRange(0, std::max(1.0, maxOf(model, setColumns) * 1.1));
        values->applyNiceNumbers();
    });
    chart->legend()->setVisible(lastSet > firstSet);
    return viewOf(chart);
}

QChartView* ChartFactory::lineChart(QAbstractItemModel& model, int xColumn, const QList<int>& yColumns,
                                    const QString& valueTitle, bool percent)
{
    auto* chart = new QChart;
    auto* time = new QDateTimeAxis(chart);
    time->setFormat(QStringLiteral("MMM d"));
    auto* values = new QValueAxis(chart);
    values->setTitleText(valueTitle);
    chart->addAxis(time, Qt::AlignBottom);
    chart->addAxis(values, Qt::AlignLeft);
    for (int column : yColumns) {
        auto* series = new QLineSeries(chart);
        series->setName(model.headerData(column, Qt::Horizontal).toString());
        series->setPointsVisible(true);
        LineSeriesBinder::bind(*series, model, xColumn, column);
        chart->addSeries(series);
        series->attachAxis(time);
        series->attachAxis(values);
    }
    followModel(model, chart, [&model, time, values, xColumn, yColumns, percent] {
        const int rows = model.rowCount();
        if (rows > 0) {
            const qint64 first = model.index(0, xColumn).data().toLongLong();
            const qint64 last = model.index(rows - 1, xColumn).data().toLongLong();
            time->setRange(QDateTime::fromMSecsSinceEpoch(first, Qt::UTC),
                           QDateTime::fromMSecsSinceEpoch(std::max(last, first + 1), Qt::UTC));
            // Five dates fit a third of a 1366-pixel screen without being cut to "Nov …".
            time->setTickCount(std::clamp(rows, 2, 5));
        }
        if (percent) {
            values->setRange(0, 100);
            values->setTickCount(6);
        } else {
            values->setRange(0, std::max(1.0, maxOf(model, yColumns) * 1.1));
            values->applyNiceNumbers();
        }
    });
    chart->legend()->setVisible(yColumns.size() > 1);
    return viewOf(chart);
}

QChartView* ChartFactory::columnLineChart(QAbstractItemModel& model, int xColumn, int firstYColumn,
                                          const QString& valueTitle)
{
    auto* chart = new QChart;
    auto* time = new QDateTimeAxis(chart);
    auto* values = new QValueAxis(chart);
    values->setTitleText(valueTitle);
    chart->addAxis(time, Qt::AlignBottom);
    chart->addAxis(values, Qt::AlignLeft);
    const auto rebuild = [&model, chart, time, values, xColumn, firstYColumn] {
        // Only on reset: the columns may have changed, and the binders follow row and data changes by themselves.
        // Removing a series ends its binding.
        chart->removeAllSeries();
        QList<int> columns;
        for (int column = firstYColumn; column < model.columnCount(); ++column) {
            columns << column;
            auto* series = new QLineSeries;
            series->setName(model.headerData(column, Qt::Horizontal).toString());
            series->setPointsVisible(true);
            chart->addSeries(series);
            series->attachAxis(time);
            series->attachAxis(values);
            LineSeriesBinder::bind(*series, model, xColumn, column);
        }
        const int rows = model.rowCount();
        if (rows > 0) {
            const qint64 first = model.index(0, xColumn).data().toLongLong();
            const qint64 last = model.index(rows - 1, xColumn).data().toLongLong();
            constexpr qint64 minute = 60 * 1000;
            const qint64 span = last - first;
            time->setFormat(span > 2 * 24 * 60 * minute ? QStringLiteral("MMM d")
                                : span > 10 * minute    ? QStringLiteral("HH:mm")
                                                        : QStringLiteral("HH:mm:ss"));
            // A margin of 5 % (at least 10 s) keeps the first and last points off the axes.
            const qint64 margin = std::max<qint64>(span / 20, 10 * 1000);
            time->setRange(QDateTime::fromMSecsSinceEpoch(first - margin, Qt::UTC),
                           QDateTime::fromMSecsSinceEpoch(last + margin, Qt::UTC));
            time->setTickCount(std::clamp(rows, 2, 6));
        }
        values->setRange(0, std::max(1.0, maxOf(model, columns) * 1.1));
        values->applyNiceNumbers();
        chart->legend()->setVisible(!columns.isEmpty());
    };
    rebuild();
    QObject::connect(&model, &QAbstractItemModel::modelReset, chart, rebuild);
    return viewOf(chart);
}

QChartView* ChartFactory::pieChart(QAbstractItemModel& model, int labelColumn, int valueColumn)
{
    auto* chart = new QChart;
    auto* series = new QPieSeries(chart);
    auto* mapper = new QVPieModelMapper(chart);
    mapper->setLabelsColumn(labelColumn);
    mapper->setValuesColumn(valueColumn);
    mapper->setFirstRow(0);
    mapper->setRowCount(-1);
    mapper->setSeries(series);
    mapper->setModel(&model);
    detachOnModelDestroyed(model, mapper);
    chart->addSeries(series);
    chart->legend()->setAlignment(Qt::AlignRight);
    return viewOf(chart);
}

QTableView* ChartFactory::table(QAbstractItemModel& model, const QString& name)
{
    auto* view = new QTableView;
    view->setObjectName(name);
    view->setModel(&model);
    view->verticalHeader()->hide();
    // Rows as tall as their wrapped text, so a long note ("195 of 265 licensed professionals active, …") is read
    // whole on a small screen.
    view->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    view->setWordWrap(true);
    view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    view->horizontalHeader()->setStretchLastSection(true);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->setMinimumSize(320, 220);
    return view;
}

} // namespace hss::client
