// SPDX-License-Identifier: MIT
#include <QTemporaryDir>
#include <QtTest>
#include <algorithm>
#include <memory>
#include <string>
#include <tuple>
#include <vector>

#include <Poco/Data/Session.h>

#include "ApiTestServer.h"
#include "PostgresCluster.h"
#include "app/ServerServices.h"
#include "hss/Course.h"
#include "hss/EnrollmentStatus.h"
#include "hss/FeedbackCategory.h"
#include "hss/LearningPath.h"
#include "hss/Uuid.h"
#include "hss/sync/PullPage.h"
#include "storage/Database.h"
#include "storage/Migrator.h"
#include "storage/SqlText.h"
#include "storage/TrainingRepository.h"

using hss::Role;
using hss::Uuid;
using hss::server::Database;
using hss::server::Migrator;
using hss::test::ApiAnswer;
using hss::test::ApiTestServer;
using nlohmann::json;
using namespace Poco::Data::Keywords;

namespace {

/// The schema version before the sync feed existed (step 5 created it).
constexpr int beforeTheFeed = 4;

struct Pulled
{
    std::vector<json> changes;
    bool ok = false;
};

} // namespace

/// Feedback and enrolments stored before the sync feed existed are backfilled into it by a migration, on SQLite and
/// PostgreSQL: afterwards each is pulled by exactly those allowed to read it, and the feed keeps numbering new
/// changes after them.
class TestSyncFeedBackfill final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void personalRowsStoredBeforeTheFeedArePulled_data();
    void personalRowsStoredBeforeTheFeedArePulled();

private:
    /// A database of \a backend at schema version beforeTheFeed holding a course, an enrolment and two feedback
    /// entries written with plain SQL, as a server of that version stored them; returns its URL.
    std::string databaseBeforeTheFeed(const QString& backend, const Uuid& learner, const Uuid& otherAuthor);
    static Pulled pullAll(ApiTestServer& api, const std::string& token);
    static int countOf(const std::vector<json>& changes, const std::string& entity, const std::string& id);
    static std::int64_t sequenceOf(const std::vector<json>& changes, const std::string& entity, const std::string& id);

    hss::test::PostgresCluster m_cluster;
    QTemporaryDir m_dir;
    Uuid m_course;
    Uuid m_enrollment;
    Uuid m_learnerFeedback;
    Uuid m_otherFeedback;
};

void TestSyncFeedBackfill::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QVERIFY2(m_cluster.start(), qPrintable(m_cluster.error()));
    // Registers Poco's SQLite and PostgreSQL connectors for the plain sessions below.
    Database registering("sqlite:" + m_dir.filePath(QStringLiteral("connectors.db")).toStdString(),
                         m_dir.path().toStdString(), 1, 1);
}

