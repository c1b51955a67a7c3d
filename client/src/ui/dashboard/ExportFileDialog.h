// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

class QWidget;

namespace hss::client {

/// The save dialog for dashboard exports (PNG images, CSV data), so GUI tests can pre-answer it (setNextAnswer)
/// instead of blocking.
class ExportFileDialog final
{
public:
    /// The chosen path, or empty when cancelled. \a filter as for QFileDialog ("PNG images (*.png)").
    static QString getSaveFileName(QWidget* parent, const QString& caption, const QString& suggestedPath,
                                   const QString& filter);

    /// The next call returns \a path at once without showing a dialog (empty: as if cancelled); for tests.
    static void setNextAnswer(const QString& path);
    /// The suggested path of the last call; for tests.
    static QString lastSuggestion();
};

} // namespace hss::client
