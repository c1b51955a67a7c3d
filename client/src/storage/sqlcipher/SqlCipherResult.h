// SPDX-License-Identifier: MIT
#pragma once

#include <QList>
#include <QSqlError>
#include <QSqlRecord>
#include <QSqlResult>
#include <QVariant>

struct sqlite3;
struct sqlite3_stmt;

namespace hss::client {

class SqlCipherDriver;

/// One prepared statement of SqlCipherDriver. Rows are read on demand; unless the query is forward-only,
/// rows already read are kept so Qt's models can move back.
class SqlCipherResult final : public QSqlResult
{
public:
    explicit SqlCipherResult(const SqlCipherDriver* driver);
    ~SqlCipherResult() override;

    /// Releases the statement; called by the driver when the connection closes under a live query.
    void finalize();

protected:
    QVariant data(int field) override;
    bool isNull(int field) override;
    bool reset(const QString& query) override;
    bool prepare(const QString& query) override;
    bool exec() override;
    bool fetch(int index) override;
    bool fetchFirst() override;
    bool fetchLast() override;
    bool fetchNext() override;
    int size() override;
    int numRowsAffected() override;
    QVariant lastInsertId() const override;
    QSqlRecord record() const override;
    void detachFromResultSet() override;
    QVariant handle() const override;

private:
    const SqlCipherDriver* cipherDriver() const;
    sqlite3* connection() const;
    bool bindValues();
    bool stepRow(QList<QVariant>& row);
    QList<QVariant> readRow() const;
    void setSqliteError(const QString& what, int code, QSqlError::ErrorType type);

    sqlite3_stmt* m_statement = nullptr;
    QSqlRecord m_record;
    QList<QList<QVariant>> m_cache; // rows read so far, unless forward-only
    QList<QVariant> m_current;
    QList<QVariant> m_pendingRow; // first row, stepped by exec() to learn whether the statement returns rows
    bool m_hasPendingRow = false;
    bool m_done = true;
    int m_rowsRead = 0;
    int m_rowsAffected = -1;
    qint64 m_lastInsertId = 0;
};

} // namespace hss::client
