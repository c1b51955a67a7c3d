// SPDX-License-Identifier: MIT
#include <QtTest>

#include "TestSupport.h"
#include "hss/JsonText.h"
#include "hss/JsonTextWriter.h"
#include "hss/Ticket.h"
#include "hss/Timestamp.h"

Q_DECLARE_METATYPE(hss::Ticket)

using hss::ErrorCode;
using hss::test::codeName;
using hss::test::mutated;
using hss::test::qs;
using hss::test::removeMember;
using hss::test::repeated;
using nlohmann::json;

namespace {

constexpr std::int64_t t0 = 1'795'680'000'000; // 2026-11-26T08:00:00.000Z

hss::Uuid uuid(const char* text)
{
    return hss::Uuid::parse(text).value();
}

hss::Ticket fullTicket()
{
    hss::Ticket ticket;
    ticket.id = uuid("01a216de-5800-7000-8000-000000000001");
    ticket.number = 1042;
    ticket.title = "Dose calculator shows mg instead of µg";
    ticket.description = "Steps:\n1. Open the calculator\n2. Enter 50 µg\n\tResult shows mg.";
    ticket.priority = hss::Priority::Emergency;
    ticket.category = hss::Category::MedicalClinical;
    ticket.status = hss::TicketStatus::Escalated;
    ticket.channel = hss::Channel::Phone;
    ticket.requesterName = "Dr. Jürgen Weiß";
    ticket.requesterEmail = "j.weiss@klinik-nord.example";
    ticket.assigneeId = uuid("01a216de-5800-7000-8000-0000000000a1");
    ticket.team = "Medical Support";
    ticket.medicalCaseRef = "MC-2026-00042";
    ticket.createdAt = t0;
    ticket.updatedAt = t0 + 90'000;
    ticket.firstResponseAt = t0 + 60'000;
    ticket.resolvedAt = t0 + 3'600'000;
    ticket.escalationLevel = 2;
    ticket.revision = 17;
    return ticket;
}

hss::Ticket minimalTicket()
{
    hss::Ticket ticket;
    ticket.id = uuid("01a216de-5800-7000-8000-000000000002");
    ticket.title = "Cannot log in";
    ticket.requesterName = "Front desk";
    ticket.createdAt = t0;
    ticket.updatedAt = t0;
    return ticket;
}

} // namespace

class TestTicket final : public QObject
{
    Q_OBJECT

private slots:
    void roundTripsEveryField_data();
    void roundTripsEveryField();
    void writtenMembersEqualTheDom_data();
    void writtenMembersEqualTheDom();
    void jsonShape();
    void rejectsInvalidJson_data();
    void rejectsInvalidJson();
    void rejectsNonObject();
    void rejectsMalformedText();
    void validatesStructBuiltInCode();
};

void TestTicket::roundTripsEveryField_data()
{
    QTest::addColumn<hss::Ticket>("ticket");

    QTest::newRow("every optional set") << fullTicket();
    QTest::newRow("optionals absent, empty email and team") << minimalTicket();
    hss::Ticket atLimits = fullTicket();
    atLimits.title = repeated("ü", 200);
    atLimits.requesterName = repeated("名", 120);
    atLimits.number = std::numeric_limits<std::int64_t>::max();
    atLimits.escalationLevel = 10;
    atLimits.createdAt = hss::minTimestampMs;
    QTest::newRow("multi-byte text at the limits") << atLimits;
}

void TestTicket::roundTripsEveryField()
{
    QFETCH(hss::Ticket, ticket);

    QVERIFY(hss::validate(ticket).ok());
    const json encoded = hss::toJson(ticket);
    const auto decoded = hss::decodeJsonText(hss::toJsonText(encoded), &hss::ticketFromJson);
    QVERIFY2(decoded.ok(), decoded.ok() ? "" : hss::describe(decoded.error()).c_str());
    QVERIFY(decoded.value() == ticket);
    QCOMPARE(hss::toJson(decoded.value()), encoded);
}

void TestTicket::writtenMembersEqualTheDom_data()
{
    roundTripsEveryField_data();
    hss::Ticket awkward = fullTicket();
    awkward.description = std::string("quote \" backslash \\ bell \x07 and broken UTF-8 \xff");
    QTest::newRow("escapes and invalid UTF-8") << awkward;
}

void TestTicket::writtenMembersEqualTheDom()
{
    QFETCH(hss::Ticket, ticket);

    hss::JsonTextWriter out;
    out.beginObject();
    hss::writeJsonMembers(out, ticket);
    out.endObject();
    QCOMPARE(out.text(), hss::toJsonText(hss::toJson(ticket)));
}

