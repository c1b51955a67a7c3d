// SPDX-License-Identifier: MIT
#include <QtTest>
#include <map>
#include <memory>
#include <string>
#include <vector>

#include <Poco/Data/Session.h>

#include "ApiTestServer.h"
#include "PostgresCluster.h"
#include "app/ServerServices.h"
#include "hss/Certificate.h"
#include "hss/Course.h"
#include "hss/Enrollment.h"
#include "hss/Timestamp.h"
#include "hss/sync/Mutation.h"
#include "hss/sync/PullPage.h"
#include "storage/Database.h"
#include "storage/TrainingRepository.h"

using hss::Role;
using hss::User;
using hss::Uuid;
using hss::test::ApiAnswer;
using hss::test::ApiTestServer;
using nlohmann::json;

namespace {

json mutation(const Uuid& entityId, const std::string& entity, const std::string& kind, const json& fields,
              std::int64_t physicalMs, const Uuid& mutationId = Uuid::createV7())
{
    hss::sync::Mutation m;
    m.mutationId = mutationId;
    m.entity = hss::sync::syncEntityFromString(entity).value();
    m.entityId = entityId;
    m.kind = hss::sync::mutationKindFromString(kind).value();
    m.fields = fields;
    m.deviceTimeMs = physicalMs;
    m.hlc = hss::HlcTimestamp {physicalMs, 0, "console-p"};
    return toJson(m);
}

json push(const std::vector<json>& mutations)
{
    return {{"device_id", "console-p"}, {"mutations", mutations}};
}

json feedback(const Uuid& id, const Uuid& author, std::int64_t at, int csat = 4)
{
    return {{"id", id.toString()},
            {"ticket_id", nullptr},
            {"author_id", author.toString()},
            {"csat_score", csat},
            {"comment", "The clinic portal was back within minutes."},
            {"category", "support"},
            {"created_at", hss::formatTimestamp(at)},
            {"sentiment_score", 0.9}};
}

json enrollment(const Uuid& id, const Uuid& course, const Uuid& user, const std::string& status,
                const std::vector<Uuid>& modules, std::int64_t at)
{
    json done = json::array();
    for (const Uuid& module : modules) {
        done.push_back(module.toString());
    }
    return {{"id", id.toString()},
            {"course_id", course.toString()},
            {"user_id", user.toString()},
            {"status", status},
            {"completed_module_ids", done},
            {"enrolled_at", hss::formatTimestamp(at)},
            {"completed_at", status == "completed" ? json(hss::formatTimestamp(at + 1000)) : json(nullptr)}};
}

} // namespace

/// Feedback and enrolments through /api/sync over real HTTPS on SQLite and PostgreSQL: pushed exactly once under
/// the REST API's rules, pulled only by those allowed to see them, offline copies merged, and a database failure
/// answered 503 with nothing of the batch kept.
class TestSyncPersonalApi final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void feedbackIsPushedOnceAndPulledByItsReaders_data();
    void feedbackIsPushedOnceAndPulledByItsReaders();
    void enrollmentIsPushedOnceAndPulledByItsLearner_data();
    void enrollmentIsPushedOnceAndPulledByItsLearner();
    void offlineEnrollmentMergesIntoTheServersOne_data();
    void offlineEnrollmentMergesIntoTheServersOne();
    void completingThroughPushIssuesOneCertificate_data();
    void completingThroughPushIssuesOneCertificate();
    void badPersonalMutationsAreRejectedWithAReason_data();
    void badPersonalMutationsAreRejectedWithAReason();
    void storageFailureFailsTheWholeBatch_data();
    void storageFailureFailsTheWholeBatch();

