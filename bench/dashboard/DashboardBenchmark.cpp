// SPDX-License-Identifier: MIT
// hss-bench-dashboard: recomputes every figure of the support and medical dashboards over 100,000 tickets (with
// their SLA clocks) and 50,000 feedback entries in a real encrypted console store (SQLCipher, LocalStore), the way
// the console does it (DashboardCalculator::read + compute), and measures how long the GUI thread stalls while
// DashboardService recomputes on the store thread. Prints Markdown to stdout, progress to stderr.
//
//   hss-bench-dashboard [--tickets 100000] [--feedback 50000] [--runs 15]
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QTimer>
#include <algorithm>
#include <cstdio>
#include <random>
#include <vector>

#include "core/StoreWorker.h"
#include "core/dashboard/DashboardCalculator.h"
#include "core/dashboard/DashboardService.h"
#include "core/security/SecureBytes.h"
#include "hss/Clock.h"
#include "hss/Feedback.h"
#include "hss/Ticket.h"
#include "storage/FeedbackRepository.h"
#include "storage/KpiFactsRepository.h"
#include "storage/LocalStore.h"
#include "storage/TicketRepository.h"
#include "storage/TicketSlaRepository.h"
#include "storage/Transaction.h"

using namespace hss;
using namespace hss::client;

