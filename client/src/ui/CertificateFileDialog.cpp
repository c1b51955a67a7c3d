// SPDX-License-Identifier: MIT
#include "CertificateFileDialog.h"

#include <QFileDialog>

namespace hss::client {

namespace {

std::optional<QString> nextAnswer;
QString lastSuggested;

} // namespace

QString CertificateFileDialog::getSaveFileName(QWidget* parent, const QString& caption, const QString& suggestedPath)
{
    lastSuggested = suggestedPath;
    if (nextAnswer) {
        QString answer = *nextAnswer;
        nextAnswer.reset();
        return answer;
    }
    return QFileDialog::getSaveFileName(parent, caption, suggestedPath, QFileDialog::tr("PDF files (*.pdf)"));
}

void CertificateFileDialog::setNextAnswer(const QString& path)
{
    nextAnswer = path;
}

QString CertificateFileDialog::lastSuggestion()
{
    return lastSuggested;
}

} // namespace hss::client
