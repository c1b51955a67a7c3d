// SPDX-License-Identifier: MIT
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>
#include <array>

#include "SyncTestSupport.h"
#include "hss/JsonText.h"
#include "hss/sla/SlaCalculator.h"
#include "hss/sla/SlaConfiguration.h"
#include "hss/sla/TimeZoneDatabase.h"
#include "storage/LocalStore.h"
#include "storage/SchemaMigrator.h"
#include "storage/SyncStateRepository.h"
#include "storage/TicketRepository.h"
#include "storage/TicketSlaRepository.h"
#include "storage/sqlcipher/SqlCipherDriver.h"
#include "sync/PullApplier.h"
#include "sync/SyncStateKeys.h"

using namespace hss::client;
using hss::test::pageOf;
using hss::test::sampleTicket;
using hss::test::ticketChange;
namespace sla = hss::sla;

namespace {

constexpr qint64 t0 = 1764144000000; // when sampleTicket() tickets are created
constexpr qint64 minute = 60'000;

std::array<unsigned char, 32> storeKey()
{
    std::array<unsigned char, 32> key {};
    for (std::size_t i = 0; i < key.size(); ++i) {
        key[i] = static_cast<unsigned char>(i * 11 + 5);
    }
    return key;
}

/// The clocks the server would send for an emergency created at t0 with \a history's events, evaluated at \a now.
const sla::SlaCalculator& calculator()
{
    static const sla::TimeZoneDatabase zones;
    static const auto shipped = sla::SlaCalculator::create(sla::defaultSlaConfiguration(), zones).value();
    return shipped;
}

sla::SlaReport serverReport(qint64 now, const std::vector<std::int64_t>& agentReplies = {},
                            std::optional<qint64> waitingSince = std::nullopt)
{
    sla::SlaHistory history;
    history.createdAt = t0;
    history.priority = hss::Priority::Emergency;
    history.agentReplies = agentReplies;
    if (waitingSince) {
        history.statusChanges.push_back({*waitingSince, hss::TicketStatus::WaitingOnCustomer});
    }
    return calculator().compute(history, now).value();
}

hss::sync::Change withSla(hss::sync::Change change, const sla::SlaReport& report)
{
    change.sla = report;
    return change;
}

} // namespace

/// The console keeps the SLA clocks of pulled tickets in its encrypted store (schema step 4): every clock of the
/// server's report, the nearest running deadline for the queue, and tickets without clocks next to them.
class TestPullSla final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void pulledClocksSurviveReopening();
    void laterPagesReplaceOrClearClocks();
    void clocksCountDownOffline();
    void upgradeFromVersionThreePullsAgain();
    void upgradeFromVersionFourKeepsTheClocks();
    void localTicketsGetEstimatedClocks();

private:
    std::optional<StoreError> open(LocalStore::OpenMode mode);
    PullOutcome apply(const hss::sync::PullPage& page);

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_path;
    std::unique_ptr<LocalStore> m_store;
    hss::ManualClock m_clock {t0};
    std::unique_ptr<hss::HybridLogicalClock> m_hlc;
};

void TestPullSla::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_path = m_dir->filePath(QStringLiteral("agent@server.hss"));
    m_hlc = std::make_unique<hss::HybridLogicalClock>(m_clock, "console-sla");
    const auto error = open(LocalStore::OpenMode::CreateIfMissing);
    QVERIFY2(!error, error ? qPrintable(error->message) : "");
}

void TestPullSla::cleanup()
{
    m_store.reset();
    m_dir.reset();
}

std::optional<StoreError> TestPullSla::open(LocalStore::OpenMode mode)
{
    m_store.reset(); // closes the connection first: one name per thread
    m_store = std::make_unique<LocalStore>(QStringLiteral("test-sla"));
    const auto key = storeKey();
    return m_store->open(m_path, key, mode);
}

PullOutcome TestPullSla::apply(const hss::sync::PullPage& page)
{
    PullApplier applier(*m_hlc);
    return applier.apply(*m_store, PullApplier::storedCursor(*m_store), page);
}

