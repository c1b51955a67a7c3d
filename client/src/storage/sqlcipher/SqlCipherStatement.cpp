// SPDX-License-Identifier: MIT
#include "SqlCipherStatement.h"

#include "SqlCipherApi.h"
#include "SqlCipherDriver.h"

namespace hss::client {

SqlCipherStatement::SqlCipherStatement(const QSqlDatabase& db, std::string_view sql)
{
    const auto* driver = qobject_cast<const SqlCipherDriver*>(db.driver());
    m_db = driver ? driver->connection() : nullptr;
    if (!m_db) {
        m_error = QStringLiteral("The database is not an open SQLCipher store");
        return;
    }
    const int rc = sqlite3_prepare_v2(m_db, sql.data(), static_cast<int>(sql.size()), &m_statement, nullptr);
    if (rc != SQLITE_OK) {
        fail("Cannot prepare the statement", rc);
        sqlite3_finalize(m_statement);
        m_statement = nullptr;
    }
}

SqlCipherStatement::~SqlCipherStatement()
{
    sqlite3_finalize(m_statement);
}

void SqlCipherStatement::fail(const char* what, int code)
{
    m_error = QString::fromUtf8(what) + QStringLiteral(": ") + QString::fromUtf8(sqlite3_errmsg(m_db))
        + QStringLiteral(" (") + QString::number(code) + QLatin1Char(')');
}

bool SqlCipherStatement::bind(int position, std::int64_t value)
{
    if (!m_statement) {
        return false;
    }
    const int rc = sqlite3_bind_int64(m_statement, position, static_cast<sqlite3_int64>(value));
    if (rc != SQLITE_OK) {
        fail("Cannot bind a parameter", rc);
        return false;
    }
    return true;
}

bool SqlCipherStatement::next()
{
    if (!m_statement) {
        return false;
    }
    const int rc = sqlite3_step(m_statement);
    if (rc == SQLITE_ROW) {
        return true;
    }
    if (rc != SQLITE_DONE) {
        fail("Cannot read the next row", rc);
    }
    return false;
}

bool SqlCipherStatement::isNull(int column) const
{
    return sqlite3_column_type(m_statement, column) == SQLITE_NULL;
}

std::int64_t SqlCipherStatement::integer(int column) const
{
    return sqlite3_column_int64(m_statement, column);
}

double SqlCipherStatement::real(int column) const
{
    return sqlite3_column_double(m_statement, column);
}

std::string_view SqlCipherStatement::text(int column) const
{
    // The pointer first, then the size: the SQLite documentation's order for a value that may need converting.
    const auto* data = reinterpret_cast<const char*>(sqlite3_column_text(m_statement, column));
    const int size = sqlite3_column_bytes(m_statement, column);
    return data ? std::string_view(data, static_cast<std::size_t>(size)) : std::string_view();
}

QByteArrayView SqlCipherStatement::blob(int column) const
{
    const auto* data = static_cast<const char*>(sqlite3_column_blob(m_statement, column));
    const int size = sqlite3_column_bytes(m_statement, column);
    return data ? QByteArrayView(data, size) : QByteArrayView();
}

} // namespace hss::client