private:
    static void backends();
    ApiTestServer& server(const QString& backend) { return backend == "postgresql" ? *m_postgres : *m_sqlite; }
    /// Every change visible to \a token after \a cursor (moved on); fails the test on a bad answer.
    std::vector<json> pullAll(ApiTestServer& api, const std::string& token, std::string& cursor);
    /// The pulled change of this entity and id, or null.
    static json changeOf(const std::vector<json>& changes, const std::string& entity, const Uuid& id);
    /// A course with three modules, stored directly.
    hss::Course makeCourse(ApiTestServer& api, const std::string& title);
    /// Runs one SQL statement on the server's database (test set-up only).
    static void execute(ApiTestServer& api, const std::string& sql);

    hss::test::PostgresCluster m_cluster;
    std::unique_ptr<ApiTestServer> m_sqlite;
    std::unique_ptr<ApiTestServer> m_postgres;
    std::map<QString, User> m_ann;
    std::map<QString, std::string> m_annToken;
    std::map<QString, User> m_otto;
    std::map<QString, std::string> m_ottoToken;
    std::map<QString, std::string> m_supervisorToken;
};

void TestSyncPersonalApi::backends()
{
    QTest::addColumn<QString>("backend");
    QTest::newRow("sqlite") << QStringLiteral("sqlite");
    QTest::newRow("postgresql") << QStringLiteral("postgresql");
}

void TestSyncPersonalApi::initTestCase()
{
    QVERIFY2(m_cluster.start(), qPrintable(m_cluster.error()));
    QVERIFY2(m_cluster.createDatabase("api_sync_personal"), qPrintable(m_cluster.error()));
    m_sqlite = std::make_unique<ApiTestServer>();
    QVERIFY2(m_sqlite->isRunning(), qPrintable(m_sqlite->error()));
    m_postgres = std::make_unique<ApiTestServer>(m_cluster.url("api_sync_personal").toStdString());
    QVERIFY2(m_postgres->isRunning(), qPrintable(m_postgres->error()));
    for (const QString backend : {"sqlite", "postgresql"}) {
        ApiTestServer& api = server(backend);
        m_ann[backend] = api.createUser("ann", {Role::Agent}, {"tier1"});
        m_annToken[backend] = api.tokenFor(m_ann[backend]);
        m_otto[backend] = api.createUser("otto", {Role::Agent}, {"tier1"});
        m_ottoToken[backend] = api.tokenFor(m_otto[backend]);
        m_supervisorToken[backend] = api.tokenFor(api.createUser("sue", {Role::Supervisor}, {}));
    }
}

std::vector<json> TestSyncPersonalApi::pullAll(ApiTestServer& api, const std::string& token, std::string& cursor)
{
    std::vector<json> changes;
    for (int page = 0; page < 1000; ++page) {
        const ApiAnswer answer = api.request("GET", "/api/sync/pull?limit=500&cursor=" + cursor, nullptr, token);
        auto decoded = hss::sync::pullPageFromJson(answer.body);
        if (answer.status != 200 || !decoded) {
            qWarning("bad pull answer %d: %s", answer.status, answer.rawBody.c_str());
            return {};
        }
        for (const json& change : answer.body.at("changes")) {
            changes.push_back(change);
        }
        cursor = decoded.value().cursor;
        if (!decoded.value().hasMore) {
            break;
        }
    }
    return changes;
}

json TestSyncPersonalApi::changeOf(const std::vector<json>& changes, const std::string& entity, const Uuid& id)
{
    json found;
    for (const json& change : changes) {
        if (change.at("entity") == entity && change.at("id") == id.toString()) {
            found = change; // the last one wins, as on a console
        }
    }
    return found;
}

hss::Course TestSyncPersonalApi::makeCourse(ApiTestServer& api, const std::string& title)
{
    hss::Course course;
    course.id = Uuid::createV7();
    course.title = title;
    course.description = "Three short modules.";
    for (int i = 0; i < 3; ++i) {
        course.modules.push_back({Uuid::createV7(), "Module " + std::to_string(i + 1), i, 10});
    }
    auto created = hss::server::TrainingRepository(api.services().database).createCourse(course);
    if (!created) {
        qWarning("course not created: %s", hss::describe(created.error()).c_str());
    }
    return course;
}

