// SPDX-License-Identifier: MIT
#include <QtTest>

#include <nlohmann/json.hpp>

#include "FakeTransport.h"
#include "SyncTestSupport.h"
#include "hss/StdRandomSource.h"
#include "storage/FeedbackRepository.h"
#include "storage/OutboxRepository.h"
#include "storage/TrainingRepository.h"
#include "sync/LocalChanges.h"
#include "sync/PullApplier.h"
#include "sync/SyncEngine.h"

using namespace hss::client;
using hss::test::await;
using hss::test::FakeTransport;
using hss::test::pageOf;

namespace {

hss::sync::Change personalChange(hss::sync::SyncEntity entity, const hss::Uuid& id, std::int64_t sequence,
                                 nlohmann::json data)
{
    hss::sync::Change change;
    change.entity = entity;
    change.id = id;
    change.sequence = sequence;
    change.deleted = data.is_null();
    change.revision = change.deleted ? 2 : 1;
    change.hlc = hss::test::serverHlc();
    change.data = std::move(data);
    return change;
}

} // namespace

/// The console's side of feedback and enrolment sync: pulled rows land in the local store (a copy made offline
/// gives way to the server's enrolment of the same course), and a push the server could not store (503) leaves
/// every change pending in the outbox until a retry gets through.
class TestPersonalSync final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void pulledFeedbackAndEnrollmentsAreStored();
    void offlineEnrollmentGivesWayToTheServersOne();
    void enrollingTwiceKeepsOneEnrollment();
    void pulledCompletedEnrollmentBringsItsCertificate();
    void serviceUnavailableKeepsTheOutboxPending();

private:
    PullOutcome applyPage(const QString& cursor, const hss::sync::PullPage& page);
    std::vector<hss::Enrollment> enrollments();

    std::unique_ptr<hss::test::StoreFixture> m_store;
    std::unique_ptr<LocalChanges> m_changes;
    hss::Uuid m_user;
    hss::Course m_course;
    hss::StdRandomSource m_random {11};
};

void TestPersonalSync::init()
{
    m_store = std::make_unique<hss::test::StoreFixture>();
    QVERIFY(m_store->opened);
    m_changes = std::make_unique<LocalChanges>(m_store->worker, m_store->hlc, m_store->clock);
    m_user = hss::Uuid::createV7();
    m_changes->setUserId(m_user);
    m_course = {};
    m_course.id = hss::Uuid::createV7();
    m_course.title = "Infection control";
    m_course.modules = {{hss::Uuid::createV7(), "Hand hygiene", 0, 15}, {hss::Uuid::createV7(), "Masks", 1, 10}};
    QVERIFY(m_store->run<bool>(
        [course = m_course](LocalStore& store) { return !TrainingRepository(store.database()).upsertCourse(course); }));
}

void TestPersonalSync::cleanup()
{
    m_changes.reset();
    m_store.reset();
}

PullOutcome TestPersonalSync::applyPage(const QString& cursor, const hss::sync::PullPage& page)
{
    return m_store->run<PullOutcome>(
        [this, cursor, page](LocalStore& store) { return PullApplier(m_store->hlc).apply(store, cursor, page); });
}

std::vector<hss::Enrollment> TestPersonalSync::enrollments()
{
    return m_store->run<std::vector<hss::Enrollment>>(
        [user = m_user](LocalStore& store) { return TrainingRepository(store.database()).enrollmentsOf(user); });
}

