// SPDX-License-Identifier: MIT
#include <QtTest>
#include <limits>

#include "hss/JsonText.h"
#include "hss/sla/SlaCalculator.h"
#include "hss/sla/SlaConfiguration.h"
#include "hss/sla/TimeZoneDatabase.h"
#include "storage/TicketSlaCodec.h"

using hss::client::TicketSlaCodec;
namespace sla = hss::sla;

namespace {

constexpr std::int64_t t0 = 1'795'680'000'000; // 2026-11-26T08:00:00.000Z, a Thursday
constexpr std::int64_t minute = 60'000;

sla::SlaReport computed(const sla::SlaHistory& history, std::int64_t now)
{
    static const sla::TimeZoneDatabase zones;
    static const auto calculator = sla::SlaCalculator::create(sla::defaultSlaConfiguration(), zones).value();
    return calculator.compute(history, now).value();
}

sla::SlaHistory emergency()
{
    sla::SlaHistory history;
    history.createdAt = t0;
    history.priority = hss::Priority::Emergency;
    history.category = hss::Category::Technical;
    return history;
}

/// Every field at an edge: times far apart and before 1970, the largest durations, a non-ASCII policy id.
sla::SlaReport extremes()
{
    sla::SlaReport report;
    report.evaluatedAt = std::numeric_limits<std::int64_t>::max();
    sla::SlaClock& first = report.clocks[0];
    first.kind = sla::SlaClockKind::FirstResponse;
    first.state = sla::SlaState::Breached;
    first.policyId = "notaufnahme-\xc3\xbc"
                     "berlastung";
    first.startedAt = std::numeric_limits<std::int64_t>::min();
    first.stoppedAt = -1;
    first.dueAt = std::numeric_limits<std::int64_t>::max();
    first.targetMs = std::numeric_limits<std::int64_t>::max();
    first.elapsedMs = 0;
    first.remainingMs = first.targetMs;
    first.escalationLevel = std::numeric_limits<int>::max();
    report.clocks[1].kind = sla::SlaClockKind::NextUpdate;
    sla::SlaClock& third = report.clocks[2];
    third.kind = sla::SlaClockKind::Resolution;
    third.state = sla::SlaState::Escalated;
    third.paused = true;
    third.startedAt = -86'400'000;
    third.targetMs = 5;
    third.elapsedMs = 9;
    third.remainingMs = -4;
    third.upcoming = {{sla::SlaClockKind::Resolution, sla::SlaEventKind::Escalation, 2, 0, -86'400'000},
                      {sla::SlaClockKind::Resolution, sla::SlaEventKind::Breach, 0,
                       std::numeric_limits<std::int64_t>::min(), std::numeric_limits<std::int64_t>::max()}};
    return report;
}

/// A report whose first clock's bytes sit at known offsets: version (0), evaluatedAt (1), then clock 0's flags (2),
/// policy length (3), startedAt (4), targetMs (5), elapsedMs (6), level (7), event count (8), event kind (9).
sla::SlaReport laidOut()
{
    sla::SlaReport report;
    for (std::size_t i = 0; i < report.clocks.size(); ++i) {
        report.clocks[i].kind = sla::allSlaClockKinds[i];
    }
    report.clocks[0].upcoming = {{sla::SlaClockKind::FirstResponse, sla::SlaEventKind::Warning, 0, 0, 0}};
    return report;
}

} // namespace

/// The console's stored form of the server's SLA clocks (ticket_sla.clocks, schema step 5): every report comes
/// back exactly, it is a small fraction of the JSON text it replaced, and damaged bytes are refused, never misread.
class TestTicketSlaCodec final : public QObject
{
    Q_OBJECT

private slots:
    void roundTripsEveryField_data();
    void roundTripsEveryField();
    void isFarSmallerThanTheJsonText();
    void refusesDamagedBytes_data();
    void refusesDamagedBytes();
    void refusesEveryTruncation();
    void decodesIntoAReusedReport();
};

void TestTicketSlaCodec::roundTripsEveryField_data()
{
    QTest::addColumn<int>("which");
    QTest::newRow("fresh emergency") << 0;
    QTest::newRow("escalated, first response breached") << 1;
    QTest::newRow("replied: next update runs") << 2;
    QTest::newRow("waiting on the customer: paused") << 3;
    QTest::newRow("resolved late: stopped and breached") << 4;
    QTest::newRow("extreme values") << 5;
    QTest::newRow("empty report") << 6;
}

void TestTicketSlaCodec::roundTripsEveryField()
{
    QFETCH(int, which);
    sla::SlaHistory history = emergency();
    sla::SlaReport report;
    switch (which) {
    case 0:
        report = computed(history, t0 + minute);
        break;
    case 1:
        report = computed(history, t0 + 20 * minute);
        break;
    case 2:
        history.agentReplies.push_back(t0 + 5 * minute);
        report = computed(history, t0 + 10 * minute);
        break;
    case 3:
        history.agentReplies.push_back(t0 + 5 * minute);
        history.statusChanges.push_back({t0 + 6 * minute, hss::TicketStatus::WaitingOnCustomer});
        report = computed(history, t0 + 12 * minute);
        break;
    case 4:
        history.agentReplies.push_back(t0 + 5 * minute);
        history.statusChanges.push_back({t0 + 40 * minute, hss::TicketStatus::Resolved});
        report = computed(history, t0 + 45 * minute);
        break;
    case 5:
        report = extremes();
        break;
    default:
        for (std::size_t i = 0; i < report.clocks.size(); ++i) {
            report.clocks[i].kind = sla::allSlaClockKinds[i];
        }
        break;
    }
    const QByteArray bytes = TicketSlaCodec::encode(report);
    const auto decoded = TicketSlaCodec::decode(bytes);
    QVERIFY2(decoded.ok(), decoded.ok() ? "" : hss::describe(decoded.error()).c_str());
    QVERIFY(decoded.value() == report);
    QCOMPARE(decoded.value().nextDueAt(), report.nextDueAt());
    QCOMPARE(TicketSlaCodec::encode(decoded.value()), bytes);
}

