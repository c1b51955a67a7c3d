// SPDX-License-Identifier: MIT
#include "SqlCipherResult.h"

#include <QDateTime>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlField>
#include <QUuid>
#include <limits>

#include "SqlCipherApi.h"
#include "SqlCipherDriver.h"

namespace hss::client {

namespace {

QMetaType columnMetaType(sqlite3_stmt* statement, int column)
{
    const char* declared = sqlite3_column_decltype(statement, column);
    const QString type = declared ? QString::fromUtf8(declared).toUpper() : QString();
    if (type.contains(QLatin1String("INT"))) {
        return QMetaType(QMetaType::LongLong);
    }
    if (type.contains(QLatin1String("REAL")) || type.contains(QLatin1String("FLOA"))
        || type.contains(QLatin1String("DOUB"))) {
        return QMetaType(QMetaType::Double);
    }
    if (type.contains(QLatin1String("BLOB"))) {
        return QMetaType(QMetaType::QByteArray);
    }
    return QMetaType(QMetaType::QString);
}

} // namespace

SqlCipherResult::SqlCipherResult(const SqlCipherDriver* driver)
    : QSqlResult(driver)
{
    driver->attach(this);
}

SqlCipherResult::~SqlCipherResult()
{
    finalize();
    // QSqlResult tracks the driver with a QPointer: it is null if the connection is already gone.
    if (const SqlCipherDriver* owner = cipherDriver()) {
        owner->detach(this);
    }
}

const SqlCipherDriver* SqlCipherResult::cipherDriver() const
{
    return static_cast<const SqlCipherDriver*>(driver());
}

sqlite3* SqlCipherResult::connection() const
{
    const SqlCipherDriver* owner = cipherDriver();
    return owner ? owner->connection() : nullptr;
}

void SqlCipherResult::finalize()
{
    if (m_statement) {
        sqlite3_finalize(m_statement);
        m_statement = nullptr;
    }
    m_cache.clear();
    m_pendingRow.clear();
    m_hasPendingRow = false;
    m_done = true;
    setActive(false);
}

void SqlCipherResult::setSqliteError(const QString& what, int code, QSqlError::ErrorType type)
{
    sqlite3* db = connection();
    const QString detail = db ? QString::fromUtf8(sqlite3_errmsg(db)) : QString::fromUtf8(sqlite3_errstr(code));
    setLastError(QSqlError(what, detail, type, QString::number(code)));
}

bool SqlCipherResult::reset(const QString& query)
{
    return prepare(query) && exec();
}

bool SqlCipherResult::prepare(const QString& query)
{
    finalize();
    setSelect(false);
    setAt(QSql::BeforeFirstRow);
    sqlite3* db = connection();
    if (!db) {
        setLastError(QSqlError(QStringLiteral("The database is not open"), QString(), QSqlError::ConnectionError));
        return false;
    }
    const QByteArray sql = query.toUtf8();
    const char* tail = nullptr;
    const int rc = sqlite3_prepare_v2(db, sql.constData(), static_cast<int>(sql.size()), &m_statement, &tail);
    if (rc != SQLITE_OK) {
        setSqliteError(QStringLiteral("Cannot prepare the statement"), rc, QSqlError::StatementError);
        finalize();
        return false;
    }
    if (tail && QByteArray(tail).trimmed().size() > 0) {
        // Only one statement per query: a second one would be silently skipped.
        setLastError(QSqlError(QStringLiteral("Cannot prepare the statement"),
                               QStringLiteral("only one SQL statement per query is allowed"),
                               QSqlError::StatementError));
        finalize();
        return false;
    }
    m_record.clear();
    if (m_statement) {
        const int columns = sqlite3_column_count(m_statement);
        for (int i = 0; i < columns; ++i) {
            const char* table = sqlite3_column_table_name(m_statement, i);
            QSqlField field(QString::fromUtf8(sqlite3_column_name(m_statement, i)), columnMetaType(m_statement, i),
                            table ? QString::fromUtf8(table) : QString());
            m_record.append(field);
        }
    }
    return true;
}

bool SqlCipherResult::bindValues()
{
    const QList<QVariant> values = boundValues();
    const int expected = sqlite3_bind_parameter_count(m_statement);
    if (values.size() != expected) {
        setLastError(QSqlError(QStringLiteral("Wrong number of bound values"),
                               QStringLiteral("the statement takes %1, %2 given").arg(expected).arg(values.size()),
                               QSqlError::StatementError));
        return false;
    }
    for (int i = 0; i < values.size(); ++i) {
        const QVariant& value = values.at(i);
        const int position = i + 1;
        int rc = SQLITE_OK;
        if (value.isNull()) {
            rc = sqlite3_bind_null(m_statement, position);
        } else {
            switch (value.typeId()) {
            case QMetaType::Bool:
            case QMetaType::Int:
            case QMetaType::UInt:
            case QMetaType::LongLong:
            case QMetaType::Short:
            case QMetaType::UShort:
            case QMetaType::Char:
            case QMetaType::UChar:
            case QMetaType::Long:
                rc = sqlite3_bind_int64(m_statement, position, value.toLongLong());
                break;
            case QMetaType::ULongLong:
            case QMetaType::ULong:
                if (value.toULongLong() > static_cast<qulonglong>(std::numeric_limits<qint64>::max())) {
                    setLastError(QSqlError(QStringLiteral("Value out of range"),
                                           QStringLiteral("parameter %1 does not fit in 64 bits").arg(position),
                                           QSqlError::StatementError));
                    return false;
                }
                rc = sqlite3_bind_int64(m_statement, position, static_cast<sqlite3_int64>(value.toULongLong()));
                break;
            case QMetaType::Double:
            case QMetaType::Float:
                rc = sqlite3_bind_double(m_statement, position, value.toDouble());
                break;
            case QMetaType::QByteArray: {
                const QByteArray bytes = value.toByteArray();
                rc = sqlite3_bind_blob(m_statement, position, bytes.constData(), static_cast<int>(bytes.size()),
                                       SQLITE_TRANSIENT);
                break;
            }
            case QMetaType::QDateTime: {
                const QByteArray text = value.toDateTime().toUTC().toString(Qt::ISODateWithMs).toUtf8();
                rc = sqlite3_bind_text(m_statement, position, text.constData(), static_cast<int>(text.size()),
                                       SQLITE_TRANSIENT);
                break;
            }
            case QMetaType::QUuid: {
                const QByteArray text = value.toUuid().toByteArray(QUuid::WithoutBraces);
                rc = sqlite3_bind_text(m_statement, position, text.constData(), static_cast<int>(text.size()),
                                       SQLITE_TRANSIENT);
                break;
            }
            default: {
                const QByteArray text = value.toString().toUtf8();
                rc = sqlite3_bind_text(m_statement, position, text.constData(), static_cast<int>(text.size()),
                                       SQLITE_TRANSIENT);
                break;
            }
            }
        }
        if (rc != SQLITE_OK) {
            setSqliteError(QStringLiteral("Cannot bind parameter %1").arg(position), rc, QSqlError::StatementError);
            return false;
        }
    }
    return true;
}

bool SqlCipherResult::exec()
{
    if (!m_statement) {
        if (!lastError().isValid()) {
            setLastError(QSqlError(QStringLiteral("No statement to execute"), QString(), QSqlError::StatementError));
        }
        return false;
    }
    sqlite3_reset(m_statement);
    sqlite3_clear_bindings(m_statement);
    m_cache.clear();
    m_current.clear();
    m_pendingRow.clear();
    m_hasPendingRow = false;
    m_rowsRead = 0;
    setAt(QSql::BeforeFirstRow);
    setActive(false);
    if (!bindValues()) {
        return false;
    }
    const int rc = sqlite3_step(m_statement);
    if (rc == SQLITE_ROW) {
        m_pendingRow = readRow();
        m_hasPendingRow = true;
        m_done = false;
    } else if (rc == SQLITE_DONE) {
        m_done = true;
    } else {
        setSqliteError(QStringLiteral("Cannot execute the statement"), rc, QSqlError::StatementError);
        sqlite3_reset(m_statement);
        return false;
    }
    sqlite3* db = connection();
    m_rowsAffected = sqlite3_column_count(m_statement) > 0 ? 0 : sqlite3_changes(db);
    m_lastInsertId = sqlite3_last_insert_rowid(db);
    setSelect(sqlite3_column_count(m_statement) > 0);
    setActive(true);
    return true;
}

QList<QVariant> SqlCipherResult::readRow() const
{
    const int columns = sqlite3_column_count(m_statement);
    QList<QVariant> row;
    row.reserve(columns);
    for (int i = 0; i < columns; ++i) {
        switch (sqlite3_column_type(m_statement, i)) {
        case SQLITE_INTEGER:
            row.append(QVariant(static_cast<qint64>(sqlite3_column_int64(m_statement, i))));
            break;
        case SQLITE_FLOAT:
            row.append(QVariant(sqlite3_column_double(m_statement, i)));
            break;
        case SQLITE_BLOB: {
            const auto* bytes = static_cast<const char*>(sqlite3_column_blob(m_statement, i));
            row.append(QVariant(QByteArray(bytes, sqlite3_column_bytes(m_statement, i))));
            break;
        }
        case SQLITE_NULL:
            row.append(QVariant(m_record.field(i).metaType()));
            break;
        default: {
            const auto* text = reinterpret_cast<const char*>(sqlite3_column_text(m_statement, i));
            row.append(QVariant(QString::fromUtf8(text, sqlite3_column_bytes(m_statement, i))));
            break;
        }
        }
    }
    return row;
}

bool SqlCipherResult::stepRow(QList<QVariant>& row)
{
    if (m_hasPendingRow) {
        row = std::move(m_pendingRow);
        m_pendingRow.clear();
        m_hasPendingRow = false;
        return true;
    }
    if (m_done || !m_statement) {
        return false;
    }
    const int rc = sqlite3_step(m_statement);
    if (rc == SQLITE_ROW) {
        row = readRow();
        return true;
    }
    m_done = true;
    if (rc != SQLITE_DONE) {
        setSqliteError(QStringLiteral("Cannot read the next row"), rc, QSqlError::StatementError);
    }
    return false;
}

bool SqlCipherResult::fetch(int index)
{
    if (index < 0 || !isActive() || !isSelect()) {
        return false;
    }
    if (!isForwardOnly() && index < m_cache.size()) {
        m_current = m_cache.at(index);
        setAt(index);
        return true;
    }
    if (index < m_rowsRead) {
        return false; // forward-only: that row is gone
    }
    while (m_rowsRead <= index) {
        QList<QVariant> row;
        if (!stepRow(row)) {
            return false;
        }
        ++m_rowsRead;
        if (!isForwardOnly()) {
            m_cache.append(row);
        }
        m_current = std::move(row);
    }
    setAt(index);
    return true;
}

bool SqlCipherResult::fetchFirst()
{
    return fetch(0);
}

bool SqlCipherResult::fetchNext()
{
    return fetch(at() < 0 ? 0 : at() + 1);
}

bool SqlCipherResult::fetchLast()
{
    if (!isActive() || !isSelect()) {
        return false;
    }
    int last = m_rowsRead - 1;
    QList<QVariant> row;
    while (stepRow(row)) {
        ++m_rowsRead;
        ++last;
        if (!isForwardOnly()) {
            m_cache.append(row);
        }
        m_current = row;
    }
    if (last < 0) {
        return false;
    }
    if (!isForwardOnly()) {
        m_current = m_cache.at(last);
    }
    setAt(last);
    return true;
}

QVariant SqlCipherResult::data(int field)
{
    if (field < 0 || field >= m_current.size()) {
        return {};
    }
    return m_current.at(field);
}

bool SqlCipherResult::isNull(int field)
{
    return field < 0 || field >= m_current.size() || m_current.at(field).isNull();
}

int SqlCipherResult::size()
{
    return -1;
}

int SqlCipherResult::numRowsAffected()
{
    return m_rowsAffected;
}

QVariant SqlCipherResult::lastInsertId() const
{
    return isActive() ? QVariant(m_lastInsertId) : QVariant();
}

QSqlRecord SqlCipherResult::record() const
{
    return isActive() && isSelect() ? m_record : QSqlRecord();
}

void SqlCipherResult::detachFromResultSet()
{
    // Ends the read so the connection holds no lock; the statement stays prepared for another exec().
    if (m_statement) {
        sqlite3_reset(m_statement);
    }
    m_done = true;
    m_hasPendingRow = false;
}

QVariant SqlCipherResult::handle() const
{
    return QVariant::fromValue(static_cast<void*>(m_statement));
}

} // namespace hss::client
