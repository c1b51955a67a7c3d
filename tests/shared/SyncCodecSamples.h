// SPDX-License-Identifier: MIT
#pragma once

#include <QtTest>
#include <functional>
#include <map>
#include <stdexcept>

#include "TestSupport.h"
#include "hss/JsonText.h"
#include "hss/Ticket.h"
#include "hss/Timestamp.h"
#include "hss/sync/Change.h"
#include "hss/sync/FieldStamp.h"
#include "hss/sync/Mutation.h"
#include "hss/sync/MutationResult.h"
#include "hss/sync/PullPage.h"
#include "hss/sync/PushRequest.h"
#include "hss/sync/PushResponse.h"
#include "hss/sync/SyncCursor.h"
#include "hss/sync/SyncLimits.h"
#include "hss/sync/TicketPatch.h"

// The sample values and row helpers of TestSyncCodecs: one valid instance of every sync message and the wire types
// the rejection table walks.

Q_DECLARE_METATYPE(hss::sync::SyncEntity)
Q_DECLARE_METATYPE(hss::sync::MutationKind)

namespace hss::test::sync_samples {

namespace hsync = hss::sync;
using hss::ErrorCode;
using hss::test::codeName;
using hss::test::qs;
using nlohmann::json;

inline constexpr std::int64_t t0 = 1'795'680'000'000; // 2026-11-26T08:00:00.000Z

/// A distinct version 7 id per \a n.
inline hss::Uuid id(unsigned n)
{
    hss::Uuid::Bytes bytes {0x01, 0xa2, 0x16, 0xde, 0x58, 0x00, 0x70, 0x00, 0x80, 0x00, 0, 0, 0, 0, 0, 0};
    bytes[12] = static_cast<std::uint8_t>(n >> 24);
    bytes[13] = static_cast<std::uint8_t>(n >> 16);
    bytes[14] = static_cast<std::uint8_t>(n >> 8);
    bytes[15] = static_cast<std::uint8_t>(n);
    return hss::Uuid(bytes);
}

inline hss::HlcTimestamp hlc(std::int64_t physicalMs, std::uint32_t logical, const char* node = "console-a")
{
    return hss::HlcTimestamp {physicalMs, logical, node};
}

inline hss::Ticket ticket()
{
    hss::Ticket ticket;
    ticket.id = id(100);
    ticket.number = 1042;
    ticket.title = "Dose calculator shows mg instead of µg";
    ticket.requesterName = "Dr. Jürgen Weiß";
    ticket.createdAt = t0;
    ticket.updatedAt = t0 + 1000;
    ticket.revision = 7;
    return ticket;
}

inline hsync::Mutation updateMutation(unsigned n = 1)
{
    hsync::Mutation mutation;
    mutation.mutationId = id(n);
    mutation.entity = hsync::SyncEntity::Ticket;
    mutation.entityId = id(100);
    mutation.kind = hsync::MutationKind::Update;
    mutation.baseRevision = 7;
    mutation.fields = json {{"title", "Dosis in µg"}, {"priority", "high"}, {"assignee_id", nullptr}};
    mutation.deviceTimeMs = t0 + 5000;
    mutation.hlc = hlc(t0 + 5000, 3);
    return mutation;
}

inline hsync::Mutation createMutation(unsigned n = 2)
{
    hsync::Mutation mutation;
    mutation.mutationId = id(n);
    mutation.entity = hsync::SyncEntity::Comment;
    mutation.entityId = id(200 + n);
    mutation.kind = hsync::MutationKind::Create;
    mutation.fields = json {{"body", "Called back, \"fixed\"\nthanks"}, {"nested", {{"a", json::array({1, 2})}}}};
    mutation.deviceTimeMs = t0 - 3'600'000;
    mutation.hlc = hlc(t0 - 3'600'000, 0, "clinic-7:desk.2");
    return mutation;
}

inline hsync::MutationResult conflictResult(unsigned n = 1)
{
    hsync::MutationResult result;
    result.mutationId = id(n);
    result.outcome = hsync::MutationOutcome::Conflict;
    result.reason = "kept the server's value of title";
    result.revision = 8;
    result.ticketNumber = 1042;
    result.conflictFields = {"title"};
    return result;
}

inline hsync::MutationResult rejectedResult(unsigned n = 2)
{
    hsync::MutationResult result;
    result.mutationId = id(n);
    result.outcome = hsync::MutationOutcome::Rejected;
    result.reason = "comments are append-only";
    return result;
}

inline hsync::Change ticketChange(std::int64_t sequence = 4)
{
    hsync::Change change;
    change.entity = hsync::SyncEntity::Ticket;
    change.id = id(100);
    change.sequence = sequence;
    change.revision = 7;
    change.hlc = hlc(t0 + 1000, 0, "server");
    change.data = hss::toJson(ticket());
    return change;
}

/// A ticket's SLA clocks 20 minutes into an emergency: first response answered late, next update inactive,
/// resolution escalated with its breach ahead.
inline hss::sla::SlaReport slaReport()
{
    using namespace hss::sla;
    constexpr std::int64_t minute = 60'000;
    SlaReport report;
    report.evaluatedAt = t0 + 20 * minute;
    report.clocks[0] = SlaClock {SlaClockKind::FirstResponse,
                                 SlaState::Breached,
                                 "emergency",
                                 t0,
                                 t0 + 18 * minute,
                                 t0 + 15 * minute,
                                 15 * minute,
                                 18 * minute,
                                 -3 * minute,
                                 false,
                                 1,
                                 {}};
    report.clocks[1].kind = SlaClockKind::NextUpdate;
    report.clocks[2] = SlaClock {SlaClockKind::Resolution,
                                 SlaState::Escalated,
                                 "emergency",
                                 t0,
                                 std::nullopt,
                                 t0 + 30 * minute,
                                 30 * minute,
                                 20 * minute,
                                 10 * minute,
                                 false,
                                 1,
                                 {SlaEvent {SlaClockKind::Resolution, SlaEventKind::Breach, 0, t0 + 30 * minute, t0}}};
    return report;
}

inline hsync::Change slaTicketChange(std::int64_t sequence = 6)
{
    hsync::Change change = ticketChange(sequence);
    change.sla = slaReport();
    return change;
}

inline hsync::Change tombstone(std::int64_t sequence = 5)
{
    hsync::Change change;
    change.entity = hsync::SyncEntity::Comment;
    change.id = id(300);
    change.sequence = sequence;
    change.revision = 2;
    change.deleted = true;
    change.hlc = hlc(t0 + 2000, 1, "server");
    return change;
}

inline hsync::PullPage page()
{
    return hsync::PullPage {{ticketChange(4), tombstone(5)}, "s5", true, hlc(t0 + 9000, 0, "server")};
}

inline hsync::PushRequest pushRequest()
{
    return hsync::PushRequest {"console-a", {updateMutation(1), createMutation(2)}};
}

inline hsync::PushResponse pushResponse()
{
    return hsync::PushResponse {{conflictResult(1), rejectedResult(2)}, hlc(t0 + 9000, 4, "server")};
}

inline hsync::TicketPatch fullPatch()
{
    hsync::TicketPatch patch;
    patch.title = "Dosis in µg";
    patch.description = "Line one\nLine two";
    patch.priority = hss::Priority::Critical;
    patch.category = hss::Category::MedicalClinical;
    patch.status = hss::TicketStatus::InProgress;
    patch.channel = hss::Channel::Phone;
    patch.requesterName = "Front desk";
    patch.requesterEmail = "desk@klinik.example";
    patch.assigneeId = std::optional<hss::Uuid>(id(9));
    patch.team = "Medical Support";
    patch.medicalCaseRef = std::optional<std::string>("MC-2026-00042");
    patch.escalationLevel = 3;
    return patch;
}

inline hsync::TicketFieldStamps stamps()
{
    return {{"title", {hlc(t0, 2, "server"), 3}}, {"status", {hlc(t0 + 10, 0, "console-b"), 5}}};
}

/// Decodes with \a decode and returns only the status.
template <class T>
inline std::function<hss::Status(const json&)> statusOf(hss::Result<T> (*decode)(const json&))
{
    return [decode](const json& input) -> hss::Status {
        auto result = decode(input);
        if (!result) {
            return result.error();
        }
        return hss::okStatus();
    };
}

/// A valid document of each wire type and its decoder, by name.
struct WireType
{
    json valid;
    std::function<hss::Status(const json&)> decode;
};

/// A live ticket's change with its clocks in the ticket endpoints' object form, as servers wrote it before the
/// compact form.
inline json slaChangeInObjectForm()
{
    json change = hsync::toJson(slaTicketChange());
    change["sla"] = hss::sla::toJson(slaReport());
    return change;
}

inline const std::map<QString, WireType>& wireTypes()
{
    static const std::map<QString, WireType> all {
        {"mutation", {hsync::toJson(updateMutation()), statusOf(&hsync::mutationFromJson)}},
        {"create", {hsync::toJson(createMutation()), statusOf(&hsync::mutationFromJson)}},
        {"result", {hsync::toJson(conflictResult()), statusOf(&hsync::mutationResultFromJson)}},
        {"change", {hsync::toJson(ticketChange()), statusOf(&hsync::changeFromJson)}},
        {"sla change", {hsync::toJson(slaTicketChange()), statusOf(&hsync::changeFromJson)}},
        {"sla change, object form", {slaChangeInObjectForm(), statusOf(&hsync::changeFromJson)}},
        {"tombstone", {hsync::toJson(tombstone()), statusOf(&hsync::changeFromJson)}},
        {"page", {hsync::toJson(page()), statusOf(&hsync::pullPageFromJson)}},
        {"push", {hsync::toJson(pushRequest()), statusOf(&hsync::pushRequestFromJson)}},
        {"response", {hsync::toJson(pushResponse()), statusOf(&hsync::pushResponseFromJson)}},
        {"patch", {hsync::toJson(fullPatch()), statusOf(&hsync::ticketPatchFromJson)}},
        {"stamps", {hsync::toJson(stamps()), statusOf(&hsync::ticketFieldStampsFromJson)}},
    };
    return all;
}

inline QStringList qList(const std::vector<std::string>& names)
{
    QStringList list;
    for (const auto& name : names) {
        list << qs(name);
    }
    return list;
}

/// A row of rejectsInvalidJson: the sample of \a type with \a value at \a pointer fails with \a code on \a field.
inline void bad(const char* type, const char* what, const char* pointer, const json& value, ErrorCode code,
                const char* field)
{
    QTest::addRow("%s: %s", type, what) << QString(type) << QString(pointer) << value << code << QString(field);
}

/// Decodes the text of \a value's JSON with \a decode and checks the result equals \a value and re-encodes equally.
template <class T>
inline void checkRoundTrip(const T& value, hss::Result<T> (*decode)(const json&))
{
    QVERIFY2(validate(value).ok(), "the sample must be valid");
    const json encoded = toJson(value);
    const auto decoded = hss::decodeJsonText(hss::toJsonText(encoded), decode);
    QVERIFY2(decoded.ok(), decoded.ok() ? "" : hss::describe(decoded.error()).c_str());
    QVERIFY(decoded.value() == value);
    QCOMPARE(toJson(decoded.value()), encoded);
}

} // namespace hss::test::sync_samples
