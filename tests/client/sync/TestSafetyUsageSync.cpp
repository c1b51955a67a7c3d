// SPDX-License-Identifier: MIT
// Issue 8 in the console's store: safety outcomes on feedback and usage figures pulled as entity usage_figures,
// read back by KpiFactsRepository for the patient safety score and clinical adoption.
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QtTest>

#include <nlohmann/json.hpp>

#include "../storage/StoreTestSupport.h"
#include "SyncTestSupport.h"
#include "hss/Timestamp.h"
#include "hss/UsageReport.h"
#include "hss/metrics/ClinicalKpis.h"
#include "storage/FeedbackRepository.h"
#include "storage/KpiFactsRepository.h"
#include "storage/LocalStore.h"
#include "storage/OutboxRepository.h"
#include "storage/SchemaMigrator.h"
#include "storage/TicketRepository.h"
#include "storage/UsageFiguresRepository.h"
#include "storage/sqlcipher/SqlCipherDriver.h"
#include "sync/LocalChanges.h"
#include "sync/PullApplier.h"

using namespace hss::client;
using hss::test::await;
using hss::test::pageOf;
namespace metrics = hss::metrics;

namespace {

std::int64_t at(const char* text)
{
    return hss::parseTimestamp(text).value();
}

hss::sync::Change changeOf(hss::sync::SyncEntity entity, const hss::Uuid& id, std::int64_t sequence,
                           std::int64_t revision, nlohmann::json data)
{
    hss::sync::Change change;
    change.entity = entity;
    change.id = id;
    change.sequence = sequence;
    change.revision = revision;
    change.deleted = data.is_null();
    change.hlc = hss::test::serverHlc();
    change.data = std::move(data);
    return change;
}

hss::UsageReport report(const char* from, const char* to, std::int64_t active, std::int64_t licensed,
                        const std::string& site = {})
{
    hss::UsageReport usage;
    usage.id = hss::Uuid::createV7();
    usage.figures.period = {at(from), at(to)};
    usage.figures.activeProfessionals = active;
    usage.figures.licensedProfessionals = licensed;
    usage.site = site;
    usage.note = "platform export";
    usage.recordedAt = usage.figures.period.to + 3600'000;
    return usage;
}

hss::Feedback feedbackOn(const std::optional<hss::Uuid>& ticket, const char* createdAt,
                         std::optional<metrics::SafetyOutcome> outcome)
{
    hss::Feedback feedback;
    feedback.id = hss::Uuid::createV7();
    feedback.ticketId = ticket;
    feedback.authorId = hss::Uuid::createV7();
    feedback.comment = "Reviewed the AI suggestion.";
    feedback.category = hss::FeedbackCategory::Clinical;
    feedback.createdAt = at(createdAt);
    feedback.safetyOutcome = outcome;
    return feedback;
}

} // namespace

class TestSafetyUsageSync final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void pulledUsageFiguresAreStoredReplacedAndRemoved();
    void badUsageFiguresAreSkippedAndNothingLost();
    void safetyReportsComeFromFeedbackWithAnOutcome();
    void unknownStoredOutcomeIsAClearError();
    void offlineFeedbackKeepsItsOutcomeInTheOutbox();
    void upgradeFromVersionSixKeepsFeedback();

private:
    PullOutcome applyPage(const QString& cursor, const hss::sync::PullPage& page);
    template <class R>
    R kpi(std::function<R(const KpiFactsRepository&)> read)
    {
        return m_store->run<R>([read](LocalStore& store) { return read(KpiFactsRepository(store.database())); });
    }

    std::unique_ptr<hss::test::StoreFixture> m_store;
};

void TestSafetyUsageSync::init()
{
    m_store = std::make_unique<hss::test::StoreFixture>();
    QVERIFY(m_store->opened);
}

void TestSafetyUsageSync::cleanup()
{
    m_store.reset();
}

PullOutcome TestSafetyUsageSync::applyPage(const QString& cursor, const hss::sync::PullPage& page)
{
    return m_store->run<PullOutcome>(
        [this, cursor, page](LocalStore& store) { return PullApplier(m_store->hlc).apply(store, cursor, page); });
}

