// SPDX-License-Identifier: MIT
#include "CsvWriter.h"

#include <QAbstractItemModel>
#include <QSaveFile>

namespace hss::client {

namespace {

const QString lineEnd = QStringLiteral("\r\n");

bool looksLikeFormula(const QString& value)
{
    if (value.isEmpty() || !QStringLiteral("=+-@").contains(value.front())) {
        return false;
    }
    bool number = false;
    value.toDouble(&number);
    return !number;
}

} // namespace

QString CsvWriter::field(const QString& value)
{
    QString text = looksLikeFormula(value) ? QLatin1Char('\'') + value : value;
    const bool quote = text.contains(QLatin1Char(',')) || text.contains(QLatin1Char('"'))
        || text.contains(QLatin1Char('\n')) || text.contains(QLatin1Char('\r'))
        || (!text.isEmpty() && (text.front().isSpace() || text.back().isSpace()));
    if (!quote) {
        return text;
    }
    text.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + text + QLatin1Char('"');
}

QString CsvWriter::line(const QStringList& fields)
{
    QStringList quoted;
    quoted.reserve(fields.size());
    for (const QString& value : fields) {
        quoted << field(value);
    }
    return quoted.join(QLatin1Char(','));
}

QString CsvWriter::fromModel(const QAbstractItemModel& model)
{
    QString csv;
    QStringList fields;
    for (int column = 0; column < model.columnCount(); ++column) {
        fields << model.headerData(column, Qt::Horizontal).toString();
    }
    csv += line(fields) + lineEnd;
    for (int row = 0; row < model.rowCount(); ++row) {
        fields.clear();
        for (int column = 0; column < model.columnCount(); ++column) {
            fields << model.index(row, column).data().toString();
        }
        csv += line(fields) + lineEnd;
    }
    return csv;
}

std::optional<QString> CsvWriter::save(const QAbstractItemModel& model, const QString& path)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        return file.errorString();
    }
    file.write(fromModel(model).toUtf8());
    if (!file.commit()) {
        return file.errorString();
    }
    return std::nullopt;
}

} // namespace hss::client
