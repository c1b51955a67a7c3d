// SPDX-License-Identifier: MIT
#include <QtTest>
#include <limits>

#include "SyncCodecSamples.h"

using hss::test::mutated;
using hss::test::removeMember;
using hss::test::repeated;
using namespace hss::test::sync_samples; // NOLINT(google-build-using-namespace)

class TestSyncCodecs final : public QObject
{
    Q_OBJECT

private slots:
    void enumWireNames();
    void enumsRejectUnknownNames();
    void permissionTable_data();
    void permissionTable();
    void roundTrips();
    void jsonShape();
    void rejectsInvalidJson_data();
    void rejectsInvalidJson();
    void rejectsNonObjects();
    void fieldsSizeLimit();
    void pushBatchLimit();
    void validatesStructsBuiltInCode();
    void cursors_data();
    void cursors();
    void rejectsBadCursors_data();
    void rejectsBadCursors();
    void ticketPatchNullVersusAbsent();
    void ticketPatchHelpers();
};

void TestSyncCodecs::enumWireNames()
{
    QStringList entities;
    for (const auto entity : hsync::allSyncEntities) {
        entities << qs(hsync::toString(entity));
        QVERIFY(hsync::syncEntityFromString(hsync::toString(entity)).value() == entity);
    }
    QCOMPARE(entities,
             (QStringList {"ticket", "comment", "kb_article", "course", "enrollment", "feedback", "kb_vote",
                           "usage_figures"}));
    QStringList kinds;
    for (const auto kind : hsync::allMutationKinds) {
        kinds << qs(hsync::toString(kind));
        QVERIFY(hsync::mutationKindFromString(hsync::toString(kind)).value() == kind);
    }
    QCOMPARE(kinds, (QStringList {"create", "update", "delete"}));
    QStringList outcomes;
    for (const auto outcome : hsync::allMutationOutcomes) {
        outcomes << qs(hsync::toString(outcome));
        QVERIFY(hsync::mutationOutcomeFromString(hsync::toString(outcome)).value() == outcome);
    }
    QCOMPARE(outcomes, (QStringList {"applied", "merged", "conflict", "rejected"}));
}

void TestSyncCodecs::enumsRejectUnknownNames()
{
    const auto entity = hsync::syncEntityFromString("kbArticle");
    QCOMPARE(codeName(entity.error().code), QStringLiteral("unknown_value"));
    QCOMPARE(qs(entity.error().field), QStringLiteral("entity"));
    const auto kind = hsync::mutationKindFromString("Update", "mutations[2].kind");
    QCOMPARE(codeName(kind.error().code), QStringLiteral("unknown_value"));
    QCOMPARE(qs(kind.error().field), QStringLiteral("mutations[2].kind"));
    const auto outcome = hsync::mutationOutcomeFromString("");
    QCOMPARE(codeName(outcome.error().code), QStringLiteral("unknown_value"));
    QCOMPARE(qs(outcome.error().field), QStringLiteral("outcome"));
}

void TestSyncCodecs::permissionTable_data()
{
    QTest::addColumn<hsync::SyncEntity>("entity");
    QTest::addColumn<hsync::MutationKind>("kind");
    QTest::addColumn<bool>("allowed");

    using E = hsync::SyncEntity;
    using K = hsync::MutationKind;
    const std::map<E, std::array<bool, 3>> table {
        {E::Ticket, {true, true, true}},       {E::Comment, {true, false, false}},
        {E::KbArticle, {false, false, false}}, {E::Course, {false, false, false}},
        {E::Enrollment, {true, true, false}},  {E::Feedback, {true, false, false}},
        {E::KbVote, {true, false, false}},     {E::UsageFigures, {false, false, false}},
    };
    for (const auto entity : hsync::allSyncEntities) {
        for (std::size_t k = 0; k < hsync::allMutationKinds.size(); ++k) {
            const K kind = hsync::allMutationKinds.at(k);
            QTest::addRow("%s %s", hsync::toString(entity).data(), hsync::toString(kind).data())
                << entity << kind << table.at(entity).at(k);
        }
    }
}

void TestSyncCodecs::permissionTable()
{
    QFETCH(hsync::SyncEntity, entity);
    QFETCH(hsync::MutationKind, kind);
    QFETCH(bool, allowed);

    QCOMPARE(hsync::isMutationAllowed(entity, kind), allowed);
}