void TestTicket::jsonShape()
{
    const json full = hss::toJson(fullTicket());
    QCOMPARE(full.size(), std::size_t {19});
    QCOMPARE(full.at("id"), json("01a216de-5800-7000-8000-000000000001"));
    QCOMPARE(full.at("number"), json(1042));
    QCOMPARE(full.at("priority"), json("emergency"));
    QCOMPARE(full.at("category"), json("medical_clinical"));
    QCOMPARE(full.at("status"), json("escalated"));
    QCOMPARE(full.at("channel"), json("phone"));
    QCOMPARE(full.at("requester_name"), json("Dr. Jürgen Weiß"));
    QCOMPARE(full.at("medical_case_ref"), json("MC-2026-00042"));
    QCOMPARE(full.at("created_at"), json("2026-11-26T08:00:00.000Z"));
    QCOMPARE(full.at("updated_at"), json("2026-11-26T08:01:30.000Z"));
    QCOMPARE(full.at("resolved_at"), json("2026-11-26T09:00:00.000Z"));
    QCOMPARE(full.at("escalation_level"), json(2));
    QCOMPARE(full.at("revision"), json(17));

    const json minimal = hss::toJson(minimalTicket());
    QCOMPARE(minimal.size(), std::size_t {19});
    QVERIFY(minimal.at("number").is_null());
    QVERIFY(minimal.at("assignee_id").is_null());
    QVERIFY(minimal.at("medical_case_ref").is_null());
    QVERIFY(minimal.at("first_response_at").is_null());
    QCOMPARE(minimal.at("status"), json("new"));
    QCOMPARE(minimal.at("priority"), json("medium"));

    json withoutOptionals = minimal;
    for (const char* key : {"number", "assignee_id", "medical_case_ref", "first_response_at", "resolved_at"}) {
        withoutOptionals.erase(key);
    }
    const auto decoded = hss::ticketFromJson(withoutOptionals);
    QVERIFY2(decoded.ok(), "absent optional members must decode like null");
    QVERIFY(decoded.value() == minimalTicket());
}