void TestSyncPersonalApi::execute(ApiTestServer& api, const std::string& sql)
{
    Poco::Data::Session session = api.services().database.session();
    session << sql, Poco::Data::Keywords::now;
}

void TestSyncPersonalApi::feedbackIsPushedOnceAndPulledByItsReaders_data()
{
    backends();
}

void TestSyncPersonalApi::feedbackIsPushedOnceAndPulledByItsReaders()
{
    QFETCH(QString, backend);
    ApiTestServer& api = server(backend);
    std::string annCursor;
    std::string ottoCursor;
    std::string supervisorCursor;
    pullAll(api, m_annToken[backend], annCursor);
    pullAll(api, m_ottoToken[backend], ottoCursor);
    pullAll(api, m_supervisorToken[backend], supervisorCursor);

    const std::int64_t now = api.clock().nowMs();
    const Uuid id = Uuid::createV7();
    // Given offline an hour ago; the mutation claims Otto wrote it and carries a sentiment score of its own.
    const json batch = push({mutation(id, "feedback", "create", feedback(id, m_otto[backend].id, now - 3600000), now)});
    const ApiAnswer first = api.request("POST", "/api/sync/push", batch, m_annToken[backend]);
    QCOMPARE(first.status, 200);
    QCOMPARE(first.body.at("results")[0].at("outcome"), "applied");
    const ApiAnswer retry = api.request("POST", "/api/sync/push", batch, m_annToken[backend]);
    QCOMPARE(retry.status, 200);
    QCOMPARE(retry.body.at("results"), first.body.at("results"));

    const ApiAnswer listed = api.request("GET", "/api/feedback?limit=200", nullptr, m_supervisorToken[backend]);
    QCOMPARE(listed.status, 200);
    int copies = 0;
    for (const json& item : listed.body.at("items")) {
        if (item.at("id") == id.toString()) {
            ++copies;
            QCOMPARE(item.at("author_id"), m_ann[backend].id.toString()); // the signed-in user, not the claim
            QVERIFY(item.at("sentiment_score") != json(0.9)); // the server's analyser scores, not the console
            QCOMPARE(item.at("created_at"), hss::formatTimestamp(now - 3600000));
        }
    }
    QCOMPARE(copies, 1);

    const json mine = changeOf(pullAll(api, m_annToken[backend], annCursor), "feedback", id);
    QVERIFY2(!mine.is_null(), "the author does not get her feedback");
    QCOMPARE(mine.at("data").at("author_id"), m_ann[backend].id.toString());
    QVERIFY2(!changeOf(pullAll(api, m_supervisorToken[backend], supervisorCursor), "feedback", id).is_null(),
             "a supervisor reads all feedback (as GET /api/feedback allows)");
    QVERIFY2(changeOf(pullAll(api, m_ottoToken[backend], ottoCursor), "feedback", id).is_null(),
             "another agent got someone else's feedback");

    // Feedback given through the REST API enters the feed too.
    const ApiAnswer posted =
        api.request("POST", "/api/feedback", {{"comment", "Quick answer."}, {"category", "support"}, {"csat_score", 5}},
                    m_ottoToken[backend]);
    QCOMPARE(posted.status, 201);
    const Uuid postedId = Uuid::parse(posted.body.at("id").get<std::string>()).value();
    QVERIFY(!changeOf(pullAll(api, m_ottoToken[backend], ottoCursor), "feedback", postedId).is_null());
    QVERIFY(changeOf(pullAll(api, m_annToken[backend], annCursor), "feedback", postedId).is_null());
}

void TestSyncPersonalApi::enrollmentIsPushedOnceAndPulledByItsLearner_data()
{
    backends();
}