void TestPullSla::pulledClocksSurviveReopening()
{
    hss::Ticket emergency = sampleTicket("Ventilator alarm silent", hss::Priority::Emergency);
    emergency.revision = 1;
    hss::Ticket imported = sampleTicket("Imported without history");
    imported.revision = 1;
    const sla::SlaReport report = serverReport(t0 + 5 * minute);
    const auto outcome =
        apply(pageOf({withSla(ticketChange(emergency, 1), report), ticketChange(imported, 2)}, 2, false));
    QVERIFY(!outcome.error);
    QCOMPARE(outcome.applied, 2);
    QVERIFY(outcome.skipped.isEmpty());

    // Closed and opened again with the key: everything the server said is still there.
    const auto reopened = open(LocalStore::OpenMode::MustExist);
    QVERIFY2(!reopened, reopened ? qPrintable(reopened->message) : "");
    const TicketSlaRepository clocks(m_store->database());
    const auto stored = clocks.report(emergency.id);
    QVERIFY2(stored.has_value(), qPrintable(clocks.lastError()));
    QVERIFY(*stored == report);
    QCOMPARE(stored->clocks.size(), std::size_t(3));
    QVERIFY(!clocks.report(imported.id).has_value());
    QVERIFY(clocks.lastError().isEmpty());

    // The queue sorts on the nearest running deadline (first response, 15 minutes) and finds it breaching soon.
    const TicketRepository tickets(m_store->database());
    QCOMPARE(tickets.findEntry(emergency.id)->slaDueAt, std::optional<qint64>(t0 + 15 * minute));
    QCOMPARE(tickets.findEntry(imported.id)->slaDueAt, std::nullopt);
    TicketQuery soon;
    soon.view = TicketQuery::View::BreachingSoon;
    soon.nowMs = t0 + 5 * minute;
    soon.breachingWithinMs = 30 * minute;
    const auto breaching = tickets.query(soon);
    QCOMPARE(breaching.size(), std::size_t(1));
    QCOMPARE(breaching.front().ticket.id, emergency.id);

    const auto shown = clocks.forTickets(
        {QString::fromStdString(emergency.id.toString()), QString::fromStdString(imported.id.toString())},
        t0 + 6 * minute);
    QCOMPARE(shown.size(), 1);
    const TicketSla& sla = shown.value(QString::fromStdString(emergency.id.toString()));
    QCOMPARE(sla.remainingMs(), std::optional<qint64>(9 * minute));
    QVERIFY(sla.clock(sla::SlaClockKind::Resolution).running);
    QVERIFY(!sla.clock(sla::SlaClockKind::NextUpdate).running);
    QCOMPARE(clocks.countEscalated(1), qint64(0));
}

void TestPullSla::laterPagesReplaceOrClearClocks()
{
    hss::Ticket ticket = sampleTicket("Lab interface down", hss::Priority::Emergency);
    ticket.revision = 1;
    QVERIFY(!apply(pageOf({withSla(ticketChange(ticket, 1), serverReport(t0 + minute))}, 1, true)).error);

    // Escalated on the server: the new state arrives with its clocks and replaces the old ones.
    ticket.revision = 2;
    ticket.escalationLevel = 1;
    const sla::SlaReport escalated = serverReport(t0 + 16 * minute);
    QVERIFY(!apply(pageOf({withSla(ticketChange(ticket, 2), escalated)}, 2, true)).error);
    TicketSlaRepository clocks(m_store->database());
    QVERIFY(clocks.report(ticket.id) == escalated);
    QCOMPARE(clocks.countEscalated(1), qint64(1));
    QCOMPARE(TicketRepository(m_store->database()).findEntry(ticket.id)->slaDueAt,
             std::optional<qint64>(t0 + 15 * minute)); // breached first response: the nearest, and overdue

    // An older state arriving late changes nothing, its clocks included.
    hss::Ticket stale = ticket;
    stale.revision = 1;
    stale.escalationLevel = 0;
    QVERIFY(!apply(pageOf({withSla(ticketChange(stale, 3), serverReport(t0 + minute))}, 4, true)).error);
    QCOMPARE(clocks.report(ticket.id)->escalationLevel(), 1);

    // A state without clocks (no SLA history on the server) clears them; a deletion removes everything.
    ticket.revision = 5;
    QVERIFY(!apply(pageOf({ticketChange(ticket, 5)}, 5, true)).error);
    QVERIFY(!clocks.report(ticket.id).has_value());
    QCOMPARE(TicketRepository(m_store->database()).findEntry(ticket.id)->slaDueAt, std::nullopt);
    ticket.revision = 6;
    QVERIFY(!apply(pageOf({withSla(ticketChange(ticket, 6), escalated)}, 6, true)).error);
    QVERIFY(clocks.report(ticket.id).has_value());
    hss::sync::Change gone = ticketChange(ticket, 7);
    gone.deleted = true;
    gone.data = nullptr;
    QVERIFY(!apply(pageOf({gone}, 7, false)).error);
    QVERIFY(!clocks.report(ticket.id).has_value());
    QCOMPARE(clocks.countEscalated(0), qint64(0));
}

