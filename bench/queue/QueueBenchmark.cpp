// SPDX-License-Identifier: MIT
// hss-bench-queue: the console's ticket queue screen (TicketQueueService, TicketQueueTableModel and
// TicketQueueWidget, as the console window builds them) over 100,000 tickets in a real encrypted store (SQLCipher,
// opened by ConsoleSession through an offline sign-in), offscreen (issue 7). Measures switching views, scrolling
// "All open" to its end page by page, searching, sorting, the longest GUI-thread stall meanwhile, and the peak RSS.
// Prints Markdown to stdout, progress to stderr.
//
//   hss-bench-queue [--tickets 100000] [--runs 5]
#include <QApplication>
#include <QComboBox>
#include <QCommandLineParser>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLineEdit>
#include <QSslConfiguration>
#include <QTableView>
#include <QTemporaryDir>
#include <QTimer>
#include <algorithm>
#include <cstdio>
#include <functional>
#include <vector>

#include "Measure.h"
#include "QueueFill.h"
#include "StallMeter.h"
#include "core/ConsoleSession.h"
#include "core/StoreSession.h"
#include "core/StoreWorker.h"
#include "core/TicketQueueService.h"
#include "hss/StdRandomSource.h"
#include "hss/SystemClock.h"
#include "ui/TicketQueueWidget.h"
#include "ui/models/TicketQueueTableModel.h"

using namespace hss;
using namespace hss::client;

namespace {

// A port nothing listens on: the sign-in finds the server unreachable and opens this device's store offline.
const QUrl serverUrl(QStringLiteral("https://127.0.0.1:9"));
const QString userName = QStringLiteral("bench");
const QString password = QStringLiteral("bench-password-2026");

/// The screen under test and the timings taken through it.
class QueueBench final
{
public:
    QueueBench(TicketQueueService& service, TicketQueueWidget& widget, int runs)
        : m_service(service)
        , m_widget(widget)
        , m_runs(runs)
        , m_views(widget.findChild<QComboBox*>(QStringLiteral("queueViewCombo")))
        , m_search(widget.findChild<QLineEdit*>(QStringLiteral("queueSearch")))
    {
        // The moment the first page and the count of a fresh load reach the model (clear() resets with no count).
        QObject::connect(&m_service, &TicketQueueService::resetDone, [this] {
            if (m_service.totalCount() >= 0 && m_pending) {
                m_loadedMs = msSince(m_since);
                m_pending = false;
            }
        });
    }

    void views();
    void scrollAllOpen();
    void search();
    void sort();
    void idle(int seconds);

private:
    /// Starts timing a reload that \a trigger causes; returns ms to rows+count in the model and to painted.
    std::pair<double, double> timeReload(const std::function<void()>& trigger);
    void selectView(int index);
    /// Empties the search box and waits for the unfiltered view (after the box's pause).
    void clearSearch();