namespace {

constexpr std::int64_t minuteMs = 60'000;
constexpr std::int64_t dayMs = 24 * 60 * minuteMs;
constexpr std::int64_t nowMs = 1795737600000; // 2026-11-27 00:00Z: the data spans the 90 days before it
constexpr int batchRows = 1000;

/// The benchmark's fixed "now", so every run reads the same data.
class FixedClock final : public Clock
{
public:
    std::int64_t nowMs() const override { return ::nowMs; }
};

struct Stats
{
    double median = 0;
    double min = 0;
    double max = 0;
};

Stats statsOf(std::vector<double> samples)
{
    std::sort(samples.begin(), samples.end());
    return {samples[samples.size() / 2], samples.front(), samples.back()};
}

sla::SlaClock clockIn(sla::SlaClockKind kind, sla::SlaState state, std::int64_t start, std::int64_t targetMs,
                      std::optional<std::int64_t> stop)
{
    sla::SlaClock clock;
    clock.kind = kind;
    clock.state = state;
    if (state == sla::SlaState::Inactive) {
        return clock;
    }
    clock.policyId = "bench";
    clock.startedAt = start;
    clock.stoppedAt = stop;
    clock.targetMs = targetMs;
    clock.elapsedMs = (stop ? *stop : nowMs) - start;
    clock.remainingMs = targetMs - clock.elapsedMs;
    if (!stop) {
        clock.dueAt = start + targetMs;
    }
    return clock;
}

/// A deterministic support workload: tickets spread over 90 days, 12 teams, realistic priorities, response and
/// resolution times, SLA clocks, and feedback (CSAT, sentiment, some clinicians' safety verdicts).
bool fill(LocalStore& store, int ticketCount, int feedbackCount)
{
    std::mt19937_64 random(20261127);
    std::uniform_real_distribution<double> unit(0.0, 1.0);
    std::lognormal_distribution<double> replyMinutes(3.5, 1.0);
    std::lognormal_distribution<double> solveMinutes(6.5, 1.2);
    const QSqlDatabase db = store.database();
    TicketRepository tickets(db);
    TicketSlaRepository clocks(db);
    FeedbackRepository feedback(db);
    std::vector<Ticket> resolved;
    for (int start = 0; start < ticketCount; start += batchRows) {
        Transaction transaction(db);
        for (int i = start; i < std::min(ticketCount, start + batchRows); ++i) {
            Ticket t;
            t.id = Uuid::createV7();
            t.number = i + 1;
            t.title = "Bench ticket " + std::to_string(i + 1) + ": infusion pump firmware reports an alarm";
            t.description = "The ward reports that the device shows an alarm after the nightly update; the clinician "
                            "restarted it twice and the alarm came back. Please advise before the next round.";
            const double p = unit(random);
            t.priority = p < 0.03 ? Priority::Emergency
                : p < 0.10        ? Priority::Critical
                : p < 0.30        ? Priority::High
                : p < 0.75        ? Priority::Medium
                                  : Priority::Low;
            t.category = unit(random) < 0.25 ? Category::MedicalClinical : Category::Technical;
            t.channel = Channel::Email;
            t.requesterName = "Dr. Bench";
            t.requesterEmail = "bench@clinic.example";
            t.team = "team-" + std::to_string(i % 12);
            // Tickets arrive in time order (their UUIDv7 ids too), spread evenly over the 90 days with some jitter.
            t.createdAt = nowMs - 90 * dayMs + (90 * dayMs / ticketCount) * i
                + static_cast<std::int64_t>(unit(random) * 10 * minuteMs);
            t.updatedAt = t.createdAt;
            t.revision = 1;
            const std::int64_t reply = t.createdAt + static_cast<std::int64_t>(replyMinutes(random) * minuteMs);
            const std::int64_t solve = reply + static_cast<std::int64_t>(solveMinutes(random) * minuteMs);
            if (reply < nowMs && unit(random) < 0.95) {
                t.firstResponseAt = reply;
            }
            const bool isResolved = t.firstResponseAt && solve < nowMs && unit(random) < 0.85;
            t.status = isResolved   ? (unit(random) < 0.5 ? TicketStatus::Resolved : TicketStatus::Closed)
                : t.firstResponseAt ? TicketStatus::InProgress
                                    : TicketStatus::Open;
            if (isResolved) {
                t.resolvedAt = solve;
            }
            t.escalationLevel = unit(random) < 0.05 ? 1 : 0;
            if (tickets.upsert(t)) {
                return false;
            }
            sla::SlaReport report;
            report.evaluatedAt = nowMs - dayMs;
            const std::int64_t replyTarget = 60 * minuteMs;
            const std::int64_t solveTarget = 8 * 60 * minuteMs;
            const auto done = [](std::optional<std::int64_t> at, std::int64_t from, std::int64_t target) {
                return !at ? (nowMs - from > target ? sla::SlaState::Breached : sla::SlaState::Ok)
                           : (*at - from > target ? sla::SlaState::Breached : sla::SlaState::Met);
            };
            report.clocks[0] =
                clockIn(sla::SlaClockKind::FirstResponse, done(t.firstResponseAt, t.createdAt, replyTarget),
                        t.createdAt, replyTarget, t.firstResponseAt);
            report.clocks[1] = clockIn(sla::SlaClockKind::NextUpdate, sla::SlaState::Inactive, 0, 0, std::nullopt);
            report.clocks[2] = clockIn(sla::SlaClockKind::Resolution, done(t.resolvedAt, t.createdAt, solveTarget),
                                       t.createdAt, solveTarget, t.resolvedAt);
            if (clocks.write(t.id, report)) {
                return false;
            }
            if (isResolved) {
                resolved.push_back(t);
            }
        }
        if (transaction.commit()) {
            return false;
        }
        std::fprintf(stderr, "\rtickets %d/%d", std::min(ticketCount, start + batchRows), ticketCount);
    }
    std::fprintf(stderr, "\n");
    for (int start = 0; start < feedbackCount; start += batchRows) {
        Transaction transaction(db);
        for (int i = start; i < std::min(feedbackCount, start + batchRows); ++i) {
            const Ticket& about = resolved[static_cast<std::size_t>(random() % resolved.size())];
            Feedback f;
            f.id = Uuid::createV7();
            f.ticketId = about.id;
            f.authorId = about.id;
            if (unit(random) < 0.8) {
                f.csatScore = 1 + static_cast<int>(random() % 5);
            }
            f.comment = "The pump alarm was explained quickly and the ward could continue.";
            f.category = FeedbackCategory::Support;
            f.createdAt = std::min(nowMs - 1, *about.resolvedAt + static_cast<std::int64_t>(unit(random) * dayMs));
            if (unit(random) < 0.7) {
                f.sentimentScore = unit(random) * 2 - 1;
            }
            if (about.category == Category::MedicalClinical && unit(random) < 0.4) {
                const double verdict = unit(random);
                f.safetyOutcome = verdict < 0.9 ? metrics::SafetyOutcome::Correct
                    : verdict < 0.95            ? metrics::SafetyOutcome::NearMiss
                                                : metrics::SafetyOutcome::Incorrect;
            }
            if (feedback.upsert(f)) {
                return false;
            }
        }
        if (transaction.commit()) {
            return false;
        }
        std::fprintf(stderr, "\rfeedback %d/%d", std::min(feedbackCount, start + batchRows), feedbackCount);
    }
    std::fprintf(stderr, "\n");
    return true;
}

/// Reading and computing on this thread, as the store thread does, for one period.
void timeDirect(LocalStore& store, int days, int runs)
{
    const DashboardFilter filter = DashboardFilter::lastDays(nowMs, days);
    std::vector<double> readMs;
    std::vector<double> computeMs;
    std::vector<double> totalMs;
    std::size_t tickets = 0;
    std::size_t feedback = 0;
    for (int run = -2; run < runs; ++run) { // two warm-up runs
        QElapsedTimer timer;
        timer.start();
        auto facts = DashboardCalculator::read(store, filter.period, nowMs);
        const double read = static_cast<double>(timer.nsecsElapsed()) / 1e6;
        if (!facts) {
            std::fprintf(stderr, "read failed: %s\n", facts.error().message.c_str());
            std::exit(1);
        }
        timer.restart();
        const DashboardSnapshot snapshot = DashboardCalculator::compute(facts.value(), filter, nowMs);
        const double compute = static_cast<double>(timer.nsecsElapsed()) / 1e6;
        tickets = snapshot.ticketsRead;
        feedback = snapshot.feedbackRead;
        if (run >= 0) {
            readMs.push_back(read);
            computeMs.push_back(compute);
            totalMs.push_back(read + compute);
        }
    }
    const Stats read = statsOf(readMs);
    const Stats compute = statsOf(computeMs);
    const Stats total = statsOf(totalMs);
    std::printf("| last %d days | %zu | %zu | %.1f | %.1f | %.1f (%.1f–%.1f) |\n", days, tickets, feedback, read.median,
                compute.median, total.median, total.min, total.max);
}

/// Where reading the facts of the last \a days goes: each KpiFactsRepository call on its own (median ms).
void timeReadParts(LocalStore& store, int days, int runs)
{
    const metrics::Period period = DashboardFilter::lastDays(nowMs, days).period;
    const KpiFactsRepository repository(store.database());
    std::vector<double> ticketsMs;
    std::vector<double> feedbackMs;
    std::vector<double> restMs;
    for (int run = -1; run < runs; ++run) {
        QElapsedTimer timer;
        timer.start();
        const bool ticketsRead = static_cast<bool>(repository.tickets(period, nowMs));
        const double tickets = static_cast<double>(timer.nsecsElapsed()) / 1e6;
        timer.restart();
        const bool feedbackRead = static_cast<bool>(repository.feedback(period));
        const double feedback = static_cast<double>(timer.nsecsElapsed()) / 1e6;
        timer.restart();
        const bool restRead =
            static_cast<bool>(repository.safetyReports(period)) && static_cast<bool>(repository.usageFigures(period));
        const double rest = static_cast<double>(timer.nsecsElapsed()) / 1e6;
        if (!ticketsRead || !feedbackRead || !restRead) {
            std::fprintf(stderr, "a read failed\n");
            std::exit(1);
        }
        if (run >= 0) {
            ticketsMs.push_back(tickets);
            feedbackMs.push_back(feedback);
            restMs.push_back(rest);
        }
    }
    std::printf("| last %d days | %.1f | %.1f | %.1f |\n", days, statsOf(ticketsMs).median, statsOf(feedbackMs).median,
                statsOf(restMs).median);
}

/// DashboardService recomputing on its StoreWorker while a 1 ms timer on this (the GUI) thread records the longest
/// gap between its ticks: the longest the GUI thread could not react.
void timeService(const QString& path, const SecureBytes& key, int runs)
{
    StoreWorker worker;
    SecureBytes copy(key.data(), key.size());
    QFuture<std::optional<StoreError>> opened = worker.open(path, std::move(copy), LocalStore::OpenMode::MustExist);
    opened.waitForFinished();
    if (opened.result()) {
        std::fprintf(stderr, "open failed: %s\n", qPrintable(opened.result()->message));
        std::exit(1);
    }
    const FixedClock clock;
    DashboardService service(worker, clock);
    service.setFilter(DashboardFilter::lastDays(nowMs, 90));

    QElapsedTimer sinceTick;
    double longestStall = 0;
    QTimer ticker;
    ticker.setTimerType(Qt::PreciseTimer);
    QObject::connect(&ticker, &QTimer::timeout, [&] {
        longestStall = std::max(longestStall, static_cast<double>(sinceTick.nsecsElapsed()) / 1e6);
        sinceTick.restart();
    });
    std::vector<double> endToEnd;
    QEventLoop loop;
    QElapsedTimer request;
    int done = -2; // two warm-up runs
    QObject::connect(&service, &DashboardService::updated, [&] {
        if (done >= 0) {
            endToEnd.push_back(static_cast<double>(request.nsecsElapsed()) / 1e6);
        }
        if (++done == runs) {
            loop.quit();
            return;
        }
        if (done == 0) {
            longestStall = 0; // measure the timed runs only
        }
        request.restart();
        QTimer::singleShot(0, &service, [&service] { service.reload(); });
    });
    sinceTick.start();
    ticker.start(1);
    request.start();
    service.reload();
    loop.exec();
    ticker.stop();
    const Stats total = statsOf(endToEnd);
    std::printf("\nThrough DashboardService (last 90 days, request to `updated` on the GUI thread, %d runs): median "
                "%.1f ms (%.1f–%.1f). Longest GUI-thread stall while recomputing: %.1f ms (a 1 ms timer's largest "
                "gap between ticks).\n",
                runs, total.median, total.min, total.max, longestStall);
    worker.close().waitForFinished();
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption ticketsOption(QStringLiteral("tickets"), QStringLiteral("Tickets to store."),
                                           QStringLiteral("n"), QStringLiteral("100000"));
    const QCommandLineOption feedbackOption(QStringLiteral("feedback"), QStringLiteral("Feedback entries to store."),
                                            QStringLiteral("n"), QStringLiteral("50000"));
    const QCommandLineOption runsOption(QStringLiteral("runs"), QStringLiteral("Timed runs per case."),
                                        QStringLiteral("n"), QStringLiteral("15"));
    parser.addOptions({ticketsOption, feedbackOption, runsOption});
    parser.process(app);
    const int ticketCount = parser.value(ticketsOption).toInt();
    const int feedbackCount = parser.value(feedbackOption).toInt();
    const int runs = std::max(1, parser.value(runsOption).toInt());

    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("bench-store.db"));
    const SecureBytes key = SecureBytes::random(32);
    const std::span<const unsigned char> keySpan(key.data(), key.size());
    {
        LocalStore store(QStringLiteral("bench-fill"));
        if (const auto error = store.open(path, keySpan, LocalStore::OpenMode::CreateIfMissing)) {
            std::fprintf(stderr, "cannot create the store: %s\n", qPrintable(error->message));
            return 1;
        }
        QElapsedTimer filling;
        filling.start();
        if (!fill(store, ticketCount, feedbackCount)) {
            std::fprintf(stderr, "filling the store failed\n");
            return 1;
        }
        std::fprintf(stderr, "filled in %.1f s\n", static_cast<double>(filling.elapsed()) / 1000.0);
    }

    std::printf("## Dashboards: %d tickets, %d feedback entries, encrypted store (SQLCipher)\n\n", ticketCount,
                feedbackCount);
    std::printf("Median of %d runs after 2 warm-up runs, in ms; total with min–max.\n\n", runs);
    std::printf("| period | tickets read | feedback read | read facts | compute | total |\n");
    std::printf("|---|---:|---:|---:|---:|---:|\n");
    {
        LocalStore store(QStringLiteral("bench-read"));
        if (const auto error = store.open(path, keySpan, LocalStore::OpenMode::MustExist)) {
            std::fprintf(stderr, "cannot open the store: %s\n", qPrintable(error->message));
            return 1;
        }
        for (int days : {7, 30, 90}) {
            timeDirect(store, days, runs);
        }
        std::printf("\nReading the facts, by repository call (median ms):\n\n");
        std::printf("| period | tickets() with SLA clocks | feedback() | safetyReports() + usageFigures() |\n");
        std::printf("|---|---:|---:|---:|\n");
        for (int days : {7, 30, 90}) {
            timeReadParts(store, days, runs);
        }
    }
    timeService(path, key, runs);
    return 0;
}