std::string TestSyncFeedBackfill::databaseBeforeTheFeed(const QString& backend, const Uuid& learner,
                                                        const Uuid& otherAuthor)
{
    std::string url;
    std::unique_ptr<Poco::Data::Session> session;
    Database::Backend kind = Database::Backend::SQLite;
    if (backend == QStringLiteral("sqlite")) {
        const std::string file = m_dir.filePath(QStringLiteral("before-the-feed.db")).toStdString();
        url = "sqlite:" + file;
        session = std::make_unique<Poco::Data::Session>("sqlite", file);
    } else {
        if (!m_cluster.createDatabase(QStringLiteral("feed_backfill"))) {
            qWarning("%s", qPrintable(m_cluster.error()));
            return {};
        }
        url = m_cluster.url(QStringLiteral("feed_backfill")).toStdString();
        kind = Database::Backend::PostgreSQL;
        session = std::make_unique<Poco::Data::Session>(
            "postgresql", m_cluster.keyValueConnection(QStringLiteral("feed_backfill")).toStdString());
    }
    Migrator(*session, kind).migrateTo(beforeTheFeed);
    const auto sql = [kind](std::string_view text) { return hss::server::sqltext::forBackend(text, kind); };
    m_course = Uuid::createV7();
    m_enrollment = Uuid::createV7();
    m_learnerFeedback = Uuid::createV7();
    m_otherFeedback = Uuid::createV7();
    std::string courseId = m_course.toString();
    std::string title = "Hand hygiene refresher";
    std::string description = "Stored before the sync feed existed.";
    std::string path(hss::toString(hss::LearningPath::NewUser));
    int validity = 12;
    *session << sql("INSERT INTO courses (id, title, description, learning_path, certification_program, "
                    "validity_months) VALUES (?, ?, ?, ?, ?, ?)"),
        use(courseId), use(title), use(description), use(path), bind(Poco::Nullable<std::string>()), use(validity), now;
    std::string enrollmentId = m_enrollment.toString();
    std::string learnerId = learner.toString();
    std::string status(hss::toString(hss::EnrollmentStatus::InProgress));
    std::string modules = "[]";
    std::int64_t enrolledAt = 1'700'000'000'000;
    *session << sql("INSERT INTO enrollments (id, course_id, user_id, status, completed_module_ids, enrolled_at, "
                    "completed_at) VALUES (?, ?, ?, ?, ?, ?, ?)"),
        use(enrollmentId), use(courseId), use(learnerId), use(status), use(modules), use(enrolledAt),
        bind(Poco::Nullable<std::int64_t>()), now;
    for (const auto& [id, author] :
         {std::pair {m_learnerFeedback, learner}, std::pair {m_otherFeedback, otherAuthor}}) {
        std::string feedbackId = id.toString();
        std::string authorId = author.toString();
        int csat = 4;
        std::string comment = "Feedback from before the feed.";
        std::string category(hss::toString(hss::FeedbackCategory::Support));
        std::int64_t createdAt = 1'700'000'100'000;
        *session << sql("INSERT INTO feedback (id, ticket_id, author_id, csat_score, comment, category, created_at, "
                        "sentiment_score) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"),
            use(feedbackId), bind(Poco::Nullable<std::string>()), use(authorId), use(csat), use(comment), use(category),
            use(createdAt), bind(Poco::Nullable<double>()), now;
    }
    return url;
}

Pulled TestSyncFeedBackfill::pullAll(ApiTestServer& api, const std::string& token)
{
    Pulled pulled;
    std::string cursor;
    for (int page = 0; page < 100; ++page) {
        const ApiAnswer answer = api.request("GET", "/api/sync/pull?limit=500&cursor=" + cursor, nullptr, token);
        auto decoded = hss::sync::pullPageFromJson(answer.body);
        if (answer.status != 200 || !decoded) {
            qWarning("bad pull answer %d: %s", answer.status, answer.rawBody.c_str());
            return pulled;
        }
        for (const json& change : answer.body.at("changes")) {
            pulled.changes.push_back(change);
        }
        cursor = decoded.value().cursor;
        if (!decoded.value().hasMore) {
            pulled.ok = true;
            return pulled;
        }
    }
    return pulled;
}

int TestSyncFeedBackfill::countOf(const std::vector<json>& changes, const std::string& entity, const std::string& id)
{
    return static_cast<int>(std::count_if(changes.begin(), changes.end(), [&](const json& change) {
        return change.at("entity") == entity && change.at("id") == id && change.at("data").is_object();
    }));
}

std::int64_t TestSyncFeedBackfill::sequenceOf(const std::vector<json>& changes, const std::string& entity,
                                              const std::string& id)
{
    for (const json& change : changes) {
        if (change.at("entity") == entity && change.at("id") == id) {
            return change.at("sequence").get<std::int64_t>();
        }
    }
    return -1;
}

void TestSyncFeedBackfill::personalRowsStoredBeforeTheFeedArePulled_data()
{
    QTest::addColumn<QString>("backend");
    QTest::newRow("sqlite") << QStringLiteral("sqlite");
    QTest::newRow("postgresql") << QStringLiteral("postgresql");
}