void TestSyncPersonalApi::enrollmentIsPushedOnceAndPulledByItsLearner()
{
    QFETCH(QString, backend);
    ApiTestServer& api = server(backend);
    const hss::Course course = makeCourse(api, "Triage basics " + std::to_string(api.clock().nowMs()));
    std::string annCursor;
    std::string ottoCursor;
    pullAll(api, m_annToken[backend], annCursor);
    pullAll(api, m_ottoToken[backend], ottoCursor);

    const std::int64_t now = api.clock().nowMs();
    const Uuid id = Uuid::createV7();
    const Uuid& ann = m_ann[backend].id;
    const json created =
        push({mutation(id, "enrollment", "create", enrollment(id, course.id, ann, "enrolled", {}, now), now)});
    QCOMPARE(api.request("POST", "/api/sync/push", created, m_annToken[backend]).body.at("results")[0].at("outcome"),
             "applied");
    const json progress = push({mutation(
        id, "enrollment", "update",
        enrollment(id, course.id, ann, "in_progress", {course.modules[0].id, course.modules[1].id}, now), now + 10)});
    const ApiAnswer first = api.request("POST", "/api/sync/push", progress, m_annToken[backend]);
    QCOMPARE(first.body.at("results")[0].at("outcome"), "applied");
    const ApiAnswer retry = api.request("POST", "/api/sync/push", progress, m_annToken[backend]);
    QCOMPARE(retry.body.at("results"), first.body.at("results"));
    // A second create of the same enrolment (sent again after a crash under a new mutation id) changes nothing.
    QCOMPARE(api.request("POST", "/api/sync/push", created, m_annToken[backend]).body.at("results")[0].at("outcome"),
             "applied");

    const std::vector<json> annChanges = pullAll(api, m_annToken[backend], annCursor);
    const json mine = changeOf(annChanges, "enrollment", id);
    QVERIFY2(!mine.is_null(), "the learner does not get her enrolment");
    const auto pulled = hss::enrollmentFromJson(mine.at("data"));
    QVERIFY(pulled);
    QVERIFY(pulled.value().status == hss::EnrollmentStatus::InProgress);
    QCOMPARE(pulled.value().completedModuleIds.size(), std::size_t(2));
    QVERIFY2(changeOf(pullAll(api, m_ottoToken[backend], ottoCursor), "enrollment", id).is_null(),
             "another user got someone else's enrolment");
    // The REST view agrees: one enrolment in this course.
    QCOMPARE(api.request("POST", "/api/training/enroll/" + course.id.toString(), nullptr, m_annToken[backend]).status,
             200);
}

void TestSyncPersonalApi::offlineEnrollmentMergesIntoTheServersOne_data()
{
    backends();
}

void TestSyncPersonalApi::offlineEnrollmentMergesIntoTheServersOne()
{
    QFETCH(QString, backend);
    ApiTestServer& api = server(backend);
    const hss::Course course = makeCourse(api, "Pump safety " + std::to_string(api.clock().nowMs()));
    std::string cursor;
    pullAll(api, m_annToken[backend], cursor);
    // Enrolled online on one machine; enrolled again offline on a console that finished module 3 there.
    const ApiAnswer online =
        api.request("POST", "/api/training/enroll/" + course.id.toString(), nullptr, m_annToken[backend]);
    QCOMPARE(online.status, 201);
    const Uuid serverId = Uuid::parse(online.body.at("id").get<std::string>()).value();
    const std::int64_t now = api.clock().nowMs();
    const Uuid offlineId = Uuid::createV7();
    const ApiAnswer pushed = api.request(
        "POST", "/api/sync/push",
        push({mutation(offlineId, "enrollment", "create",
                       enrollment(offlineId, course.id, m_ann[backend].id, "in_progress", {course.modules[2].id}, now),
                       now)}),
        m_annToken[backend]);
    QCOMPARE(pushed.status, 200);
    QCOMPARE(pushed.body.at("results")[0].at("outcome"), "merged");

    const std::vector<json> changes = pullAll(api, m_annToken[backend], cursor);
    const json kept = changeOf(changes, "enrollment", serverId);
    QVERIFY(!kept.is_null());
    QCOMPARE(kept.at("data").at("completed_module_ids"), json::array({course.modules[2].id.toString()}));
    QCOMPARE(kept.at("data").at("status"), "in_progress");
    const json gone = changeOf(changes, "enrollment", offlineId);
    QVERIFY2(!gone.is_null() && gone.at("deleted") == true, "the offline copy's id is not retired");
}

