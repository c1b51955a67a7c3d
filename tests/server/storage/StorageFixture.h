// SPDX-License-Identifier: MIT
#pragma once

#include <QString>
#include <QTemporaryDir>
#include <QtTest>
#include <map>
#include <memory>

#include "PostgresCluster.h"
#include "security/FieldCipher.h"
#include "storage/Database.h"

namespace hss::test {

/// The names of the two backends, used as the "backend" column of every data-driven storage test.
inline const QStringList storageBackends {QStringLiteral("sqlite"), QStringLiteral("postgresql")};

/// One SQLite file and one PostgreSQL database (in a throw-away cluster) per test class, migrated to the newest
/// schema, plus fresh empty databases on request. Tests keep their rows apart with fresh ids, teams and names.
class StorageFixture final
{
public:
    /// The name of the shared database (SQLite file stem, PostgreSQL database name).
    static constexpr auto sharedName = "shared";

    /// Starts the PostgreSQL cluster; false with error() on failure.
    bool start()
    {
        if (!m_dir.isValid()) {
            m_error = QStringLiteral("no temporary folder");
            return false;
        }
        if (!m_cluster.start()) {
            m_error = m_cluster.error();
            return false;
        }
        return true;
    }

    QString error() const { return m_error; }
    PostgresCluster& cluster() { return m_cluster; }
    QString folder() const { return m_dir.path(); }

    /// The shared, migrated database of \a backend ("sqlite" or "postgresql").
    server::Database& database(const QString& backend)
    {
        auto& slot = m_shared[backend];
        if (!slot) {
            slot = std::make_unique<server::Database>(url(backend, QLatin1String(sharedName)),
                                                      m_dir.path().toStdString(), 1, 4);
        }
        return *slot;
    }

    /// The URL of a new, empty database of \a backend (a new SQLite file or a new PostgreSQL database).
    QString freshUrl(const QString& backend)
    {
        return QString::fromStdString(url(backend, QStringLiteral("fresh%1").arg(++m_counter)));
    }

    /// The SQLite file behind database("sqlite").
    QString sharedSqliteFile() const { return m_dir.filePath(QStringLiteral("shared.db")); }

    /// The cipher all tests use (a fixed test key).
    const server::FieldCipher& cipher() const { return m_cipher; }

    /// Adds the "backend" column and one row per backend.
    static void backendRows()
    {
        QTest::addColumn<QString>("backend");
        for (const auto& backend : storageBackends) {
            QTest::newRow(qPrintable(backend)) << backend;
        }
    }

private:
    std::string url(const QString& backend, const QString& name)
    {
        if (backend == QStringLiteral("sqlite")) {
            return "sqlite:" + m_dir.filePath(name + QStringLiteral(".db")).toStdString();
        }
        if (name != QLatin1String(sharedName) || !m_sharedCreated) {
            m_cluster.createDatabase(name);
            m_sharedCreated = m_sharedCreated || name == QLatin1String(sharedName);
        }
        return m_cluster.url(name).toStdString();
    }

    QTemporaryDir m_dir;
    PostgresCluster m_cluster;
    server::FieldCipher m_cipher =
        server::FieldCipher::fromHex("00112233445566778899aabbccddeeff00112233445566778899aabbccddeeff");
    std::map<QString, std::unique_ptr<server::Database>> m_shared;
    bool m_sharedCreated = false;
    int m_counter = 0;
    QString m_error;
};

} // namespace hss::test