void TestPersonalSync::pulledFeedbackAndEnrollmentsAreStored()
{
    hss::Feedback feedback;
    feedback.id = hss::Uuid::createV7();
    feedback.authorId = m_user;
    feedback.csatScore = 5;
    feedback.comment = "Fixed before the morning round.";
    feedback.createdAt = 1764144000000;
    hss::Enrollment enrollment;
    enrollment.id = hss::Uuid::createV7();
    enrollment.courseId = m_course.id;
    enrollment.userId = m_user;
    enrollment.status = hss::EnrollmentStatus::InProgress;
    enrollment.completedModuleIds = {m_course.modules[0].id};
    enrollment.enrolledAt = 1764144000000;
    const auto page = pageOf({personalChange(hss::sync::SyncEntity::Feedback, feedback.id, 1, toJson(feedback)),
                              personalChange(hss::sync::SyncEntity::Enrollment, enrollment.id, 2, toJson(enrollment))},
                             2, false);
    const PullOutcome outcome = applyPage(QString(), page);
    QVERIFY(!outcome.error);
    QVERIFY2(outcome.skipped.isEmpty(), qPrintable(outcome.skipped.join(QStringLiteral("; "))));
    const auto stored = m_store->run<std::vector<hss::Feedback>>(
        [](LocalStore& store) { return FeedbackRepository(store.database()).recent(10); });
    QCOMPARE(stored.size(), std::size_t(1));
    QVERIFY(stored.front() == feedback);
    const auto mine = enrollments();
    QCOMPARE(mine.size(), std::size_t(1));
    QVERIFY(mine.front() == enrollment);

    // A tombstone removes the enrolment; a broken row is skipped with its reason, never fatal.
    nlohmann::json broken = toJson(feedback);
    broken["csat_score"] = 42;
    const auto next = pageOf({personalChange(hss::sync::SyncEntity::Enrollment, enrollment.id, 3, nullptr),
                              personalChange(hss::sync::SyncEntity::Feedback, hss::Uuid::createV7(), 4, broken)},
                             4, false);
    const PullOutcome second = applyPage(QString::fromStdString(page.cursor), next);
    QVERIFY(!second.error);
    QCOMPARE(second.skipped.size(), 1);
    QVERIFY(second.skipped.front().contains(QStringLiteral("csat_score")));
    QVERIFY(enrollments().empty());
}

void TestPersonalSync::offlineEnrollmentGivesWayToTheServersOne()
{
    // Enrolled offline and recorded progress; the enrolment waits in the outbox.
    const auto offline = await(m_changes->enrol(m_course.id));
    QVERIFY(offline.ok());
    hss::Enrollment progressed = offline.value();
    progressed.status = hss::EnrollmentStatus::InProgress;
    progressed.completedModuleIds = {m_course.modules[1].id};
    QVERIFY(await(m_changes->updateEnrollment(progressed)).ok());

    // The server already had an enrolment in this course (made online elsewhere); until the local change has been
    // pushed, the local copy stays, even against a tombstone for its id.
    hss::Enrollment serverCopy = progressed;
    serverCopy.id = hss::Uuid::createV7();
    serverCopy.enrolledAt -= 1000;
    serverCopy.completedModuleIds = {m_course.modules[0].id, m_course.modules[1].id};
    const auto early =
        pageOf({personalChange(hss::sync::SyncEntity::Enrollment, offline.value().id, 1, nullptr)}, 1, true);
    QVERIFY(!applyPage(QString(), early).error);
    QCOMPARE(enrollments().size(), std::size_t(1));
    QVERIFY(enrollments().front() == progressed);

    // The push merged it on the server: the outbox is empty, and the server's enrolment replaces the local copy.
    FakeTransport transport;
    SyncEngineSettings settings;
    settings.longPollSeconds = 25;
    SyncEngine engine(m_store->worker, transport, m_store->hlc, m_store->clock, m_random, settings);
    transport.onPull = [&](const FakeTransport::PullCall& call) -> std::optional<ApiResult<hss::sync::PullPage>> {
        if (call.waitSeconds > 0) {
            return std::nullopt;
        }
        if (call.cursor == QString::fromStdString(early.cursor)) {
            return pageOf({personalChange(hss::sync::SyncEntity::Enrollment, serverCopy.id, 2, toJson(serverCopy))}, 2,
                          false);
        }
        return FakeTransport::emptyPage(call.cursor);
    };
    engine.start();
    QTRY_VERIFY(transport.hasOpenPoll());
    QCOMPARE(transport.pushes.size(), std::size_t(1));
    QCOMPARE(engine.status().pendingCount, qint64(0));
    const auto mine = enrollments();
    QCOMPARE(mine.size(), std::size_t(1));
    QVERIFY(mine.front() == serverCopy);
    engine.stop();
}

