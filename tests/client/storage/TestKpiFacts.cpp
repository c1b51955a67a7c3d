// SPDX-License-Identifier: MIT
#include <QSqlQuery>
#include <QtTest>

#include "StoreTestSupport.h"
#include "hss/Timestamp.h"
#include "hss/metrics/ResponseKpis.h"
#include "hss/metrics/SatisfactionKpis.h"
#include "hss/metrics/SlaKpis.h"
#include "hss/sla/SlaCalculator.h"
#include "hss/sla/SlaConfiguration.h"
#include "hss/sla/TimeZoneDatabase.h"
#include "storage/FeedbackRepository.h"
#include "storage/KpiFactsRepository.h"
#include "storage/LocalStore.h"
#include "storage/TicketRepository.h"
#include "storage/TicketSlaRepository.h"

using namespace hss::client;
using hss::test::makeTicket;
namespace metrics = hss::metrics;
namespace sla = hss::sla;

namespace {

constexpr std::int64_t minute = 60'000;

std::int64_t at(const char* text)
{
    return hss::parseTimestamp(text).value();
}

/// The week of Monday 2026-11-02 (UTC).
metrics::Period week()
{
    return metrics::Period {at("2026-11-02T00:00:00Z"), at("2026-11-09T00:00:00Z")};
}

/// The emergency's clocks as the server would report them 12 minutes after creation, answered at minute 10.
sla::SlaReport emergencyReport(std::int64_t createdAt)
{
    static const sla::TimeZoneDatabase zones;
    static const auto calculator = sla::SlaCalculator::create(sla::defaultSlaConfiguration(), zones).value();
    sla::SlaHistory history;
    history.createdAt = createdAt;
    history.priority = hss::Priority::Emergency;
    history.category = hss::Category::MedicalClinical;
    history.agentReplies = {createdAt + 10 * minute};
    return calculator.compute(history, createdAt + 12 * minute).value();
}

QString describe(const metrics::SlaCompliance& compliance)
{
    const auto& share = compliance.compliance;
    return QStringLiteral("%1/%2 running %3").arg(share.part).arg(share.whole).arg(compliance.running);
}

QStringList idsOf(const std::vector<metrics::TicketFacts>& facts)
{
    QStringList ids;
    for (const auto& ticket : facts) {
        ids << QString::fromStdString(ticket.id);
    }
    ids.sort();
    return ids;
}

} // namespace

/// The KPI fact reader on a real encrypted store: which tickets and feedback a period picks up, and what it fills in.
class TestKpiFacts final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void picksTheTicketsAPeriodCanCount();
    void fillsTicketFieldsAndKpisAgree();
    void slaOutcomesStandAtTheReadingTime();
    void feedbackCarriesItsTicketsTeam();
    void unknownStoredValueIsAClearError();

private:
    hss::Ticket store(hss::Ticket ticket);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<LocalStore> m_store;
    std::map<std::string, hss::Ticket> m_tickets; ///< By a short name for the test.
};

void TestKpiFacts::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_store = std::make_unique<LocalStore>(QStringLiteral("kpi-facts"));
    const auto key = hss::test::makeKey(7);
    const auto error = m_store->open(m_dir->filePath(QStringLiteral("store.db")), hss::test::keySpan(key),
                                     LocalStore::OpenMode::CreateIfMissing);
    QVERIFY2(!error, error ? qPrintable(error->message) : "");

    using hss::TicketStatus;
    // Created in the week, answered after 30 min, resolved after 2 h.
    auto answered = makeTicket("Dosage calculator rounds wrongly", hss::Priority::High, at("2026-11-02T08:00:00Z"));
    answered.firstResponseAt = answered.createdAt + 30 * minute;
    answered.resolvedAt = answered.createdAt + 120 * minute;
    answered.status = TicketStatus::Resolved;
    m_tickets["answered"] = store(answered);
    // Created before the week, resolved (and closed) in it.
    auto closed = makeTicket("Export to the EHR fails", hss::Priority::Medium, at("2026-10-30T08:00:00Z"));
    closed.firstResponseAt = closed.createdAt + 60 * minute;
    closed.resolvedAt = at("2026-11-02T08:00:00Z");
    closed.status = TicketStatus::Closed;
    closed.team = "integration";
    m_tickets["closed"] = store(closed);
    // Created before the week, first answered in it, still open.
    auto late = makeTicket("Login loop on the ward tablets", hss::Priority::Low, at("2026-11-01T20:00:00Z"));
    late.firstResponseAt = at("2026-11-02T02:00:00Z");
    m_tickets["late"] = store(late);
    // Nothing in the week, not an emergency: not read.
    auto quiet = makeTicket("Feature request: dark mode", hss::Priority::Low, at("2026-10-01T08:00:00Z"));
    m_tickets["quiet"] = store(quiet);
    // An open emergency from long ago: read for the open-emergency count.
    auto oldEmergency = makeTicket("Triage model unreachable", hss::Priority::Emergency, at("2026-09-01T08:00:00Z"));
    oldEmergency.status = TicketStatus::InProgress;
    m_tickets["oldEmergency"] = store(oldEmergency);
    // Created after the week: not read.
    auto future = makeTicket("Printer queue stalls", hss::Priority::Medium, at("2026-11-09T00:00:00Z"));
    m_tickets["future"] = store(future);
    // A medical emergency in the week with the server's clocks, answered at minute 10.
    auto emergency = makeTicket("AI flagged sepsis risk as low", hss::Priority::Emergency, at("2026-11-03T08:00:00Z"));
    emergency.category = hss::Category::MedicalClinical;
    emergency.team = "medical";
    emergency.firstResponseAt = emergency.createdAt + 10 * minute;
    emergency.escalationLevel = 0;
    m_tickets["emergency"] = store(emergency);
    TicketSlaRepository clocks(m_store->database());
    QVERIFY(!clocks.write(emergency.id, emergencyReport(emergency.createdAt)));
}