    TicketQueueService& m_service;
    TicketQueueWidget& m_widget;
    int m_runs;
    QComboBox* m_views;
    QLineEdit* m_search;
    StallMeter m_stalls;
    QElapsedTimer m_since;
    double m_loadedMs = 0;
    bool m_pending = false;
};

std::pair<double, double> QueueBench::timeReload(const std::function<void()>& trigger)
{
    m_pending = true;
    m_since.start();
    trigger();
    spinUntil([this] { return !m_pending; }, "a reload");
    // What the agent sees: the table painted with the new rows (offscreen, into the backing store).
    m_widget.table()->viewport()->repaint();
    return {m_loadedMs, msSince(m_since)};
}

void QueueBench::selectView(int index)
{
    if (m_views->currentIndex() != index) {
        timeReload([this, index] { m_views->setCurrentIndex(index); });
    }
}

void QueueBench::clearSearch()
{
    if (!m_search->text().isEmpty()) {
        timeReload([this] { m_search->clear(); });
    }
}

void QueueBench::views()
{
    std::printf("### Switching views\n\nFrom another view to this one: ms until the first page (%d rows) and the "
                "total count are in the model, and until the table is painted; median (min–max) of %d runs.\n\n",
                TicketQueueService::pageSize, m_runs);
    std::printf("| view | tickets | rows + count in model | painted | longest GUI stall |\n");
    std::printf("|---|---:|---:|---:|---:|\n");
    for (int view = 0; view < m_views->count(); ++view) {
        std::vector<double> loaded;
        std::vector<double> painted;
        double stall = 0;
        for (int run = -1; run < m_runs; ++run) { // one warm-up run
            selectView(view == 4 ? 0 : 4);
            m_stalls.start();
            const auto [model, shown] = timeReload([this, view] { m_views->setCurrentIndex(view); });
            const double longest = m_stalls.stop();
            if (run >= 0) {
                loaded.push_back(model);
                painted.push_back(shown);
                stall = std::max(stall, longest);
            }
        }
        const Stats l = statsOf(loaded);
        const Stats p = statsOf(painted);
        std::printf("| %s | %lld | %.1f (%.1f–%.1f) | %.1f (%.1f–%.1f) | %.1f |\n", qPrintable(m_views->itemText(view)),
                    static_cast<long long>(m_service.totalCount()), l.median, l.min, l.max, p.median, p.min, p.max,
                    stall);
    }
}

void QueueBench::scrollAllOpen()
{
    selectView(4);
    QTableView* table = m_widget.table();
    std::vector<double> pages;
    int retriggers = 0;
    QElapsedTimer whole;
    whole.start();
    m_stalls.start();
    while (m_service.canFetchMore()) {
        const std::size_t before = m_service.rows().size();
        QElapsedTimer page;
        page.start();
        // As a user dragging to the bottom: the view asks the model for more when its scroll bar reaches the end.
        table->scrollToBottom();
        QCoreApplication::processEvents();
        if (!m_service.isLoading() && m_service.rows().size() == before) {
            ++retriggers; // the scroll bar's range was not updated yet: let the layout run, then scroll again
            continue;
        }
        spinUntil([&] { return m_service.rows().size() > before; }, "a page");
        pages.push_back(msSince(page));
    }
    const double total = msSince(whole);
    const double stall = m_stalls.stop();
    const Stats s = statsOf(pages);
    std::vector<double> sorted = pages;
    std::sort(sorted.begin(), sorted.end());
    const double p90 = sorted.empty() ? 0 : sorted[sorted.size() * 9 / 10];
    const auto [peak, rss] = memoryMiB();
    std::printf("\n### Scrolling \"All open\" to the end\n\n`scrollToBottom()` on the table until the model cannot "
                "fetch more; each page is %d rows, timed from the scroll to the rows in the model.\n\n",
                TicketQueueService::pageSize);
    std::printf("| rows | pages | per page median (min–max) | p90 | first page | last page | whole scroll | "
                "longest GUI stall | VmHWM after | VmRSS after |\n");
    std::printf("|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n");
    std::printf("| %zu | %zu | %.1f (%.1f–%.1f) | %.1f | %.1f | %.1f | %.1f s | %.1f ms | %.0f MiB | %.0f MiB |\n",
                m_service.rows().size(), pages.size(), s.median, s.min, s.max, p90, pages.empty() ? 0 : pages.front(),
                pages.empty() ? 0 : pages.back(), total / 1000, stall, peak, rss);
    // Deeper pages cost more: the store sorts and skips every row before the page (LIMIT … OFFSET).
    std::printf("\nPage time by depth (ms, the page that starts at that row):\n\n| row |");
    const std::vector<std::size_t> depths {1, 5, 25, 50, 100, 150, 200, 250, 300, pages.size() - 1};
    for (const std::size_t page : depths) {
        std::printf(" %zu |", (page + 1) * TicketQueueService::pageSize);
    }
    std::printf("\n|---|");
    for (std::size_t i = 0; i < depths.size(); ++i) {
        std::printf("---:|");
    }
    std::printf("\n| ms |");
    for (const std::size_t page : depths) {
        std::printf(" %.1f |", page < pages.size() ? pages[page] : 0.0);
    }
    std::printf("\n");
    std::fprintf(stderr, "scroll: %d scrolls did not start a fetch (layout pending)\n", retriggers);
}

void QueueBench::search()
{
    selectView(4);
    std::printf("\n### Searching in \"All open\"\n\nTyped into the search box as key presses; ms from the last key to "
                "the results in the model (includes the box's 250 ms pause after typing), and from pressing Enter "
                "(no pause); median of %d runs.\n\n",
                m_runs);
    std::printf("| search | matches | after last key | after Enter | longest GUI stall |\n|---|---:|---:|---:|---:|\n");
    const auto type = [this](const QString& text) {
        for (const QChar c : text) {
            QKeyEvent press(QEvent::KeyPress, 0, Qt::NoModifier, QString(c));
            QCoreApplication::sendEvent(m_search, &press);
        }
    };
    const auto enter = [this] {
        QKeyEvent press(QEvent::KeyPress, Qt::Key_Return, Qt::NoModifier);
        QCoreApplication::sendEvent(m_search, &press);
    };
    for (const QString& text : {QStringLiteral("ventilator"), QStringLiteral("4242"), QStringLiteral("no such")}) {
        std::vector<double> typed;
        std::vector<double> entered;
        double stall = 0;
        qint64 matches = 0;
        for (int run = -1; run < m_runs; ++run) {
            m_search->setFocus();
            clearSearch();
            m_stalls.start();
            const double afterKey = timeReload([&] { type(text); }).first;
            matches = m_service.totalCount();
            clearSearch();
            type(text);
            const double afterEnter = timeReload(enter).first;
            stall = std::max(stall, m_stalls.stop());
            if (run >= 0) {
                typed.push_back(afterKey);
                entered.push_back(afterEnter);
            }
        }
        std::printf("| `%s` | %lld | %.1f | %.1f | %.1f |\n", qPrintable(text), static_cast<long long>(matches),
                    statsOf(typed).median, statsOf(entered).median, stall);
    }
    clearSearch();
}

void QueueBench::sort()
{
    selectView(4);
    std::printf("\n### Sorting \"All open\" by a column\n\nA click on the header (sortByColumn), ascending and "
                "descending alternately; ms to the first page in the model; median (min–max) of %d runs.\n\n",
                m_runs);
    std::printf("| column | rows + count in model | painted | longest GUI stall |\n|---|---:|---:|---:|\n");
    QTableView* table = m_widget.table();
    const std::vector<std::pair<int, const char*>> columns {{TicketQueueTableModel::TitleColumn, "Title"},
                                                            {TicketQueueTableModel::SlaColumn, "SLA remaining"},
                                                            {TicketQueueTableModel::UpdatedColumn, "Updated"},
                                                            {TicketQueueTableModel::StatusColumn, "Status"}};
    for (const auto& [column, name] : columns) {
        std::vector<double> loaded;
        std::vector<double> painted;
        double stall = 0;
        for (int run = -1; run < m_runs; ++run) {
            const Qt::SortOrder order = run % 2 == 0 ? Qt::AscendingOrder : Qt::DescendingOrder;
            m_stalls.start();
            const auto [model, shown] = timeReload([&] { table->sortByColumn(column, order); });
            stall = std::max(stall, m_stalls.stop());
            if (run >= 0) {
                loaded.push_back(model);
                painted.push_back(shown);
            }
        }
        const Stats l = statsOf(loaded);
        const Stats p = statsOf(painted);
        std::printf("| %s | %.1f (%.1f–%.1f) | %.1f (%.1f–%.1f) | %.1f |\n", name, l.median, l.min, l.max, p.median,
                    p.min, p.max, stall);
    }
    timeReload([table] { table->horizontalHeader()->setSortIndicator(-1, Qt::AscendingOrder); });
}

void QueueBench::idle(int seconds)
{
    m_stalls.start();
    QElapsedTimer timer;
    timer.start();
    spinUntil([&] { return timer.elapsed() >= seconds * 1000; }, "idle");
    std::printf("\nIdle for %d s with %zu rows loaded (the SLA column counts down every second): longest GUI "
                "stall %.1f ms.\n",
                seconds, m_service.rows().size(), m_stalls.stop());
}

/// Creates and fills the store the way the console would find it after an earlier online sign-in.
void prepareStore(const QString& dataFolder, int ticketCount, const Clock& clock)
{
    const QString folder = ConsoleSession::storeFolder(dataFolder, serverUrl, userName);
    QDir().mkpath(folder);
    // The same key context ConsoleSession binds the wrapped key to: user name, host and port.
    const QString context = userName + QStringLiteral("@127.0.0.1:9");
    StoreSession store(QDir(folder).filePath(QStringLiteral("store.db")),
                       QDir(folder).filePath(QStringLiteral("store.key")), context, clock);
    const UnlockOutcome unlocked = await(store.unlock(password), "creating the store");
    if (unlocked.code != UnlockOutcome::Code::Unlocked) {
        std::fprintf(stderr, "cannot create the store: %s\n", qPrintable(unlocked.message));
        std::exit(1);
    }
    QElapsedTimer filling;
    filling.start();
    const std::int64_t now = clock.nowMs();
    const bool filled = await(
        store.worker()->run<bool>([ticketCount, now](LocalStore& s) { return fillQueueStore(s, ticketCount, now); }),
        "filling the store");
    if (!filled) {
        std::fprintf(stderr, "filling the store failed\n");
        std::exit(1);
    }
    std::fprintf(stderr, "filled in %.1f s\n", static_cast<double>(filling.elapsed()) / 1000.0);
    store.lock();
}

} // namespace