void TestSyncCodecs::roundTrips()
{
    checkRoundTrip(updateMutation(), &hsync::mutationFromJson);
    checkRoundTrip(createMutation(), &hsync::mutationFromJson);
    auto deletion = updateMutation();
    deletion.kind = hsync::MutationKind::Delete;
    deletion.fields = json::object();
    checkRoundTrip(deletion, &hsync::mutationFromJson);
    checkRoundTrip(conflictResult(), &hsync::mutationResultFromJson);
    checkRoundTrip(rejectedResult(), &hsync::mutationResultFromJson);
    checkRoundTrip(hsync::MutationResult {id(3), hsync::MutationOutcome::Applied, "", 1, std::nullopt, {}},
                   &hsync::mutationResultFromJson);
    checkRoundTrip(ticketChange(), &hsync::changeFromJson);
    checkRoundTrip(tombstone(), &hsync::changeFromJson);
    checkRoundTrip(slaTicketChange(), &hsync::changeFromJson);
    checkRoundTrip(
        hsync::PullPage {{ticketChange(4), tombstone(5), slaTicketChange(6)}, "s6", false, hlc(t0 + 9000, 0, "server")},
        &hsync::pullPageFromJson);
    checkRoundTrip(page(), &hsync::pullPageFromJson);
    checkRoundTrip(hsync::PullPage {{}, "", false, hlc(0, 0, "server")}, &hsync::pullPageFromJson);
    checkRoundTrip(pushRequest(), &hsync::pushRequestFromJson);
    checkRoundTrip(pushResponse(), &hsync::pushResponseFromJson);
    checkRoundTrip(hsync::PushResponse {{}, hlc(t0, 0, "server")}, &hsync::pushResponseFromJson);
    checkRoundTrip(fullPatch(), &hsync::ticketPatchFromJson);
    checkRoundTrip(hsync::TicketPatch {}, &hsync::ticketPatchFromJson);
    checkRoundTrip(stamps(), &hsync::ticketFieldStampsFromJson);
    checkRoundTrip(hsync::TicketFieldStamps {}, &hsync::ticketFieldStampsFromJson);
}

