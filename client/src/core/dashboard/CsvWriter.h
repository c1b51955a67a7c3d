// SPDX-License-Identifier: MIT
#pragma once

#include <QString>
#include <QStringList>
#include <optional>

class QAbstractItemModel;

namespace hss::client {

/// Writes table data as CSV (RFC 4180): comma separated, CRLF line ends, and a field quoted (with its quotes
/// doubled) when it holds a comma, a quote, a line break or leading/trailing spaces. A field starting with = + - @
/// that is not a number is prefixed with an apostrophe, so a spreadsheet does not run it as a formula.
class CsvWriter final
{
public:
    CsvWriter() = delete;

    /// One field, quoted as needed.
    static QString field(const QString& value);
    /// One line of fields, without the line end.
    static QString line(const QStringList& fields);
    /// The model's horizontal headers, then every row's DisplayRole values, each line ended by CRLF.
    static QString fromModel(const QAbstractItemModel& model);
    /// Writes fromModel() as UTF-8 to \a path, replacing it atomically; the error text, or nothing on success.
    static std::optional<QString> save(const QAbstractItemModel& model, const QString& path);
};

} // namespace hss::client