void TestSafetyUsageSync::pulledUsageFiguresAreStoredReplacedAndRemoved()
{
    using E = hss::sync::SyncEntity;
    const auto september = report("2026-09-01T00:00:00Z", "2026-10-01T00:00:00Z", 90, 200);
    const auto october = report("2026-10-01T00:00:00Z", "2026-11-01T00:00:00Z", 120, 200, "North clinic");
    const auto november = report("2026-11-01T00:00:00Z", "2026-12-01T00:00:00Z", 150, 200);
    const auto first = pageOf({changeOf(E::UsageFigures, september.id, 1, 1, toJson(september)),
                               changeOf(E::UsageFigures, october.id, 2, 1, toJson(october)),
                               changeOf(E::UsageFigures, november.id, 3, 1, toJson(november))},
                              3, false);
    const PullOutcome outcome = applyPage(QString(), first);
    QVERIFY(!outcome.error);
    QVERIFY2(outcome.skipped.isEmpty(), qPrintable(outcome.skipped.join(QStringLiteral("; "))));
    const auto stored = m_store->run<std::vector<hss::UsageReport>>(
        [](LocalStore& store) { return UsageFiguresRepository(store.database()).all(); });
    QCOMPARE(stored.size(), std::size_t {3});
    QVERIFY(stored[0] == september);
    QVERIFY(stored[1] == october);
    QVERIFY(stored[2] == november);

    // The figures whose period lies inside the quarter, oldest first; adoption follows from them.
    const metrics::Period autumn {at("2026-09-01T00:00:00Z"), at("2026-12-01T00:00:00Z")};
    const auto read = kpi<hss::Result<std::vector<metrics::UsageFigures>>>(
        [autumn](const KpiFactsRepository& facts) { return facts.usageFigures(autumn); });
    QVERIFY(read);
    QCOMPARE(read.value().size(), std::size_t {3});
    QCOMPARE(read.value()[0].activeProfessionals, std::int64_t {90});
    QCOMPARE(read.value()[2].period, november.figures.period);
    const auto latest = metrics::adoptionRate(read.value(), autumn);
    QVERIFY(latest);
    QCOMPARE(latest->activeProfessionals, std::int64_t {150});
    QCOMPARE(latest->licensedProfessionals, std::int64_t {200});
    // October alone: September and November only overlap its edges, they do not lie inside it.
    const metrics::Period octoberOnly = october.figures.period;
    const auto one = kpi<hss::Result<std::vector<metrics::UsageFigures>>>(
        [octoberOnly](const KpiFactsRepository& facts) { return facts.usageFigures(octoberOnly); });
    QCOMPARE(one.value().size(), std::size_t {1});
    QCOMPARE(one.value()[0].activeProfessionals, std::int64_t {120});

    // The server replaced October's figures (revision 2) and removed September's.
    auto corrected = october;
    corrected.figures.activeProfessionals = 125;
    const auto second = pageOf({changeOf(E::UsageFigures, corrected.id, 4, 2, toJson(corrected)),
                                changeOf(E::UsageFigures, september.id, 5, 2, nullptr)},
                               5, false);
    QVERIFY(!applyPage(QString::fromStdString(first.cursor), second).error);
    const auto after = kpi<hss::Result<std::vector<metrics::UsageFigures>>>(
        [autumn](const KpiFactsRepository& facts) { return facts.usageFigures(autumn); });
    QCOMPARE(after.value().size(), std::size_t {2});
    QCOMPARE(after.value()[0].activeProfessionals, std::int64_t {125});
}

void TestSafetyUsageSync::badUsageFiguresAreSkippedAndNothingLost()
{
    using E = hss::sync::SyncEntity;
    const auto good = report("2026-10-01T00:00:00Z", "2026-11-01T00:00:00Z", 120, 200);
    nlohmann::json broken = toJson(report("2026-11-01T00:00:00Z", "2026-12-01T00:00:00Z", 1, 2));
    broken["licensed_professionals"] = -5;
    const auto page = pageOf({changeOf(E::UsageFigures, good.id, 1, 1, toJson(good)),
                              changeOf(E::UsageFigures, hss::Uuid::createV7(), 2, 1, broken)},
                             2, false);
    const PullOutcome outcome = applyPage(QString(), page);
    QVERIFY(!outcome.error);
    QCOMPARE(outcome.skipped.size(), 1);
    QVERIFY2(outcome.skipped.front().contains(QStringLiteral("licensed_professionals")),
             qPrintable(outcome.skipped.front()));
    const auto stored = m_store->run<std::vector<hss::UsageReport>>(
        [](LocalStore& store) { return UsageFiguresRepository(store.database()).all(); });
    QCOMPARE(stored.size(), std::size_t {1});
    QVERIFY(stored[0] == good);
}

