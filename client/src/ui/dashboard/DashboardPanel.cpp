// SPDX-License-Identifier: MIT
#include "DashboardPanel.h"

#include <QAbstractItemModel>
#include <QAction>
#include <QDir>
#include <QHBoxLayout>
#include <QLabel>
#include <QPixmap>
#include <QStackedWidget>
#include <QToolButton>
#include <QVBoxLayout>

#include "ExportFileDialog.h"
#include "core/dashboard/CsvWriter.h"
#include "ui/MessageBox.h"

namespace hss::client {

DashboardPanel::DashboardPanel(const QString& name, const QString& title, QWidget* content, QAbstractItemModel& data,
                               QWidget* parent)
    : QWidget(parent)
    , m_content(content)
    , m_data(data)
    , m_title(title)
    , m_stack(new QStackedWidget(this))
    , m_empty(new QLabel(this))
{
    setObjectName(name);
    auto* heading = new QLabel(QStringLiteral("<b>%1</b>").arg(title.toHtmlEscaped()));
    auto* png = new QToolButton;
    png->setObjectName(QStringLiteral("savePngButton"));
    png->setText(tr("Image…"));
    png->setToolTip(tr("Save this chart as a PNG image"));
    auto* csv = new QToolButton;
    csv->setObjectName(QStringLiteral("saveCsvButton"));
    csv->setText(tr("Data…"));
    csv->setToolTip(tr("Save the data behind this chart as CSV"));
    connect(png, &QToolButton::clicked, this, &DashboardPanel::exportPng);
    connect(csv, &QToolButton::clicked, this, &DashboardPanel::exportCsv);

    auto* header = new QHBoxLayout;
    header->addWidget(heading, 1);
    header->addWidget(png);
    header->addWidget(csv);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addLayout(header);
    m_empty->setObjectName(QStringLiteral("emptyNote"));
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    m_stack->addWidget(content);
    m_stack->addWidget(m_empty);
    layout->addWidget(m_stack, 1);
    connect(&m_data, &QAbstractItemModel::modelReset, this, &DashboardPanel::updateEmpty);
    connect(&m_data, &QAbstractItemModel::layoutChanged, this, &DashboardPanel::updateEmpty);
    connect(&m_data, &QAbstractItemModel::rowsInserted, this, &DashboardPanel::updateEmpty);
    connect(&m_data, &QAbstractItemModel::rowsRemoved, this, &DashboardPanel::updateEmpty);

    content->setContextMenuPolicy(Qt::ActionsContextMenu);
    auto* pngAction = new QAction(tr("Save image…"), content);
    auto* csvAction = new QAction(tr("Save data as CSV…"), content);
    connect(pngAction, &QAction::triggered, this, &DashboardPanel::exportPng);
    connect(csvAction, &QAction::triggered, this, &DashboardPanel::exportCsv);
    content->addActions({pngAction, csvAction});
}

void DashboardPanel::setEmptyText(const QString& text)
{
    m_empty->setText(text);
    updateEmpty();
}

bool DashboardPanel::showsEmptyText() const
{
    return m_stack->currentWidget() == m_empty;
}

void DashboardPanel::updateEmpty()
{
    const bool empty = !m_empty->text().isEmpty() && m_data.rowCount() == 0;
    m_stack->setCurrentWidget(empty ? static_cast<QWidget*>(m_empty) : m_content);
}

std::optional<QString> DashboardPanel::savePng(const QString& path) const
{
    const QPixmap image = m_content->grab();
    if (image.isNull() || !image.save(path, "PNG")) {
        return tr("Could not write the image to %1.").arg(QDir::toNativeSeparators(path));
    }
    return std::nullopt;
}

std::optional<QString> DashboardPanel::saveCsv(const QString& path) const
{
    return CsvWriter::save(m_data, path);
}

void DashboardPanel::exportPng()
{
    const QString path = ExportFileDialog::getSaveFileName(
        this, tr("Save image"), QDir::home().filePath(objectName() + QStringLiteral(".png")), tr("PNG images (*.png)"));
    if (!path.isEmpty()) {
        reportError(savePng(path));
    }
}

void DashboardPanel::exportCsv()
{
    const QString path = ExportFileDialog::getSaveFileName(
        this, tr("Save data"), QDir::home().filePath(objectName() + QStringLiteral(".csv")), tr("CSV files (*.csv)"));
    if (!path.isEmpty()) {
        reportError(saveCsv(path));
    }
}

void DashboardPanel::reportError(const std::optional<QString>& error)
{
    if (error) {
        MessageBox::warning(this, tr("Export failed"), tr("%1: %2").arg(m_title, *error));
    }
}

} // namespace hss::client
