// SPDX-License-Identifier: MIT
#include "PostgresCluster.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QRandomGenerator>

#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

namespace hss::test {

namespace {

constexpr auto binDir = "/usr/lib/postgresql/15/bin/";
constexpr int portAttempts = 5;

int freeLoopbackPort()
{
    const int fd = ::socket(AF_INET, SOCK_STREAM, 0);
    if (fd < 0) {
        return 0;
    }
    sockaddr_in address {};
    address.sin_family = AF_INET;
    address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    address.sin_port = 0;
    socklen_t length = sizeof(address);
    int port = 0;
    if (::bind(fd, reinterpret_cast<sockaddr*>(&address), sizeof(address)) == 0
        && ::getsockname(fd, reinterpret_cast<sockaddr*>(&address), &length) == 0) {
        port = ntohs(address.sin_port);
    }
    ::close(fd);
    return port;
}

bool runningAsRoot()
{
    return ::geteuid() == 0;
}

// Only [a-z0-9] so the password needs no quoting in SQL or in the URL.
QString randomPassword()
{
    static const QString alphabet = QStringLiteral("abcdefghijklmnopqrstuvwxyz0123456789");
    QString password;
    for (int i = 0; i < 24; ++i) {
        password += alphabet.at(static_cast<int>(QRandomGenerator::system()->bounded(alphabet.size())));
    }
    return password;
}

} // namespace

PostgresCluster::PostgresCluster()
    : m_password(randomPassword())
{ }

PostgresCluster::~PostgresCluster()
{
    stop();
}

QString PostgresCluster::binary(const QString& name)
{
    return QString::fromLatin1(binDir) + name;
}

bool PostgresCluster::run(const QString& program, const QStringList& arguments, QByteArray* output, int timeoutMs)
{
    QProcess process;
    process.setWorkingDirectory(m_dir.path());
    // initdb and postgres refuse to run as root; runuser drops to the postgres system user.
    if (runningAsRoot()) {
        process.start(QStringLiteral("runuser"),
                      QStringList {QStringLiteral("-u"), QStringLiteral("postgres"), QStringLiteral("--"), program}
                          + arguments);
    } else {
        process.start(program, arguments);
    }
    if (!process.waitForStarted(timeoutMs)) {
        m_error = program + QStringLiteral(": ") + process.errorString();
        return false;
    }
    // Read while waiting: pg_dump output can exceed the pipe buffer.
    QByteArray out;
    while (!process.waitForFinished(100)) {
        out += process.readAllStandardOutput();
        if (process.state() == QProcess::NotRunning) {
            break;
        }
    }
    out += process.readAllStandardOutput();
    if (process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0) {
        m_error = QFileInfo(program).fileName() + QStringLiteral(" failed: ")
            + QString::fromLocal8Bit(process.readAllStandardError());
        return false;
    }
    if (output) {
        *output = out;
    }
    return true;
}

bool PostgresCluster::start()
{
    if (!m_dir.isValid()) {
        m_error = QStringLiteral("cannot create a temporary folder");
        return false;
    }
    const QString root = m_dir.path();
    if (runningAsRoot()) {
        QProcess chown;
        chown.start(QStringLiteral("chown"), {QStringLiteral("postgres:postgres"), root});
        if (!chown.waitForFinished(10000) || chown.exitCode() != 0) {
            m_error = QStringLiteral("chown of the cluster folder failed");
            return false;
        }
    }
    const QString passwordFile = root + QStringLiteral("/superuser.pw");
    if (!run(binary(QStringLiteral("initdb")),
             {QStringLiteral("-D"), root + QStringLiteral("/data"), QStringLiteral("-U"), QStringLiteral("postgres"),
              QStringLiteral("--auth-local=trust"), QStringLiteral("--auth-host=scram-sha-256"),
              QStringLiteral("--encoding=UTF8"), QStringLiteral("--locale=C.UTF-8"), QStringLiteral("--no-sync")})) {
        return false;
    }
    const QString socketDir = root;
    for (int attempt = 0; attempt < portAttempts && !m_running; ++attempt) {
        m_port = freeLoopbackPort();
        // fsync off: a test cluster trades durability for speed.
        const QString options = QStringLiteral("-p %1 -k %2 -c listen_addresses=127.0.0.1 -c fsync=off "
                                               "-c synchronous_commit=off -c full_page_writes=off")
                                    .arg(m_port)
                                    .arg(socketDir);
        m_running = run(binary(QStringLiteral("pg_ctl")),
                        {QStringLiteral("-D"), root + QStringLiteral("/data"), QStringLiteral("-o"), options,
                         QStringLiteral("-l"), root + QStringLiteral("/server.log"), QStringLiteral("-w"),
                         QStringLiteral("-t"), QStringLiteral("30"), QStringLiteral("start")});
    }
    if (!m_running) {
        QFile log(root + QStringLiteral("/server.log"));
        if (log.open(QIODevice::ReadOnly)) {
            m_error += QString::fromLocal8Bit(log.readAll());
        }
        return false;
    }
    return superuserSql(QStringLiteral("CREATE ROLE %1 LOGIN PASSWORD '%2'").arg(m_role, m_password), nullptr,
                        QStringLiteral("postgres"))
        && recreateDatabase();
}

bool PostgresCluster::recreateDatabase()
{
    const QString postgres = QStringLiteral("postgres");
    return superuserSql(QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(m_database), nullptr, postgres)
        && superuserSql(QStringLiteral("CREATE DATABASE %1 OWNER %2").arg(m_database, m_role), nullptr, postgres);
}

void PostgresCluster::stop()
{
    if (!m_running) {
        return;
    }
    m_running = false;
    run(binary(QStringLiteral("pg_ctl")),
        {QStringLiteral("-D"), m_dir.path() + QStringLiteral("/data"), QStringLiteral("-m"), QStringLiteral("fast"),
         QStringLiteral("-w"), QStringLiteral("stop")});
}

QString PostgresCluster::url(const QString& database) const
{
    return QStringLiteral("postgresql://%1:%2@127.0.0.1:%3/%4").arg(m_role, m_password).arg(m_port).arg(database);
}

QString PostgresCluster::keyValueConnection(const QString& database) const
{
    return QStringLiteral("host=127.0.0.1 port=%1 dbname=%2 user=%3 password=%4")
        .arg(m_port)
        .arg(database, m_role, m_password);
}

bool PostgresCluster::createDatabase(const QString& database)
{
    return superuserSql(QStringLiteral("CREATE DATABASE %1 OWNER %2").arg(database, m_role), nullptr,
                        QStringLiteral("postgres"));
}

bool PostgresCluster::superuserSql(const QString& sql, QString* output, const QString& database)
{
    QByteArray out;
    const bool ok =
        run(binary(QStringLiteral("psql")),
            {QStringLiteral("-X"), QStringLiteral("-q"), QStringLiteral("-A"), QStringLiteral("-t"),
             QStringLiteral("-v"), QStringLiteral("ON_ERROR_STOP=1"), QStringLiteral("-h"), m_dir.path(),
             QStringLiteral("-p"), QString::number(m_port), QStringLiteral("-U"), QStringLiteral("postgres"),
             QStringLiteral("-d"), database.isEmpty() ? m_database : database, QStringLiteral("-c"), sql},
            &out);
    if (ok && output) {
        *output = QString::fromUtf8(out).trimmed();
    }
    return ok;
}

QByteArray PostgresCluster::dump(const QString& database)
{
    QByteArray out;
    if (!run(binary(QStringLiteral("pg_dump")),
             {QStringLiteral("-h"), m_dir.path(), QStringLiteral("-p"), QString::number(m_port), QStringLiteral("-U"),
              QStringLiteral("postgres"), QStringLiteral("-d"), database.isEmpty() ? m_database : database},
             &out)) {
        return {};
    }
    return out;
}

} // namespace hss::test
