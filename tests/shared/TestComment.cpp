// SPDX-License-Identifier: MIT
#include <QtTest>

#include "TestSupport.h"
#include "hss/Comment.h"
#include "hss/JsonText.h"

Q_DECLARE_METATYPE(hss::Comment)

using hss::ErrorCode;
using hss::test::codeName;
using hss::test::mutated;
using hss::test::qs;
using hss::test::removeMember;
using hss::test::repeated;
using nlohmann::json;

namespace {

constexpr std::int64_t t0 = 1'795'680'000'000; // 2026-11-26T08:00:00.000Z

hss::Comment sampleComment()
{
    hss::Comment comment;
    comment.id = hss::Uuid::parse("01a216de-5800-7000-8000-00000000c001").value();
    comment.ticketId = hss::Uuid::parse("01a216de-5800-7000-8000-000000000001").value();
    comment.authorId = hss::Uuid::parse("01a216de-5800-7000-8000-0000000000a1").value();
    comment.body = "Called the ward.\r\nThey confirm the µg/mg mix-up — escalating.";
    comment.visibility = hss::CommentVisibility::InternalNote;
    comment.createdAt = t0 + 5;
    return comment;
}

} // namespace

class TestComment final : public QObject
{
    Q_OBJECT

private slots:
    void roundTripsEveryField_data();
    void roundTripsEveryField();
    void jsonShape();
    void rejectsInvalidJson_data();
    void rejectsInvalidJson();
    void rejectsMalformedText();
};

void TestComment::roundTripsEveryField_data()
{
    QTest::addColumn<hss::Comment>("comment");

    QTest::newRow("internal note") << sampleComment();
    hss::Comment reply = sampleComment();
    reply.visibility = hss::CommentVisibility::PublicReply;
    reply.body = repeated("€", 20'000);
    QTest::newRow("public reply at the length limit") << reply;
}

void TestComment::roundTripsEveryField()
{
    QFETCH(hss::Comment, comment);

    QVERIFY(hss::validate(comment).ok());
    const json encoded = hss::toJson(comment);
    const auto decoded = hss::decodeJsonText(hss::toJsonText(encoded), &hss::commentFromJson);
    QVERIFY2(decoded.ok(), decoded.ok() ? "" : hss::describe(decoded.error()).c_str());
    QVERIFY(decoded.value() == comment);
}

void TestComment::jsonShape()
{
    const json encoded = hss::toJson(sampleComment());
    QCOMPARE(encoded.size(), std::size_t {6});
    QCOMPARE(encoded.at("ticket_id"), json("01a216de-5800-7000-8000-000000000001"));
    QCOMPARE(encoded.at("author_id"), json("01a216de-5800-7000-8000-0000000000a1"));
    QCOMPARE(encoded.at("visibility"), json("internal_note"));
    QCOMPARE(encoded.at("created_at"), json("2026-11-26T08:00:00.005Z"));
}

void TestComment::rejectsInvalidJson_data()
{
    QTest::addColumn<QString>("pointer");
    QTest::addColumn<json>("value");
    QTest::addColumn<ErrorCode>("code");
    QTest::addColumn<QString>("field");

    QTest::newRow("unknown visibility") << "/visibility" << json("private") << ErrorCode::UnknownValue << "visibility";
    QTest::newRow("body is an object") << "/body" << json::object() << ErrorCode::WrongType << "body";
    QTest::newRow("ticket id is a number") << "/ticket_id" << json(1) << ErrorCode::WrongType << "ticket_id";
    QTest::newRow("unknown field") << "/edited_at" << json("2026-11-26T08:00:00Z") << ErrorCode::UnknownField
                                   << "edited_at";
    QTest::newRow("missing body") << "/body" << removeMember() << ErrorCode::MissingField << "body";
    QTest::newRow("missing ticket id") << "/ticket_id" << removeMember() << ErrorCode::MissingField << "ticket_id";
    QTest::newRow("empty body") << "/body" << json("") << ErrorCode::MissingField << "body";
    QTest::newRow("body 20001 characters") << "/body" << json(std::string(20'001, 'b')) << ErrorCode::TooLong << "body";
    QTest::newRow("body invalid UTF-8") << "/body" << json(std::string("ok \xed\xa0\x80")) << ErrorCode::InvalidEncoding
                                        << "body";
    QTest::newRow("body with escape character")
        << "/body" << json("\x1b[31mred") << ErrorCode::InvalidArgument << "body";
    QTest::newRow("author id not a uuid") << "/author_id" << json("admin") << ErrorCode::InvalidArgument << "author_id";
    QTest::newRow("created_at garbage") << "/created_at" << json("2026-02-30T00:00:00Z") << ErrorCode::InvalidArgument
                                        << "created_at";
}

void TestComment::rejectsInvalidJson()
{
    QFETCH(QString, pointer);
    QFETCH(json, value);
    QFETCH(ErrorCode, code);
    QFETCH(QString, field);

    const auto result = hss::commentFromJson(mutated(hss::toJson(sampleComment()), pointer.toStdString(), value));
    QVERIFY2(!result.ok(), "invalid input was accepted");
    QCOMPARE(codeName(result.error().code), codeName(code));
    QCOMPARE(qs(result.error().field), field);
}

void TestComment::rejectsMalformedText()
{
    const auto result =
        hss::decodeJsonText(R"({"id": "01a216de-5800-7000-8000-00000000c001", "body": "x)", &hss::commentFromJson);
    QVERIFY(!result.ok());
    QCOMPARE(codeName(result.error().code), QStringLiteral("malformed_json"));
    QCOMPARE(qs(result.error().field), QString());
}

QTEST_GUILESS_MAIN(TestComment)
#include "TestComment.moc"
