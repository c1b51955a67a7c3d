// SPDX-License-Identifier: MIT
// Issue 8: the safety outcome on feedback and the usage figures the sync feed delivers (entity "usage_figures").
#include <QtTest>

#include "TestSupport.h"
#include "hss/Feedback.h"
#include "hss/UsageReport.h"
#include "hss/sync/Mutation.h"
#include "hss/sync/SyncEntity.h"

using hss::ErrorCode;
using hss::test::codeName;
using hss::test::mutated;
using hss::test::qs;
using hss::test::removeMember;
using nlohmann::json;

namespace {

constexpr std::int64_t june = 1'780'272'000'000; // 2026-06-01T00:00:00Z
constexpr std::int64_t july = 1'782'864'000'000; // 2026-07-01T00:00:00Z

hss::Feedback sampleFeedback()
{
    hss::Feedback feedback;
    feedback.id = hss::Uuid::parse("01a216de-5800-7000-8000-0000000000fb").value();
    feedback.ticketId = hss::Uuid::parse("01a216de-5800-7000-8000-000000000001").value();
    feedback.authorId = hss::Uuid::parse("01a216de-5800-7000-8000-0000000000a1").value();
    feedback.comment = "The triage suggestion was wrong; the nurse caught it.";
    feedback.category = hss::FeedbackCategory::Clinical;
    feedback.createdAt = june + 1000;
    feedback.safetyOutcome = hss::metrics::SafetyOutcome::NearMiss;
    return feedback;
}

hss::UsageReport sampleReport()
{
    hss::UsageReport report;
    report.id = hss::Uuid::parse("01a216de-5800-7000-8000-0000000000c1").value();
    report.figures.period = {june, july};
    report.figures.activeProfessionals = 180;
    report.figures.licensedProfessionals = 240;
    report.site = "North clinic";
    report.note = "From the platform's monthly export.\nIncludes locums.";
    report.recordedAt = july + 5000;
    return report;
}

} // namespace

class TestSafetyUsageCodecs final : public QObject
{
    Q_OBJECT

private slots:
    void feedbackCarriesSafetyOutcome_data();
    void feedbackCarriesSafetyOutcome();
    void feedbackWithoutOutcomeStillDecodes();
    void feedbackRejectsUnknownOutcome();
    void usageReportRoundTrips();
    void usageReportOptionalTexts();
    void usageReportRejects_data();
    void usageReportRejects();
    void usageFiguresEntityIsPullOnly();
};

void TestSafetyUsageCodecs::feedbackCarriesSafetyOutcome_data()
{
    QTest::addColumn<QString>("wire");
    QTest::addColumn<int>("outcome");
    QTest::newRow("correct") << "correct" << static_cast<int>(hss::metrics::SafetyOutcome::Correct);
    QTest::newRow("incorrect") << "incorrect" << static_cast<int>(hss::metrics::SafetyOutcome::Incorrect);
    QTest::newRow("near miss") << "near_miss" << static_cast<int>(hss::metrics::SafetyOutcome::NearMiss);
}

void TestSafetyUsageCodecs::feedbackCarriesSafetyOutcome()
{
    QFETCH(QString, wire);
    QFETCH(int, outcome);
    hss::Feedback feedback = sampleFeedback();
    feedback.safetyOutcome = static_cast<hss::metrics::SafetyOutcome>(outcome);
    const json encoded = hss::toJson(feedback);
    QCOMPARE(qs(encoded.at("safety_outcome").get<std::string>()), wire);
    const auto decoded = hss::feedbackFromJson(encoded);
    QVERIFY2(decoded.ok(), decoded.ok() ? "" : hss::describe(decoded.error()).c_str());
    QVERIFY(decoded.value() == feedback);
}

void TestSafetyUsageCodecs::feedbackWithoutOutcomeStillDecodes()
{
    hss::Feedback feedback = sampleFeedback();
    feedback.safetyOutcome.reset();
    const json encoded = hss::toJson(feedback);
    QVERIFY(encoded.at("safety_outcome").is_null());
    // A console from before the field sends no key at all: no outcome, as before.
    const auto decoded = hss::feedbackFromJson(mutated(encoded, "/safety_outcome", removeMember()));
    QVERIFY(decoded.ok());
    QVERIFY(!decoded.value().safetyOutcome);
    QVERIFY(decoded.value() == feedback);
}

