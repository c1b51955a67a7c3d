// SPDX-License-Identifier: MIT
#include "StoreBenchmarkRun.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QSqlQuery>
#include <QSysInfo>
#include <QTextStream>
#include <QThread>
#include <chrono>

#include "BulkLoader.h"
#include "FileTools.h"
#include "Formatting.h"
#include "MarkdownTable.h"
#include "ProposedQueries.h"
#include "QueryPlans.h"
#include "storage/TicketRepository.h"
#include "storage/sqlcipher/SqlCipherApi.h"

namespace hss::bench {

namespace {

using Clock = std::chrono::steady_clock;

const QString password = QStringLiteral("benchmark passphrase, not a secret");

double millisecondsSince(Clock::time_point start)
{
    return std::chrono::duration<double, std::milli>(Clock::now() - start).count();
}

/// PRAGMA cache_size as SQLite reports it: negative values are KiB, positive ones pages.
QString cacheSize(const QSqlDatabase& db)
{
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("PRAGMA cache_size")) || !query.next()) {
        return QStringLiteral("unknown");
    }
    const qint64 value = query.value(0).toLongLong();
    return value < 0 ? QStringLiteral("%1 (%2 KiB)").arg(value).arg(-value) : QStringLiteral("%1 (pages)").arg(value);
}

QString cpuModel()
{
    QFile file(QStringLiteral("/proc/cpuinfo"));
    if (file.open(QIODevice::ReadOnly)) {
        for (const QByteArray& line : file.readAll().split('\n')) {
            if (line.startsWith("model name")) {
                return QString::fromUtf8(line.mid(line.indexOf(':') + 1).trimmed());
            }
        }
    }
    return QSysInfo::currentCpuArchitecture();
}

} // namespace

StoreBenchmarkRun::StoreBenchmarkRun(BenchmarkOptions options, QTextStream& out, QTextStream& log)
    : m_options(std::move(options))
    , m_out(out)
    , m_log(log)
    , m_encrypted(QStringLiteral("bench-encrypted"))
    , m_plain(QStringLiteral("bench-plain"))
{ }

int StoreBenchmarkRun::run()
{
    m_elapsed.start();
    const bool ok = prepare() && (m_options.reuse || bulkInsert()) && checkFiles() && measureOpens() && measureQueries()
        && measureProposals();
    if (ok) {
        if (m_options.explain) {
            printQueryPlans(m_encrypted.database(), m_workload, m_out);
        }
        printVerdicts();
    }
    m_encrypted.close();
    m_plain.close();
    progress(ok ? QStringLiteral("done") : QStringLiteral("stopped"));
    return ok ? 0 : 1;
}

void StoreBenchmarkRun::progress(const QString& text)
{
    m_log << QStringLiteral("[%1 s] ").arg(m_elapsed.elapsed() / 1000.0, 6, 'f', 1) << text << Qt::endl;
}

bool StoreBenchmarkRun::prepare()
{
    QString directory = m_options.directory;
    if (directory.isEmpty()) {
        m_temporary = std::make_unique<QTemporaryDir>();
        directory = m_temporary->path();
    }
    if (!QDir().mkpath(directory)) {
        progress(QStringLiteral("cannot create %1").arg(directory));
        return false;
    }
    m_encryptedPath = QDir(directory).filePath(QStringLiteral("encrypted.db"));
    m_plainPath = QDir(directory).filePath(QStringLiteral("plain.db"));
    const QString keyPath = QDir(directory).filePath(QStringLiteral("encrypted.key"));
    m_keyFile.emplace(
        keyPath, client::WrappedKeyFile::contextFor(QStringLiteral("https://bench.invalid"), QStringLiteral("bench")));
    progress(QStringLiteral("generating %1 tickets and %2 articles (seed %3)")
                 .arg(m_options.tickets)
                 .arg(m_options.articles)
                 .arg(m_options.seed));
    m_workload = WorkloadGenerator(m_options.seed).generate(m_options.tickets, m_options.articles);

    if (m_options.reuse) {
        if (!openStores(client::LocalStore::OpenMode::MustExist) || !checkReusedStores()) {
            return false;
        }
    } else {
        for (const QString& path : {m_encryptedPath, m_plainPath, keyPath}) {
            for (const QString& suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")}) {
                QFile::remove(path + suffix);
            }
        }
        if (auto key = m_keyFile->create(password); !key) {
            progress(QStringLiteral("cannot create the wrapped key: %1").arg(key.failure().message));
            return false;
        }
        if (!openStores(client::LocalStore::OpenMode::CreateIfMissing)) {
            return false;
        }
    }
    m_plainEngine = m_plain.engine();
    printSetup();
    return true;
}

