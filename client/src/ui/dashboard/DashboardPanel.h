// SPDX-License-Identifier: MIT
#pragma once

#include <QString>
#include <QWidget>
#include <optional>

class QAbstractItemModel;
class QLabel;
class QStackedWidget;

namespace hss::client {

/// One tile of a dashboard: a title, the chart (or table) and Save image / Save data buttons, also in the
/// content's context menu. The image is the content as drawn (PNG); the data is the model behind it (CSV).
class DashboardPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DashboardPanel)

public:
    /// Takes \a content as a child; does not own \a data, which must outlive the panel. \a name names the panel
    /// (objectName, suggested file names).
    DashboardPanel(const QString& name, const QString& title, QWidget* content, QAbstractItemModel& data,
                   QWidget* parent = nullptr);

    QWidget* content() const { return m_content; }
    QAbstractItemModel& data() const { return m_data; }

    /// Saves the content as a PNG image; the error text, or nothing on success.
    std::optional<QString> savePng(const QString& path) const;
    /// Saves the model as CSV; the error text, or nothing on success.
    std::optional<QString> saveCsv(const QString& path) const;

    /// Shows \a text instead of the content while the model has no rows (an empty chart axis says nothing).
    void setEmptyText(const QString& text);
    /// Whether the empty text is shown now.
    bool showsEmptyText() const;

    /// Ask for a file name (ExportFileDialog) and save; errors go to a message box.
    void exportPng();
    void exportCsv();

private:
    void reportError(const std::optional<QString>& error);
    void updateEmpty();

    QWidget* m_content;
    QAbstractItemModel& m_data;
    QString m_title;
    QStackedWidget* m_stack;
    QLabel* m_empty;
};

} // namespace hss::client