void TestSyncPersonalApi::completingThroughPushIssuesOneCertificate_data()
{
    backends();
}

void TestSyncPersonalApi::completingThroughPushIssuesOneCertificate()
{
    QFETCH(QString, backend);
    ApiTestServer& api = server(backend);
    const hss::Course course = makeCourse(api, "Certified triage " + std::to_string(api.clock().nowMs()));
    const Uuid& ann = m_ann[backend].id;
    const Uuid& otto = m_otto[backend].id;
    std::string cursor;
    pullAll(api, m_annToken[backend], cursor);
    const auto certificatesFor = [&](const Uuid& user) {
        std::vector<hss::Certificate> found;
        for (const hss::Certificate& c :
             hss::server::TrainingRepository(api.services().database).certificatesOf(user)) {
            if (c.courseId == course.id) {
                found.push_back(c);
            }
        }
        return found;
    };
    const std::vector<Uuid> all {course.modules[0].id, course.modules[1].id, course.modules[2].id};
    const std::int64_t now = api.clock().nowMs();
    const Uuid id = Uuid::createV7();
    const auto outcome = [&](const json& body, const std::string& token) {
        return api.request("POST", "/api/sync/push", body, token).body.at("results")[0].at("outcome");
    };
    QCOMPARE(
        outcome(push({mutation(id, "enrollment", "create", enrollment(id, course.id, ann, "enrolled", {}, now), now)}),
                m_annToken[backend]),
        "applied");
    QCOMPARE(outcome(push({mutation(id, "enrollment", "update",
                                    enrollment(id, course.id, ann, "in_progress", {all[0]}, now), now + 10)}),
                     m_annToken[backend]),
             "applied");
    QVERIFY(certificatesFor(ann).empty()); // not earned yet
    const json completed =
        push({mutation(id, "enrollment", "update", enrollment(id, course.id, ann, "completed", all, now), now + 20)});
    QCOMPARE(outcome(completed, m_annToken[backend]), "applied");
    QCOMPARE(outcome(completed, m_annToken[backend]), "applied"); // the same mutation again: answered from the log
    QVERIFY(outcome(push({mutation(id, "enrollment", "update", enrollment(id, course.id, ann, "completed", all, now),
                                   now + 30)}),
                    m_annToken[backend])
            != "rejected"); // completed again under a new mutation id
    const auto issued = certificatesFor(ann);
    QCOMPARE(issued.size(), std::size_t(1));
    // Issued at the completion time the console recorded, but never later than the server's clock.
    QVERIFY(issued[0].issuedAt >= now && issued[0].issuedAt <= now + 1000);
    QCOMPARE(issued[0].expiresAt - issued[0].issuedAt, std::int64_t(12) * 30 * 24 * 3600 * 1000);
    QVERIFY(issued[0].serial.rfind("HSS-", 0) == 0);
    // REST lists it too.
    const ApiAnswer rest = api.request("GET", "/api/training/certificates", nullptr, m_annToken[backend]);
    QVERIFY2(rest.rawBody.find(issued[0].serial) != std::string::npos, rest.rawBody.c_str());

    // The pulled enrolment carries it, so the console needs no certificate entity.
    const json pulled = changeOf(pullAll(api, m_annToken[backend], cursor), "enrollment", id);
    QVERIFY2(!pulled.is_null() && pulled.at("data").contains("certificate"), pulled.dump().c_str());
    const auto certificate = hss::certificateFromJson(pulled.at("data").at("certificate"));
    QVERIFY(certificate);
    QVERIFY(certificate.value() == issued[0]);
    json data = pulled.at("data");
    data.erase("certificate");
    QVERIFY(hss::enrollmentFromJson(data).value().status == hss::EnrollmentStatus::Completed);

    // An enrolment made and completed offline arrives as a create: it earns exactly one certificate as well.
    const Uuid offline = Uuid::createV7();
    QCOMPARE(outcome(push({mutation(offline, "enrollment", "create",
                                    enrollment(offline, course.id, otto, "completed", all, now), now)}),
                     m_ottoToken[backend]),
             "applied");
    QCOMPARE(certificatesFor(otto).size(), std::size_t(1));
    QCOMPARE(certificatesFor(ann).size(), std::size_t(1));
}

