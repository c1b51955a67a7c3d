// SPDX-License-Identifier: MIT
#include <QtTest>

#include "TestSupport.h"
#include "hss/Course.h"
#include "hss/JsonText.h"

Q_DECLARE_METATYPE(hss::Course)

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

hss::CourseModule module(const char* id, const char* title, int order, int minutes)
{
    return hss::CourseModule {uuid(id), title, order, minutes};
}

hss::Course sampleCourse()
{
    hss::Course course;
    course.id = uuid("01a216de-5800-7000-8000-00000000c0c0");
    course.title = "Medical AI for clinicians";
    course.description = "Safe use of AI triage.\nIncludes a final assessment.";
    course.learningPath = hss::LearningPath::HealthcareProfessional;
    course.certificationProgram = hss::CertificationProgram::MedicalAi;
    course.validityMonths = 24;
    course.modules = {
        module("01a216de-5800-7000-8000-0000000000e1", "Introduction", 0, 15),
        module("01a216de-5800-7000-8000-0000000000e2", "Reading model confidence", 1, 45),
        module("01a216de-5800-7000-8000-0000000000e3", "Assessment", 2, 30),
    };
    return course;
}

} // namespace

class TestCourse final : public QObject
{
    Q_OBJECT

private slots:
    void roundTripsEveryField_data();
    void roundTripsEveryField();
    void jsonShape();
    void rejectsInvalidJson_data();
    void rejectsInvalidJson();
    void rejectsMalformedText();
    void moduleDecodesOnItsOwn();
};

void TestCourse::roundTripsEveryField_data()
{
    QTest::addColumn<hss::Course>("course");

    QTest::newRow("certified course with modules") << sampleCourse();
    hss::Course plain = sampleCourse();
    plain.certificationProgram.reset();
    plain.learningPath = hss::LearningPath::Developer;
    plain.modules.clear();
    plain.description.clear();
    QTest::newRow("no program, no modules yet") << plain;
}

void TestCourse::roundTripsEveryField()
{
    QFETCH(hss::Course, course);

    QVERIFY(hss::validate(course).ok());
    const auto decoded = hss::decodeJsonText(hss::toJsonText(hss::toJson(course)), &hss::courseFromJson);
    QVERIFY2(decoded.ok(), decoded.ok() ? "" : hss::describe(decoded.error()).c_str());
    QVERIFY(decoded.value() == course);
}

void TestCourse::jsonShape()
{
    const json encoded = hss::toJson(sampleCourse());
    QCOMPARE(encoded.size(), std::size_t {7});
    QCOMPARE(encoded.at("learning_path"), json("healthcare_professional"));
    QCOMPARE(encoded.at("certification_program"), json("medical_ai"));
    QCOMPARE(encoded.at("validity_months"), json(24));
    QCOMPARE(encoded.at("modules").size(), std::size_t {3});
    QCOMPARE(encoded.at("modules").at(1).at("title"), json("Reading model confidence"));
    QCOMPARE(encoded.at("modules").at(1).at("order"), json(1));
    QCOMPARE(encoded.at("modules").at(1).at("duration_minutes"), json(45));
}