bool StoreBenchmarkRun::openStores(client::LocalStore::OpenMode mode)
{
    auto key = m_keyFile->unlock(password);
    if (!key) {
        progress(QStringLiteral("cannot unlock the wrapped key: %1").arg(key.failure().message));
        return false;
    }
    const std::span<const unsigned char> keyBytes(key.value().constData(), key.value().size());
    if (auto error = m_encrypted.open(m_encryptedPath, keyBytes, mode)) {
        progress(QStringLiteral("cannot open the encrypted store: %1").arg(error->message));
        return false;
    }
    if (const QString error = m_plain.open(m_plainPath); !error.isEmpty()) {
        progress(QStringLiteral("cannot open the plain store: %1").arg(error));
        return false;
    }
    applyCacheSize();
    return true;
}

bool StoreBenchmarkRun::checkReusedStores()
{
    const QString firstId = QString::fromStdString(m_workload.tickets.front().id.toString());
    const std::pair<const char*, QString> expected[] = {
        {"SELECT count(*) FROM tickets", QString::number(m_workload.tickets.size())},
        {"SELECT count(*) FROM comments", QString::number(m_workload.comments.size())},
        {"SELECT count(*) FROM kb_articles", QString::number(m_workload.articles.size())},
        {"SELECT id FROM tickets WHERE number = 1", firstId}};
    for (const QSqlDatabase& db : {m_encrypted.database(), m_plain.database()}) {
        for (const auto& [sql, value] : expected) {
            QSqlQuery query(db);
            if (!query.exec(QLatin1String(sql)) || !query.next() || query.value(0).toString() != value) {
                progress(QStringLiteral("the stores in --dir were not made with these --tickets/--articles/--seed"));
                return false;
            }
        }
    }
    return true;
}

void StoreBenchmarkRun::applyCacheSize()
{
    if (m_options.cacheMb <= 0) {
        return;
    }
    // PRAGMA values cannot be bound; the number is an int from the command line.
    const QString sql = QStringLiteral("PRAGMA cache_size = -%1").arg(m_options.cacheMb * 1024);
    for (const QSqlDatabase& db : {m_encrypted.database(), m_plain.database()}) {
        QSqlQuery query(db);
        query.exec(sql);
    }
}

void StoreBenchmarkRun::printSetup()
{
    m_out << "### Setup\n\n"
          << "- command: `" << QCoreApplication::arguments().join(QLatin1Char(' ')) << "`\n"
          << "- machine: " << QThread::idealThreadCount() << " logical CPUs (" << cpuModel() << "), "
          << QSysInfo::prettyProductName() << ", kernel " << QSysInfo::kernelVersion() << "\n"
          << "- Qt " << qVersion() << "; encrypted: QSQLCIPHER driver, SQLCipher on SQLite " << sqlite3_libversion()
          << "; plain: QSQLITE driver, " << m_plainEngine << "\n"
          << "- page cache (PRAGMA cache_size): encrypted " << cacheSize(m_encrypted.database()) << ", plain "
          << cacheSize(m_plain.database())
          << (m_options.cacheMb > 0 ? " (what-if, set by --cache-mb)" : " (the store's own setting)") << "\n"
          << "- workload: " << m_workload.tickets.size() << " tickets, " << m_workload.comments.size() << " comments, "
          << m_workload.articles.size() << " KB articles; seed " << m_options.seed << "; " << m_options.batchSize
          << " rows per transaction" << (m_options.reuse ? " (stores reused from an earlier run)" : "") << "\n"
          << "- timing: " << m_options.repeat << " runs per query and store after " << m_options.warmup
          << " warm-up runs, encrypted and plain interleaved; " << m_options.opens << " opens per store\n\n";
    m_out.flush();
}

bool StoreBenchmarkRun::bulkInsert()
{
    MarkdownTable table(BulkLoader::tableHeaders());
    BulkLoader loader(m_encrypted.database(), m_plain.database(), m_options.batchSize,
                      [this](const QString& text) { progress(text); });
    if (!loader.load(m_workload, table)) {
        return false;
    }
    m_out << "### Bulk insert (" << m_options.batchSize << " rows per transaction, synchronous=FULL)\n\n";
    table.print(m_out);
    m_out << '\n';
    return true;
}