void TestSyncFeedBackfill::personalRowsStoredBeforeTheFeedArePulled()
{
    QFETCH(QString, backend);
    // Users are created once the server runs; the old rows get their ids with plain SQL, which writes no feed entry.
    const Uuid learnerBefore = Uuid::createV7();
    const Uuid otherBefore = Uuid::createV7();
    const std::string url = databaseBeforeTheFeed(backend, learnerBefore, otherBefore);
    QVERIFY(!url.empty());

    ApiTestServer api(url); // migrates to the newest schema
    QVERIFY2(api.isRunning(), qPrintable(api.error()));
    QCOMPARE(api.services().database.schemaVersion(), Migrator::latestVersion());
    const hss::User learner = api.createUser("lena", {Role::Agent}, {"tier1"});
    const hss::User other = api.createUser("omar", {Role::Agent}, {"tier1"});
    const hss::User supervisor = api.createUser("sue", {Role::Supervisor}, {});
    {
        Poco::Data::Session session = api.services().database.session();
        const Database::Backend kind = api.services().database.backend();
        for (const auto& [statement, before, after] :
             {std::tuple {"UPDATE enrollments SET user_id = ? WHERE user_id = ?", learnerBefore, learner.id},
              std::tuple {"UPDATE feedback SET author_id = ? WHERE author_id = ?", learnerBefore, learner.id},
              std::tuple {"UPDATE feedback SET author_id = ? WHERE author_id = ?", otherBefore, other.id}}) {
            std::string now_ = after.toString();
            std::string was = before.toString();
            session << hss::server::sqltext::forBackend(statement, kind), use(now_), use(was), now;
        }
    }

    const Pulled learnerPull = pullAll(api, api.tokenFor(learner));
    QVERIFY(learnerPull.ok);
    QCOMPARE(countOf(learnerPull.changes, "course", m_course.toString()), 1); // step 5's backfill, for reference
    QCOMPARE(countOf(learnerPull.changes, "enrollment", m_enrollment.toString()), 1);
    QCOMPARE(countOf(learnerPull.changes, "feedback", m_learnerFeedback.toString()), 1);
    QCOMPARE(countOf(learnerPull.changes, "feedback", m_otherFeedback.toString()), 0);

    const Pulled otherPull = pullAll(api, api.tokenFor(other));
    QVERIFY(otherPull.ok);
    QCOMPARE(countOf(otherPull.changes, "enrollment", m_enrollment.toString()), 0);
    QCOMPARE(countOf(otherPull.changes, "feedback", m_learnerFeedback.toString()), 0);
    QCOMPARE(countOf(otherPull.changes, "feedback", m_otherFeedback.toString()), 1);

    const Pulled supervisorPull = pullAll(api, api.tokenFor(supervisor));
    QVERIFY(supervisorPull.ok);
    QCOMPARE(countOf(supervisorPull.changes, "enrollment", m_enrollment.toString()), 0); // the learner's own
    QCOMPARE(countOf(supervisorPull.changes, "feedback", m_learnerFeedback.toString()), 1);
    QCOMPARE(countOf(supervisorPull.changes, "feedback", m_otherFeedback.toString()), 1);

    // Numbered after every earlier change, so a console already past those pulls them too; and the counter moved
    // past them, so the next change gets a later number (not a clash with a backfilled one).
    const std::int64_t courseSequence = sequenceOf(learnerPull.changes, "course", m_course.toString());
    const std::int64_t enrollmentSequence = sequenceOf(learnerPull.changes, "enrollment", m_enrollment.toString());
    QVERIFY(courseSequence > 0);
    QVERIFY(enrollmentSequence > courseSequence);
    hss::Course later;
    later.id = Uuid::createV7();
    later.title = "Created after the backfill";
    later.description = "Gets the next number.";
    later.modules.push_back({Uuid::createV7(), "Only module", 0, 10});
    const auto created = hss::server::TrainingRepository(api.services().database).createCourse(later);
    QVERIFY2(created, created ? "" : hss::describe(created.error()).c_str());
    const Pulled afterwards = pullAll(api, api.tokenFor(learner));
    QVERIFY(afterwards.ok);
    QVERIFY(sequenceOf(afterwards.changes, "course", later.id.toString())
            > sequenceOf(afterwards.changes, "feedback", m_learnerFeedback.toString()));
}

QTEST_GUILESS_MAIN(TestSyncFeedBackfill)
#include "TestSyncFeedBackfill.moc"
