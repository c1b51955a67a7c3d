// SPDX-License-Identifier: MIT
#include <QtTest>

#include "TestSupport.h"
#include "hss/JsonText.h"
#include "hss/JsonTextWriter.h"
#include "hss/sla/SlaCalculator.h"
#include "hss/sla/SlaConfiguration.h"
#include "hss/sla/SlaReport.h"
#include "hss/sla/TimeZoneDatabase.h"

using hss::ErrorCode;
using hss::test::codeName;
using hss::test::mutated;
using hss::test::qs;
using hss::test::removeMember;
using nlohmann::json;
namespace sla = hss::sla;

namespace {

constexpr std::int64_t t0 = 1'795'680'000'000; // 2026-11-26T08:00:00.000Z, a Thursday
constexpr std::int64_t minute = 60'000;

/// An emergency created at t0 on the shipped configuration; the calculator never needs tzdata for it.
sla::SlaHistory emergency()
{
    sla::SlaHistory history;
    history.createdAt = t0;
    history.priority = hss::Priority::Emergency;
    history.category = hss::Category::Technical;
    return history;
}

sla::SlaReport computed(const sla::SlaHistory& history, std::int64_t now)
{
    static const sla::TimeZoneDatabase zones;
    static const auto calculator = sla::SlaCalculator::create(sla::defaultSlaConfiguration(), zones).value();
    return calculator.compute(history, now).value();
}

/// Five minutes into an emergency: every clock kind, an upcoming event on the resolution clock.
sla::SlaReport sample()
{
    return computed(emergency(), t0 + 5 * minute);
}

} // namespace

/// The SLA report's wire codec (what the API and the sync feed carry) and the queue's "next due" instant.
class TestSlaReport final : public QObject
{
    Q_OBJECT

private slots:
    void roundTripsComputedReports_data();
    void roundTripsComputedReports();
    void enumNamesRoundTrip();
    void rejectsInvalidJson_data();
    void rejectsInvalidJson();
    void nextDueAtIsTheNearestRunningClock();
};

void TestSlaReport::roundTripsComputedReports_data()
{
    QTest::addColumn<qint64>("minutes");
    QTest::addColumn<bool>("replied");
    QTest::addColumn<bool>("waiting");
    QTest::addColumn<bool>("resolved");
    QTest::newRow("fresh emergency") << qint64 {1} << false << false << false;
    QTest::newRow("escalated, first response breached") << qint64 {20} << false << false << false;
    QTest::newRow("replied: next update runs") << qint64 {10} << true << false << false;
    QTest::newRow("waiting on the customer: paused") << qint64 {12} << true << true << false;
    QTest::newRow("resolved late: stopped and breached") << qint64 {45} << true << false << true;
}

void TestSlaReport::roundTripsComputedReports()
{
    QFETCH(qint64, minutes);
    QFETCH(bool, replied);
    QFETCH(bool, waiting);
    QFETCH(bool, resolved);
    sla::SlaHistory history = emergency();
    if (replied) {
        history.agentReplies.push_back(t0 + 5 * minute);
    }
    if (waiting) {
        history.statusChanges.push_back({t0 + 6 * minute, hss::TicketStatus::WaitingOnCustomer});
    }
    if (resolved) {
        history.statusChanges.push_back({t0 + 40 * minute, hss::TicketStatus::Resolved});
    }
    const sla::SlaReport report = computed(history, t0 + minutes * minute);
    const json encoded = sla::toJson(report);
    const auto decoded = hss::decodeJsonText(hss::toJsonText(encoded), &sla::slaReportFromJson);
    QVERIFY2(decoded.ok(), decoded.ok() ? "" : hss::describe(decoded.error()).c_str());
    QVERIFY(decoded.value() == report);
    QCOMPARE(sla::toJson(decoded.value()), encoded);
    QCOMPARE(decoded.value().escalationLevel(), report.escalationLevel());

    // The text the server writes for a ticket read is the DOM's, byte for byte.
    hss::JsonTextWriter out;
    sla::writeJson(out, report);
    QCOMPARE(out.text(), hss::toJsonText(encoded));

    // The sync feed's compact form carries the same fields.
    const json compact = sla::toCompactJson(report);
    const auto fromCompact = hss::decodeJsonText(hss::toJsonText(compact), &sla::slaReportFromCompactJson);
    QVERIFY2(fromCompact.ok(), fromCompact.ok() ? "" : hss::describe(fromCompact.error()).c_str());
    QVERIFY(fromCompact.value() == report);
    QCOMPARE(sla::toCompactJson(fromCompact.value()), compact);
}

void TestSlaReport::enumNamesRoundTrip()
{
    for (const auto kind : sla::allSlaClockKinds) {
        QVERIFY(sla::slaClockKindFromString(sla::toString(kind)).value() == kind);
    }
    for (const auto state : {sla::SlaState::Inactive, sla::SlaState::Ok, sla::SlaState::Warning,
                             sla::SlaState::Escalated, sla::SlaState::Breached, sla::SlaState::Met}) {
        QVERIFY(sla::slaStateFromString(sla::toString(state)).value() == state);
    }
    for (const auto kind : {sla::SlaEventKind::Warning, sla::SlaEventKind::Escalation, sla::SlaEventKind::Breach}) {
        QVERIFY(sla::slaEventKindFromString(sla::toString(kind)).value() == kind);
    }
    const auto unknown = sla::slaStateFromString("late", "clocks[2].state");
    QCOMPARE(codeName(unknown.error().code), QStringLiteral("unknown_value"));
    QCOMPARE(qs(unknown.error().field), QStringLiteral("clocks[2].state"));
}