void TestSafetyUsageSync::safetyReportsComeFromFeedbackWithAnOutcome()
{
    auto oncologyTicket = hss::test::makeTicket("Sepsis alert missed", hss::Priority::High, at("2026-11-01T08:00:00Z"));
    oncologyTicket.category = hss::Category::MedicalClinical;
    oncologyTicket.team = "oncology";
    auto cardiologyTicket =
        hss::test::makeTicket("ECG triage ranked low", hss::Priority::High, at("2026-11-01T09:00:00Z"));
    cardiologyTicket.category = hss::Category::MedicalClinical;
    cardiologyTicket.team = "cardiology";
    using O = metrics::SafetyOutcome;
    const std::vector<hss::Feedback> entries {
        feedbackOn(oncologyTicket.id, "2026-11-02T10:00:00Z", O::Correct),
        feedbackOn(oncologyTicket.id, "2026-11-03T10:00:00Z", O::Correct),
        feedbackOn(oncologyTicket.id, "2026-11-04T10:00:00Z", O::NearMiss),
        feedbackOn(cardiologyTicket.id, "2026-11-05T10:00:00Z", O::Incorrect),
        feedbackOn(cardiologyTicket.id, "2026-11-06T10:00:00Z", std::nullopt), // no report: not counted
        feedbackOn(cardiologyTicket.id, "2026-10-30T10:00:00Z", O::Incorrect), // before the week
        feedbackOn(std::nullopt, "2026-11-07T10:00:00Z", O::Correct), // no ticket: no team
    };
    QVERIFY(m_store->run<bool>([&](LocalStore& store) {
        const QSqlDatabase db = store.database();
        bool ok = !TicketRepository(db).upsert(oncologyTicket) && !TicketRepository(db).upsert(cardiologyTicket);
        for (const hss::Feedback& entry : entries) {
            ok = ok && !FeedbackRepository(db).upsert(entry);
        }
        return ok;
    }));
    // Round trip through the store.
    const auto recent = m_store->run<std::vector<hss::Feedback>>(
        [](LocalStore& store) { return FeedbackRepository(store.database()).recent(100); });
    QCOMPARE(recent.size(), entries.size());
    for (const hss::Feedback& entry : entries) {
        QVERIFY(std::find(recent.begin(), recent.end(), entry) != recent.end());
    }

    const metrics::Period week {at("2026-11-02T00:00:00Z"), at("2026-11-09T00:00:00Z")};
    const auto read = kpi<hss::Result<std::vector<metrics::SafetyReport>>>(
        [week](const KpiFactsRepository& facts) { return facts.safetyReports(week); });
    QVERIFY2(read, read ? "" : hss::describe(read.error()).c_str());
    QCOMPARE(read.value().size(), std::size_t {5});
    std::map<std::string, int> perTeam;
    for (const metrics::SafetyReport& safety : read.value()) {
        ++perTeam[safety.team];
    }
    QCOMPARE(perTeam, (std::map<std::string, int> {{"", 1}, {"cardiology", 1}, {"oncology", 3}}));

    // The score the medical dashboard shows: 3 correct of 5 overall, 2 of 3 for oncology.
    const auto all = metrics::patientSafetyScore(read.value(), week, metrics::TeamFilter::all());
    QCOMPARE(all.correct, std::int64_t {3});
    QCOMPARE(all.incorrect, std::int64_t {1});
    QCOMPARE(all.nearMisses, std::int64_t {1});
    QCOMPARE(all.score.part, std::int64_t {3});
    QCOMPARE(all.score.whole, std::int64_t {5});
    const auto oncology = metrics::patientSafetyScore(read.value(), week, metrics::TeamFilter::only("oncology"));
    QCOMPARE(oncology.score.part, std::int64_t {2});
    QCOMPARE(oncology.score.whole, std::int64_t {3});
}