int main(int argc, char** argv)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption ticketsOption(QStringLiteral("tickets"), QStringLiteral("Tickets to store."),
                                           QStringLiteral("n"), QStringLiteral("100000"));
    const QCommandLineOption runsOption(QStringLiteral("runs"), QStringLiteral("Timed runs per case."),
                                        QStringLiteral("n"), QStringLiteral("5"));
    parser.addOptions({ticketsOption, runsOption});
    parser.process(app);
    const int ticketCount = parser.value(ticketsOption).toInt();
    const int runs = std::max(1, parser.value(runsOption).toInt());

    QTemporaryDir dataFolder;
    const SystemClock clock;
    prepareStore(dataFolder.path(), ticketCount, clock);

    // The sign-in wants a CA file before it tries the server; any certificate will do for a server that is not
    // there.
    const QString caFile = QDir(dataFolder.path()).filePath(QStringLiteral("ca.pem"));
    QFile ca(caFile);
    const QList<QSslCertificate> system = QSslConfiguration::systemCaCertificates();
    if (system.isEmpty() || !ca.open(QIODevice::WriteOnly) || ca.write(system.first().toPem()) < 0) {
        std::fprintf(stderr, "cannot write a CA file\n");
        return 1;
    }
    ca.close();
    StdRandomSource random;
    ConsoleSession session(clock, random, dataFolder.path());
    session.setSyncRetryDelays(std::chrono::hours(1), std::chrono::hours(1)); // no sign-in retries meanwhile
    session.setIdleTimeout(std::chrono::hours(1));
    TicketQueueService service(session);
    TicketQueueWidget widget(service, clock);
    widget.resize(1366, 768);
    widget.show();
    const SignInOutcome outcome =
        await(session.signIn(SignInRequest {serverUrl, caFile, userName, password, QString()}), "signing in");
    if (outcome.code != SignInOutcome::Code::Offline) {
        std::fprintf(stderr, "offline sign-in failed: %s\n", qPrintable(outcome.message));
        return 1;
    }
    spinUntil([&service] { return service.totalCount() >= 0; }, "the first load");
    const auto [peakBefore, rssBefore] = memoryMiB();

    std::printf("## Ticket queue: %d tickets, encrypted store (SQLCipher), offscreen widgets\n\n", ticketCount);
    std::printf("Before scrolling: VmHWM %.0f MiB, VmRSS %.0f MiB (after filling and signing in).\n\n", peakBefore,
                rssBefore);
    QueueBench bench(service, widget, runs);
    bench.views();
    bench.search();
    bench.sort();
    bench.scrollAllOpen();
    bench.idle(5);
    session.signOut();
    return 0;
}