void TestKpiFacts::cleanup()
{
    m_tickets.clear();
    m_store.reset();
}

hss::Ticket TestKpiFacts::store(hss::Ticket ticket)
{
    TicketRepository tickets(m_store->database());
    const auto error = tickets.upsert(ticket);
    if (error) {
        qWarning() << error->message;
    }
    return ticket;
}

void TestKpiFacts::picksTheTicketsAPeriodCanCount()
{
    KpiFactsRepository facts(m_store->database());
    const auto read = facts.tickets(week(), at("2026-11-09T00:00:00Z"));
    QVERIFY2(read, read ? "" : describe(read.error()).c_str());
    QStringList expected;
    for (const char* name : {"answered", "closed", "late", "oldEmergency", "emergency"}) {
        expected << QString::fromStdString(m_tickets[name].id.toString());
    }
    expected.sort();
    QCOMPARE(idsOf(read.value()), expected);

    // An empty period still brings the open emergencies (both are open), and nothing else.
    const auto empty = facts.tickets(metrics::Period {}, at("2026-11-09T00:00:00Z"));
    QVERIFY(empty);
    QStringList emergencies {QString::fromStdString(m_tickets["oldEmergency"].id.toString()),
                             QString::fromStdString(m_tickets["emergency"].id.toString())};
    emergencies.sort();
    QCOMPARE(idsOf(empty.value()), emergencies);
}

void TestKpiFacts::fillsTicketFieldsAndKpisAgree()
{
    KpiFactsRepository facts(m_store->database());
    const auto read = facts.tickets(week(), at("2026-11-09T00:00:00Z")).value();
    const auto found = std::find_if(read.begin(), read.end(), [this](const metrics::TicketFacts& ticket) {
        return ticket.id == m_tickets["closed"].id.toString();
    });
    QVERIFY(found != read.end());
    QCOMPARE(QString::fromStdString(found->team), QStringLiteral("integration"));
    QVERIFY(found->priority == hss::Priority::Medium);
    QVERIFY(found->status == hss::TicketStatus::Closed);
    QVERIFY(!found->emergency);
    QCOMPARE(found->createdAt, at("2026-10-30T08:00:00Z"));
    QCOMPARE(found->resolvedAt.value_or(0), at("2026-11-02T08:00:00Z"));
    QVERIFY(!found->closedAt.has_value());

    // First responses in the week: answered 30 min, late 6 h (20:00 -> 02:00), emergency 10 min.
    const auto response = metrics::firstResponseTime(read, week(), {});
    QCOMPARE(response.count, std::size_t {3});
    QCOMPARE(response.medianMs.value_or(-1), 30.0 * minute);
    // Resolutions in the week: answered 2 h, closed 3 days (4320 min).
    const auto resolution = metrics::resolutionTime(read, week(), {});
    QCOMPARE(resolution.count, std::size_t {2});
    QCOMPARE(resolution.meanMs.value_or(-1), (120.0 + 4320.0) / 2 * minute);
}