void TestPullSla::clocksCountDownOffline()
{
    // Pulled five minutes in; twenty minutes in, still offline, the console shows what has come due since.
    const TicketSla later = TicketSla::at(serverReport(t0 + 5 * minute), t0 + 20 * minute);
    const TicketSlaClock& response = later.clock(sla::SlaClockKind::FirstResponse);
    QVERIFY(response.state == sla::SlaState::Breached);
    QCOMPARE(response.remainingMs, -5 * minute);
    const TicketSlaClock& resolution = later.clock(sla::SlaClockKind::Resolution);
    QVERIFY(resolution.state == sla::SlaState::Escalated);
    QCOMPARE(resolution.escalationLevel, 1);
    QCOMPARE(resolution.remainingMs, 10 * minute);
    QCOMPARE(later.escalationLevel, 1);
    QCOMPARE(later.remainingMs(), std::optional<qint64>(-5 * minute));
    // The report itself is kept as evaluated.
    QCOMPARE(later.report.escalationLevel(), 0);

    // Twelve minutes in: first response warned (past 50 % and 75 % of 15 minutes), resolution not yet (50 % of
    // 30 minutes is at 15).
    const TicketSla warned = TicketSla::at(serverReport(t0 + 5 * minute), t0 + 12 * minute);
    QVERIFY(warned.clock(sla::SlaClockKind::FirstResponse).state == sla::SlaState::Warning);
    QVERIFY(warned.clock(sla::SlaClockKind::Resolution).state == sla::SlaState::Ok);
    QCOMPARE(warned.escalationLevel, 0);

    // Waiting on the customer: the clocks stand still, nothing comes due, remaining time stays as evaluated.
    const sla::SlaReport paused = serverReport(t0 + 8 * minute, {t0 + 2 * minute}, t0 + 3 * minute);
    const TicketSla waiting = TicketSla::at(paused, t0 + 120 * minute);
    const TicketSlaClock& resolutionWaiting = waiting.clock(sla::SlaClockKind::Resolution);
    QVERIFY(resolutionWaiting.paused);
    QVERIFY(!resolutionWaiting.running);
    QVERIFY(resolutionWaiting.state == sla::SlaState::Ok);
    QCOMPARE(resolutionWaiting.remainingMs, paused.clock(sla::SlaClockKind::Resolution).remainingMs);
    QCOMPARE(waiting.remainingMs(), std::nullopt);
    // First response was given at two minutes: stopped and met, whatever the time.
    QVERIFY(waiting.clock(sla::SlaClockKind::FirstResponse).state == sla::SlaState::Met);
}