void TestTicketSlaCodec::isFarSmallerThanTheJsonText()
{
    sla::SlaHistory history = emergency();
    history.agentReplies.push_back(t0 + 5 * minute);
    const sla::SlaReport report = computed(history, t0 + 20 * minute);
    const std::string json = hss::toJsonText(sla::toJson(report));
    const QByteArray bytes = TicketSlaCodec::encode(report);
    const QString sizes =
        QStringLiteral("%1 bytes stored, against %2 of the API's JSON (%3 of the feed's compact JSON)")
            .arg(bytes.size())
            .arg(json.size())
            .arg(hss::toJsonText(sla::toCompactJson(report)).size());
    qInfo("%s", qPrintable(sizes));
    QVERIFY2(bytes.size() * 8 < static_cast<qsizetype>(json.size()), qPrintable(sizes));
}

void TestTicketSlaCodec::refusesDamagedBytes_data()
{
    QTest::addColumn<QByteArray>("bytes");
    const QByteArray valid = TicketSlaCodec::encode(laidOut());
    QVERIFY(TicketSlaCodec::decode(valid).ok());
    QCOMPARE(valid.at(9), '\0'); // the layout this test relies on
    const auto changed = [&valid](qsizetype at, char value) {
        QByteArray bytes = valid;
        bytes[at] = value;
        return bytes;
    };
    QTest::newRow("empty") << QByteArray();
    QTest::newRow("unknown version") << changed(0, 2);
    QTest::newRow("JSON text of version 4") << QByteArray(R"({"evaluated_at":"2026-11-26T08:00:00.000Z"})");
    QTest::newRow("unknown state") << changed(2, 6);
    QTest::newRow("unknown flag bit") << changed(2, 0x40);
    QTest::newRow("policy longer than the rest") << changed(3, 0x7f);
    QTest::newRow("unknown event kind") << changed(9, 3);
    QTest::newRow("event count beyond the bytes") << changed(8, 0x7f);
    QTest::newRow("trailing byte") << valid + '\0';
    QByteArray endless = valid.left(5);
    endless.append(QByteArray(11, '\xff')); // a varint of more than 64 bits as targetMs
    endless.append(valid.mid(6));
    QTest::newRow("number beyond 64 bits") << endless;
    QByteArray negative = valid.left(5);
    negative.append(QByteArray(9, '\xff')); // 2^64 - 1: a negative target
    negative.append('\x01');
    negative.append(valid.mid(6));
    QTest::newRow("negative target") << negative;
}

void TestTicketSlaCodec::refusesDamagedBytes()
{
    QFETCH(QByteArray, bytes);
    const auto decoded = TicketSlaCodec::decode(bytes);
    QVERIFY2(!decoded.ok(), "damaged bytes were accepted");
    QCOMPARE(QString::fromStdString(decoded.error().field), QStringLiteral("clocks"));
    QVERIFY(decoded.error().code == hss::ErrorCode::InvalidArgument);
}

void TestTicketSlaCodec::refusesEveryTruncation()
{
    const QByteArray whole = TicketSlaCodec::encode(computed(emergency(), t0 + 20 * minute));
    for (qsizetype size = 0; size < whole.size(); ++size) {
        QVERIFY2(!TicketSlaCodec::decode(whole.left(size)).ok(), qPrintable(QString::number(size)));
    }
}

void TestTicketSlaCodec::decodesIntoAReusedReport()
{
    // The KPI reader decodes every ticket's clocks into one report: nothing of the previous ticket may remain.
    sla::SlaHistory replied = emergency();
    replied.agentReplies.push_back(t0 + 5 * minute);
    sla::SlaHistory resolved = replied;
    resolved.statusChanges.push_back({t0 + 40 * minute, hss::TicketStatus::Resolved});
    sla::SlaReport empty;
    for (std::size_t i = 0; i < empty.clocks.size(); ++i) {
        empty.clocks[i].kind = sla::allSlaClockKinds[i];
    }
    const std::vector<sla::SlaReport> reports {extremes(), computed(emergency(), t0 + minute),
                                               computed(resolved, t0 + 45 * minute), empty,
                                               computed(replied, t0 + 10 * minute)};
    QVERIFY(!reports[1].clocks[0].upcoming.empty()); // what must not linger below
    sla::SlaReport reused;
    for (std::size_t i = 0; i < reports.size(); ++i) {
        const auto error = TicketSlaCodec::decode(TicketSlaCodec::encode(reports[i]), reused);
        QVERIFY2(!error, error ? hss::describe(*error).c_str() : "");
        QVERIFY2(reused == reports[i], qPrintable(QString::number(i)));
    }
    QVERIFY(TicketSlaCodec::decode(QByteArray("\x01", 1), reused).has_value());
}

QTEST_GUILESS_MAIN(TestTicketSlaCodec)
#include "TestTicketSlaCodec.moc"
