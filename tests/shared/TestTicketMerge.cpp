// SPDX-License-Identifier: MIT
#include <QtTest>
#include <algorithm>
#include <functional>

#include <nlohmann/json.hpp>

#include "TestSupport.h"
#include "hss/Ticket.h"
#include "hss/sync/TicketMerge.h"

Q_DECLARE_METATYPE(hss::Ticket)
Q_DECLARE_METATYPE(hss::sync::TicketPatch)
Q_DECLARE_METATYPE(hss::HlcTimestamp)
Q_DECLARE_METATYPE(hss::Priority)
Q_DECLARE_METATYPE(hss::TicketStatus)
Q_DECLARE_METATYPE(std::optional<hss::Uuid>)

namespace hsync = hss::sync;
using hss::HlcTimestamp;
using hss::Priority;
using hss::Ticket;
using hss::TicketStatus;
using hss::test::qs;
using hsync::TicketPatch;

namespace {

constexpr std::int64_t t0 = 1'795'680'000'000; // 2026-11-26T08:00:00.000Z
constexpr std::int64_t nowMs = t0 + 7'200'000;
constexpr std::int64_t currentRevision = 5;
constexpr std::int64_t olderBase = 4; // The pushing console last saw revision 4.
constexpr std::int64_t hourMs = 3'600'000;

hss::Uuid id(std::uint8_t n)
{
    return hss::Uuid(hss::Uuid::Bytes {0x01, 0xa2, 0x16, 0xde, 0x58, 0x00, 0x70, 0x00, 0x80, 0, 0, 0, 0, 0, 0, n});
}

HlcTimestamp hlc(std::int64_t physicalMs, std::uint32_t logical, const char* node)
{
    return HlcTimestamp {physicalMs, logical, node};
}

/// The stamp of fields the server changed after the console's base (revision 5).
const HlcTimestamp serverClock = hlc(t0 + 60'000, 5, "server");
/// The stamp of fields last changed before the console's base (revision 3).
const HlcTimestamp oldClock = hlc(t0 + 1'000, 0, "server");
const HlcTimestamp laterClock = hlc(t0 + 120'000, 0, "console-a");
const HlcTimestamp earlierClock = hlc(t0 + 30'000, 0, "console-a");

Ticket current()
{
    Ticket ticket;
    ticket.id = id(100);
    ticket.number = 77;
    ticket.title = "Printer offline";
    ticket.description = "Ward 3 printer shows error 41";
    ticket.priority = Priority::High;
    ticket.category = hss::Category::Technical;
    ticket.status = TicketStatus::Open;
    ticket.channel = hss::Channel::Web;
    ticket.requesterName = "Nurse Ada";
    ticket.requesterEmail = "ada@klinik.example";
    ticket.assigneeId = id(1);
    ticket.team = "Tier 1";
    ticket.medicalCaseRef = "MC-1";
    ticket.createdAt = t0;
    ticket.updatedAt = t0 + 60'000;
    ticket.escalationLevel = 1;
    ticket.revision = currentRevision;
    return ticket;
}

/// Every field stamped at revision 3, except \a concurrent ones, stamped at revision 5 (after the base, 4).
hsync::TicketFieldStamps stampsWith(const QStringList& concurrent)
{
    hsync::TicketFieldStamps stamps;
    for (const std::string_view field : hsync::ticketPatchFields) {
        const bool changed = concurrent.contains(qs(field));
        stamps.emplace(std::string(field), hsync::FieldStamp {changed ? serverClock : oldClock, changed ? 5 : 3});
    }
    return stamps;
}

/// current() after a merge that changed something: \a change applied, next revision, updatedAt = now.
Ticket changed(const std::function<void(Ticket&)>& change)
{
    Ticket ticket = current();
    change(ticket);
    ticket.revision = currentRevision + 1;
    ticket.updatedAt = nowMs;
    return ticket;
}

/// current() after a merge that only recorded a conflict note.
Ticket noted()
{
    return changed([](Ticket&) {});
}

QStringList qList(const std::vector<std::string>& names)
{
    QStringList list;
    for (const auto& name : names) {
        list << qs(name);
    }
    return list;
}

QStringList conflictFields(const hsync::TicketMergeResult& result)
{
    QStringList fields;
    for (const auto& note : result.conflicts) {
        fields << qs(note.field);
    }
    return fields;
}

template <class T>
TicketPatch patchOf(std::optional<T> TicketPatch::*member, T value)
{
    TicketPatch patch;
    patch.*member = std::move(value);
    return patch;
}

/// True when \a text is the final value of \a field or the losing value of a note about \a field.
bool survives(const std::string& text, const std::string& field, const std::string& finalValue,
              const std::vector<hsync::ConflictNote>& notes)
{
    if (finalValue == text) {
        return true;
    }
    return std::any_of(notes.begin(), notes.end(),
                       [&](const auto& note) { return note.field == field && note.losingValue == text; });
}

} // namespace

class TestTicketMerge final : public QObject
{
    Q_OBJECT

private slots:
    void mergeRules_data();
    void mergeRules();
    void conflictNotesKeepTheLosingValue();
    void rejected_data();
    void rejected();
    void resolvedAtFollowsStatus_data();
    void resolvedAtFollowsStatus();
    void updatedAtNeverMovesBack();
    void hlcOrderNotWallTimeDecides_data();
    void hlcOrderNotWallTimeDecides();
    void missingStampsCountAsChangedSinceAnOlderBase();
    void createStampsEveryField();
    void convergesInBothOrders_data();
    void convergesInBothOrders();
};

void TestTicketMerge::mergeRules_data()
{
    QTest::addColumn<TicketPatch>("patch");
    QTest::addColumn<QStringList>("concurrent");
    QTest::addColumn<HlcTimestamp>("pushed");
    QTest::addColumn<Ticket>("expected");
    QTest::addColumn<QString>("outcome");
    QTest::addColumn<QStringList>("applied");
    QTest::addColumn<QStringList>("kept");
    QTest::addColumn<QStringList>("conflicts");

    const QStringList none;
    const QStringList priority {"priority"};
    const QStringList status {"status"};
    const auto lowPriority = patchOf(&TicketPatch::priority, Priority::Low);
    const auto emergency = patchOf(&TicketPatch::priority, Priority::Emergency);
    const auto inProgress = patchOf(&TicketPatch::status, TicketStatus::InProgress);
    const auto backToNew = patchOf(&TicketPatch::status, TicketStatus::New);
    const auto assignTwo = patchOf(&TicketPatch::assigneeId, std::optional<hss::Uuid>(id(2)));
    const auto newTitle = patchOf(&TicketPatch::title, std::string("Printer on fire"));

    QTest::newRow("priority lowered, not concurrent: a user may lower it")
        << lowPriority << none << earlierClock << changed([](Ticket& t) { t.priority = Priority::Low; }) << "applied"
        << priority << none << none;
    QTest::newRow("priority lowered concurrently, even with a later clock: kept")
        << lowPriority << priority << laterClock << current() << "merged" << none << priority << none;
    QTest::newRow("priority raised concurrently, earlier clock: raised")
        << emergency << priority << earlierClock << changed([](Ticket& t) { t.priority = Priority::Emergency; })
        << "applied" << priority << none << none;
    QTest::newRow("priority raised, not concurrent")
        << emergency << none << earlierClock << changed([](Ticket& t) { t.priority = Priority::Emergency; })
        << "applied" << priority << none << none;

    const QStringList escalation {"escalation_level"};
    QTest::newRow("escalation lowered, not concurrent")
        << patchOf(&TicketPatch::escalationLevel, 0) << none << laterClock
        << changed([](Ticket& t) { t.escalationLevel = 0; }) << "applied" << escalation << none << none;
    QTest::newRow("escalation lowered concurrently, later clock: max kept")
        << patchOf(&TicketPatch::escalationLevel, 0) << escalation << laterClock << current() << "merged" << none
        << escalation << none;
    QTest::newRow("escalation raised concurrently, earlier clock: max taken")
        << patchOf(&TicketPatch::escalationLevel, 4) << escalation << earlierClock
        << changed([](Ticket& t) { t.escalationLevel = 4; }) << "applied" << escalation << none << none;

    const auto toInProgress = [](Ticket& t) { t.status = TicketStatus::InProgress; };
    QTest::newRow("status not concurrent, earlier clock: applied")
        << inProgress << none << earlierClock << changed(toInProgress) << "applied" << status << none << none;
    QTest::newRow("status concurrent, later clock: applied")
        << inProgress << status << laterClock << changed(toInProgress) << "applied" << status << none << none;
    QTest::newRow("status concurrent, earlier clock: kept")
        << inProgress << status << earlierClock << current() << "merged" << none << status << none;
    QTest::newRow("status concurrent, earlier clock, same value: nothing to do")
        << patchOf(&TicketPatch::status, TicketStatus::Open) << status << earlierClock << current() << "applied" << none
        << none << none;
    QTest::newRow("status unchanged is not a transition")
        << patchOf(&TicketPatch::status, TicketStatus::Open) << none << laterClock << current() << "applied" << status
        << none << none;
    QTest::newRow("forbidden transition, not concurrent: conflict")
        << backToNew << none << laterClock << noted() << "conflict" << none << none << status;
    QTest::newRow("forbidden transition, concurrent later clock: conflict")
        << backToNew << status << laterClock << noted() << "conflict" << none << none << status;

    const QStringList assignee {"assignee_id"};
    QTest::newRow("assignee concurrent, later clock: applied")
        << assignTwo << assignee << laterClock << changed([](Ticket& t) { t.assigneeId = id(2); }) << "applied"
        << assignee << none << none;
    QTest::newRow("assignee concurrent, earlier clock: kept")
        << assignTwo << assignee << earlierClock << current() << "merged" << none << assignee << none;
    QTest::newRow("assignee concurrent, earlier clock, same value: nothing to do")
        << patchOf(&TicketPatch::assigneeId, std::optional<hss::Uuid>(id(1))) << assignee << earlierClock << current()
        << "applied" << none << none << none;
    QTest::newRow("unassign, not concurrent")
        << patchOf(&TicketPatch::assigneeId, std::optional<hss::Uuid>()) << none << earlierClock
        << changed([](Ticket& t) { t.assigneeId.reset(); }) << "applied" << assignee << none << none;
    QTest::newRow("team concurrent, earlier clock: kept")
        << patchOf(&TicketPatch::team, std::string("Tier 2")) << QStringList {"team"} << earlierClock << current()
        << "merged" << none << QStringList {"team"} << none;
    QTest::newRow("category concurrent, later clock: applied")
        << patchOf(&TicketPatch::category, hss::Category::Integration) << QStringList {"category"} << laterClock
        << changed([](Ticket& t) { t.category = hss::Category::Integration; }) << "applied" << QStringList {"category"}
        << none << none;
    QTest::newRow("channel concurrent, earlier clock: kept")
        << patchOf(&TicketPatch::channel, hss::Channel::Phone) << QStringList {"channel"} << earlierClock << current()
        << "merged" << none << QStringList {"channel"} << none;

    const QStringList title {"title"};
    QTest::newRow("title not concurrent: applied")
        << newTitle << none << earlierClock << changed([](Ticket& t) { t.title = "Printer on fire"; }) << "applied"
        << title << none << none;
    QTest::newRow("title concurrent, same text: nothing to do")
        << patchOf(&TicketPatch::title, std::string("Printer offline")) << title << laterClock << current() << "applied"
        << none << none << none;
    QTest::newRow("title concurrent, different, later clock: server text kept, note")
        << newTitle << title << laterClock << noted() << "conflict" << none << none << title;
    QTest::newRow("description concurrent, different: note")
        << patchOf(&TicketPatch::description, std::string("Error 42 now")) << QStringList {"description"} << laterClock
        << noted() << "conflict" << none << none << QStringList {"description"};
    QTest::newRow("requester email not concurrent: applied")
        << patchOf(&TicketPatch::requesterEmail, std::string("ward3@klinik.example")) << title << earlierClock
        << changed([](Ticket& t) { t.requesterEmail = "ward3@klinik.example"; }) << "applied"
        << QStringList {"requester_email"} << none << none;
    QTest::newRow("case ref removed concurrently: note")
        << patchOf(&TicketPatch::medicalCaseRef, std::optional<std::string>()) << QStringList {"medical_case_ref"}
        << laterClock << noted() << "conflict" << none << none << QStringList {"medical_case_ref"};

    TicketPatch mixed;
    mixed.title = "Printer on fire";
    mixed.priority = Priority::Low;
    mixed.team = "Tier 2";
    QTest::newRow("mixed: conflict wins over kept and applied")
        << mixed << QStringList {"title", "priority"} << laterClock << changed([](Ticket& t) { t.team = "Tier 2"; })
        << "conflict" << QStringList {"team"} << priority << title;
    TicketPatch keptAndApplied = assignTwo;
    keptAndApplied.description = "Error 42 now";
    QTest::newRow("kept and applied: merged")
        << keptAndApplied << assignee << earlierClock << changed([](Ticket& t) { t.description = "Error 42 now"; })
        << "merged" << QStringList {"description"} << assignee << none;
    QTest::newRow("empty patch: nothing changes")
        << TicketPatch {} << none << laterClock << current() << "applied" << none << none << none;
}

void TestTicketMerge::mergeRules()
{
    QFETCH(TicketPatch, patch);
    QFETCH(QStringList, concurrent);
    QFETCH(HlcTimestamp, pushed);
    QFETCH(Ticket, expected);
    QFETCH(QString, outcome);
    QFETCH(QStringList, applied);
    QFETCH(QStringList, kept);
    QFETCH(QStringList, conflicts);

    const auto stamps = stampsWith(concurrent);
    const auto result = hsync::mergeTicketUpdate(current(), stamps, patch, olderBase, pushed, nowMs);
    QCOMPARE(qs(hsync::toString(result.outcome)), outcome);
    QCOMPARE(hss::toJson(result.merged), hss::toJson(expected));
    QCOMPARE(qList(result.appliedFields), applied);
    QCOMPARE(qList(result.keptFields), kept);
    QCOMPARE(conflictFields(result), conflicts);
    QCOMPARE(result.reason.empty(), outcome == QStringLiteral("applied"));

    // Applied fields carry the pushed clock and the new revision; every other stamp stays as it was.
    for (const std::string_view name : hsync::ticketPatchFields) {
        const std::string field(name);
        const hsync::FieldStamp want =
            applied.contains(qs(field)) ? hsync::FieldStamp {pushed, expected.revision} : stamps.at(field);
        QVERIFY2(result.stamps.at(field) == want, field.c_str());
    }
    QCOMPARE(result.stamps.size(), stamps.size());

    const auto answer = hsync::toMutationResult(result, id(77));
    const auto answerValid = hsync::validate(answer);
    QVERIFY2(answerValid.ok(), answerValid.ok() ? "" : hss::describe(answerValid.error()).c_str());
    QCOMPARE(answer.revision, expected.revision);
    QCOMPARE(qList(answer.conflictFields), conflicts);
}

void TestTicketMerge::conflictNotesKeepTheLosingValue()
{
    TicketPatch patch;
    patch.title = "Printer on fire";
    patch.medicalCaseRef = std::optional<std::string>();
    patch.status = TicketStatus::New;
    const auto stamps = stampsWith({"title", "medical_case_ref"});
    const auto result = hsync::mergeTicketUpdate(current(), stamps, patch, olderBase, laterClock, nowMs);
    QCOMPARE(qs(hsync::toString(result.outcome)), QStringLiteral("conflict"));
    QCOMPARE(result.conflicts.size(), std::size_t {3});

    const auto& title = result.conflicts.at(0);
    QCOMPARE(qs(title.field), QStringLiteral("title"));
    QCOMPARE(qs(title.keptValue), QStringLiteral("Printer offline"));
    QCOMPARE(qs(title.losingValue), QStringLiteral("Printer on fire"));
    QVERIFY(!title.reason.empty());

    const auto& status = result.conflicts.at(1);
    QCOMPARE(qs(status.field), QStringLiteral("status"));
    QCOMPARE(qs(status.keptValue), QStringLiteral("open"));
    QCOMPARE(qs(status.losingValue), QStringLiteral("new"));
    QVERIFY2(qs(status.reason).contains(QStringLiteral("from open")) && qs(status.reason).contains("to new"),
             status.reason.c_str());

    const auto& caseRef = result.conflicts.at(2);
    QCOMPARE(qs(caseRef.field), QStringLiteral("medical_case_ref"));
    QCOMPARE(qs(caseRef.keptValue), QStringLiteral("MC-1"));
    QCOMPARE(qs(caseRef.losingValue), QString());

    // The notes' fields keep their stamps, so a later retry is still recognised as concurrent.
    QVERIFY(result.stamps.at("title") == stamps.at("title"));
    QVERIFY(result.stamps.at("status") == stamps.at("status"));
    QCOMPARE(result.merged.revision, currentRevision + 1);
}

void TestTicketMerge::rejected_data()
{
    QTest::addColumn<TicketPatch>("patch");
    QTest::addColumn<qint64>("baseRevision");
    QTest::addColumn<QString>("reasonContains");

    QTest::newRow("base revision the server never had")
        << patchOf(&TicketPatch::priority, Priority::Low) << qint64 {currentRevision + 1} << "revision 6";
    QTest::newRow("negative base revision")
        << patchOf(&TicketPatch::priority, Priority::Low) << qint64 {-1} << "revision -1";
    QTest::newRow("blank title") << patchOf(&TicketPatch::title, std::string(" ")) << qint64 {olderBase} << "title";
    QTest::newRow("escalation above the limit")
        << patchOf(&TicketPatch::escalationLevel, 11) << qint64 {olderBase} << "escalation_level";
    TicketPatch mixed = patchOf(&TicketPatch::requesterEmail, std::string("not an address"));
    mixed.priority = Priority::Emergency;
    QTest::newRow("one bad field rejects the whole change") << mixed << qint64 {olderBase} << "requester_email";
}

void TestTicketMerge::rejected()
{
    QFETCH(TicketPatch, patch);
    QFETCH(qint64, baseRevision);
    QFETCH(QString, reasonContains);

    const auto stamps = stampsWith({});
    const auto result = hsync::mergeTicketUpdate(current(), stamps, patch, baseRevision, laterClock, nowMs);
    QCOMPARE(qs(hsync::toString(result.outcome)), QStringLiteral("rejected"));
    QVERIFY2(qs(result.reason).contains(reasonContains), result.reason.c_str());
    QVERIFY2(result.merged == current(), "a rejected change must leave the ticket alone");
    QVERIFY2(result.stamps == stamps, "a rejected change must leave the stamps alone");
    QVERIFY(result.appliedFields.empty() && result.keptFields.empty() && result.conflicts.empty());
    const auto answer = hsync::toMutationResult(result, id(77));
    QCOMPARE(answer.revision, std::int64_t {0});
    QVERIFY(hsync::validate(answer).ok());
}

void TestTicketMerge::resolvedAtFollowsStatus_data()
{
    QTest::addColumn<TicketStatus>("from");
    QTest::addColumn<qint64>("resolvedAt"); // -1: none
    QTest::addColumn<TicketStatus>("to");
    QTest::addColumn<qint64>("now");
    QTest::addColumn<qint64>("expectedResolvedAt"); // -1: none
    QTest::addColumn<qint64>("expectedRevision");

    const qint64 resolvedEarlier = t0 + 5'000;
    QTest::newRow("resolving stamps now") << TicketStatus::Open << qint64 {-1} << TicketStatus::Resolved
                                          << qint64 {nowMs} << qint64 {nowMs} << qint64 {currentRevision + 1};
    QTest::newRow("resolving with a clock before creation uses created_at")
        << TicketStatus::Open << qint64 {-1} << TicketStatus::Resolved << qint64 {t0 - 5'000} << qint64 {t0}
        << qint64 {currentRevision + 1};
    QTest::newRow("reopening clears it") << TicketStatus::Resolved << resolvedEarlier << TicketStatus::InProgress
                                         << qint64 {nowMs} << qint64 {-1} << qint64 {currentRevision + 1};
    QTest::newRow("closing keeps it") << TicketStatus::Resolved << resolvedEarlier << TicketStatus::Closed
                                      << qint64 {nowMs} << resolvedEarlier << qint64 {currentRevision + 1};
    QTest::newRow("same status keeps it") << TicketStatus::Resolved << resolvedEarlier << TicketStatus::Resolved
                                          << qint64 {nowMs} << resolvedEarlier << qint64 {currentRevision};
    QTest::newRow("forbidden move keeps it") << TicketStatus::Closed << resolvedEarlier << TicketStatus::InProgress
                                             << qint64 {nowMs} << resolvedEarlier << qint64 {currentRevision + 1};
}

void TestTicketMerge::resolvedAtFollowsStatus()
{
    QFETCH(TicketStatus, from);
    QFETCH(qint64, resolvedAt);
    QFETCH(TicketStatus, to);
    QFETCH(qint64, now);
    QFETCH(qint64, expectedResolvedAt);
    QFETCH(qint64, expectedRevision);

    Ticket ticket = current();
    ticket.status = from;
    if (resolvedAt >= 0) {
        ticket.resolvedAt = resolvedAt;
    }
    const auto result =
        hsync::mergeTicketUpdate(ticket, stampsWith({}), patchOf(&TicketPatch::status, to), olderBase, laterClock, now);
    QVERIFY2(result.outcome != hsync::MutationOutcome::Rejected, result.reason.c_str());
    QCOMPARE(result.merged.resolvedAt.has_value(), expectedResolvedAt >= 0);
    if (expectedResolvedAt >= 0) {
        QCOMPARE(static_cast<qint64>(*result.merged.resolvedAt), expectedResolvedAt);
    }
    QCOMPARE(static_cast<qint64>(result.merged.revision), expectedRevision);
}

void TestTicketMerge::updatedAtNeverMovesBack()
{
    const auto patch = patchOf(&TicketPatch::team, std::string("Tier 2"));
    const auto behind = hsync::mergeTicketUpdate(current(), stampsWith({}), patch, olderBase, laterClock, t0 + 1);
    QCOMPARE(behind.merged.updatedAt, current().updatedAt);
    QCOMPARE(behind.merged.revision, currentRevision + 1);
    const auto ahead = hsync::mergeTicketUpdate(current(), stampsWith({}), patch, olderBase, laterClock, nowMs);
    QCOMPARE(ahead.merged.updatedAt, nowMs);
    const auto unchanged =
        hsync::mergeTicketUpdate(current(), stampsWith({}), TicketPatch {}, olderBase, laterClock, nowMs);
    QCOMPARE(unchanged.merged.updatedAt, current().updatedAt);
}

void TestTicketMerge::hlcOrderNotWallTimeDecides_data()
{
    QTest::addColumn<HlcTimestamp>("pushed");
    QTest::addColumn<bool>("wins");

    // The stored stamp and the pushed clock both read an hour behind the server's wall clock (nowMs) and behind
    // the ticket's updatedAt; only their HLC order counts.
    const std::int64_t physical = nowMs - hourMs;
    QTest::newRow("an hour behind wall time, higher counter: wins") << hlc(physical, 9, "clinic-b") << true;
    QTest::newRow("an hour behind wall time, lower counter: loses") << hlc(physical, 3, "clinic-b") << false;
    QTest::newRow("same physical and counter: node id breaks the tie (wins)") << hlc(physical, 4, "zz-clinic") << true;
    QTest::newRow("same physical and counter: node id breaks the tie (loses)") << hlc(physical, 4, "a-clinic") << false;
    QTest::newRow("one millisecond ahead, counter reset: wins") << hlc(physical + 1, 0, "clinic-b") << true;
    QTest::newRow("two hours behind, huge counter: loses")
        << hlc(physical - hourMs, 4'000'000'000U, "clinic-b") << false;
}

void TestTicketMerge::hlcOrderNotWallTimeDecides()
{
    QFETCH(HlcTimestamp, pushed);
    QFETCH(bool, wins);

    Ticket ticket = current();
    ticket.updatedAt = nowMs - 60'000;
    auto stamps = stampsWith({"assignee_id", "status"});
    const hsync::FieldStamp stored {hlc(nowMs - hourMs, 4, "server"), currentRevision};
    stamps["assignee_id"] = stored;
    stamps["status"] = stored;
    TicketPatch patch = patchOf(&TicketPatch::assigneeId, std::optional<hss::Uuid>(id(2)));
    patch.status = TicketStatus::InProgress;

    const auto result = hsync::mergeTicketUpdate(ticket, stamps, patch, olderBase, pushed, nowMs);
    QCOMPARE(result.merged.assigneeId == std::optional<hss::Uuid>(id(2)), wins);
    QCOMPARE(result.merged.status == TicketStatus::InProgress, wins);
    QCOMPARE(qs(hsync::toString(result.outcome)), wins ? QStringLiteral("applied") : QStringLiteral("merged"));
}

void TestTicketMerge::missingStampsCountAsChangedSinceAnOlderBase()
{
    TicketPatch patch;
    patch.title = "Printer on fire";
    patch.priority = Priority::Low;
    patch.status = TicketStatus::InProgress;

    // Base behind the current revision and no stamps: every field may have changed since the base.
    const auto behind = hsync::mergeTicketUpdate(current(), {}, patch, olderBase, earlierClock, nowMs);
    QCOMPARE(qs(hsync::toString(behind.outcome)), QStringLiteral("conflict"));
    QCOMPARE(conflictFields(behind), QStringList {"title"});
    QCOMPARE(qList(behind.keptFields), QStringList {"priority"});
    QCOMPARE(qList(behind.appliedFields), QStringList {"status"}); // any pushed clock beats an unknown one
    QCOMPARE(behind.stamps.size(), std::size_t {1});
    QVERIFY((behind.stamps.at("status") == hsync::FieldStamp {earlierClock, currentRevision + 1}));

    // Based on the current revision: nothing can have changed since, so everything applies.
    const auto upToDate = hsync::mergeTicketUpdate(current(), {}, patch, currentRevision, earlierClock, nowMs);
    QCOMPARE(qs(hsync::toString(upToDate.outcome)), QStringLiteral("applied"));
    QCOMPARE(qList(upToDate.appliedFields), (QStringList {"title", "priority", "status"}));
    QCOMPARE(qs(hss::toString(upToDate.merged.priority)), qs(hss::toString(Priority::Low)));
    QCOMPARE(upToDate.stamps.size(), std::size_t {3});
}

void TestTicketMerge::createStampsEveryField()
{
    Ticket incoming = current();
    incoming.number.reset();
    incoming.revision = 0;
    const auto result = hsync::mergeTicketCreate(incoming, laterClock);
    QCOMPARE(qs(hsync::toString(result.outcome)), QStringLiteral("applied"));
    QCOMPARE(result.merged.revision, std::int64_t {1});
    Ticket expected = incoming;
    expected.revision = 1;
    QVERIFY(result.merged == expected);
    QCOMPARE(result.stamps.size(), hsync::ticketPatchFields.size());
    for (const std::string_view field : hsync::ticketPatchFields) {
        QVERIFY2((result.stamps.at(std::string(field)) == hsync::FieldStamp {laterClock, 1}), field.data());
    }
    QCOMPARE(result.appliedFields.size(), hsync::ticketPatchFields.size());
    QVERIFY(hsync::validate(hsync::toMutationResult(result, id(77))).ok());

    incoming.title.clear();
    const auto invalid = hsync::mergeTicketCreate(incoming, laterClock);
    QCOMPARE(qs(hsync::toString(invalid.outcome)), QStringLiteral("rejected"));
    QVERIFY(qs(invalid.reason).contains(QStringLiteral("title")));
    QVERIFY(invalid.merged == incoming);
    QVERIFY(invalid.stamps.empty());
}

void TestTicketMerge::convergesInBothOrders_data()
{
    QTest::addColumn<TicketPatch>("a");
    QTest::addColumn<HlcTimestamp>("clockA");
    QTest::addColumn<TicketPatch>("b");
    QTest::addColumn<HlcTimestamp>("clockB");
    QTest::addColumn<Priority>("priority");
    QTest::addColumn<TicketStatus>("status");
    QTest::addColumn<std::optional<hss::Uuid>>("assignee");
    QTest::addColumn<int>("escalation");

    const auto clockA = hlc(t0 + 200'000, 0, "console-a");
    const auto clockB = hlc(t0 + 100'000, 0, "console-b");
    const std::optional<hss::Uuid> assigneeOne = id(1);

    QTest::newRow("priority: a later lowering does not beat a raise")
        << patchOf(&TicketPatch::priority, Priority::Low) << clockA
        << patchOf(&TicketPatch::priority, Priority::Critical) << clockB << Priority::Critical << TicketStatus::Open
        << assigneeOne << 1;
    QTest::newRow("assignee: the later clock wins")
        << patchOf(&TicketPatch::assigneeId, std::optional<hss::Uuid>(id(2))) << clockA
        << patchOf(&TicketPatch::assigneeId, std::optional<hss::Uuid>(id(3))) << clockB << Priority::High
        << TicketStatus::Open << std::optional<hss::Uuid>(id(2)) << 1;
    QTest::newRow("assignee: a later unassign wins")
        << patchOf(&TicketPatch::assigneeId, std::optional<hss::Uuid>()) << clockA
        << patchOf(&TicketPatch::assigneeId, std::optional<hss::Uuid>(id(3))) << clockB << Priority::High
        << TicketStatus::Open << std::optional<hss::Uuid>() << 1;
    QTest::newRow("status: a later reopen beats an earlier resolve")
        << patchOf(&TicketPatch::status, TicketStatus::InProgress) << clockA
        << patchOf(&TicketPatch::status, TicketStatus::Resolved) << clockB << Priority::High << TicketStatus::InProgress
        << assigneeOne << 1;
    QTest::newRow("same millisecond: the logical counter orders")
        << patchOf(&TicketPatch::status, TicketStatus::Escalated) << hlc(t0 + 100'000, 2, "console-a")
        << patchOf(&TicketPatch::status, TicketStatus::WaitingOnCustomer) << hlc(t0 + 100'000, 7, "console-b")
        << Priority::High << TicketStatus::WaitingOnCustomer << assigneeOne << 1;
    QTest::newRow("titles: both texts survive") << patchOf(&TicketPatch::title, std::string("Title from A")) << clockA
                                                << patchOf(&TicketPatch::title, std::string("Title from B")) << clockB
                                                << Priority::High << TicketStatus::Open << assigneeOne << 1;

    TicketPatch a;
    a.title = "Ward 3 printer on fire";
    a.description = "Smoke seen";
    a.priority = Priority::Low;
    a.status = TicketStatus::Escalated;
    a.assigneeId = std::optional<hss::Uuid>(id(2));
    a.escalationLevel = 3;
    TicketPatch b;
    b.title = "Printer error 41";
    b.description = "Paper jam";
    b.priority = Priority::Emergency;
    b.status = TicketStatus::InProgress;
    b.assigneeId = std::optional<hss::Uuid>(id(3));
    b.escalationLevel = 2;
    b.team = "Facilities";
    QTest::newRow("everything at once") << a << clockA << b << clockB << Priority::Emergency << TicketStatus::Escalated
                                        << std::optional<hss::Uuid>(id(2)) << 3;
}

void TestTicketMerge::convergesInBothOrders()
{
    QFETCH(TicketPatch, a);
    QFETCH(HlcTimestamp, clockA);
    QFETCH(TicketPatch, b);
    QFETCH(HlcTimestamp, clockB);
    QFETCH(Priority, priority);
    QFETCH(TicketStatus, status);
    QFETCH(std::optional<hss::Uuid>, assignee);
    QFETCH(int, escalation);

    // Both consoles based their edit on the same revision; the server merges them one after the other.
    const Ticket start = current();
    const auto stamps = stampsWith({});
    const auto merge = [&](const hsync::TicketMergeResult& before, const TicketPatch& patch,
                           const HlcTimestamp& clock) {
        return hsync::mergeTicketUpdate(before.merged, before.stamps, patch, currentRevision, clock, nowMs);
    };
    const hsync::TicketMergeResult initial {hsync::MutationOutcome::Applied, {}, start, stamps, {}, {}, {}};
    const auto firstA = merge(initial, a, clockA);
    const auto aThenB = merge(firstA, b, clockB);
    const auto firstB = merge(initial, b, clockB);
    const auto bThenA = merge(firstB, a, clockA);

    for (const auto* step : {&firstA, &aThenB, &firstB, &bThenA}) {
        QVERIFY2(step->outcome != hsync::MutationOutcome::Rejected, step->reason.c_str());
    }
    const Ticket& ab = aThenB.merged;
    const Ticket& ba = bThenA.merged;
    QCOMPARE(qs(hss::toString(ab.priority)), qs(hss::toString(ba.priority)));
    QCOMPARE(qs(hss::toString(ab.status)), qs(hss::toString(ba.status)));
    QVERIFY(ab.assigneeId == ba.assigneeId);
    QCOMPARE(ab.escalationLevel, ba.escalationLevel);
    QCOMPARE(ab.team, ba.team);
    QCOMPARE(ab.resolvedAt.has_value(), ba.resolvedAt.has_value());
    QCOMPARE(qs(hss::toString(ab.priority)), qs(hss::toString(priority)));
    QCOMPARE(qs(hss::toString(ab.status)), qs(hss::toString(status)));
    QVERIFY(ab.assigneeId == assignee);
    QCOMPARE(ab.escalationLevel, escalation);

    // Texts: every pushed text is either the final value or a conflict note, in both orders.
    const auto notesOf = [](const hsync::TicketMergeResult& first, const hsync::TicketMergeResult& second) {
        auto notes = first.conflicts;
        notes.insert(notes.end(), second.conflicts.begin(), second.conflicts.end());
        return notes;
    };
    const auto abNotes = notesOf(firstA, aThenB);
    const auto baNotes = notesOf(firstB, bThenA);
    for (const TicketPatch* patch : {&a, &b}) {
        if (patch->title) {
            QVERIFY2(survives(*patch->title, "title", ab.title, abNotes), patch->title->c_str());
            QVERIFY2(survives(*patch->title, "title", ba.title, baNotes), patch->title->c_str());
        }
        if (patch->description) {
            QVERIFY2(survives(*patch->description, "description", ab.description, abNotes),
                     patch->description->c_str());
            QVERIFY2(survives(*patch->description, "description", ba.description, baNotes),
                     patch->description->c_str());
        }
    }
}

QTEST_GUILESS_MAIN(TestTicketMerge)
#include "TestTicketMerge.moc"
