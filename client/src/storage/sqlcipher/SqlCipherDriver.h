// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QList>
#include <QSqlDriver>
#include <QSqlError>

struct sqlite3;

namespace hss::client {

class SqlCipherResult;

/// Qt SQL driver "QSQLCIPHER" over SQLCipher's C API, written for this project so that no code path can
/// fall back to plain SQLite. The database name is the file path; the raw 256-bit key is handed over with
/// setRawKey() before open() and wiped from the driver as soon as the database is keyed.
/// One driver instance per connection, used from one thread at a time.
class SqlCipherDriver final : public QSqlDriver
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SqlCipherDriver)

public:
    /// The name to pass to QSqlDatabase::addDatabase().
    static constexpr const char* driverName = "QSQLCIPHER";

    /// Registers the driver with QSqlDatabase; safe to call more than once.
    static void registerDriver();

    explicit SqlCipherDriver(QObject* parent = nullptr);
    ~SqlCipherDriver() override;

    /// The key for the next open(): 32 raw bytes. The driver keeps its own copy in locked memory and wipes it
    /// after use; the caller wipes its own.
    void setRawKey(const unsigned char* key, int size);

    /// Re-encrypts the open database with a new raw key (PRAGMA rekey through sqlite3_rekey).
    bool rekey(const unsigned char* key, int size);

    bool hasFeature(DriverFeature feature) const override;
    bool open(const QString& db, const QString& user, const QString& password, const QString& host, int port,
              const QString& connectOptions) override;
    void close() override;
    QSqlResult* createResult() const override;
    bool beginTransaction() override;
    bool commitTransaction() override;
    bool rollbackTransaction() override;
    QStringList tables(QSql::TableType type) const override;
    QSqlRecord record(const QString& tableName) const override;
    QSqlIndex primaryIndex(const QString& tableName) const override;
    QString escapeIdentifier(const QString& identifier, IdentifierType type) const override;
    QVariant handle() const override;

    /// The connection, for SqlCipherResult.
    sqlite3* connection() const { return m_db; }

private:
    friend class SqlCipherResult;
    void attach(SqlCipherResult* result) const;
    void detach(SqlCipherResult* result) const;
    bool execute(const char* sql, QSqlError::ErrorType type, const QString& what);
    void wipeKey();

    sqlite3* m_db = nullptr;
    unsigned char* m_key = nullptr; // sodium_malloc'ed, 32 bytes while a key is pending
    int m_keySize = 0;
    mutable QList<SqlCipherResult*> m_results;
};

} // namespace hss::client