void TestKpiFacts::slaOutcomesStandAtTheReadingTime()
{
    KpiFactsRepository facts(m_store->database());
    const std::int64_t created = m_tickets["emergency"].createdAt;
    const metrics::TeamFilter medical = metrics::TeamFilter::only("medical");

    // As evaluated (minute 12): first response met at minute 10, next update and resolution still running.
    const auto early = facts.tickets(week(), created + 12 * minute).value();
    QCOMPARE(describe(metrics::slaCompliance(early, week(), medical)), QStringLiteral("1/1 running 2"));

    // An hour later, offline: the next update (due at minute 25) and resolution (due at 30) have breached.
    const auto later = facts.tickets(week(), created + 60 * minute).value();
    QCOMPARE(describe(metrics::slaCompliance(later, week(), medical)), QStringLiteral("1/3 running 0"));
    QCOMPARE(describe(metrics::medicalSlaCompliance(later, week(), {})), QStringLiteral("0/1 running 0"));
    const auto emergency = std::find_if(later.begin(), later.end(), [](const auto& t) { return t.team == "medical"; });
    QVERIFY(emergency != later.end());
    QVERIFY(emergency->emergency);
    QVERIFY(emergency->escalationLevel >= 1);

    // Tickets without stored clocks have none.
    for (const auto& ticket : later) {
        if (ticket.team != "medical") {
            QVERIFY(ticket.sla == (std::array<metrics::SlaOutcome, 3> {}));
        }
    }
}

void TestKpiFacts::feedbackCarriesItsTicketsTeam()
{
    FeedbackRepository feedback(m_store->database());
    const auto add = [&feedback](std::optional<hss::Uuid> ticketId, std::optional<int> csat, std::int64_t createdAt,
                                 std::optional<double> sentiment) {
        hss::Feedback entry;
        entry.id = hss::Uuid::createV7();
        entry.ticketId = ticketId;
        entry.authorId = hss::Uuid::createV7();
        entry.csatScore = csat;
        entry.createdAt = createdAt;
        entry.sentimentScore = sentiment;
        QVERIFY(!feedback.add(entry));
    };
    add(m_tickets["closed"].id, 5, at("2026-11-03T10:00:00Z"), 0.75);
    add(std::nullopt, 2, at("2026-11-04T10:00:00Z"), std::nullopt);
    add(m_tickets["answered"].id, std::nullopt, at("2026-11-05T10:00:00Z"), -0.25);
    add(m_tickets["closed"].id, 1, at("2026-11-09T00:00:00Z"), std::nullopt); // outside the week

    KpiFactsRepository facts(m_store->database());
    const auto read = facts.feedback(week());
    QVERIFY(read);
    QCOMPARE(read.value().size(), std::size_t {3});
    QStringList rows;
    for (const auto& entry : read.value()) {
        rows << QStringLiteral("%1 %2 %3 [%4]")
                    .arg(QString::fromStdString(hss::formatTimestamp(entry.createdAt)).left(10))
                    .arg(entry.csatScore ? QString::number(*entry.csatScore) : QStringLiteral("-"))
                    .arg(entry.sentimentScore ? QString::number(*entry.sentimentScore) : QStringLiteral("-"))
                    .arg(QString::fromStdString(entry.team));
    }
    rows.sort();
    QCOMPARE(rows,
             (QStringList {"2026-11-03 5 0.75 [integration]", "2026-11-04 2 - []", "2026-11-05 - -0.25 [tier1]"}));
    // CSAT over what was read: 5 and 2 -> one satisfied of two answers.
    const auto csat = metrics::csatScore(read.value(), week(), {});
    QCOMPARE(csat.part, std::int64_t {1});
    QCOMPARE(csat.whole, std::int64_t {2});
}

void TestKpiFacts::unknownStoredValueIsAClearError()
{
    QSqlQuery corrupt(m_store->database());
    QVERIFY(corrupt.prepare(QStringLiteral("UPDATE tickets SET status = 'lost' WHERE id = ?")));
    corrupt.addBindValue(QString::fromStdString(m_tickets["answered"].id.toString()));
    QVERIFY(corrupt.exec());

    KpiFactsRepository facts(m_store->database());
    const auto read = facts.tickets(week(), at("2026-11-09T00:00:00Z"));
    QVERIFY(!read);
    QVERIFY(read.error().code == hss::ErrorCode::UnknownValue);
    QVERIFY2(read.error().message.find(m_tickets["answered"].id.toString()) != std::string::npos,
             read.error().message.c_str());
    // Feedback does not depend on ticket statuses.
    QVERIFY(facts.feedback(week()));
}

QTEST_GUILESS_MAIN(TestKpiFacts)
#include "TestKpiFacts.moc"
