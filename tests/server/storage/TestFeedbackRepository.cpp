// SPDX-License-Identifier: MIT
#include <QtTest>

#include "StorageFixture.h"
#include "storage/FeedbackRepository.h"

using hss::ErrorCode;
using hss::Feedback;
using hss::FeedbackCategory;
using hss::Uuid;
using hss::server::FeedbackQuery;
using hss::server::FeedbackRepository;

class TestFeedbackRepository final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void addAndList_data();
    void addAndList();
    void analytics_data();
    void analytics();

private:
    static Feedback makeFeedback(std::int64_t at, std::optional<int> csat, FeedbackCategory category);

    hss::test::StorageFixture m_fixture;
};

void TestFeedbackRepository::initTestCase()
{
    QVERIFY2(m_fixture.start(), qPrintable(m_fixture.error()));
}

Feedback TestFeedbackRepository::makeFeedback(std::int64_t at, std::optional<int> csat, FeedbackCategory category)
{
    Feedback feedback;
    feedback.id = Uuid::createV7();
    feedback.authorId = Uuid::createV7();
    feedback.csatScore = csat;
    feedback.comment = "Fast answer.";
    feedback.category = category;
    feedback.createdAt = at;
    return feedback;
}

void TestFeedbackRepository::addAndList_data()
{
    hss::test::StorageFixture::backendRows();
}

void TestFeedbackRepository::addAndList()
{
    QFETCH(QString, backend);
    FeedbackRepository feedback(m_fixture.database(backend));
    // A time window of its own keeps this test's rows apart from the other rows in the shared database.
    const std::int64_t base = 3'000'000'000'000;
    Feedback withAll = makeFeedback(base + 2, 5, FeedbackCategory::Support);
    withAll.ticketId = Uuid::createV7();
    withAll.sentimentScore = 0.75;
    const Feedback minimal = makeFeedback(base + 1, std::nullopt, FeedbackCategory::Other);
    QVERIFY(feedback.add(withAll).ok());
    QVERIFY(feedback.add(minimal).ok());
    QCOMPARE(feedback.add(minimal).error().code, ErrorCode::Conflict);
    Feedback invalid = makeFeedback(base, 9, FeedbackCategory::Other);
    QVERIFY(!feedback.add(invalid).ok());
    FeedbackQuery query;
    query.createdFrom = base;
    query.createdTo = base + 10;
    QCOMPARE(feedback.list(query), std::vector<Feedback>({withAll, minimal}));
    query.category = FeedbackCategory::Other;
    QCOMPARE(feedback.list(query), std::vector<Feedback>({minimal}));
}

void TestFeedbackRepository::analytics_data()
{
    hss::test::StorageFixture::backendRows();
}

void TestFeedbackRepository::analytics()
{
    QFETCH(QString, backend);
    FeedbackRepository feedback(m_fixture.database(backend));
    const std::int64_t base = 4'000'000'000'000 + (backend == QStringLiteral("sqlite") ? 0 : 1000);
    QVERIFY(feedback.add(makeFeedback(base + 1, 5, FeedbackCategory::Support)).ok());
    QVERIFY(feedback.add(makeFeedback(base + 2, 4, FeedbackCategory::Support)).ok());
    QVERIFY(feedback.add(makeFeedback(base + 3, 2, FeedbackCategory::Training)).ok());
    QVERIFY(feedback.add(makeFeedback(base + 4, std::nullopt, FeedbackCategory::Training)).ok());
    FeedbackQuery query;
    query.createdFrom = base;
    query.createdTo = base + 100;
    const auto stats = feedback.analytics(query);
    QCOMPARE(stats.count, 4);
    QCOMPARE(stats.csatCount, 3);
    QVERIFY(stats.averageCsat.has_value());
    QCOMPARE(*stats.averageCsat, 11.0 / 3.0);
    using Count = std::pair<FeedbackCategory, std::int64_t>;
    QCOMPARE(stats.byCategory, std::vector<Count>({{FeedbackCategory::Support, 2}, {FeedbackCategory::Training, 2}}));
    query.createdFrom = base + 1000'000;
    const auto empty = feedback.analytics(query);
    QCOMPARE(empty.count, 0);
    QVERIFY(!empty.averageCsat.has_value());
}

QTEST_GUILESS_MAIN(TestFeedbackRepository)
#include "TestFeedbackRepository.moc"
