// SPDX-License-Identifier: MIT
#include <QtTest>

#include "StorageFixture.h"
#include "storage/TrainingRepository.h"

using hss::Certificate;
using hss::CertificationProgram;
using hss::Course;
using hss::CourseModule;
using hss::Enrollment;
using hss::ErrorCode;
using hss::Uuid;
using hss::server::TrainingRepository;

class TestTrainingRepository final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void courseWithModulesRoundTrips_data();
    void courseWithModulesRoundTrips();
    void enrollIsIdempotent_data();
    void enrollIsIdempotent();
    void certificatesOfUser_data();
    void certificatesOfUser();

private:
    static Course makeCourse();

    hss::test::StorageFixture m_fixture;
};

void TestTrainingRepository::initTestCase()
{
    QVERIFY2(m_fixture.start(), qPrintable(m_fixture.error()));
}

Course TestTrainingRepository::makeCourse()
{
    Course course;
    course.id = Uuid::createV7();
    course.title = "AI safety basics " + course.id.toString();
    course.description = "Two modules.";
    course.certificationProgram = CertificationProgram::MedicalAi;
    // Stored out of order on purpose: reading back sorts by order.
    course.modules = {CourseModule {Uuid::createV7(), "Second", 2, 30},
                      CourseModule {Uuid::createV7(), "First", 1, 15}};
    return course;
}

void TestTrainingRepository::courseWithModulesRoundTrips_data()
{
    hss::test::StorageFixture::backendRows();
}

void TestTrainingRepository::courseWithModulesRoundTrips()
{
    QFETCH(QString, backend);
    TrainingRepository training(m_fixture.database(backend));
    Course course = makeCourse();
    QVERIFY(training.createCourse(course).ok());
    std::swap(course.modules[0], course.modules[1]);
    QCOMPARE(training.findCourse(course.id.toString()).value(), course);
    const auto all = training.listCourses();
    QVERIFY(std::find(all.begin(), all.end(), course) != all.end());
    QCOMPARE(training.createCourse(course).error().code, ErrorCode::Conflict);
    QCOMPARE(training.findCourse("../courses").error().code, ErrorCode::NotFound);
}

void TestTrainingRepository::enrollIsIdempotent_data()
{
    hss::test::StorageFixture::backendRows();
}

void TestTrainingRepository::enrollIsIdempotent()
{
    QFETCH(QString, backend);
    TrainingRepository training(m_fixture.database(backend));
    const Course course = makeCourse();
    QVERIFY(training.createCourse(course).ok());
    const Uuid user = Uuid::createV7();
    const Enrollment first {Uuid::createV7(), course.id, user, hss::EnrollmentStatus::Enrolled, {}, 1000, {}};
    QCOMPARE(training.enroll(first).value(), first);
    Enrollment again = first;
    again.id = Uuid::createV7();
    again.enrolledAt = 2000;
    QCOMPARE(training.enroll(again).value(), first);
    QCOMPARE(training.enrollmentsOf(user), std::vector<Enrollment>({first}));
    Enrollment unknownCourse = first;
    unknownCourse.courseId = Uuid::createV7();
    QCOMPARE(training.enroll(unknownCourse).error().code, ErrorCode::NotFound);
}

void TestTrainingRepository::certificatesOfUser_data()
{
    hss::test::StorageFixture::backendRows();
}

void TestTrainingRepository::certificatesOfUser()
{
    QFETCH(QString, backend);
    TrainingRepository training(m_fixture.database(backend));
    const Course course = makeCourse();
    QVERIFY(training.createCourse(course).ok());
    const Uuid user = Uuid::createV7();
    const std::string serial = "HSS-" + user.toString().substr(24);
    const Certificate older {Uuid::createV7(), user, course.id, CertificationProgram::MedicalAi, 1000, 5000,
                             serial + "-1"};
    const Certificate newer {Uuid::createV7(), user, course.id, std::nullopt, 2000, 6000, serial + "-2"};
    QVERIFY(training.issueCertificate(older).ok());
    QVERIFY(training.issueCertificate(newer).ok());
    QCOMPARE(training.certificatesOf(user), std::vector<Certificate>({newer, older}));
    Certificate duplicateSerial = newer;
    duplicateSerial.id = Uuid::createV7();
    QCOMPARE(training.issueCertificate(duplicateSerial).error().code, ErrorCode::Conflict);
    QVERIFY(training.certificatesOf(Uuid::createV7()).empty());
}

QTEST_GUILESS_MAIN(TestTrainingRepository)
#include "TestTrainingRepository.moc"