bool StoreBenchmarkRun::checkFiles()
{
    // A clean close checkpoints the WAL into the main file and deletes it, so the sizes compare like for like.
    m_encrypted.close();
    m_plain.close();
    const bool encryptedLooksPlain = files::hasPlainSqliteHeader(m_encryptedPath);
    const bool plainLooksPlain = files::hasPlainSqliteHeader(m_plainPath);
    const qint64 encryptedSize = files::databaseSize(m_encryptedPath);
    const qint64 plainSize = files::databaseSize(m_plainPath);
    MarkdownTable table({QStringLiteral("file"), QStringLiteral(">size MB"), QStringLiteral("first 16 bytes")});
    const auto megabytes = [](qint64 bytes) { return QString::number(bytes / 1e6, 'f', 1); };
    table.addRow({QStringLiteral("encrypted store"), megabytes(encryptedSize),
                  encryptedLooksPlain ? QStringLiteral("\"SQLite format 3\" (NOT ENCRYPTED)")
                                      : QStringLiteral("random (encrypted)")});
    table.addRow({QStringLiteral("plain store"), megabytes(plainSize),
                  plainLooksPlain ? QStringLiteral("\"SQLite format 3\" (plain)")
                                  : QStringLiteral("something else (NOT PLAIN)")});
    m_out << "### Files (encrypted/plain size ratio " << formatRatio(encryptedSize, plainSize) << ")\n\n";
    table.print(m_out);
    m_out << '\n';
    if (encryptedLooksPlain || !plainLooksPlain) {
        progress(QStringLiteral("the stores are not what they should be"));
        return false;
    }
    return true;
}

bool StoreBenchmarkRun::measureOpens()
{
    progress(QStringLiteral("timing %1 opens of each store").arg(m_options.opens));
    Samples unlock, encryptedOpen, encryptedTotal, encryptedFirstPage, plainOpen, plainFirstPage;
    client::TicketQuery firstPage;
    firstPage.view = client::TicketQuery::View::AllOpen;
    for (int i = 0; i < m_options.opens; ++i) {
        m_encrypted.close();
        files::evictFromPageCache(m_encryptedPath);
        auto start = Clock::now();
        auto key = m_keyFile->unlock(password);
        if (!key) {
            progress(QStringLiteral("unlock failed: %1").arg(key.failure().message));
            return false;
        }
        unlock.add(millisecondsSince(start));
        const auto openStart = Clock::now();
        const std::span<const unsigned char> keyBytes(key.value().constData(), key.value().size());
        if (auto error = m_encrypted.open(m_encryptedPath, keyBytes, client::LocalStore::OpenMode::MustExist)) {
            progress(QStringLiteral("cannot open the encrypted store: %1").arg(error->message));
            return false;
        }
        encryptedOpen.add(millisecondsSince(openStart));
        encryptedTotal.add(millisecondsSince(start));
        applyCacheSize();
        start = Clock::now();
        client::TicketRepository(m_encrypted.database()).query(firstPage);
        encryptedFirstPage.add(millisecondsSince(start));

        m_plain.close();
        files::evictFromPageCache(m_plainPath);
        start = Clock::now();
        if (const QString error = m_plain.open(m_plainPath); !error.isEmpty()) {
            progress(QStringLiteral("cannot open the plain store: %1").arg(error));
            return false;
        }
        plainOpen.add(millisecondsSince(start));
        applyCacheSize();
        start = Clock::now();
        client::TicketRepository(m_plain.database()).query(firstPage);
        plainFirstPage.add(millisecondsSince(start));
    }
    const QString none = QStringLiteral("–");
    MarkdownTable table({QStringLiteral("open"), QStringLiteral(">enc. median ms"), QStringLiteral(">enc. p95 ms"),
                         QStringLiteral(">plain median ms"), QStringLiteral(">plain p95 ms"), QStringLiteral(">ratio"),
                         QStringLiteral("target")});
    table.addRow({QStringLiteral("unlock wrapped key (Argon2id t=3, 64 MiB)"), formatMs(unlock.median()),
                  formatMs(unlock.p95()), none, none, none, QString()});
    table.addRow({QStringLiteral("open the store (key, settings, schema check)"), formatMs(encryptedOpen.median()),
                  formatMs(encryptedOpen.p95()), formatMs(plainOpen.median()), formatMs(plainOpen.p95()),
                  formatRatio(encryptedOpen.median(), plainOpen.median()), QString()});
    table.addRow({QStringLiteral("**open including key derivation**"), formatMs(encryptedTotal.median()),
                  formatMs(encryptedTotal.p95()), none, none, none, QStringLiteral("< 1000 ms")});
    table.addRow({QStringLiteral("first \"All open\" page right after open"), formatMs(encryptedFirstPage.median()),
                  formatMs(encryptedFirstPage.p95()), formatMs(plainFirstPage.median()), formatMs(plainFirstPage.p95()),
                  formatRatio(encryptedFirstPage.median(), plainFirstPage.median()), QString()});
    m_out << "### Open (" << m_options.opens
          << " times each; the file's pages are dropped from the OS cache before each open)\n\n";
    table.print(m_out);
    m_out << '\n';
    m_verdicts.push_back({QStringLiteral("open including key derivation < 1 s"),
                          QStringLiteral("median %1 ms, p95 %2 ms")
                              .arg(formatMs(encryptedTotal.median()), formatMs(encryptedTotal.p95())),
                          encryptedTotal.median() < 1000.0});
    return true;
}