void TestSyncCodecs::jsonShape()
{
    const json mutation = hsync::toJson(updateMutation());
    QCOMPARE(mutation.size(), std::size_t {8});
    QCOMPARE(mutation.at("mutation_id"), json("01a216de-5800-7000-8000-000000000001"));
    QCOMPARE(mutation.at("entity"), json("ticket"));
    QCOMPARE(mutation.at("entity_id"), json("01a216de-5800-7000-8000-000000000064"));
    QCOMPARE(mutation.at("kind"), json("update"));
    QCOMPARE(mutation.at("base_revision"), json(7));
    QCOMPARE(mutation.at("fields").at("priority"), json("high"));
    QVERIFY(mutation.at("fields").at("assignee_id").is_null());
    QCOMPARE(mutation.at("device_time"), json("2026-11-26T08:00:05.000Z"));
    QCOMPARE(mutation.at("hlc"), json("000001795680005000-0000000003-console-a"));

    const json result = hsync::toJson(rejectedResult());
    QCOMPARE(result.size(), std::size_t {6});
    QCOMPARE(result.at("outcome"), json("rejected"));
    QCOMPARE(result.at("revision"), json(0));
    QVERIFY(result.at("ticket_number").is_null());
    QCOMPARE(result.at("conflict_fields"), json::array());
    QCOMPARE(hsync::toJson(conflictResult()).at("ticket_number"), json(1042));

    const json change = hsync::toJson(tombstone());
    QCOMPARE(change.size(), std::size_t {7});
    QCOMPARE(change.at("entity"), json("comment"));
    QCOMPARE(change.at("deleted"), json(true));
    QVERIFY(change.at("data").is_null());
    QCOMPARE(hsync::toJson(ticketChange()).at("data").at("title"), json("Dose calculator shows mg instead of µg"));
    // A live ticket always says whether it has clocks; other changes keep their shape.
    QVERIFY(hsync::toJson(ticketChange()).at("sla").is_null());
    // The feed carries the compact form: evaluated_at and three clocks by position, times in milliseconds.
    const json slaJson = hsync::toJson(slaTicketChange()).at("sla");
    QCOMPARE(slaJson, hss::sla::toCompactJson(slaReport()));
    QCOMPARE(slaJson.size(), std::size_t {4});
    QCOMPARE(slaJson.at(3).at(0), json("escalated"));
    QCOMPARE(slaJson.at(3).at(4), json(t0 + 30 * 60'000)); // 2026-11-26T08:30:00.000Z
    QCOMPARE(slaJson.at(3).at(8), json(1));
    QVERIFY2(slaJson.dump().size() * 3 < hss::sla::toJson(slaReport()).dump().size(),
             "the compact form is not compact");
    // The object form (servers before the compact form) still decodes to the same clocks.
    const auto objectForm = hsync::changeFromJson(slaChangeInObjectForm());
    QVERIFY2(objectForm.ok(), objectForm.ok() ? "" : hss::describe(objectForm.error()).c_str());
    QVERIFY(objectForm.value().sla == slaReport());
    // A change written before "sla" existed (no key) still decodes, without clocks.
    json withoutKey = hsync::toJson(ticketChange());
    withoutKey.erase("sla");
    const auto older = hsync::changeFromJson(withoutKey);
    QVERIFY2(older.ok(), older.ok() ? "" : hss::describe(older.error()).c_str());
    QVERIFY(!older.value().sla.has_value());

    const json pageJson = hsync::toJson(page());
    QCOMPARE(pageJson.size(), std::size_t {4});
    QCOMPARE(pageJson.at("cursor"), json("s5"));
    QCOMPARE(pageJson.at("has_more"), json(true));
    QCOMPARE(pageJson.at("server_hlc"), json("000001795680009000-0000000000-server"));
    QCOMPARE(pageJson.at("changes").size(), std::size_t {2});

    const json push = hsync::toJson(pushRequest());
    QCOMPARE(push.size(), std::size_t {2});
    QCOMPARE(push.at("device_id"), json("console-a"));
    QCOMPARE(push.at("mutations").at(1).at("kind"), json("create"));
    const json response = hsync::toJson(pushResponse());
    QCOMPARE(response.size(), std::size_t {2});
    QCOMPARE(response.at("results").at(0).at("outcome"), json("conflict"));

    const json stampJson = hsync::toJson(stamps());
    QCOMPARE(stampJson.at("title"), (json {{"hlc", "000001795680000000-0000000002-server"}, {"revision", 3}}));
}

void TestSyncCodecs::rejectsInvalidJson_data()
{
    QTest::addColumn<QString>("type");
    QTest::addColumn<QString>("pointer");
    QTest::addColumn<json>("value");
    QTest::addColumn<ErrorCode>("code");
    QTest::addColumn<QString>("field");

    const json oversized(std::string(hsync::maxFieldsBytes, 'x'));
    const std::string dupId = id(1).toString();

    // Mutation.
    bad("mutation", "unknown entity", "/entity", json("patient"), ErrorCode::UnknownValue, "entity");
    bad("mutation", "entity is a number", "/entity", json(1), ErrorCode::WrongType, "entity");
    bad("mutation", "unknown kind", "/kind", json("upsert"), ErrorCode::UnknownValue, "kind");
    bad("mutation", "missing mutation_id", "/mutation_id", removeMember(), ErrorCode::MissingField, "mutation_id");
    bad("mutation", "nil entity_id", "/entity_id", json("00000000-0000-0000-0000-000000000000"),
        ErrorCode::MissingField, "entity_id");
    bad("mutation", "entity_id not a uuid", "/entity_id", json("ticket-7"), ErrorCode::InvalidArgument, "entity_id");
    bad("mutation", "missing base_revision", "/base_revision", removeMember(), ErrorCode::MissingField,
        "base_revision");
    bad("mutation", "negative base_revision", "/base_revision", json(-1), ErrorCode::OutOfRange, "base_revision");
    bad("mutation", "base_revision as text", "/base_revision", json("7"), ErrorCode::WrongType, "base_revision");
    bad("create", "base_revision not 0", "/base_revision", json(3), ErrorCode::OutOfRange, "base_revision");
    bad("mutation", "missing fields", "/fields", removeMember(), ErrorCode::MissingField, "fields");
    bad("mutation", "fields null", "/fields", json(nullptr), ErrorCode::MissingField, "fields");
    bad("mutation", "fields an array", "/fields", json::array({"title"}), ErrorCode::WrongType, "fields");
    bad("mutation", "fields a string", "/fields", json("title=x"), ErrorCode::WrongType, "fields");
    bad("mutation", "oversized fields", "/fields/description", oversized, ErrorCode::TooLong, "fields");
    bad("mutation", "device_time as number", "/device_time", json(t0), ErrorCode::WrongType, "device_time");
    bad("mutation", "device_time garbage", "/device_time", json("yesterday"), ErrorCode::InvalidArgument,
        "device_time");
    bad("mutation", "missing hlc", "/hlc", removeMember(), ErrorCode::MissingField, "hlc");
    bad("mutation", "hlc garbage", "/hlc", json("12:00"), ErrorCode::InvalidArgument, "hlc");
    bad("mutation", "hlc bad node id", "/hlc", json("000001795680005000-0000000003-console a"),
        ErrorCode::InvalidArgument, "hlc");
    bad("mutation", "hlc as number", "/hlc", json(5), ErrorCode::WrongType, "hlc");
    bad("mutation", "unknown field", "/device", json("a"), ErrorCode::UnknownField, "device");

    // MutationResult (sample: a conflict).
    bad("result", "unknown outcome", "/outcome", json("ok"), ErrorCode::UnknownValue, "outcome");
    bad("result", "applied with a reason", "/outcome", json("applied"), ErrorCode::InvalidArgument, "reason");
    bad("result", "conflict without reason", "/reason", json(""), ErrorCode::MissingField, "reason");
    bad("result", "missing reason", "/reason", removeMember(), ErrorCode::MissingField, "reason");
    bad("result", "reason too long", "/reason", json(std::string(2001, 'r')), ErrorCode::TooLong, "reason");
    bad("result", "rejected with a revision", "/outcome", json("rejected"), ErrorCode::OutOfRange, "revision");
    bad("result", "conflict with revision 0", "/revision", json(0), ErrorCode::OutOfRange, "revision");
    bad("result", "ticket_number 0", "/ticket_number", json(0), ErrorCode::OutOfRange, "ticket_number");
    bad("result", "ticket_number as text", "/ticket_number", json("1042"), ErrorCode::WrongType, "ticket_number");
    bad("result", "conflict_fields not an array", "/conflict_fields", json("title"), ErrorCode::WrongType,
        "conflict_fields");
    bad("result", "conflict_fields element a number", "/conflict_fields/0", json(1), ErrorCode::WrongType,
        "conflict_fields[0]");
    bad("result", "conflict_fields element blank", "/conflict_fields/0", json(""), ErrorCode::MissingField,
        "conflict_fields[0]");
    bad("result", "conflict naming no field", "/conflict_fields", json::array(), ErrorCode::MissingField,
        "conflict_fields");

    // Change.
    bad("change", "unknown entity", "/entity", json("patient"), ErrorCode::UnknownValue, "entity");
    bad("change", "sequence 0", "/sequence", json(0), ErrorCode::OutOfRange, "sequence");
    bad("change", "sequence fractional", "/sequence", json(1.5), ErrorCode::WrongType, "sequence");
    bad("change", "revision 0", "/revision", json(0), ErrorCode::OutOfRange, "revision");
    bad("change", "deleted as text", "/deleted", json("no"), ErrorCode::WrongType, "deleted");
    bad("change", "hlc garbage", "/hlc", json("now"), ErrorCode::InvalidArgument, "hlc");
    bad("change", "data an array", "/data", json::array(), ErrorCode::WrongType, "data");
    bad("change", "data missing", "/data", removeMember(), ErrorCode::MissingField, "data");
    bad("change", "data null", "/data", json(nullptr), ErrorCode::MissingField, "data");
    bad("sla change", "sla a string", "/sla", json("soon"), ErrorCode::WrongType, "sla");
    bad("sla change", "sla with a fourth clock", "/sla/-", json::array(), ErrorCode::InvalidArgument, "sla");
    bad("sla change", "sla evaluated_at as text", "/sla/0", json("2026-11-26T08:20:00.000Z"), ErrorCode::WrongType,
        "sla.evaluated_at");
    bad("sla change", "sla clock too short", "/sla/2", json::array({"ok"}), ErrorCode::InvalidArgument,
        "sla.clocks[1]");
    bad("sla change", "sla unknown state", "/sla/1/0", json("late"), ErrorCode::UnknownValue, "sla.clocks[0].state");
    bad("sla change", "sla due_at as text", "/sla/3/4", json("later"), ErrorCode::WrongType, "sla.clocks[2].due_at");
    bad("sla change", "sla negative target", "/sla/3/5", json(-1), ErrorCode::OutOfRange, "sla.clocks[2].target_ms");
    bad("sla change", "sla paused as text", "/sla/3/7", json("no"), ErrorCode::WrongType, "sla.clocks[2].paused");
    bad("sla change", "sla unknown event kind", "/sla/3/9/0/0", json("party"), ErrorCode::UnknownValue,
        "sla.clocks[2].upcoming[0].kind");
    bad("sla change", "sla event without time", "/sla/3/9/0/2", json(nullptr), ErrorCode::WrongType,
        "sla.clocks[2].upcoming[0].at");
    bad("sla change, object form", "sla clock out of order", "/sla/clocks/0/clock", json("resolution"),
        ErrorCode::InvalidArgument, "sla.clocks[0].clock");
    bad("sla change, object form", "sla due_at garbage", "/sla/clocks/2/due_at", json("later"),
        ErrorCode::InvalidArgument, "sla.clocks[2].due_at");
    bad("sla change, object form", "sla unknown member", "/sla/patient", json("x"), ErrorCode::UnknownField,
        "sla.patient");
    bad("tombstone", "tombstone with sla", "/sla", hss::sla::toJson(slaReport()), ErrorCode::InvalidArgument, "sla");
    bad("change", "unknown field", "/cursor", json("s1"), ErrorCode::UnknownField, "cursor");
    bad("tombstone", "with data", "/data", json::object(), ErrorCode::InvalidArgument, "data");

    // PullPage.
    bad("page", "changes not an array", "/changes", json::object(), ErrorCode::WrongType, "changes");
    bad("page", "bad hlc in second change", "/changes/1/hlc", json("x"), ErrorCode::InvalidArgument, "changes[1].hlc");
    bad("page", "change not an object", "/changes/0", json("x"), ErrorCode::WrongType, "changes[0]");
    bad("page", "unknown field in a change", "/changes/0/extra", json(1), ErrorCode::UnknownField, "changes[0].extra");
    bad("page", "sequence 0 in a change", "/changes/0/sequence", json(0), ErrorCode::OutOfRange, "changes[0].sequence");
    bad("page", "sequences out of order", "/changes/1/sequence", json(4), ErrorCode::OutOfRange, "changes[1].sequence");
    bad("page", "cursor garbage", "/cursor", json("page-2"), ErrorCode::InvalidArgument, "cursor");
    bad("page", "cursor behind its changes", "/cursor", json("s4"), ErrorCode::InvalidArgument, "cursor");
    bad("page", "cursor a number", "/cursor", json(5), ErrorCode::WrongType, "cursor");
    bad("page", "has_more as text", "/has_more", json("yes"), ErrorCode::WrongType, "has_more");
    bad("page", "missing server_hlc", "/server_hlc", removeMember(), ErrorCode::MissingField, "server_hlc");

    // PushRequest.
    bad("push", "bad hlc in second mutation", "/mutations/1/hlc", json("x"), ErrorCode::InvalidArgument,
        "mutations[1].hlc");
    bad("push", "fields an array in first mutation", "/mutations/0/fields", json::array(), ErrorCode::WrongType,
        "mutations[0].fields");
    bad("push", "oversized fields in second mutation", "/mutations/1/fields/blob", oversized, ErrorCode::TooLong,
        "mutations[1].fields");
    bad("push", "unknown kind in second mutation", "/mutations/1/kind", json("upsert"), ErrorCode::UnknownValue,
        "mutations[1].kind");
    bad("push", "unknown field in a mutation", "/mutations/0/surprise", json(1), ErrorCode::UnknownField,
        "mutations[0].surprise");
    bad("push", "mutation not an object", "/mutations/0", json(3), ErrorCode::WrongType, "mutations[0]");
    bad("push", "duplicate mutation ids", "/mutations/1/mutation_id", json(dupId), ErrorCode::Conflict,
        "mutations[1].mutation_id");
    bad("push", "no mutations", "/mutations", json::array(), ErrorCode::MissingField, "mutations");
    bad("push", "missing mutations", "/mutations", removeMember(), ErrorCode::MissingField, "mutations");
    bad("push", "missing device_id", "/device_id", removeMember(), ErrorCode::MissingField, "device_id");
    bad("push", "empty device_id", "/device_id", json(""), ErrorCode::MissingField, "device_id");
    bad("push", "device_id with spaces", "/device_id", json("front desk"), ErrorCode::InvalidArgument, "device_id");
    bad("push", "unknown top-level field", "/cursor", json("s1"), ErrorCode::UnknownField, "cursor");

    // PushResponse.
    bad("response", "unknown outcome", "/results/0/outcome", json("ok"), ErrorCode::UnknownValue, "results[0].outcome");
    bad("response", "conflict without reason", "/results/0/reason", json(""), ErrorCode::MissingField,
        "results[0].reason");
    bad("response", "duplicate results", "/results/1/mutation_id", json(dupId), ErrorCode::Conflict,
        "results[1].mutation_id");
    bad("response", "server_hlc garbage", "/server_hlc", json("x"), ErrorCode::InvalidArgument, "server_hlc");
    bad("response", "results null", "/results", json(nullptr), ErrorCode::MissingField, "results");

    // TicketPatch (mutation fields).
    for (const char* key :
         {"id", "number", "created_at", "updated_at", "first_response_at", "resolved_at", "revision"}) {
        bad("patch", qPrintable(QStringLiteral("server-owned ") + key), qPrintable(QStringLiteral("/") + key),
            json("x"), ErrorCode::InvalidArgument, key);
    }
    bad("patch", "unknown key", "/sequence", json(3), ErrorCode::UnknownField, "sequence");
    bad("patch", "misspelt key", "/tilte", json("x"), ErrorCode::UnknownField, "tilte");
    bad("patch", "title null", "/title", json(nullptr), ErrorCode::WrongType, "title");
    bad("patch", "title a number", "/title", json(5), ErrorCode::WrongType, "title");
    bad("patch", "blank title", "/title", json(" "), ErrorCode::MissingField, "title");
    bad("patch", "title too long", "/title", json(repeated("ü", 201)), ErrorCode::TooLong, "title");
    bad("patch", "priority null", "/priority", json(nullptr), ErrorCode::WrongType, "priority");
    bad("patch", "unknown priority", "/priority", json("urgent"), ErrorCode::UnknownValue, "priority");
    bad("patch", "unknown status", "/status", json("done"), ErrorCode::UnknownValue, "status");
    bad("patch", "unknown channel", "/channel", json("fax"), ErrorCode::UnknownValue, "channel");
    bad("patch", "assignee a number", "/assignee_id", json(5), ErrorCode::WrongType, "assignee_id");
    bad("patch", "assignee not a uuid", "/assignee_id", json("bob"), ErrorCode::InvalidArgument, "assignee_id");
    bad("patch", "email without at", "/requester_email", json("desk.example"), ErrorCode::InvalidArgument,
        "requester_email");
    bad("patch", "case ref a number", "/medical_case_ref", json(42), ErrorCode::WrongType, "medical_case_ref");
    bad("patch", "case ref with slash", "/medical_case_ref", json("MC/../x"), ErrorCode::InvalidArgument,
        "medical_case_ref");
    bad("patch", "escalation 11", "/escalation_level", json(11), ErrorCode::OutOfRange, "escalation_level");
    bad("patch", "escalation beyond int", "/escalation_level", json(std::int64_t {1} << 40), ErrorCode::OutOfRange,
        "escalation_level");
    bad("patch", "escalation beyond int64", "/escalation_level", json(std::numeric_limits<std::uint64_t>::max()),
        ErrorCode::OutOfRange, "escalation_level");
    bad("patch", "escalation fractional", "/escalation_level", json(1.5), ErrorCode::WrongType, "escalation_level");
    bad("patch", "escalation null", "/escalation_level", json(nullptr), ErrorCode::WrongType, "escalation_level");

    // Field stamps.
    bad("stamps", "bad hlc", "/title/hlc", json("x"), ErrorCode::InvalidArgument, "title.hlc");
    bad("stamps", "missing hlc", "/status/hlc", removeMember(), ErrorCode::MissingField, "status.hlc");
    bad("stamps", "negative revision", "/title/revision", json(-1), ErrorCode::OutOfRange, "title.revision");
    bad("stamps", "revision as text", "/title/revision", json("3"), ErrorCode::WrongType, "title.revision");
    bad("stamps", "unknown member", "/title/node", json("a"), ErrorCode::UnknownField, "title.node");
    bad("stamps", "stamp not an object", "/title", json("x"), ErrorCode::WrongType, "title");
    bad("stamps", "not a mutable field", "/number",
        json {{"hlc", "000001795680000000-0000000002-server"}, {"revision", 1}}, ErrorCode::UnknownField, "number");
}

void TestSyncCodecs::rejectsInvalidJson()
{
    QFETCH(QString, type);
    QFETCH(QString, pointer);
    QFETCH(json, value);
    QFETCH(ErrorCode, code);
    QFETCH(QString, field);

    const WireType& wire = wireTypes().at(type);
    QVERIFY2(wire.decode(wire.valid).ok(), "the unmodified sample must decode");
    const auto result = wire.decode(mutated(wire.valid, pointer.toStdString(), value));
    QVERIFY2(!result.ok(), "invalid input was accepted");
    QCOMPARE(qs(result.error().field), field);
    QCOMPARE(codeName(result.error().code), codeName(code));
}

void TestSyncCodecs::rejectsNonObjects()
{
    for (const auto& [type, wire] : wireTypes()) {
        for (const json& notAnObject : {json::array(), json("x"), json(nullptr), json(3)}) {
            const auto result = wire.decode(notAnObject);
            QVERIFY2(!result.ok(), qPrintable(type));
            QCOMPARE(codeName(result.error().code), QStringLiteral("wrong_type"));
            QCOMPARE(qs(result.error().field), QString());
        }
    }
}

void TestSyncCodecs::fieldsSizeLimit()
{
    // {"d":"…"} is 8 bytes of JSON text around the string.
    auto mutation = updateMutation();
    mutation.fields = json {{"d", std::string(hsync::maxFieldsBytes - 8, 'x')}};
    QCOMPARE(hss::toJsonText(mutation.fields).size(), hsync::maxFieldsBytes);
    QVERIFY(hsync::validate(mutation).ok());
    QVERIFY(hsync::mutationFromJson(hsync::toJson(mutation)).ok());
    mutation.fields = json {{"d", std::string(hsync::maxFieldsBytes - 7, 'x')}};
    QCOMPARE(codeName(hsync::validate(mutation).error().code), QStringLiteral("too_long"));
    QCOMPARE(qs(hsync::mutationFromJson(hsync::toJson(mutation)).error().field), QStringLiteral("fields"));
}

void TestSyncCodecs::pushBatchLimit()
{
    hsync::PushRequest request;
    request.deviceId = "console-a";
    for (unsigned i = 0; i < hsync::maxPushBatch; ++i) {
        request.mutations.push_back(updateMutation(1000 + i));
    }
    const auto full = hsync::pushRequestFromJson(hsync::toJson(request));
    QVERIFY2(full.ok(), full.ok() ? "" : hss::describe(full.error()).c_str());
    QCOMPARE(full.value().mutations.size(), hsync::maxPushBatch);

    request.mutations.push_back(updateMutation(5000));
    QCOMPARE(codeName(hsync::validate(request).error().code), QStringLiteral("too_long"));
    const auto tooMany = hsync::pushRequestFromJson(hsync::toJson(request));
    QVERIFY(!tooMany.ok());
    QCOMPARE(codeName(tooMany.error().code), QStringLiteral("too_long"));
    QCOMPARE(qs(tooMany.error().field), QStringLiteral("mutations"));

    hsync::PushResponse response {{}, hlc(t0, 0, "server")};
    for (unsigned i = 0; i <= hsync::maxPushBatch; ++i) {
        response.results.push_back(rejectedResult(1000 + i));
    }
    const auto tooManyResults = hsync::pushResponseFromJson(hsync::toJson(response));
    QCOMPARE(codeName(tooManyResults.error().code), QStringLiteral("too_long"));
    QCOMPARE(qs(tooManyResults.error().field), QStringLiteral("results"));
}

void TestSyncCodecs::validatesStructsBuiltInCode()
{
    auto mutation = updateMutation();
    mutation.hlc.nodeId.clear();
    QCOMPARE(qs(hsync::validate(mutation).error().field), QStringLiteral("hlc"));
    mutation = updateMutation();
    mutation.hlc.physicalMs = -1;
    QCOMPARE(qs(hsync::validate(mutation).error().field), QStringLiteral("hlc"));
    mutation = updateMutation();
    mutation.fields = json::array();
    QCOMPARE(qs(hsync::validate(mutation).error().field), QStringLiteral("fields"));
    mutation = updateMutation();
    mutation.deviceTimeMs = hss::maxTimestampMs + 1;
    QCOMPARE(qs(hsync::validate(mutation).error().field), QStringLiteral("device_time"));

    auto request = pushRequest();
    request.mutations[1].hlc.nodeId = "bad node";
    QCOMPARE(qs(hsync::validate(request).error().field), QStringLiteral("mutations[1].hlc"));
    request = pushRequest();
    request.mutations[1].mutationId = request.mutations[0].mutationId;
    QCOMPARE(codeName(hsync::validate(request).error().code), QStringLiteral("conflict"));
    QCOMPARE(qs(hsync::validate(request).error().field), QStringLiteral("mutations[1].mutation_id"));

    auto pulled = page();
    pulled.changes[1].data = json::object();
    QCOMPARE(qs(hsync::validate(pulled).error().field), QStringLiteral("changes[1].data"));
    pulled = page();
    std::swap(pulled.changes[0], pulled.changes[1]);
    QCOMPARE(qs(hsync::validate(pulled).error().field), QStringLiteral("changes[1].sequence"));

    auto comment = slaTicketChange();
    comment.entity = hsync::SyncEntity::Comment;
    QCOMPARE(qs(hsync::validate(comment).error().field), QStringLiteral("sla"));

    auto response = pushResponse();
    response.results[1].revision = 4;
    QCOMPARE(qs(hsync::validate(response).error().field), QStringLiteral("results[1].revision"));

    auto stampMap = stamps();
    stampMap["priority"] = hsync::FieldStamp {hlc(t0, 0, ""), 1};
    QCOMPARE(qs(hsync::validate(stampMap).error().field), QStringLiteral("priority.hlc"));
    stampMap = stamps();
    stampMap["created_at"] = hsync::FieldStamp {hlc(t0, 0, "server"), 1};
    QCOMPARE(codeName(hsync::validate(stampMap).error().code), QStringLiteral("unknown_field"));
}

void TestSyncCodecs::cursors_data()
{
    QTest::addColumn<qint64>("sequence");
    QTest::addColumn<QString>("cursor");

    QTest::newRow("start") << qint64 {0} << "s0";
    QTest::newRow("first") << qint64 {1} << "s1";
    QTest::newRow("large") << qint64 {1'234'567'890'123} << "s1234567890123";
    QTest::newRow("int64 max") << std::numeric_limits<qint64>::max() << "s9223372036854775807";
}

void TestSyncCodecs::cursors()
{
    QFETCH(qint64, sequence);
    QFETCH(QString, cursor);

    QCOMPARE(qs(hsync::formatCursor(sequence)), cursor);
    const auto parsed = hsync::parseCursor(cursor.toStdString());
    QVERIFY(parsed.ok());
    QCOMPARE(static_cast<qint64>(parsed.value()), sequence);
    QCOMPARE(hsync::parseCursor("").value(), std::int64_t {0});
    QVERIFY_THROWS_EXCEPTION(std::invalid_argument, hsync::formatCursor(-1));
}

void TestSyncCodecs::rejectsBadCursors_data()
{
    QTest::addColumn<QByteArray>("cursor");

    QTest::newRow("no tag") << QByteArray("15");
    QTest::newRow("tag only") << QByteArray("s");
    QTest::newRow("upper-case tag") << QByteArray("S15");
    QTest::newRow("negative") << QByteArray("s-1");
    QTest::newRow("plus sign") << QByteArray("s+1");
    QTest::newRow("leading zero") << QByteArray("s01");
    QTest::newRow("trailing garbage") << QByteArray("s1a");
    QTest::newRow("trailing space") << QByteArray("s1 ");
    QTest::newRow("leading space") << QByteArray(" s1");
    QTest::newRow("beyond int64") << QByteArray("s9223372036854775808");
    QTest::newRow("invalid UTF-8") << QByteArray("s\xc3\x28");
    QTest::newRow("SQL") << QByteArray("s1; DROP TABLE tickets");
}

void TestSyncCodecs::rejectsBadCursors()
{
    QFETCH(QByteArray, cursor);

    const auto parsed = hsync::parseCursor(cursor.toStdString());
    QVERIFY2(!parsed.ok(), "garbage cursor accepted");
    QCOMPARE(codeName(parsed.error().code), QStringLiteral("invalid_argument"));
    QCOMPARE(qs(parsed.error().field), QStringLiteral("cursor"));
}

void TestSyncCodecs::ticketPatchNullVersusAbsent()
{
    const auto cleared = hsync::ticketPatchFromJson(json {{"assignee_id", nullptr}, {"medical_case_ref", nullptr}});
    QVERIFY(cleared.ok());
    QVERIFY(cleared.value().assigneeId.has_value());
    QVERIFY(!cleared.value().assigneeId->has_value());
    QVERIFY(cleared.value().medicalCaseRef.has_value());
    QVERIFY(!cleared.value().medicalCaseRef->has_value());
    QCOMPARE(hsync::toJson(cleared.value()), (json {{"assignee_id", nullptr}, {"medical_case_ref", nullptr}}));

    const auto untouched = hsync::ticketPatchFromJson(json {{"title", "x"}});
    QVERIFY(untouched.ok());
    QVERIFY(!untouched.value().assigneeId.has_value());
    QVERIFY(!untouched.value().medicalCaseRef.has_value());
    QCOMPARE(hsync::toJson(untouched.value()), (json {{"title", "x"}}));

    hss::Ticket assigned = ticket();
    assigned.assigneeId = id(9);
    assigned.medicalCaseRef = "MC-1";
    const hss::Ticket afterClear = hsync::applyPatch(assigned, cleared.value());
    QVERIFY(!afterClear.assigneeId.has_value());
    QVERIFY(!afterClear.medicalCaseRef.has_value());
    const hss::Ticket afterTitle = hsync::applyPatch(assigned, untouched.value());
    QVERIFY(afterTitle.assigneeId == id(9));
    QCOMPARE(qs(afterTitle.title), QStringLiteral("x"));
}

void TestSyncCodecs::ticketPatchHelpers()
{
    QCOMPARE(qList(hsync::fieldNames(fullPatch())),
             (QStringList {"title", "description", "priority", "category", "status", "channel", "requester_name",
                           "requester_email", "assignee_id", "team", "medical_case_ref", "escalation_level"}));
    QCOMPARE(qList(hsync::fieldNames(hsync::TicketPatch {})), QStringList());
    hsync::TicketPatch two;
    two.escalationLevel = 2;
    two.title = "t";
    QCOMPARE(qList(hsync::fieldNames(two)), (QStringList {"title", "escalation_level"}));
    QCOMPARE(hsync::toJson(two), (json {{"title", "t"}, {"escalation_level", 2}}));

    const hss::Ticket patched = hsync::applyPatch(ticket(), fullPatch());
    hss::Ticket expected = ticket();
    expected.title = "Dosis in µg";
    expected.description = "Line one\nLine two";
    expected.priority = hss::Priority::Critical;
    expected.category = hss::Category::MedicalClinical;
    expected.status = hss::TicketStatus::InProgress;
    expected.channel = hss::Channel::Phone;
    expected.requesterName = "Front desk";
    expected.requesterEmail = "desk@klinik.example";
    expected.assigneeId = id(9);
    expected.team = "Medical Support";
    expected.medicalCaseRef = "MC-2026-00042";
    expected.escalationLevel = 3;
    QVERIFY2(patched == expected, "applyPatch must overwrite every present field and nothing else");
    QVERIFY(hsync::applyPatch(ticket(), hsync::TicketPatch {}) == ticket());
    // A plain overwrite: no revision, timestamp or state-machine logic.
    hsync::TicketPatch backwards;
    backwards.status = hss::TicketStatus::New;
    hss::Ticket closed = ticket();
    closed.status = hss::TicketStatus::Closed;
    QVERIFY(hsync::applyPatch(closed, backwards).status == hss::TicketStatus::New);
    QCOMPARE(hsync::applyPatch(closed, backwards).revision, closed.revision);
}

QTEST_GUILESS_MAIN(TestSyncCodecs)
#include "TestSyncCodecs.moc"