void TestSafetyUsageSync::unknownStoredOutcomeIsAClearError()
{
    const auto entry = feedbackOn(std::nullopt, "2026-11-02T10:00:00Z", metrics::SafetyOutcome::Correct);
    QVERIFY(m_store->run<bool>([&](LocalStore& store) {
        QSqlQuery query(store.database());
        return !FeedbackRepository(store.database()).upsert(entry)
            && query.exec(QStringLiteral("UPDATE feedback SET safety_outcome = 'mostly_fine'"));
    }));
    const metrics::Period week {at("2026-11-02T00:00:00Z"), at("2026-11-09T00:00:00Z")};
    const auto read = kpi<hss::Result<std::vector<metrics::SafetyReport>>>(
        [week](const KpiFactsRepository& facts) { return facts.safetyReports(week); });
    QVERIFY(!read);
    QVERIFY(read.error().code == hss::ErrorCode::UnknownValue);
    QVERIFY2(QString::fromStdString(read.error().message).contains(QString::fromStdString(entry.id.toString())),
             read.error().message.c_str());
}

void TestSafetyUsageSync::offlineFeedbackKeepsItsOutcomeInTheOutbox()
{
    LocalChanges changes(m_store->worker, m_store->hlc, m_store->clock);
    changes.setUserId(hss::Uuid::createV7());
    auto ticket = hss::test::makeTicket("Dose check suggested the adult dose", hss::Priority::High);
    ticket.category = hss::Category::MedicalClinical;
    QVERIFY(
        m_store->run<bool>([ticket](LocalStore& store) { return !TicketRepository(store.database()).upsert(ticket); }));
    hss::Feedback draft;
    draft.ticketId = ticket.id;
    draft.comment = "Caught by the pharmacist.";
    draft.category = hss::FeedbackCategory::Clinical;
    draft.safetyOutcome = metrics::SafetyOutcome::NearMiss;
    const auto saved = await(changes.submitFeedback(draft));
    QVERIFY2(saved, saved ? "" : hss::describe(saved.error()).c_str());
    const auto stored = m_store->run<std::vector<hss::Feedback>>(
        [](LocalStore& store) { return FeedbackRepository(store.database()).recent(10); });
    QCOMPARE(stored.size(), std::size_t {1});
    QVERIFY(stored[0].safetyOutcome == std::optional<metrics::SafetyOutcome>(metrics::SafetyOutcome::NearMiss));
    const auto outbox = m_store->run<std::vector<OutboxEntry>>(
        [](LocalStore& store) { return OutboxRepository(store.database()).nextBatch(100); });
    QCOMPARE(outbox.size(), std::size_t {1});
    const auto mutation = nlohmann::json::parse(outbox[0].payload.toStdString());
    QCOMPARE(mutation.at("fields").at("safety_outcome"), "near_miss");
}

void TestSafetyUsageSync::upgradeFromVersionSixKeepsFeedback()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("v6.db"));
    const auto key = hss::test::makeKey(6);
    const QString feedbackId = QStringLiteral("0190a0b0-0000-7000-8000-0000000000f1");
    {
        SqlCipherDriver::registerDriver();
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLCIPHER"), QStringLiteral("v6"));
        db.setDatabaseName(path);
        static_cast<SqlCipherDriver*>(db.driver())->setRawKey(key.data(), static_cast<int>(key.size()));
        QVERIFY(db.open());
        QVERIFY(!SchemaMigrator::standard().migrate(db, 6));
        QCOMPARE(SchemaMigrator::currentVersion(db), 6);
        QVERIFY(!db.tables().contains(QStringLiteral("usage_figures")));
        QSqlQuery query(db);
        QVERIFY(query.exec(QStringLiteral("INSERT INTO feedback (id, ticket_id, author_id, csat, comment, category,"
                                          " sentiment, created_at) VALUES ('%1', NULL,"
                                          " '0190a0b0-0000-7000-8000-0000000000a1', 5, 'Great', 'support', 0.8, 1)")
                               .arg(feedbackId)));
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("v6"));
    LocalStore store(QStringLiteral("upgraded-v6"));
    const auto error = store.open(path, hss::test::keySpan(key), LocalStore::OpenMode::MustExist);
    QVERIFY2(!error, error ? qPrintable(error->message) : "");
    QCOMPARE(store.schemaVersion(), SchemaMigrator::standard().latestVersion());
    QVERIFY(store.database().tables().contains(QStringLiteral("usage_figures")));
    const auto kept = FeedbackRepository(store.database()).recent(10);
    QCOMPARE(kept.size(), std::size_t {1});
    QCOMPARE(QString::fromStdString(kept[0].id.toString()), feedbackId);
    QVERIFY(kept[0].csatScore == std::optional<int>(5));
    QVERIFY(!kept[0].safetyOutcome);
}

QTEST_GUILESS_MAIN(TestSafetyUsageSync)
#include "TestSafetyUsageSync.moc"
