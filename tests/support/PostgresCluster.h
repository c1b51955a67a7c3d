// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>

namespace hss::test {

/// A throw-away PostgreSQL 15 cluster for tests: initdb into a fresh temporary folder, a server on a free
/// loopback port with its socket inside that folder, one database and one password role for the code under test.
/// The binaries run as the `postgres` system user (via runuser when the test runs as root, as in CI).
/// The destructor stops the server and deletes the folder, also when a test failed.
class PostgresCluster final
{
public:
    PostgresCluster();
    ~PostgresCluster();

    PostgresCluster(const PostgresCluster&) = delete;
    PostgresCluster& operator=(const PostgresCluster&) = delete;

    /// Creates and starts the cluster, then the role and database. False with error() on failure.
    bool start();
    /// Stops the server (fast shutdown); the folder goes with the object.
    void stop();

    /// postgresql://user:pass@127.0.0.1:PORT/db for the test role and the test database.
    QString url() const { return url(m_database); }
    /// The same for another database of the cluster.
    QString url(const QString& database) const;
    /// libpq's key=value connection string for \a database (what Poco's PostgreSQL connector takes).
    QString keyValueConnection(const QString& database) const;
    /// Creates an empty database owned by the test role (name: [a-z0-9_] only).
    bool createDatabase(const QString& database);
    int port() const { return m_port; }
    QString databaseName() const { return m_database; }
    QString roleName() const { return m_role; }
    QString error() const { return m_error; }

    /// Runs \a sql with psql as the superuser (over the private socket) in \a database (default: the test
    /// database). Returns false with error() on failure; \a output receives psql's unaligned tuples-only output.
    bool superuserSql(const QString& sql, QString* output = nullptr, const QString& database = {});

    /// A plain-text pg_dump of \a database (default: the test database); empty with error() on failure.
    QByteArray dump(const QString& database = {});

    /// Drops and re-creates the test database (empty, owned by the test role).
    bool recreateDatabase();

private:
    bool run(const QString& program, const QStringList& arguments, QByteArray* output = nullptr, int timeoutMs = 60000);
    static QString binary(const QString& name);

    QTemporaryDir m_dir;
    QString m_database = QStringLiteral("hss_test");
    QString m_role = QStringLiteral("hss_app");
    QString m_password;
    int m_port = 0;
    bool m_running = false;
    QString m_error;
};

} // namespace hss::test