bool StoreBenchmarkRun::measureQueries()
{
    MarkdownTable table(queryTableHeaders(QStringLiteral("query")));
    double worst[3] = {0.0, 0.0, 0.0}; // queue ms, search ms, ratio
    QString worstName[3];
    for (const QueryCase& queryCase : storeQueryCases(m_workload)) {
        progress(QStringLiteral("timing %1").arg(queryCase.name));
        const CaseTiming timing =
            timeCase(queryCase, m_encrypted.database(), m_plain.database(), m_options.warmup, m_options.repeat);
        if (!timing.error.isEmpty()) {
            progress(timing.error);
            return false;
        }
        m_current.insert(queryCase.name, timing);
        const qint64 matches = queryCase.matches ? queryCase.matches(m_encrypted.database()) : -1;
        table.addRow(QStringList {queryCase.name} + queryTableCells(queryCase, timing, matches));
        const double encrypted = timing.encrypted.median();
        const double factor = encrypted / std::max(timing.plain.median(), 1e-9);
        const int kind = queryCase.group == QueryCase::Group::Search ? 1 : 0;
        if (queryCase.targetMs && encrypted > worst[kind]) {
            worst[kind] = encrypted;
            worstName[kind] = queryCase.name;
        }
        if (queryCase.hasRatioTarget && factor > worst[2]) {
            worst[2] = factor;
            worstName[2] = queryCase.name;
        }
    }
    m_out << "### Queries through the repositories (" << m_options.repeat
          << " runs each; ratio = encrypted median / plain median)\n\n";
    table.print(m_out);
    m_out << '\n';
    const auto slowest = [&](int kind) {
        return QStringLiteral("slowest median %1 ms (%2)").arg(formatMs(worst[kind]), worstName[kind]);
    };
    m_verdicts.push_back({QStringLiteral("queue queries < 50 ms"), slowest(0), worst[0] < 50.0});
    m_verdicts.push_back({QStringLiteral("KB search < 20 ms"), slowest(1), worst[1] < 20.0});
    m_verdicts.push_back({QStringLiteral("encrypted/plain ≤ 1.3 on queue and search"),
                          QStringLiteral("highest %1 (%2)").arg(QString::number(worst[2], 'f', 2), worstName[2]),
                          worst[2] <= ratioTarget});
    return true;
}

bool StoreBenchmarkRun::measureProposals()
{
    QStringList headers = queryTableHeaders(QStringLiteral("proposed statement (not in the product)"));
    headers << QStringLiteral(">current enc. median ms") << QStringLiteral("same result");
    MarkdownTable table(headers);
    for (const QueryCase& queryCase : proposedQueryCases()) {
        progress(QStringLiteral("timing %1").arg(queryCase.name));
        const CaseTiming timing =
            timeCase(queryCase, m_encrypted.database(), m_plain.database(), m_options.warmup, m_options.repeat);
        if (!timing.error.isEmpty()) {
            progress(timing.error);
            return false;
        }
        const CaseTiming current = m_current.value(queryCase.replaces);
        const bool same = timing.encryptedResult.fingerprint == current.encryptedResult.fingerprint;
        table.addRow(QStringList {queryCase.name} + queryTableCells(queryCase, timing, -1)
                     << formatMs(current.encrypted.median()) << (same ? QStringLiteral("yes") : QStringLiteral("no")));
    }
    m_out << "### Proposed statements (run directly with QSqlQuery; same data, same runs)\n\n";
    table.print(m_out);
    m_out << '\n';
    return true;
}

void StoreBenchmarkRun::printVerdicts()
{
    MarkdownTable table({QStringLiteral("target (judged on the median, current product code)"),
                         QStringLiteral("measured"), QStringLiteral("met")});
    for (const Verdict& verdict : m_verdicts) {
        table.addRow(
            {verdict.target, verdict.measured, verdict.met ? QStringLiteral("yes") : QStringLiteral("**no**")});
    }
    m_out << "### Targets\n\n";
    table.print(m_out);
    m_out << "\nTotal run time " << QString::number(m_elapsed.elapsed() / 1000.0, 'f', 0) << " s.\n";
    m_out.flush();
}

} // namespace hss::bench
