// SPDX-License-Identifier: MIT
#include <QtTest>

#include "TestSupport.h"
#include "hss/Enrollment.h"
#include "hss/JsonText.h"

Q_DECLARE_METATYPE(hss::Enrollment)

using hss::ErrorCode;
using hss::test::codeName;
using hss::test::mutated;
using hss::test::qs;
using hss::test::removeMember;
using nlohmann::json;

namespace {

hss::Uuid uuid(const char* text)
{
    return hss::Uuid::parse(text).value();
}

hss::Enrollment completedEnrollment()
{
    hss::Enrollment enrollment;
    enrollment.id = uuid("01a216de-5800-7000-8000-0000000000f1");
    enrollment.courseId = uuid("01a216de-5800-7000-8000-00000000c0c0");
    enrollment.userId = uuid("01a216de-5800-7000-8000-0000000000a1");
    enrollment.status = hss::EnrollmentStatus::Completed;
    enrollment.completedModuleIds = {uuid("01a216de-5800-7000-8000-0000000000e1"),
                                     uuid("01a216de-5800-7000-8000-0000000000e2")};
    enrollment.enrolledAt = 1'795'680'000'000;
    enrollment.completedAt = 1'795'680'000'000 + 86'400'000;
    return enrollment;
}

} // namespace

class TestEnrollment final : public QObject
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

void TestEnrollment::roundTripsEveryField_data()
{
    QTest::addColumn<hss::Enrollment>("enrollment");

    QTest::newRow("completed") << completedEnrollment();
    hss::Enrollment fresh = completedEnrollment();
    fresh.status = hss::EnrollmentStatus::Enrolled;
    fresh.completedModuleIds.clear();
    fresh.completedAt.reset();
    QTest::newRow("just enrolled") << fresh;
}

void TestEnrollment::roundTripsEveryField()
{
    QFETCH(hss::Enrollment, enrollment);

    QVERIFY(hss::validate(enrollment).ok());
    const auto decoded = hss::decodeJsonText(hss::toJsonText(hss::toJson(enrollment)), &hss::enrollmentFromJson);
    QVERIFY2(decoded.ok(), decoded.ok() ? "" : hss::describe(decoded.error()).c_str());
    QVERIFY(decoded.value() == enrollment);
}

void TestEnrollment::jsonShape()
{
    const json encoded = hss::toJson(completedEnrollment());
    QCOMPARE(encoded.size(), std::size_t {7});
    QCOMPARE(encoded.at("status"), json("completed"));
    QCOMPARE(encoded.at("completed_module_ids"),
             json({"01a216de-5800-7000-8000-0000000000e1", "01a216de-5800-7000-8000-0000000000e2"}));
    QCOMPARE(encoded.at("completed_at"), json("2026-11-27T08:00:00.000Z"));
}

void TestEnrollment::rejectsInvalidJson_data()
{
    QTest::addColumn<QString>("pointer");
    QTest::addColumn<json>("value");
    QTest::addColumn<ErrorCode>("code");
    QTest::addColumn<QString>("field");

    QTest::newRow("unknown status") << "/status" << json("finished") << ErrorCode::UnknownValue << "status";
    QTest::newRow("module ids is a string")
        << "/completed_module_ids" << json("e1,e2") << ErrorCode::WrongType << "completed_module_ids";
    QTest::newRow("module id is a number")
        << "/completed_module_ids/1" << json(2) << ErrorCode::WrongType << "completed_module_ids[1]";
    QTest::newRow("unknown field") << "/score" << json(98) << ErrorCode::UnknownField << "score";
    QTest::newRow("missing user") << "/user_id" << removeMember() << ErrorCode::MissingField << "user_id";
    QTest::newRow("completed without time")
        << "/completed_at" << json(nullptr) << ErrorCode::MissingField << "completed_at";
    QTest::newRow("module id garbage") << "/completed_module_ids/0" << json("../../etc") << ErrorCode::InvalidArgument
                                       << "completed_module_ids[0]";
    QTest::newRow("module id invalid UTF-8") << "/completed_module_ids/0" << json(std::string("\xc3\x28"))
                                             << ErrorCode::InvalidArgument << "completed_module_ids[0]";
    QTest::newRow("duplicate module") << "/completed_module_ids/1" << json("01a216de-5800-7000-8000-0000000000e1")
                                      << ErrorCode::Conflict << "completed_module_ids[1]";
    QTest::newRow("completed before enrolled")
        << "/completed_at" << json("2026-11-25T00:00:00Z") << ErrorCode::OutOfRange << "completed_at";
    QTest::newRow("enrolled_at garbage") << "/enrolled_at" << json("2026-11-26") << ErrorCode::InvalidArgument
                                         << "enrolled_at";
    QTest::newRow("too many module ids") << "/completed_module_ids"
                                         << json(std::vector<std::string>(501, "01a216de-5800-7000-8000-0000000000e1"))
                                         << ErrorCode::TooLong << "completed_module_ids";
}

void TestEnrollment::rejectsInvalidJson()
{
    QFETCH(QString, pointer);
    QFETCH(json, value);
    QFETCH(ErrorCode, code);
    QFETCH(QString, field);

    const auto input = mutated(hss::toJson(completedEnrollment()), pointer.toStdString(), value);
    const auto result = hss::enrollmentFromJson(input);
    QVERIFY2(!result.ok(), "invalid input was accepted");
    QCOMPARE(codeName(result.error().code), codeName(code));
    QCOMPARE(qs(result.error().field), field);
}

void TestEnrollment::rejectsMalformedText()
{
    const auto result = hss::decodeJsonText("{\"status\": 'completed'}", &hss::enrollmentFromJson);
    QVERIFY(!result.ok());
    QCOMPARE(codeName(result.error().code), QStringLiteral("malformed_json"));
    QCOMPARE(qs(result.error().field), QString());
}

QTEST_GUILESS_MAIN(TestEnrollment)
#include "TestEnrollment.moc"
