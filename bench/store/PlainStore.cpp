// SPDX-License-Identifier: MIT
#include "PlainStore.h"

#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>

#include "storage/SchemaMigrator.h"
#include "storage/sqlcipher/FtsRank.h"
#include "storage/sqlcipher/SqlCipherApi.h"

namespace hss::bench {

namespace {

const QString plainDriver = QStringLiteral("QSQLITE");

struct Setting
{
    const char* apply;
    const char* read;
    const char* expected;
};

// LocalStore's list minus the cipher pragmas. page_size comes first: it only takes effect before the first table.
const Setting settings[] = {
    {"PRAGMA page_size = 4096", "PRAGMA page_size", "4096"},
    {"PRAGMA journal_mode = WAL", "PRAGMA journal_mode", "wal"},
    {"PRAGMA synchronous = FULL", "PRAGMA synchronous", "2"},
    {"PRAGMA foreign_keys = ON", "PRAGMA foreign_keys", "1"},
    {"PRAGMA secure_delete = ON", "PRAGMA secure_delete", "1"},
    {"PRAGMA temp_store = MEMORY", "PRAGMA temp_store", "2"},
    {"PRAGMA cache_size = -65536", "PRAGMA cache_size", "-65536"}, // as LocalStore sets it
};

QString singleValue(QSqlDatabase& db, const QString& sql, bool* ok)
{
    QSqlQuery query(db);
    *ok = query.exec(sql) && query.next();
    return *ok ? query.value(0).toString() : query.lastError().text();
}

} // namespace

PlainStore::PlainStore(QString connectionName)
    : m_connectionName(std::move(connectionName))
{ }

PlainStore::~PlainStore()
{
    close();
}

QString PlainStore::open(const QString& path)
{
    close();
    if (!QSqlDatabase::isDriverAvailable(plainDriver)) {
        return QStringLiteral("Qt's QSQLITE driver is not installed");
    }
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(plainDriver, m_connectionName);
        db.setDatabaseName(path);
        if (!db.open()) {
            const QString error = db.lastError().text();
            db = QSqlDatabase();
            QSqlDatabase::removeDatabase(m_connectionName);
            return error;
        }
    }
    QString error = checkEngine();
    if (error.isEmpty()) {
        error = applyAndVerifySettings();
    }
    if (error.isEmpty()) {
        error = registerRank();
    }
    if (error.isEmpty()) {
        QSqlDatabase db = database();
        if (auto migration = client::SchemaMigrator::standard().migrate(db)) {
            error = migration->message;
        }
    }
    if (!error.isEmpty()) {
        close();
    }
    return error;
}

QString PlainStore::checkEngine()
{
    QSqlDatabase db = database();
    bool ok = false;
    const QString version = singleValue(db, QStringLiteral("SELECT sqlite_version()"), &ok);
    const QString linked = QString::fromLatin1(sqlite3_libversion());
    if (!ok || version != linked) {
        return QStringLiteral("QSQLITE runs SQLite %1, not the SQLCipher library linked here (SQLite %2); "
                              "registering hss_rank on its handle would be unsafe")
            .arg(version, linked);
    }
    QSqlQuery cipher(db);
    if (!cipher.exec(QStringLiteral("PRAGMA cipher_version")) || !cipher.next()) {
        return QStringLiteral("QSQLITE runs SQLite %1 but not SQLCipher's build of it").arg(version);
    }
    m_engine = QStringLiteral("SQLite %1 (SQLCipher %2 library, no key)").arg(version, cipher.value(0).toString());
    return {};
}

QString PlainStore::applyAndVerifySettings()
{
    QSqlDatabase db = database();
    for (const Setting& setting : settings) {
        QSqlQuery apply(db);
        apply.exec(QLatin1String(setting.apply));
        bool ok = false;
        const QString actual = singleValue(db, QLatin1String(setting.read), &ok);
        if (!ok || actual.compare(QLatin1String(setting.expected), Qt::CaseInsensitive) != 0) {
            return QStringLiteral("%1 is \"%2\", expected \"%3\"")
                .arg(QLatin1String(setting.read), actual, QLatin1String(setting.expected));
        }
    }
    return {};
}

QString PlainStore::registerRank()
{
    // QSQLITE hands out its connection as a QVariant holding a sqlite3* named "sqlite3*".
    const QVariant handle = database().driver()->handle();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0) {
        return QStringLiteral("QSQLITE's handle is a %1, not a sqlite3*").arg(QLatin1String(handle.typeName()));
    }
    sqlite3* connection = *static_cast<sqlite3* const*>(handle.constData());
    if (!connection || client::registerFtsRank(connection) != SQLITE_OK) {
        return QStringLiteral("cannot register hss_rank on the QSQLITE connection");
    }
    return {};
}

void PlainStore::close()
{
    if (!QSqlDatabase::contains(m_connectionName)) {
        return;
    }
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
    m_engine.clear();
}

QSqlDatabase PlainStore::database() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

} // namespace hss::bench