void TestPullSla::upgradeFromVersionThreePullsAgain()
{
    m_store.reset();
    QFile::remove(m_path);
    const hss::Ticket old = sampleTicket("Pulled before clocks existed");
    {
        // A store as version 3 left it: a pulled ticket, a cursor after it, the initial sync done.
        SqlCipherDriver::registerDriver();
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLCIPHER"), QStringLiteral("v3"));
        db.setDatabaseName(m_path);
        const auto key = storeKey();
        static_cast<SqlCipherDriver*>(db.driver())->setRawKey(key.data(), static_cast<int>(key.size()));
        QVERIFY(db.open());
        QVERIFY(!SchemaMigrator::standard().migrate(db, 3));
        QVERIFY(!TicketRepository(db).upsert(old));
        SyncStateRepository state(db);
        QVERIFY(!state.setValue(syncstate::cursor, QStringLiteral("s42")));
        QVERIFY(!state.setValue(syncstate::initialSyncDone, QStringLiteral("1")));
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("v3"));
    const auto error = open(LocalStore::OpenMode::MustExist);
    QVERIFY2(!error, error ? qPrintable(error->message) : "");
    QCOMPARE(m_store->schemaVersion(), SchemaMigrator::standard().latestVersion());
    QVERIFY(m_store->database().tables().contains(QStringLiteral("ticket_sla")));
    QVERIFY(TicketRepository(m_store->database()).find(old.id).has_value());
    // The feed is read again from its start so every stored ticket gets its clocks; the console stays usable.
    SyncStateRepository state(m_store->database());
    QCOMPARE(PullApplier::storedCursor(*m_store), QString());
    QVERIFY(state.value(syncstate::initialSyncDone).has_value());
    QSqlQuery plan(m_store->database());
    QVERIFY(
        plan.exec(QStringLiteral("EXPLAIN QUERY PLAN SELECT count(*) FROM ticket_sla WHERE escalation_level >= 1")));
    QString detail;
    while (plan.next()) {
        detail += plan.value(3).toString();
    }
    QVERIFY2(detail.contains(QStringLiteral("ticket_sla_escalation")), qPrintable(detail));
}

void TestPullSla::upgradeFromVersionFourKeepsTheClocks()
{
    m_store.reset();
    QFile::remove(m_path);
    hss::Ticket kept = sampleTicket("Escalated before the upgrade", hss::Priority::Emergency);
    hss::Ticket damaged = sampleTicket("Unreadable clocks");
    const sla::SlaReport report = serverReport(t0 + 16 * minute);
    {
        // A store as version 4 left it: the clocks as JSON text, one of them unreadable.
        SqlCipherDriver::registerDriver();
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLCIPHER"), QStringLiteral("v4"));
        db.setDatabaseName(m_path);
        const auto key = storeKey();
        static_cast<SqlCipherDriver*>(db.driver())->setRawKey(key.data(), static_cast<int>(key.size()));
        QVERIFY(db.open());
        QVERIFY(!SchemaMigrator::standard().migrate(db, 4));
        QVERIFY(!TicketRepository(db).upsert(kept));
        QVERIFY(!TicketRepository(db).upsert(damaged));
        QSqlQuery insert(db);
        QVERIFY(insert.prepare(QStringLiteral("INSERT INTO ticket_sla (ticket_id, evaluated_at, next_due_at,"
                                              " escalation_level, report) VALUES (?, ?, ?, ?, ?)")));
        for (const auto& [ticket, text] :
             {std::pair {kept, hss::toJsonText(sla::toJson(report))}, {damaged, std::string("{\"clocks\": 3}")}}) {
            insert.bindValue(0, QString::fromStdString(ticket.id.toString()));
            insert.bindValue(1, static_cast<qint64>(report.evaluatedAt));
            insert.bindValue(2, static_cast<qint64>(*report.nextDueAt()));
            insert.bindValue(3, report.escalationLevel());
            insert.bindValue(4, QString::fromStdString(text));
            QVERIFY2(insert.exec(), qPrintable(insert.lastError().text()));
        }
        QVERIFY(!SyncStateRepository(db).setValue(syncstate::cursor, QStringLiteral("s42")));
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("v4"));
    const auto error = open(LocalStore::OpenMode::MustExist);
    QVERIFY2(!error, error ? qPrintable(error->message) : "");
    QVERIFY(m_store->schemaVersion() >= 5);

    // Converted in place: the same clocks, no second pull of the feed; the unreadable report is gone (it could not
    // be shown before either) and its ticket stays.
    const TicketSlaRepository clocks(m_store->database());
    const auto stored = clocks.report(kept.id);
    QVERIFY2(stored.has_value(), qPrintable(clocks.lastError()));
    QVERIFY(*stored == report);
    QVERIFY(!clocks.report(damaged.id).has_value());
    QVERIFY(clocks.lastError().isEmpty());
    QVERIFY(TicketRepository(m_store->database()).find(damaged.id).has_value());
    QCOMPARE(PullApplier::storedCursor(*m_store), QStringLiteral("s42"));
    QCOMPARE(clocks.countEscalated(1), qint64(1));

    // Deleting a ticket still takes its clocks along.
    QVERIFY(!TicketRepository(m_store->database()).remove(kept.id));
    QVERIFY(!clocks.report(kept.id).has_value());
    QCOMPARE(clocks.countEscalated(0), qint64(0));
}