void TestPersonalSync::pulledCompletedEnrollmentBringsItsCertificate()
{
    hss::Enrollment enrollment;
    enrollment.id = hss::Uuid::createV7();
    enrollment.courseId = m_course.id;
    enrollment.userId = m_user;
    enrollment.status = hss::EnrollmentStatus::Completed;
    enrollment.completedModuleIds = {m_course.modules[0].id, m_course.modules[1].id};
    enrollment.enrolledAt = 1764144000000;
    enrollment.completedAt = 1764147600000;
    hss::Certificate certificate;
    certificate.id = hss::Uuid::createV7();
    certificate.userId = m_user;
    certificate.courseId = m_course.id;
    certificate.program = hss::CertificationProgram::ComplianceOfficer;
    certificate.issuedAt = 1764147600000;
    certificate.expiresAt = certificate.issuedAt + 360LL * 24 * 3600 * 1000;
    certificate.serial = "HSS-0123456789AB";
    nlohmann::json data = toJson(enrollment);
    data["certificate"] = toJson(certificate); // as the server's feed sends a completed enrolment
    const PullOutcome outcome = applyPage(
        QString(), pageOf({personalChange(hss::sync::SyncEntity::Enrollment, enrollment.id, 1, data)}, 1, false));
    QVERIFY(!outcome.error);
    QVERIFY2(outcome.skipped.isEmpty(), qPrintable(outcome.skipped.join(QStringLiteral("; "))));
    const auto mine = enrollments();
    QCOMPARE(mine.size(), std::size_t(1));
    QVERIFY(mine.front() == enrollment);
    const auto certificates = m_store->run<std::vector<hss::Certificate>>(
        [user = m_user](LocalStore& store) { return TrainingRepository(store.database()).certificatesOf(user); });
    QCOMPARE(certificates.size(), std::size_t(1));
    QVERIFY(certificates.front() == certificate);
}

void TestPersonalSync::enrollingTwiceKeepsOneEnrollment()
{
    const auto first = await(m_changes->enrol(m_course.id));
    QVERIFY(first.ok());
    const auto again = await(m_changes->enrol(m_course.id));
    QVERIFY(again.ok());
    QVERIFY(again.value() == first.value());
    QCOMPARE(enrollments().size(), std::size_t(1));
    QCOMPARE(m_store->run<qint64>([](LocalStore& store) { return OutboxRepository(store.database()).pendingCount(); }),
             qint64(1));
}

void TestPersonalSync::serviceUnavailableKeepsTheOutboxPending()
{
    hss::Feedback draft;
    draft.comment = "Great help with the lab interface.";
    draft.csatScore = 5;
    QVERIFY(await(m_changes->submitFeedback(draft)).ok());
    QVERIFY(await(m_changes->enrol(m_course.id)).ok());

    FakeTransport transport;
    int refusals = 2;
    transport.onPush = [&](const hss::sync::PushRequest& request) -> ApiResult<hss::sync::PushResponse> {
        if (refusals > 0) {
            --refusals;
            return SyncApiError {SyncApiError::Kind::ServerError, 503, QStringLiteral("service_unavailable"),
                                 QStringLiteral("the server could not store this batch of changes")};
        }
        return FakeTransport::applyAll(request);
    };
    SyncEngineSettings settings;
    settings.backoff.initial = std::chrono::milliseconds(20);
    settings.backoff.maximum = std::chrono::milliseconds(80);
    settings.longPollSeconds = 25;
    SyncEngine engine(m_store->worker, transport, m_store->hlc, m_store->clock, m_random, settings);
    QList<SyncStatus> statuses;
    connect(&engine, &SyncEngine::statusChanged, this, [&statuses](const SyncStatus& status) { statuses << status; });
    engine.start();
    QTRY_VERIFY(transport.hasOpenPoll());

    // Refused twice as a whole, then taken: the same two mutations every time, none ever marked rejected.
    QCOMPARE(transport.pushes.size(), std::size_t(3));
    for (const hss::sync::PushRequest& request : transport.pushes) {
        QCOMPARE(request.mutations.size(), std::size_t(2));
        QVERIFY(request.mutations == transport.pushes.front().mutations);
    }
    bool sawWaiting = false;
    for (const SyncStatus& status : statuses) {
        QCOMPARE(status.rejectedCount, qint64(0));
        sawWaiting = sawWaiting || (status.state == SyncStatus::State::Offline && status.pendingCount == 2);
    }
    QVERIFY2(sawWaiting, "after the 503 the two changes were not shown as waiting");
    QCOMPARE(engine.status().pendingCount, qint64(0));
    QCOMPARE(engine.status().rejectedCount, qint64(0));
    engine.stop();
}

QTEST_GUILESS_MAIN(TestPersonalSync)
#include "TestPersonalSync.moc"