void TestSyncPersonalApi::badPersonalMutationsAreRejectedWithAReason_data()
{
    backends();
}

void TestSyncPersonalApi::badPersonalMutationsAreRejectedWithAReason()
{
    QFETCH(QString, backend);
    ApiTestServer& api = server(backend);
    const hss::Course course = makeCourse(api, "Consent forms " + std::to_string(api.clock().nowMs()));
    const std::int64_t now = api.clock().nowMs();
    const Uuid& ann = m_ann[backend].id;
    const Uuid annEnrollment = Uuid::createV7();
    QCOMPARE(api.request("POST", "/api/sync/push",
                         push({mutation(annEnrollment, "enrollment", "create",
                                        enrollment(annEnrollment, course.id, ann, "enrolled", {}, now), now)}),
                         m_annToken[backend])
                 .body.at("results")[0]
                 .at("outcome"),
             "applied");

    const Uuid badFeedback = Uuid::createV7();
    const Uuid other = Uuid::createV7();
    const Uuid third = Uuid::createV7();
    const Uuid fourth = Uuid::createV7();
    const std::vector<std::pair<json, std::string>> cases {
        {mutation(badFeedback, "feedback", "create", feedback(badFeedback, ann, now, 9), now), "csat_score"},
        {mutation(Uuid::createV7(), "feedback", "create", feedback(Uuid::createV7(), ann, now), now), "entity_id"},
        {mutation(badFeedback, "feedback", "update", feedback(badFeedback, ann, now), now), "cannot be update"},
        // Otto changing Ann's enrolment, or taking its id for his own.
        {mutation(annEnrollment, "enrollment", "update",
                  enrollment(annEnrollment, course.id, ann, "in_progress", {course.modules[0].id}, now), now),
         "learner"},
        {mutation(annEnrollment, "enrollment", "update",
                  enrollment(annEnrollment, course.id, m_otto[backend].id, "in_progress", {}, now), now),
         "someone else"},
        {mutation(other, "enrollment", "create",
                  enrollment(other, course.id, m_otto[backend].id, "completed", {course.modules[0].id}, now), now),
         "every module"},
        {mutation(third, "enrollment", "create",
                  enrollment(third, course.id, m_otto[backend].id, "in_progress", {Uuid::createV7()}, now), now),
         "not a module of this course"},
        {mutation(fourth, "enrollment", "create",
                  enrollment(fourth, Uuid::createV7(), m_otto[backend].id, "enrolled", {}, now), now),
         "course no longer exists"},
    };
    std::vector<json> mutations;
    for (const auto& [m, reason] : cases) {
        mutations.push_back(m);
    }
    const ApiAnswer answer = api.request("POST", "/api/sync/push", push(mutations), m_ottoToken[backend]);
    QCOMPARE(answer.status, 200);
    for (std::size_t i = 0; i < cases.size(); ++i) {
        const json& result = answer.body.at("results")[i];
        QCOMPARE(result.at("outcome"), "rejected");
        const std::string reason = result.at("reason").get<std::string>();
        QVERIFY2(reason.find(cases[i].second) != std::string::npos, (std::to_string(i) + ": " + reason).c_str());
    }
    // Nothing of it was stored: Ann's enrolment is untouched, Otto has none.
    std::string cursor;
    const auto annPulled = hss::enrollmentFromJson(
        changeOf(pullAll(api, m_annToken[backend], cursor), "enrollment", annEnrollment).at("data"));
    QVERIFY(annPulled);
    QVERIFY(annPulled.value().completedModuleIds.empty());
    std::string ottoCursor;
    for (const json& change : pullAll(api, m_ottoToken[backend], ottoCursor)) {
        if (change.at("entity") == "enrollment" && !change.at("deleted").get<bool>()) {
            QVERIFY(change.at("data").at("course_id") != course.id.toString());
        }
    }
}