void TestSlaReport::rejectsInvalidJson_data()
{
    QTest::addColumn<QString>("pointer");
    QTest::addColumn<json>("value");
    QTest::addColumn<ErrorCode>("code");
    QTest::addColumn<QString>("field");
    const auto row = [](const char* name, const char* pointer, const json& value, ErrorCode code, const char* field) {
        QTest::newRow(name) << QString(pointer) << value << code << QString(field);
    };
    row("evaluated_at missing", "/evaluated_at", removeMember(), ErrorCode::MissingField, "evaluated_at");
    row("evaluated_at not a time", "/evaluated_at", json("soon"), ErrorCode::InvalidArgument, "evaluated_at");
    row("escalation level disagrees", "/escalation_level", json(3), ErrorCode::InvalidArgument, "escalation_level");
    row("clocks not an array", "/clocks", json("all"), ErrorCode::WrongType, "clocks");
    json twoClocks = sla::toJson(sample()).at("clocks");
    twoClocks.erase(2);
    row("two clocks", "/clocks", twoClocks, ErrorCode::InvalidArgument, "clocks");
    row("clocks out of order", "/clocks/0/clock", json("resolution"), ErrorCode::InvalidArgument, "clocks[0].clock");
    row("unknown clock", "/clocks/1/clock", json("lunch"), ErrorCode::UnknownValue, "clocks[1].clock");
    row("unknown state", "/clocks/2/state", json("late"), ErrorCode::UnknownValue, "clocks[2].state");
    row("due_at garbage", "/clocks/2/due_at", json("tomorrow"), ErrorCode::InvalidArgument, "clocks[2].due_at");
    row("paused as text", "/clocks/2/paused", json("no"), ErrorCode::WrongType, "clocks[2].paused");
    row("remaining inconsistent", "/clocks/2/remaining_ms", json(1), ErrorCode::InvalidArgument,
        "clocks[2].remaining_ms");
    row("negative target", "/clocks/2/target_ms", json(-1), ErrorCode::OutOfRange, "clocks[2].target_ms");
    row("unknown clock member", "/clocks/2/patient", json("x"), ErrorCode::UnknownField, "clocks[2].patient");
    row("unknown event kind", "/clocks/2/upcoming/0/kind", json("party"), ErrorCode::UnknownValue,
        "clocks[2].upcoming[0].kind");
    row("event without time", "/clocks/2/upcoming/0/at", removeMember(), ErrorCode::MissingField,
        "clocks[2].upcoming[0].at");
    row("unknown member", "/extra", json(1), ErrorCode::UnknownField, "extra");
}

void TestSlaReport::rejectsInvalidJson()
{
    QFETCH(QString, pointer);
    QFETCH(json, value);
    QFETCH(ErrorCode, code);
    QFETCH(QString, field);
    const json valid = sla::toJson(sample());
    QVERIFY2(sla::slaReportFromJson(valid).ok(), "the unmodified sample must decode");
    const auto result = sla::slaReportFromJson(mutated(valid, pointer.toStdString(), value));
    QVERIFY2(!result.ok(), "invalid input was accepted");
    QCOMPARE(qs(result.error().field), field);
    QCOMPARE(codeName(result.error().code), codeName(code));
}

void TestSlaReport::nextDueAtIsTheNearestRunningClock()
{
    // Fresh emergency: first response (15 min) is due before resolution (30 min).
    QCOMPARE(computed(emergency(), t0 + minute).nextDueAt(), std::optional<std::int64_t>(t0 + 15 * minute));

    // Answered at 5 min: first response stopped, next update runs from the reply (15 min) before resolution.
    sla::SlaHistory replied = emergency();
    replied.agentReplies.push_back(t0 + 5 * minute);
    QCOMPARE(computed(replied, t0 + 6 * minute).nextDueAt(), std::optional<std::int64_t>(t0 + 20 * minute));

    // A breached running clock is still the nearest: its due time is in the past.
    QCOMPARE(computed(emergency(), t0 + 20 * minute).nextDueAt(), std::optional<std::int64_t>(t0 + 15 * minute));

    // Waiting on the customer: every clock is paused, nothing is due.
    sla::SlaHistory waiting = replied;
    waiting.statusChanges.push_back({t0 + 6 * minute, hss::TicketStatus::WaitingOnCustomer});
    QCOMPARE(computed(waiting, t0 + 8 * minute).nextDueAt(), std::nullopt);

    // Resolved: every clock stopped.
    sla::SlaHistory resolved = replied;
    resolved.statusChanges.push_back({t0 + 10 * minute, hss::TicketStatus::Resolved});
    QCOMPARE(computed(resolved, t0 + 11 * minute).nextDueAt(), std::nullopt);

    QCOMPARE(sla::SlaReport {}.nextDueAt(), std::nullopt);
}

QTEST_GUILESS_MAIN(TestSlaReport)
#include "TestSlaReport.moc"
