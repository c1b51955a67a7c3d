// SPDX-License-Identifier: MIT
#include "LocalStore.h"

#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>

#include "SchemaMigrator.h"
#include "sqlcipher/SqlCipherDriver.h"

namespace hss::client {

namespace {

constexpr qint64 pageSize = 4096;

struct Setting
{
    const char* apply; // run first, may be empty
    const char* read; // its value must then equal expected
    const char* expected;
    const char* meaning;
};

// SQLCipher 3.4.1 ignores unknown pragmas silently, so every setting is read back.
const Setting requiredSettings[] = {
    {"", "PRAGMA cipher_page_size", "4096", "encrypted page size"},
    {"", "PRAGMA page_size", "4096", "page size"},
    {"", "PRAGMA cipher_use_hmac", "1", "per-page HMAC"},
    {"PRAGMA journal_mode = WAL", "PRAGMA journal_mode", "wal", "write-ahead log"},
    {"PRAGMA synchronous = FULL", "PRAGMA synchronous", "2", "synchronous=FULL"},
    {"PRAGMA foreign_keys = ON", "PRAGMA foreign_keys", "1", "foreign keys"},
    {"PRAGMA secure_delete = ON", "PRAGMA secure_delete", "1", "secure delete"},
    {"PRAGMA temp_store = MEMORY", "PRAGMA temp_store", "2", "temporary data kept in memory"},
    // Pages beyond the cache are decrypted and HMAC-checked again on every read: 64 MiB keeps queues fast.
    {"PRAGMA cache_size = -65536", "PRAGMA cache_size", "-65536", "64 MiB page cache"},
};

QString singleValue(QSqlDatabase& db, const QString& sql, bool* ok)
{
    QSqlQuery query(db);
    *ok = query.exec(sql) && query.next();
    return *ok ? query.value(0).toString() : query.lastError().text();
}

} // namespace

LocalStore::LocalStore(QString connectionName)
    : m_connectionName(std::move(connectionName))
{
    SqlCipherDriver::registerDriver();
}

LocalStore::~LocalStore()
{
    close();
}

std::optional<StoreError> LocalStore::open(const QString& path, std::span<const unsigned char> key, OpenMode mode)
{
    close();
    const QFileInfo info(path);
    const bool exists = info.exists();
    if (mode == OpenMode::MustExist && (!exists || info.size() == 0)) {
        return StoreError {StoreError::Code::Damaged,
                           QStringLiteral("the local store %1 is missing or empty; re-sync from the server").arg(path)};
    }
    if (exists && info.size() > 0) {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) {
            return StoreError {StoreError::Code::CannotOpen,
                               QStringLiteral("cannot read %1: %2").arg(path, file.errorString())};
        }
        if (file.read(16).startsWith("SQLite format 3")) {
            return StoreError {StoreError::Code::WrongKeyOrForeign,
                               QStringLiteral("%1 is an unencrypted SQLite database, not a console store").arg(path)};
        }
        if (info.size() % pageSize != 0) {
            return StoreError {StoreError::Code::Damaged,
                               QStringLiteral("the local store %1 is damaged (its size is not a whole number of "
                                              "pages); re-sync from the server")
                                   .arg(path)};
        }
    }

    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QLatin1String(SqlCipherDriver::driverName), m_connectionName);
        db.setDatabaseName(path);
        static_cast<SqlCipherDriver*>(db.driver())->setRawKey(key.data(), static_cast<int>(key.size()));
        if (!db.open()) {
            const QString text = db.lastError().text();
            db = QSqlDatabase();
            QSqlDatabase::removeDatabase(m_connectionName);
            const bool foreign = text.contains(QStringLiteral("not a database of this user"));
            return StoreError {foreign ? StoreError::Code::WrongKeyOrForeign : StoreError::Code::CannotOpen,
                               foreign ? QStringLiteral("%1 was not written with this key: it belongs to another user "
                                                        "or is damaged; re-sync from the server")
                                             .arg(path)
                                       : text};
        }
    }
    m_path = path;
    if (auto error = checkNotTruncated()) {
        close();
        return error;
    }
    if (auto error = applyAndVerifySettings()) {
        close();
        return error;
    }
    QSqlDatabase db = database();
    if (auto error = SchemaMigrator::standard().migrate(db)) {
        close();
        return error;
    }
    return std::nullopt;
}

std::optional<StoreError> LocalStore::checkNotTruncated()
{
    // Without a pending WAL every page lives in the main file, so its size must match the page count.
    const QFileInfo wal(m_path + QStringLiteral("-wal"));
    if (wal.exists() && wal.size() > 0) {
        return std::nullopt;
    }
    QSqlDatabase db = database();
    bool ok = false;
    const qint64 pages = singleValue(db, QStringLiteral("PRAGMA page_count"), &ok).toLongLong();
    if (!ok) {
        return StoreError {StoreError::Code::Damaged, QStringLiteral("cannot read the page count of %1").arg(m_path)};
    }
    if (QFileInfo(m_path).size() < pages * pageSize) {
        return StoreError {StoreError::Code::Damaged,
                           QStringLiteral("the local store %1 is truncated; re-sync from the server").arg(m_path)};
    }
    return std::nullopt;
}

std::optional<StoreError> LocalStore::applyAndVerifySettings()
{
    QSqlDatabase db = database();
    bool ok = false;
    const QString version = singleValue(db, QStringLiteral("PRAGMA cipher_version"), &ok);
    if (!ok || version.isEmpty()) {
        return StoreError {StoreError::Code::SettingsMismatch, QStringLiteral("the database engine is not SQLCipher")};
    }
    for (const Setting& setting : requiredSettings) {
        if (*setting.apply) {
            QSqlQuery apply(db);
            apply.exec(QLatin1String(setting.apply));
        }
        const QString actual = singleValue(db, QLatin1String(setting.read), &ok);
        if (!ok || actual.compare(QLatin1String(setting.expected), Qt::CaseInsensitive) != 0) {
            return StoreError {StoreError::Code::SettingsMismatch,
                               QStringLiteral("%1 did not take effect (%2 is \"%3\", expected \"%4\")")
                                   .arg(QLatin1String(setting.meaning), QLatin1String(setting.read), actual,
                                        QLatin1String(setting.expected))};
        }
    }
    return std::nullopt;
}

void LocalStore::close()
{
    if (!QSqlDatabase::contains(m_connectionName)) {
        return;
    }
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
    m_path.clear();
}

bool LocalStore::isOpen() const
{
    return QSqlDatabase::contains(m_connectionName) && QSqlDatabase::database(m_connectionName, false).isOpen();
}

QSqlDatabase LocalStore::database() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

int LocalStore::schemaVersion() const
{
    QSqlDatabase db = database();
    return SchemaMigrator::currentVersion(db);
}

std::optional<StoreError> LocalStore::checkIntegrity() const
{
    QSqlDatabase db = database();
    bool ok = false;
    const QString result = singleValue(db, QStringLiteral("PRAGMA quick_check"), &ok);
    if (!ok || result != QLatin1String("ok")) {
        return StoreError {StoreError::Code::Damaged, QStringLiteral("integrity check failed: %1").arg(result)};
    }
    return std::nullopt;
}

std::optional<StoreError> LocalStore::rekey(std::span<const unsigned char> newKey)
{
    QSqlDatabase db = database();
    auto* driver = static_cast<SqlCipherDriver*>(db.driver());
    if (!driver->rekey(newKey.data(), static_cast<int>(newKey.size()))) {
        return StoreError {StoreError::Code::QueryFailed, driver->lastError().text()};
    }
    return std::nullopt;
}

} // namespace hss::client
