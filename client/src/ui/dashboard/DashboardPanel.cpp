// SPDX-License-Identifier: MIT
#include "DashboardPanel.h"

#include <QAbstractItemModel>
#include <QAction>
#include <QDir>
#include <QHBoxLayout>
#include <QLabel>
#include <QPixmap>
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
    layout->addWidget(content, 1);

    content->setContextMenuPolicy(Qt::ActionsContextMenu);
    auto* pngAction = new QAction(tr("Save image…"), content);
    auto* csvAction = new QAction(tr("Save data as CSV…"), content);
    connect(pngAction, &QAction::triggered, this, &DashboardPanel::exportPng);
    connect(csvAction, &QAction::triggered, this, &DashboardPanel::exportCsv);
    content->addActions({pngAction, csvAction});
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
