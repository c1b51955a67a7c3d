// SPDX-License-Identifier: MIT
#include <QtTest>
#include <optional>
#include <vector>

#include "hss/sync/EnrollmentMerge.h"

Q_DECLARE_METATYPE(hss::EnrollmentStatus)
Q_DECLARE_METATYPE(std::vector<int>)
Q_DECLARE_METATYPE(std::optional<std::int64_t>)

using hss::Enrollment;
using hss::EnrollmentStatus;

namespace {

constexpr std::int64_t t0 = 1'795'680'000'000; // 2026-11-26T08:00:00.000Z
constexpr std::int64_t hourMs = 3'600'000;

hss::Uuid id(std::uint8_t n)
{
    return hss::Uuid(hss::Uuid::Bytes {0x01, 0xa2, 0x16, 0xde, 0x58, 0x00, 0x70, 0x00, 0x80, 0, 0, 0, 0, 0, 0, n});
}

Enrollment copy(std::uint8_t ownId, EnrollmentStatus status, const std::vector<int>& modules, std::int64_t enrolledAt,
                std::optional<std::int64_t> completedAt)
{
    Enrollment e;
    e.id = id(ownId);
    e.courseId = id(100);
    e.userId = id(200);
    e.status = status;
    for (const int module : modules) {
        e.completedModuleIds.push_back(id(static_cast<std::uint8_t>(module)));
    }
    e.enrolledAt = enrolledAt;
    e.completedAt = completedAt;
    return e;
}

} // namespace

/// The field rules of hss::sync::mergeEnrollment(): progress is never lost when a console's copy of an enrolment
/// meets the server's.
class TestEnrollmentMerge final : public QObject
{
    Q_OBJECT

private slots:
    void mergeKeepsAllProgress_data();
    void mergeKeepsAllProgress();
};

void TestEnrollmentMerge::mergeKeepsAllProgress_data()
{
    QTest::addColumn<EnrollmentStatus>("storedStatus");
    QTest::addColumn<std::vector<int>>("storedModules");
    QTest::addColumn<std::optional<std::int64_t>>("storedCompletedAt");
    QTest::addColumn<EnrollmentStatus>("incomingStatus");
    QTest::addColumn<std::vector<int>>("incomingModules");
    QTest::addColumn<std::optional<std::int64_t>>("incomingCompletedAt");
    QTest::addColumn<EnrollmentStatus>("status");
    QTest::addColumn<std::vector<int>>("modules");
    QTest::addColumn<std::optional<std::int64_t>>("completedAt");
    const std::optional<std::int64_t> none;

    QTest::newRow("modules done on two consoles are united, stored order first")
        << EnrollmentStatus::InProgress << std::vector<int> {1, 3} << none << EnrollmentStatus::InProgress
        << std::vector<int> {2, 1} << none << EnrollmentStatus::InProgress << std::vector<int> {1, 3, 2} << none;
    QTest::newRow("the console's later status choice is taken")
        << EnrollmentStatus::InProgress << std::vector<int> {1} << none << EnrollmentStatus::Withdrawn
        << std::vector<int> {} << none << EnrollmentStatus::Withdrawn << std::vector<int> {1} << none;
    QTest::newRow("a completed course stays completed")
        << EnrollmentStatus::Completed << std::vector<int> {1, 2} << std::optional<std::int64_t>(t0 + 5 * hourMs)
        << EnrollmentStatus::InProgress << std::vector<int> {1} << none << EnrollmentStatus::Completed
        << std::vector<int> {1, 2} << std::optional<std::int64_t>(t0 + 5 * hourMs);
    QTest::newRow("completed offline completes the server's row")
        << EnrollmentStatus::Enrolled << std::vector<int> {} << none << EnrollmentStatus::Completed
        << std::vector<int> {2, 1} << std::optional<std::int64_t>(t0 + 3 * hourMs) << EnrollmentStatus::Completed
        << std::vector<int> {2, 1} << std::optional<std::int64_t>(t0 + 3 * hourMs);
    QTest::newRow("completed on both keeps the earlier completion")
        << EnrollmentStatus::Completed << std::vector<int> {1, 2} << std::optional<std::int64_t>(t0 + 5 * hourMs)
        << EnrollmentStatus::Completed << std::vector<int> {2, 1} << std::optional<std::int64_t>(t0 + 4 * hourMs)
        << EnrollmentStatus::Completed << std::vector<int> {1, 2} << std::optional<std::int64_t>(t0 + 4 * hourMs);
}

void TestEnrollmentMerge::mergeKeepsAllProgress()
{
    QFETCH(EnrollmentStatus, storedStatus);
    QFETCH(std::vector<int>, storedModules);
    QFETCH(std::optional<std::int64_t>, storedCompletedAt);
    QFETCH(EnrollmentStatus, incomingStatus);
    QFETCH(std::vector<int>, incomingModules);
    QFETCH(std::optional<std::int64_t>, incomingCompletedAt);
    QFETCH(EnrollmentStatus, status);
    QFETCH(std::vector<int>, modules);
    QFETCH(std::optional<std::int64_t>, completedAt);

    const Enrollment stored = copy(1, storedStatus, storedModules, t0, storedCompletedAt);
    // The console's copy has its own id and was enrolled an hour earlier (offline, before the server's one).
    const Enrollment incoming = copy(2, incomingStatus, incomingModules, t0 - hourMs, incomingCompletedAt);
    const Enrollment merged = hss::sync::mergeEnrollment(stored, incoming);

    QVERIFY(merged.id == stored.id);
    QVERIFY(merged.userId == stored.userId && merged.courseId == stored.courseId);
    QCOMPARE(merged.enrolledAt, t0 - hourMs);
    QVERIFY(merged.status == status);
    QVERIFY(merged.completedAt == completedAt);
    const Enrollment expected = copy(1, status, modules, t0 - hourMs, completedAt);
    QVERIFY(merged.completedModuleIds == expected.completedModuleIds);
    QVERIFY2(hss::validate(merged).ok(), "the merged enrolment breaks a domain rule");
}

QTEST_GUILESS_MAIN(TestEnrollmentMerge)
#include "TestEnrollmentMerge.moc"