void TestSyncPersonalApi::storageFailureFailsTheWholeBatch_data()
{
    backends();
}

void TestSyncPersonalApi::storageFailureFailsTheWholeBatch()
{
    QFETCH(QString, backend);
    ApiTestServer& api = server(backend);
    if (backend == "sqlite") {
        execute(api,
                "CREATE TRIGGER hss_test_failure BEFORE INSERT ON feedback "
                "BEGIN SELECT RAISE(ABORT, 'injected storage failure'); END");
    } else {
        execute(api,
                "CREATE FUNCTION hss_test_failure() RETURNS trigger AS $body$ BEGIN "
                "RAISE EXCEPTION 'injected storage failure'; END $body$ LANGUAGE plpgsql");
        execute(api,
                "CREATE TRIGGER hss_test_failure BEFORE INSERT ON feedback "
                "FOR EACH ROW EXECUTE FUNCTION hss_test_failure()");
    }
    const std::int64_t now = api.clock().nowMs();
    const hss::Course course = makeCourse(api, "Hand hygiene " + std::to_string(now));
    const Uuid enrollmentId = Uuid::createV7();
    const Uuid feedbackId = Uuid::createV7();
    const Uuid& ann = m_ann[backend].id;
    // The enrolment comes first and would succeed alone: it must not be kept either.
    const json batch = push({mutation(enrollmentId, "enrollment", "create",
                                      enrollment(enrollmentId, course.id, ann, "enrolled", {}, now), now),
                             mutation(feedbackId, "feedback", "create", feedback(feedbackId, ann, now), now + 1)});
    const ApiAnswer failed = api.request("POST", "/api/sync/push", batch, m_annToken[backend]);
    QCOMPARE(failed.status, 503);
    QCOMPARE(failed.body.at("error"), "service_unavailable");
    QVERIFY2(failed.headers.count("Retry-After") == 1, failed.rawBody.c_str());
    std::string cursor;
    const std::vector<json> nothing = pullAll(api, m_annToken[backend], cursor);
    QVERIFY2(changeOf(nothing, "enrollment", enrollmentId).is_null(), "an enrolment of the failed batch was kept");

    if (backend == "sqlite") {
        execute(api, "DROP TRIGGER hss_test_failure");
    } else {
        execute(api, "DROP TRIGGER hss_test_failure ON feedback");
        execute(api, "DROP FUNCTION hss_test_failure()");
    }
    // The console sends the same batch again: now it applies, once.
    const ApiAnswer applied = api.request("POST", "/api/sync/push", batch, m_annToken[backend]);
    QCOMPARE(applied.status, 200);
    QCOMPARE(applied.body.at("results")[0].at("outcome"), "applied");
    QCOMPARE(applied.body.at("results")[1].at("outcome"), "applied");
    QCOMPARE(api.request("POST", "/api/sync/push", batch, m_annToken[backend]).body.at("results"),
             applied.body.at("results"));
    const ApiAnswer listed = api.request("GET", "/api/feedback?limit=200", nullptr, m_supervisorToken[backend]);
    int copies = 0;
    for (const json& item : listed.body.at("items")) {
        copies += item.at("id") == feedbackId.toString() ? 1 : 0;
    }
    QCOMPARE(copies, 1);
    const std::vector<json> changes = pullAll(api, m_annToken[backend], cursor);
    QVERIFY(!changeOf(changes, "enrollment", enrollmentId).is_null());
    QVERIFY(!changeOf(changes, "feedback", feedbackId).is_null());
}

QTEST_GUILESS_MAIN(TestSyncPersonalApi)
#include "TestSyncPersonalApi.moc"
