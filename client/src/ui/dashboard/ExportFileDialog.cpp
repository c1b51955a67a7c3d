// SPDX-License-Identifier: MIT
#include "ExportFileDialog.h"

#include <QFileDialog>
#include <optional>

namespace hss::client {

namespace {

std::optional<QString> nextAnswer;
QString lastSuggested;

} // namespace

QString ExportFileDialog::getSaveFileName(QWidget* parent, const QString& caption, const QString& suggestedPath,
                                          const QString& filter)
{
    lastSuggested = suggestedPath;
    if (nextAnswer) {
        QString answer = *nextAnswer;
        nextAnswer.reset();
        return answer;
    }
    return QFileDialog::getSaveFileName(parent, caption, suggestedPath, filter);
}

void ExportFileDialog::setNextAnswer(const QString& path)
{
    nextAnswer = path;
}

QString ExportFileDialog::lastSuggestion()
{
    return lastSuggested;
}

} // namespace hss::client