void TestSafetyUsageCodecs::feedbackRejectsUnknownOutcome()
{
    const json encoded = hss::toJson(sampleFeedback());
    for (const json& bad : {json("wrong"), json("Near miss"), json(1)}) {
        const auto decoded = hss::feedbackFromJson(mutated(encoded, "/safety_outcome", bad));
        QVERIFY(!decoded.ok());
        QCOMPARE(qs(decoded.error().field), QStringLiteral("safety_outcome"));
    }
}

void TestSafetyUsageCodecs::usageReportRoundTrips()
{
    const hss::UsageReport report = sampleReport();
    const json encoded = hss::toJson(report);
    QCOMPARE(encoded.size(), std::size_t {8});
    QCOMPARE(encoded.at("period_start"), json("2026-06-01T00:00:00.000Z"));
    QCOMPARE(encoded.at("period_end"), json("2026-07-01T00:00:00.000Z"));
    QCOMPARE(encoded.at("active_professionals"), json(180));
    QCOMPARE(encoded.at("licensed_professionals"), json(240));
    QCOMPARE(encoded.at("site"), json("North clinic"));
    const auto decoded = hss::usageReportFromJson(encoded);
    QVERIFY2(decoded.ok(), decoded.ok() ? "" : hss::describe(decoded.error()).c_str());
    QVERIFY(decoded.value() == report);
}

void TestSafetyUsageCodecs::usageReportOptionalTexts()
{
    json encoded = hss::toJson(sampleReport());
    encoded.erase("site");
    encoded["note"] = nullptr;
    const auto decoded = hss::usageReportFromJson(encoded);
    QVERIFY(decoded.ok());
    QCOMPARE(qs(decoded.value().site), QString());
    QCOMPARE(qs(decoded.value().note), QString());
}

void TestSafetyUsageCodecs::usageReportRejects_data()
{
    QTest::addColumn<QString>("pointer");
    QTest::addColumn<json>("value");
    QTest::addColumn<QString>("field");

    QTest::newRow("end before start") << "/period_end" << json("2026-05-31T00:00:00Z") << "period_end";
    QTest::newRow("empty period") << "/period_end" << json("2026-06-01T00:00:00Z") << "period_end";
    QTest::newRow("start not a time") << "/period_start" << json("June") << "period_start";
    QTest::newRow("no start") << "/period_start" << removeMember() << "period_start";
    QTest::newRow("negative active") << "/active_professionals" << json(-1) << "active_professionals";
    QTest::newRow("negative licensed") << "/licensed_professionals" << json(-3) << "licensed_professionals";
    QTest::newRow("count as text") << "/licensed_professionals" << json("240") << "licensed_professionals";
    QTest::newRow("no active") << "/active_professionals" << removeMember() << "active_professionals";
    QTest::newRow("site on two lines") << "/site" << json("North\nclinic") << "site";
    QTest::newRow("site too long") << "/site" << json(std::string(121, 's')) << "site";
    QTest::newRow("note too long") << "/note" << json(std::string(2001, 'n')) << "note";
    QTest::newRow("unknown key") << "/adoption" << json(0.75) << "adoption";
}

void TestSafetyUsageCodecs::usageReportRejects()
{
    QFETCH(QString, pointer);
    QFETCH(json, value);
    QFETCH(QString, field);
    const auto decoded = hss::usageReportFromJson(mutated(hss::toJson(sampleReport()), pointer.toStdString(), value));
    QVERIFY(!decoded.ok());
    QCOMPARE(qs(decoded.error().field), field);
}

void TestSafetyUsageCodecs::usageFiguresEntityIsPullOnly()
{
    QCOMPARE(qs(hss::sync::toString(hss::sync::SyncEntity::UsageFigures)), QStringLiteral("usage_figures"));
    QVERIFY(hss::sync::syncEntityFromString("usage_figures").value() == hss::sync::SyncEntity::UsageFigures);
    for (const auto kind : hss::sync::allMutationKinds) {
        QVERIFY(!hss::sync::isMutationAllowed(hss::sync::SyncEntity::UsageFigures, kind));
    }
}

QTEST_APPLESS_MAIN(TestSafetyUsageCodecs)
#include "TestSafetyUsageCodecs.moc"