void TestPullSla::localTicketsGetEstimatedClocks()
{
    // Created offline, never synced: the console computes the clocks from the ticket's own fields.
    hss::Ticket local = sampleTicket("Blood bank fridge alarm", hss::Priority::Emergency);
    TicketRepository tickets(m_store->database());
    QVERIFY(!tickets.upsert(local));
    const TicketSlaRepository clocks(m_store->database());
    QVERIFY(!clocks.forTicket(local, t0 + 16 * minute).has_value()); // no calculator: nothing to show
    const auto fresh = clocks.forTicket(local, t0 + 16 * minute, &calculator());
    QVERIFY(fresh.has_value());
    QVERIFY(fresh->estimated);
    QVERIFY(fresh->clock(sla::SlaClockKind::FirstResponse).state == sla::SlaState::Breached);
    QVERIFY(fresh->clock(sla::SlaClockKind::Resolution).state == sla::SlaState::Escalated);
    QCOMPARE(fresh->escalationLevel, 1);
    QCOMPARE(fresh->nextDueAt, std::optional<qint64>(t0 + 15 * minute));

    // Answered at five minutes: first response met, the next update is due fifteen minutes after the answer.
    local.firstResponseAt = t0 + 5 * minute;
    local.status = hss::TicketStatus::InProgress;
    const auto answered = clocks.forTicket(local, t0 + 6 * minute, &calculator());
    QVERIFY(answered->clock(sla::SlaClockKind::FirstResponse).state == sla::SlaState::Met);
    QCOMPARE(answered->nextDueAt, std::optional<qint64>(t0 + 20 * minute));

    // Waiting on the customer since its last update: paused, nothing counts down.
    local.status = hss::TicketStatus::WaitingOnCustomer;
    local.updatedAt = t0 + 6 * minute;
    const auto waiting = clocks.forTicket(local, t0 + 60 * minute, &calculator());
    QVERIFY(waiting->clock(sla::SlaClockKind::Resolution).paused);
    QCOMPARE(waiting->remainingMs(), std::nullopt);

    // Resolved within target: every clock stopped and met.
    local.status = hss::TicketStatus::Resolved;
    local.resolvedAt = t0 + 10 * minute;
    const auto resolved = clocks.forTicket(local, t0 + 60 * minute, &calculator());
    QVERIFY(resolved->clock(sla::SlaClockKind::Resolution).state == sla::SlaState::Met);
    QCOMPARE(resolved->nextDueAt, std::nullopt);

    // A synced ticket shows the server's clocks, or none when the server has none: never a local guess.
    hss::Ticket synced = sampleTicket("Synced without history", hss::Priority::Emergency);
    synced.revision = 3;
    QVERIFY(!clocks.forTicket(synced, t0 + minute, &calculator()).has_value());
    QVERIFY(!apply(pageOf({withSla(ticketChange(synced, 1), serverReport(t0 + minute))}, 1, false)).error);
    const auto reported = clocks.forTicket(synced, t0 + 2 * minute, &calculator());
    QVERIFY(reported.has_value());
    QVERIFY(!reported->estimated);
    QCOMPARE(reported->report.evaluatedAt, t0 + minute);
}

QTEST_GUILESS_MAIN(TestPullSla)
#include "TestPullSla.moc"
