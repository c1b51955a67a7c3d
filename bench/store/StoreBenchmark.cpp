// SPDX-License-Identifier: MIT
// hss-bench-store: the console store benchmark of issue 3. Results (Markdown) go to stdout, progress to stderr.

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTextStream>
#include <cstdio>

#include "BenchmarkOptions.h"
#include "StoreBenchmarkRun.h"

namespace {

bool readPositive(const QCommandLineParser& parser, const QCommandLineOption& option, int* value)
{
    if (!parser.isSet(option)) {
        return true;
    }
    bool ok = false;
    const int number = parser.value(option).toInt(&ok);
    if (!ok || number < 1) {
        return false;
    }
    *value = number;
    return true;
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("hss-bench-store"));

    hss::bench::BenchmarkOptions options;
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Times the console's encrypted store against plain SQLite with the same schema and queries."));
    parser.addHelpOption();
    const QCommandLineOption tickets(QStringLiteral("tickets"), QStringLiteral("Tickets to insert."),
                                     QStringLiteral("n"), QString::number(options.tickets));
    const QCommandLineOption articles(QStringLiteral("articles"), QStringLiteral("KB articles to insert."),
                                      QStringLiteral("n"), QString::number(options.articles));
    const QCommandLineOption batch(QStringLiteral("batch"), QStringLiteral("Rows per insert transaction."),
                                   QStringLiteral("n"), QString::number(options.batchSize));
    const QCommandLineOption repeat(QStringLiteral("repeat"), QStringLiteral("Timed runs of each query per store."),
                                    QStringLiteral("n"), QString::number(options.repeat));
    const QCommandLineOption opens(QStringLiteral("opens"), QStringLiteral("Timed opens per store."),
                                   QStringLiteral("n"), QString::number(options.opens));
    const QCommandLineOption seed(QStringLiteral("seed"), QStringLiteral("Seed of the synthetic data."),
                                  QStringLiteral("n"), QString::number(options.seed));
    const QCommandLineOption directory(QStringLiteral("dir"),
                                       QStringLiteral("Keep the stores in this directory instead of a temporary one."),
                                       QStringLiteral("path"));
    const QCommandLineOption noPlans(QStringLiteral("no-plans"), QStringLiteral("Do not print the query plans."));
    const QCommandLineOption reuse(QStringLiteral("reuse"),
                                   QStringLiteral("Time the stores an earlier run left in --dir (same counts and seed) "
                                                  "instead of filling new ones."));
    const QCommandLineOption cacheMb(QStringLiteral("cache-mb"),
                                     QStringLiteral("What-if: set PRAGMA cache_size to this many MiB on both stores."),
                                     QStringLiteral("n"));
    parser.addOptions({tickets, articles, batch, repeat, opens, seed, directory, noPlans, reuse, cacheMb});
    parser.process(app);

    bool seedOk = true;
    if (parser.isSet(seed)) {
        options.seed = parser.value(seed).toULongLong(&seedOk);
    }
    if (!readPositive(parser, tickets, &options.tickets) || !readPositive(parser, articles, &options.articles)
        || !readPositive(parser, batch, &options.batchSize) || !readPositive(parser, repeat, &options.repeat)
        || !readPositive(parser, opens, &options.opens) || !readPositive(parser, cacheMb, &options.cacheMb)
        || !seedOk) {
        std::fputs("hss-bench-store: counts must be positive whole numbers (see --help)\n", stderr);
        return 2;
    }
    options.directory = parser.value(directory);
    options.explain = !parser.isSet(noPlans);
    options.reuse = parser.isSet(reuse);
    if (options.reuse && options.directory.isEmpty()) {
        std::fputs("hss-bench-store: --reuse needs --dir\n", stderr);
        return 2;
    }

    QTextStream out(stdout);
    QTextStream log(stderr);
    hss::bench::StoreBenchmarkRun run(options, out, log);
    return run.run();
}
