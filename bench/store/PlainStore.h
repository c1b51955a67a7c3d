// SPDX-License-Identifier: MIT
#pragma once

#include <QSqlDatabase>
#include <QString>

namespace hss::bench {

/// The unencrypted baseline of the store benchmark: Qt's stock QSQLITE driver with LocalStore's settings (WAL,
/// synchronous=FULL, 4096-byte pages, foreign keys, secure_delete, in-memory temp store), the console's schema
/// migrations and its hss_rank function, so the same repositories run the same SQL on it.
///
/// hss_rank is registered through the driver's sqlite3 handle with SQLCipher's sqlite3_create_function. That is
/// only safe when QSQLITE's sqlite3_* calls resolve to the SQLCipher library this process links (the usual case:
/// the executable's libsqlcipher comes first in the global symbol scope), so open() checks the engine first and
/// refuses otherwise.
class PlainStore final
{
public:
    explicit PlainStore(QString connectionName);
    ~PlainStore();

    PlainStore(const PlainStore&) = delete;
    PlainStore& operator=(const PlainStore&) = delete;

    /// Opens or creates \a path. Returns an empty string on success, else what went wrong.
    QString open(const QString& path);
    void close();
    QSqlDatabase database() const;

    /// The engine behind QSQLITE, as checked by open(), e.g. "SQLite 3.15.2 (SQLCipher 3.4.1 library, no key)".
    QString engine() const { return m_engine; }

private:
    QString checkEngine();
    QString applyAndVerifySettings();
    QString registerRank();

    QString m_connectionName;
    QString m_engine;
};

} // namespace hss::bench
