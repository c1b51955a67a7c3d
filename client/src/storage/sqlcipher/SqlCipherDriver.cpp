// SPDX-License-Identifier: MIT
#include "SqlCipherDriver.h"

#include <QSqlError>
#include <QSqlField>
#include <QSqlIndex>
#include <QSqlQuery>
#include <QSqlRecord>
#include <cstring>

#include <sodium.h>

#include "FtsRank.h"
#include "SqlCipherApi.h"
#include "SqlCipherResult.h"

namespace hss::client {

namespace {

constexpr int rawKeySize = 32;
constexpr int busyTimeoutMs = 5000;
// Hex form "x'<64 hex digits>'" tells SQLCipher the key is raw: no PBKDF2 on open.
constexpr int hexKeyTextSize = 2 + 2 * rawKeySize + 1;

/// The key as SQLCipher's raw-key text, in locked memory; release with sodium_free (which wipes it).
char* makeKeyText(const unsigned char* key)
{
    auto* text = static_cast<char*>(sodium_malloc(hexKeyTextSize + 1));
    if (!text) {
        qFatal("cannot allocate locked memory for a key");
    }
    text[0] = 'x';
    text[1] = '\'';
    sodium_bin2hex(text + 2, 2 * rawKeySize + 1, key, rawKeySize);
    text[2 + 2 * rawKeySize] = '\'';
    text[hexKeyTextSize] = '\0';
    return text;
}

QSqlError sqliteError(sqlite3* db, const QString& what, QSqlError::ErrorType type, int code)
{
    const QString detail = db ? QString::fromUtf8(sqlite3_errmsg(db)) : QString::fromUtf8(sqlite3_errstr(code));
    return QSqlError(what, detail, type, QString::number(code));
}

QMetaType::Type fieldTypeFromDeclaration(const QString& declared)
{
    const QString type = declared.toUpper();
    if (type.contains(QLatin1String("INT"))) {
        return QMetaType::LongLong;
    }
    if (type.contains(QLatin1String("REAL")) || type.contains(QLatin1String("FLOA"))
        || type.contains(QLatin1String("DOUB"))) {
        return QMetaType::Double;
    }
    if (type.contains(QLatin1String("BLOB"))) {
        return QMetaType::QByteArray;
    }
    return QMetaType::QString;
}

} // namespace

void SqlCipherDriver::registerDriver()
{
    if (!QSqlDatabase::isDriverAvailable(QLatin1String(driverName))) {
        QSqlDatabase::registerSqlDriver(QLatin1String(driverName), new QSqlDriverCreator<SqlCipherDriver>);
    }
}

SqlCipherDriver::SqlCipherDriver(QObject* parent)
    : QSqlDriver(parent)
{
    if (sodium_init() < 0) {
        qFatal("libsodium cannot be initialised");
    }
}

SqlCipherDriver::~SqlCipherDriver()
{
    close();
    wipeKey();
}

void SqlCipherDriver::setRawKey(const unsigned char* key, int size)
{
    wipeKey();
    if (!key || size != rawKeySize) {
        return;
    }
    m_key = static_cast<unsigned char*>(sodium_malloc(rawKeySize));
    if (!m_key) {
        return;
    }
    std::memcpy(m_key, key, rawKeySize);
    m_keySize = rawKeySize;
}

void SqlCipherDriver::wipeKey()
{
    if (m_key) {
        sodium_free(m_key); // zeroes before freeing
        m_key = nullptr;
    }
    m_keySize = 0;
}

bool SqlCipherDriver::hasFeature(DriverFeature feature) const
{
    switch (feature) {
    case Transactions:
    case Unicode:
    case PreparedQueries:
    case PositionalPlaceholders:
    case LastInsertId:
    case BLOB:
    case FinishQuery:
    case LowPrecisionNumbers:
        return true;
    default:
        return false;
    }
}

bool SqlCipherDriver::open(const QString& db, const QString&, const QString&, const QString&, int, const QString&)
{
    if (isOpen()) {
        close();
    }
    if (!m_key) {
        // Never open without a key: that would silently create a plain-text database.
        setLastError(QSqlError(tr("No encryption key was given"), tr("call setRawKey() with a 32-byte key first"),
                               QSqlError::ConnectionError));
        setOpenError(true);
        return false;
    }
    const QByteArray path = db.toUtf8();
    const int flags = SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_NOMUTEX;
    int rc = sqlite3_open_v2(path.constData(), &m_db, flags, nullptr);
    if (rc != SQLITE_OK) {
        setLastError(sqliteError(m_db, tr("Cannot open the database file %1").arg(db), QSqlError::ConnectionError, rc));
        sqlite3_close_v2(m_db);
        m_db = nullptr;
        wipeKey();
        setOpenError(true);
        return false;
    }

    char* hex = makeKeyText(m_key);
    rc = sqlite3_key(m_db, hex, hexKeyTextSize);
    sodium_free(hex);
    wipeKey();
    if (rc != SQLITE_OK) {
        setLastError(sqliteError(m_db, tr("Cannot key the database"), QSqlError::ConnectionError, rc));
        close();
        setOpenError(true);
        return false;
    }
    sqlite3_busy_timeout(m_db, busyTimeoutMs);
    registerFtsRank(m_db);
    // Must be repeated on every open with SQLCipher 3.x; the store reads it back to be sure.
    if (!execute("PRAGMA cipher_page_size = 4096", QSqlError::ConnectionError, tr("Cannot set the page size"))
        || !execute("SELECT count(*) FROM sqlite_master", QSqlError::ConnectionError,
                    tr("The file is not a database of this user, or it is damaged"))) {
        const QSqlError error = lastError();
        close();
        setLastError(error);
        setOpenError(true);
        return false;
    }
    setOpen(true);
    setOpenError(false);
    return true;
}

bool SqlCipherDriver::execute(const char* sql, QSqlError::ErrorType type, const QString& what)
{
    sqlite3_stmt* statement = nullptr;
    int rc = sqlite3_prepare_v2(m_db, sql, -1, &statement, nullptr);
    if (rc == SQLITE_OK) {
        do {
            rc = sqlite3_step(statement);
        } while (rc == SQLITE_ROW);
    }
    const bool ok = rc == SQLITE_DONE;
    if (!ok) {
        setLastError(sqliteError(m_db, what, type, rc));
    }
    sqlite3_finalize(statement);
    return ok;
}

void SqlCipherDriver::close()
{
    for (SqlCipherResult* result : std::as_const(m_results)) {
        result->finalize();
    }
    m_results.clear();
    if (m_db) {
        sqlite3_close_v2(m_db);
        m_db = nullptr;
    }
    if (isOpen()) {
        setOpen(false);
        setOpenError(false);
    }
}

bool SqlCipherDriver::rekey(const unsigned char* key, int size)
{
    if (!isOpen() || !key || size != rawKeySize) {
        return false;
    }
    char* hex = makeKeyText(key);
    const int rc = sqlite3_rekey(m_db, hex, hexKeyTextSize);
    sodium_free(hex);
    if (rc != SQLITE_OK) {
        setLastError(sqliteError(m_db, tr("Cannot re-encrypt the database"), QSqlError::TransactionError, rc));
        return false;
    }
    return true;
}

QSqlResult* SqlCipherDriver::createResult() const
{
    return new SqlCipherResult(this);
}

bool SqlCipherDriver::beginTransaction()
{
    // IMMEDIATE takes the write lock up front, so two writers fail fast instead of deadlocking on upgrade.
    return isOpen() && execute("BEGIN IMMEDIATE", QSqlError::TransactionError, tr("Cannot begin a transaction"));
}

bool SqlCipherDriver::commitTransaction()
{
    return isOpen() && execute("COMMIT", QSqlError::TransactionError, tr("Cannot commit the transaction"));
}

bool SqlCipherDriver::rollbackTransaction()
{
    return isOpen() && execute("ROLLBACK", QSqlError::TransactionError, tr("Cannot roll back the transaction"));
}

QStringList SqlCipherDriver::tables(QSql::TableType type) const
{
    QStringList names;
    if (!isOpen()) {
        return names;
    }
    QString sql;
    if (type & QSql::Tables) {
        sql = QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'");
    }
    if (type & QSql::Views) {
        sql += (sql.isEmpty() ? QString() : QStringLiteral(" UNION ALL "))
            + QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'view'");
    }
    if (type & QSql::SystemTables) {
        names << QStringLiteral("sqlite_master");
    }
    if (sql.isEmpty()) {
        return names;
    }
    QSqlQuery query(createResult());
    query.setForwardOnly(true);
    if (query.exec(sql)) {
        while (query.next()) {
            names << query.value(0).toString();
        }
    }
    return names;
}

QSqlRecord SqlCipherDriver::record(const QString& tableName) const
{
    QSqlRecord record;
    if (!isOpen()) {
        return record;
    }
    QSqlQuery query(createResult());
    query.setForwardOnly(true);
    // PRAGMA arguments cannot be bound; the name is escaped as an identifier instead.
    if (!query.exec(QStringLiteral("PRAGMA table_info(%1)").arg(escapeIdentifier(tableName, TableName)))) {
        return record;
    }
    while (query.next()) {
        QSqlField field(query.value(1).toString(), QMetaType(fieldTypeFromDeclaration(query.value(2).toString())),
                        tableName);
        field.setRequired(query.value(3).toInt() != 0);
        field.setDefaultValue(query.value(4));
        record.append(field);
    }
    return record;
}

QSqlIndex SqlCipherDriver::primaryIndex(const QString& tableName) const
{
    QSqlIndex index(tableName, QStringLiteral("primary"));
    if (!isOpen()) {
        return index;
    }
    QSqlQuery query(createResult());
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral("PRAGMA table_info(%1)").arg(escapeIdentifier(tableName, TableName)))) {
        return index;
    }
    while (query.next()) {
        if (query.value(5).toInt() > 0) {
            index.append(QSqlField(query.value(1).toString(),
                                   QMetaType(fieldTypeFromDeclaration(query.value(2).toString())), tableName));
        }
    }
    return index;
}

QString SqlCipherDriver::escapeIdentifier(const QString& identifier, IdentifierType) const
{
    if (identifier.size() > 1 && identifier.startsWith(QLatin1Char('"')) && identifier.endsWith(QLatin1Char('"'))) {
        return identifier;
    }
    QString escaped = identifier;
    escaped.replace(QLatin1Char('"'), QLatin1String("\"\""));
    return QLatin1Char('"') + escaped + QLatin1Char('"');
}

QVariant SqlCipherDriver::handle() const
{
    return QVariant::fromValue(static_cast<void*>(m_db));
}

void SqlCipherDriver::attach(SqlCipherResult* result) const
{
    m_results.append(result);
}

void SqlCipherDriver::detach(SqlCipherResult* result) const
{
    m_results.removeOne(result);
}

} // namespace hss::client
