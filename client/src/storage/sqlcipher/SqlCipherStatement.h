// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArrayView>
#include <QSqlDatabase>
#include <QString>
#include <QtGlobal>
#include <cstdint>
#include <string_view>

struct sqlite3;
struct sqlite3_stmt;

namespace hss::client {

/// One prepared statement read straight through SQLCipher's C API on the connection of a QSqlDatabase opened with
/// the QSQLCIPHER driver. For the few reads of many rows (the dashboards' KPI facts) where QSqlQuery's QVariant and
/// QString per value cost more than SQLite itself. Same thread as the connection; finalized on destruction, which
/// must come before the connection closes. Values read are valid until the next step.
class SqlCipherStatement final
{
    Q_DISABLE_COPY_MOVE(SqlCipherStatement)

public:
    /// Prepares \a sql; on failure isValid() is false and errorText() says why (also for a non-QSQLCIPHER database).
    SqlCipherStatement(const QSqlDatabase& db, std::string_view sql);
    ~SqlCipherStatement();

    bool isValid() const { return m_statement != nullptr; }
    /// Why preparing, binding or stepping failed; empty while nothing failed.
    const QString& errorText() const { return m_error; }

    /// Binds \a value to the 1-based parameter \a position; false (and errorText()) on failure.
    bool bind(int position, std::int64_t value);
    /// Steps to the next row: false at the end and on an error (errorText() is set then).
    bool next();

    bool isNull(int column) const;
    std::int64_t integer(int column) const;
    double real(int column) const;
    /// UTF-8 text of the column; empty for NULL.
    std::string_view text(int column) const;
    QByteArrayView blob(int column) const;

private:
    void fail(const char* what, int code);

    sqlite3* m_db = nullptr;
    sqlite3_stmt* m_statement = nullptr;
    QString m_error;
};

} // namespace hss::client