void TestCourse::rejectsInvalidJson_data()
{
    QTest::addColumn<QString>("pointer");
    QTest::addColumn<json>("value");
    QTest::addColumn<ErrorCode>("code");
    QTest::addColumn<QString>("field");

    QTest::newRow("unknown learning path")
        << "/learning_path" << json("expert") << ErrorCode::UnknownValue << "learning_path";
    QTest::newRow("unknown program") << "/certification_program" << json("medical-ai") << ErrorCode::UnknownValue
                                     << "certification_program";
    QTest::newRow("modules is an object") << "/modules" << json::object() << ErrorCode::WrongType << "modules";
    QTest::newRow("module is a string") << "/modules/2" << json("Assessment") << ErrorCode::WrongType << "modules[2]";
    QTest::newRow("module order is a string")
        << "/modules/1/order" << json("1") << ErrorCode::WrongType << "modules[1].order";
    QTest::newRow("validity is fractional")
        << "/validity_months" << json(1.5) << ErrorCode::WrongType << "validity_months";
    QTest::newRow("unknown course field") << "/price" << json(10) << ErrorCode::UnknownField << "price";
    QTest::newRow("unknown module field")
        << "/modules/0/video" << json("x") << ErrorCode::UnknownField << "modules[0].video";
    QTest::newRow("missing modules") << "/modules" << removeMember() << ErrorCode::MissingField << "modules";
    QTest::newRow("missing module title")
        << "/modules/2/title" << removeMember() << ErrorCode::MissingField << "modules[2].title";
    QTest::newRow("course title 201 characters")
        << "/title" << json(std::string(201, 'c')) << ErrorCode::TooLong << "title";
    QTest::newRow("module title 201 characters")
        << "/modules/2/title" << json(std::string(201, 'm')) << ErrorCode::TooLong << "modules[2].title";
    QTest::newRow("description invalid UTF-8")
        << "/description" << json(std::string("\xe2\x82")) << ErrorCode::InvalidEncoding << "description";
    QTest::newRow("module title invalid UTF-8")
        << "/modules/1/title" << json(std::string("\xc3\x28")) << ErrorCode::InvalidEncoding << "modules[1].title";
    QTest::newRow("module id garbage") << "/modules/0/id" << json("e1") << ErrorCode::InvalidArgument
                                       << "modules[0].id";
    QTest::newRow("validity zero months")
        << "/validity_months" << json(0) << ErrorCode::OutOfRange << "validity_months";
    QTest::newRow("validity 121 months") << "/validity_months" << json(121) << ErrorCode::OutOfRange
                                         << "validity_months";
    QTest::newRow("module without duration")
        << "/modules/1/duration_minutes" << json(0) << ErrorCode::OutOfRange << "modules[1].duration_minutes";
    QTest::newRow("negative module order")
        << "/modules/0/order" << json(-1) << ErrorCode::OutOfRange << "modules[0].order";
    QTest::newRow("duplicate module order")
        << "/modules/2/order" << json(1) << ErrorCode::Conflict << "modules[2].order";
    QTest::newRow("duplicate module id") << "/modules/1/id" << json("01a216de-5800-7000-8000-0000000000e1")
                                         << ErrorCode::Conflict << "modules[1].id";
}

void TestCourse::rejectsInvalidJson()
{
    QFETCH(QString, pointer);
    QFETCH(json, value);
    QFETCH(ErrorCode, code);
    QFETCH(QString, field);

    const auto result = hss::courseFromJson(mutated(hss::toJson(sampleCourse()), pointer.toStdString(), value));
    QVERIFY2(!result.ok(), "invalid input was accepted");
    QCOMPARE(codeName(result.error().code), codeName(code));
    QCOMPARE(qs(result.error().field), field);
}

void TestCourse::rejectsMalformedText()
{
    const auto result = hss::decodeJsonText(R"({"modules": [{"title": "a"}, ]})", &hss::courseFromJson);
    QVERIFY(!result.ok());
    QCOMPARE(codeName(result.error().code), QStringLiteral("malformed_json"));
    QCOMPARE(qs(result.error().field), QString());
}

void TestCourse::moduleDecodesOnItsOwn()
{
    const hss::CourseModule original = sampleCourse().modules.at(1);
    const auto decoded = hss::courseModuleFromJson(hss::toJson(original));
    QVERIFY(decoded.ok());
    QVERIFY(decoded.value() == original);
    const auto bad = hss::courseModuleFromJson(mutated(hss::toJson(original), "/title", json("")));
    QVERIFY(!bad.ok());
    QCOMPARE(qs(bad.error().field), QStringLiteral("title"));
}

QTEST_GUILESS_MAIN(TestCourse)
#include "TestCourse.moc"