void TestTicket::rejectsInvalidJson_data()
{
    QTest::addColumn<QString>("pointer");
    QTest::addColumn<json>("value");
    QTest::addColumn<ErrorCode>("code");
    QTest::addColumn<QString>("field");

    QTest::newRow("unknown priority") << "/priority" << json("urgent") << ErrorCode::UnknownValue << "priority";
    QTest::newRow("priority in wrong case") << "/priority" << json("High") << ErrorCode::UnknownValue << "priority";
    QTest::newRow("unknown status") << "/status" << json("done") << ErrorCode::UnknownValue << "status";
    QTest::newRow("unknown category") << "/category" << json("medical-clinical") << ErrorCode::UnknownValue
                                      << "category";
    QTest::newRow("unknown channel") << "/channel" << json("fax") << ErrorCode::UnknownValue << "channel";
    QTest::newRow("title is a number") << "/title" << json(42) << ErrorCode::WrongType << "title";
    QTest::newRow("number is a string") << "/number" << json("17") << ErrorCode::WrongType << "number";
    QTest::newRow("escalation is fractional")
        << "/escalation_level" << json(1.5) << ErrorCode::WrongType << "escalation_level";
    QTest::newRow("revision is a boolean") << "/revision" << json(true) << ErrorCode::WrongType << "revision";
    QTest::newRow("assignee is a number") << "/assignee_id" << json(5) << ErrorCode::WrongType << "assignee_id";
    QTest::newRow("priority is an array") << "/priority" << json::array({"high"}) << ErrorCode::WrongType << "priority";
    QTest::newRow("created_at as epoch number") << "/created_at" << json(t0) << ErrorCode::WrongType << "created_at";
    QTest::newRow("misspelt field") << "/priorty" << json("high") << ErrorCode::UnknownField << "priorty";
    QTest::newRow("server-internal field") << "/sequence" << json(99) << ErrorCode::UnknownField << "sequence";
    QTest::newRow("missing title") << "/title" << removeMember() << ErrorCode::MissingField << "title";
    QTest::newRow("missing id") << "/id" << removeMember() << ErrorCode::MissingField << "id";
    QTest::newRow("missing created_at") << "/created_at" << removeMember() << ErrorCode::MissingField << "created_at";
    QTest::newRow("required status is null") << "/status" << json(nullptr) << ErrorCode::MissingField << "status";
    QTest::newRow("blank title") << "/title" << json("   ") << ErrorCode::MissingField << "title";
    QTest::newRow("nil id") << "/id" << json("00000000-0000-0000-0000-000000000000") << ErrorCode::MissingField << "id";
    QTest::newRow("title 201 characters") << "/title" << json(std::string(201, 'x')) << ErrorCode::TooLong << "title";
    QTest::newRow("title 201 umlauts") << "/title" << json(repeated("ü", 201)) << ErrorCode::TooLong << "title";
    QTest::newRow("description 20001 characters")
        << "/description" << json(std::string(20'001, 'd')) << ErrorCode::TooLong << "description";
    QTest::newRow("requester name 121 characters")
        << "/requester_name" << json(std::string(121, 'n')) << ErrorCode::TooLong << "requester_name";
    QTest::newRow("email 255 characters")
        << "/requester_email" << json("a@" + std::string(249, 'b') + ".com") << ErrorCode::TooLong << "requester_email";
    QTest::newRow("case ref 65 characters")
        << "/medical_case_ref" << json(std::string(65, 'M')) << ErrorCode::TooLong << "medical_case_ref";
    QTest::newRow("title invalid UTF-8") << "/title" << json(std::string("caf\xe9")) << ErrorCode::InvalidEncoding
                                         << "title";
    QTest::newRow("description overlong UTF-8")
        << "/description" << json(std::string("\xc0\xaf")) << ErrorCode::InvalidEncoding << "description";
    QTest::newRow("title with line break") << "/title" << json("two\nlines") << ErrorCode::InvalidArgument << "title";
    QTest::newRow("description with NUL")
        << "/description" << json(std::string("a\0b", 3)) << ErrorCode::InvalidArgument << "description";
    QTest::newRow("email without at") << "/requester_email" << json("weiss.example.org") << ErrorCode::InvalidArgument
                                      << "requester_email";
    QTest::newRow("email without dotted domain")
        << "/requester_email" << json("weiss@localhost") << ErrorCode::InvalidArgument << "requester_email";
    QTest::newRow("id path traversal") << "/id" << json("../x") << ErrorCode::InvalidArgument << "id";
    QTest::newRow("created_at garbage") << "/created_at" << json("yesterday") << ErrorCode::InvalidArgument
                                        << "created_at";
    QTest::newRow("case ref with slash") << "/medical_case_ref" << json("MC/../x") << ErrorCode::InvalidArgument
                                         << "medical_case_ref";
    QTest::newRow("case ref starting with dot")
        << "/medical_case_ref" << json(".MC-1") << ErrorCode::InvalidArgument << "medical_case_ref";
    QTest::newRow("updated before created")
        << "/updated_at" << json("2026-11-26T07:59:59.999Z") << ErrorCode::OutOfRange << "updated_at";
    QTest::newRow("resolved before created")
        << "/resolved_at" << json("2026-11-25T08:00:00.000Z") << ErrorCode::OutOfRange << "resolved_at";
    QTest::newRow("number zero") << "/number" << json(0) << ErrorCode::OutOfRange << "number";
    QTest::newRow("number above int64") << "/number" << json(std::numeric_limits<std::uint64_t>::max())
                                        << ErrorCode::OutOfRange << "number";
    QTest::newRow("escalation negative") << "/escalation_level" << json(-1) << ErrorCode::OutOfRange
                                         << "escalation_level";
    QTest::newRow("escalation beyond int")
        << "/escalation_level" << json(std::int64_t {1} << 40) << ErrorCode::OutOfRange << "escalation_level";
    QTest::newRow("negative revision") << "/revision" << json(-3) << ErrorCode::OutOfRange << "revision";
}

void TestTicket::rejectsInvalidJson()
{
    QFETCH(QString, pointer);
    QFETCH(json, value);
    QFETCH(ErrorCode, code);
    QFETCH(QString, field);

    const json input = mutated(hss::toJson(fullTicket()), pointer.toStdString(), value);
    const auto result = hss::ticketFromJson(input);
    QVERIFY2(!result.ok(), "invalid input was accepted");
    QCOMPARE(codeName(result.error().code), codeName(code));
    QCOMPARE(qs(result.error().field), field);
}

void TestTicket::rejectsNonObject()
{
    for (const json& notAnObject : {json::array(), json("ticket"), json(nullptr), json(3)}) {
        const auto result = hss::ticketFromJson(notAnObject);
        QVERIFY(!result.ok());
        QCOMPARE(codeName(result.error().code), QStringLiteral("wrong_type"));
        QCOMPARE(qs(result.error().field), QString());
    }
}

void TestTicket::rejectsMalformedText()
{
    std::string text = hss::toJsonText(hss::toJson(fullTicket()));
    text.pop_back();
    const auto result = hss::decodeJsonText(text, &hss::ticketFromJson);
    QVERIFY(!result.ok());
    QCOMPARE(codeName(result.error().code), QStringLiteral("malformed_json"));
    QCOMPARE(qs(result.error().field), QString());
}

void TestTicket::validatesStructBuiltInCode()
{
    hss::Ticket ticket = fullTicket();
    QVERIFY(hss::validate(ticket).ok());
    ticket.firstResponseAt = t0 - 1;
    QCOMPARE(qs(hss::validate(ticket).error().field), QStringLiteral("first_response_at"));
    ticket = fullTicket();
    ticket.assigneeId = hss::Uuid();
    QCOMPARE(qs(hss::validate(ticket).error().field), QStringLiteral("assignee_id"));
    ticket = fullTicket();
    ticket.updatedAt = hss::maxTimestampMs + 1;
    QCOMPARE(codeName(hss::validate(ticket).error().code), QStringLiteral("out_of_range"));
    QCOMPARE(qs(hss::validate(ticket).error().field), QStringLiteral("updated_at"));
}

QTEST_GUILESS_MAIN(TestTicket)
#include "TestTicket.moc"
