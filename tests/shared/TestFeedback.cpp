// SPDX-License-Identifier: MIT
#include <QtTest>
#include <cmath>

#include "TestSupport.h"
#include "hss/Feedback.h"
#include "hss/JsonText.h"

Q_DECLARE_METATYPE(hss::Feedback)

using hss::ErrorCode;
using hss::test::codeName;
using hss::test::mutated;
using hss::test::qs;
using hss::test::removeMember;
using nlohmann::json;

namespace {

hss::Feedback sampleFeedback()
{
    hss::Feedback feedback;
    feedback.id = hss::Uuid::parse("01a216de-5800-7000-8000-0000000000fb").value();
    feedback.ticketId = hss::Uuid::parse("01a216de-5800-7000-8000-000000000001").value();
    feedback.authorId = hss::Uuid::parse("01a216de-5800-7000-8000-0000000000a1").value();
    feedback.csatScore = 4;
    feedback.comment = "Quick fix, thanks!\nThe dose unit is correct now.";
    feedback.category = hss::FeedbackCategory::Clinical;
    feedback.createdAt = 1'795'680'000'000;
    feedback.sentimentScore = 0.75;
    return feedback;
}

} // namespace

class TestFeedback final : public QObject
{
    Q_OBJECT

private slots:
    void roundTripsEveryField_data();
    void roundTripsEveryField();
    void jsonShape();
    void rejectsInvalidJson_data();
    void rejectsInvalidJson();
    void rejectsNonFiniteSentiment();
    void rejectsMalformedText();
};

void TestFeedback::roundTripsEveryField_data()
{
    QTest::addColumn<hss::Feedback>("feedback");

    QTest::newRow("csat about a ticket") << sampleFeedback();
    hss::Feedback general = sampleFeedback();
    general.ticketId.reset();
    general.csatScore.reset();
    general.sentimentScore.reset();
    general.comment.clear();
    general.category = hss::FeedbackCategory::Other;
    QTest::newRow("general feedback, optionals absent") << general;
    hss::Feedback extremes = sampleFeedback();
    extremes.csatScore = 1;
    extremes.sentimentScore = -1.0;
    QTest::newRow("lowest score and sentiment") << extremes;
    extremes.sentimentScore = -0.123456789012345;
    QTest::newRow("sentiment with full double precision") << extremes;
}

void TestFeedback::roundTripsEveryField()
{
    QFETCH(hss::Feedback, feedback);

    QVERIFY(hss::validate(feedback).ok());
    const auto decoded = hss::decodeJsonText(hss::toJsonText(hss::toJson(feedback)), &hss::feedbackFromJson);
    QVERIFY2(decoded.ok(), decoded.ok() ? "" : hss::describe(decoded.error()).c_str());
    QVERIFY(decoded.value() == feedback);
}

void TestFeedback::jsonShape()
{
    const json encoded = hss::toJson(sampleFeedback());
    QCOMPARE(encoded.size(), std::size_t {10}); // safety_outcome: TestSafetyUsageCodecs
    QCOMPARE(encoded.at("csat_score"), json(4));
    QCOMPARE(encoded.at("category"), json("clinical"));
    QCOMPARE(encoded.at("sentiment_score"), json(0.75));
    QCOMPARE(encoded.at("sentiment_label"), json("positive")); // derived from the score
    QVERIFY(hss::toJson(hss::Feedback {}).at("ticket_id").is_null());
    QVERIFY(hss::toJson(hss::Feedback {}).at("sentiment_label").is_null());
}

void TestFeedback::rejectsInvalidJson_data()
{
    QTest::addColumn<QString>("pointer");
    QTest::addColumn<json>("value");
    QTest::addColumn<ErrorCode>("code");
    QTest::addColumn<QString>("field");

    QTest::newRow("unknown category") << "/category" << json("billing") << ErrorCode::UnknownValue << "category";
    QTest::newRow("csat as string") << "/csat_score" << json("5") << ErrorCode::WrongType << "csat_score";
    QTest::newRow("csat fractional") << "/csat_score" << json(4.5) << ErrorCode::WrongType << "csat_score";
    QTest::newRow("sentiment as string") << "/sentiment_score" << json("positive") << ErrorCode::WrongType
                                         << "sentiment_score";
    QTest::newRow("comment as array") << "/comment" << json::array() << ErrorCode::WrongType << "comment";
    QTest::newRow("unknown field") << "/nps" << json(9) << ErrorCode::UnknownField << "nps";
    QTest::newRow("missing author") << "/author_id" << removeMember() << ErrorCode::MissingField << "author_id";
    QTest::newRow("missing comment") << "/comment" << removeMember() << ErrorCode::MissingField << "comment";
    QTest::newRow("comment 20001 characters")
        << "/comment" << json(std::string(20'001, 'c')) << ErrorCode::TooLong << "comment";
    QTest::newRow("comment invalid UTF-8")
        << "/comment" << json(std::string("gut \xfc")) << ErrorCode::InvalidEncoding << "comment";
    QTest::newRow("csat zero") << "/csat_score" << json(0) << ErrorCode::OutOfRange << "csat_score";
    QTest::newRow("csat six") << "/csat_score" << json(6) << ErrorCode::OutOfRange << "csat_score";
    QTest::newRow("csat beyond int") << "/csat_score" << json(std::int64_t {1} << 33) << ErrorCode::OutOfRange
                                     << "csat_score";
    QTest::newRow("sentiment above one") << "/sentiment_score" << json(1.01) << ErrorCode::OutOfRange
                                         << "sentiment_score";
    QTest::newRow("sentiment below minus one")
        << "/sentiment_score" << json(-2) << ErrorCode::OutOfRange << "sentiment_score";
    QTest::newRow("unknown sentiment label")
        << "/sentiment_label" << json("angry") << ErrorCode::UnknownValue << "sentiment_label";
    QTest::newRow("ticket id garbage") << "/ticket_id" << json("#1042") << ErrorCode::InvalidArgument << "ticket_id";
}

void TestFeedback::rejectsInvalidJson()
{
    QFETCH(QString, pointer);
    QFETCH(json, value);
    QFETCH(ErrorCode, code);
    QFETCH(QString, field);

    const auto result = hss::feedbackFromJson(mutated(hss::toJson(sampleFeedback()), pointer.toStdString(), value));
    QVERIFY2(!result.ok(), "invalid input was accepted");
    QCOMPARE(codeName(result.error().code), codeName(code));
    QCOMPARE(qs(result.error().field), field);
}

void TestFeedback::rejectsNonFiniteSentiment()
{
    hss::Feedback feedback = sampleFeedback();
    feedback.sentimentScore = std::nan("");
    QCOMPARE(qs(hss::validate(feedback).error().field), QStringLiteral("sentiment_score"));
    feedback.sentimentScore = INFINITY;
    QCOMPARE(codeName(hss::validate(feedback).error().code), QStringLiteral("out_of_range"));
}

void TestFeedback::rejectsMalformedText()
{
    const auto result = hss::decodeJsonText(R"({"csat_score": 05})", &hss::feedbackFromJson);
    QVERIFY(!result.ok());
    QCOMPARE(codeName(result.error().code), QStringLiteral("malformed_json"));
    QCOMPARE(qs(result.error().field), QString());
}

QTEST_GUILESS_MAIN(TestFeedback)
#include "TestFeedback.moc"
