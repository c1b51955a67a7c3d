// SPDX-License-Identifier: MIT
#include <QtTest>
#include <algorithm>
#include <chrono>
#include <future>
#include <memory>
#include <set>
#include <string>
#include <vector>

#include "ApiTestServer.h"
#include "PostgresCluster.h"
#include "app/ServerServices.h"
#include "auth/TokenService.h"
#include "hss/sync/ConflictNoteText.h"
#include "hss/sync/Mutation.h"
#include "hss/sync/PullPage.h"
#include "hss/sync/PushResponse.h"

using hss::Role;
using hss::User;
using hss::Uuid;
using hss::test::ApiAnswer;
using hss::test::ApiTestServer;
using nlohmann::json;

namespace {

json newTicket(const Uuid& id, const std::string& title, const std::string& team)
{
    return {{"id", id.toString()},
            {"number", nullptr},
            {"title", title},
            {"description", "Typed offline at the clinic."},
            {"priority", "medium"},
            {"category", "technical"},
            {"status", "new"},
            {"channel", "phone"},
            {"requester_name", "Nurse Station 3"},
            {"requester_email", ""},
            {"assignee_id", nullptr},
            {"team", team},
            {"medical_case_ref", nullptr},
            {"created_at", "2027-01-15T08:00:00.000Z"},
            {"updated_at", "2027-01-15T08:00:00.000Z"},
            {"first_response_at", nullptr},
            {"resolved_at", nullptr},
            {"escalation_level", 0},
            {"revision", 0}};
}

json mutation(const Uuid& entityId, const std::string& entity, const std::string& kind, std::int64_t base,
              const json& fields, std::int64_t physicalMs, const std::string& node,
              const Uuid& mutationId = Uuid::createV7())
{
    hss::sync::Mutation m;
    m.mutationId = mutationId;
    m.entity = hss::sync::syncEntityFromString(entity).value();
    m.entityId = entityId;
    m.kind = hss::sync::mutationKindFromString(kind).value();
    m.baseRevision = base;
    m.fields = fields;
    m.deviceTimeMs = physicalMs;
    m.hlc = hss::HlcTimestamp {physicalMs, 0, node};
    return toJson(m);
}

json push(const std::string& device, const std::vector<json>& mutations)
{
    return {{"device_id", device}, {"mutations", mutations}};
}

} // namespace

/// The sync endpoints over real HTTPS on SQLite and PostgreSQL: scoped, paged pulls that never skip or repeat,
/// exactly-once pushes, field-level merges with conflict notes, long-poll wake-up, disabled accounts, bad input.
class TestSyncApi final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void pullPagesAreScopedAndComplete_data();
    void pullPagesAreScopedAndComplete();
    void longRunOfInvisibleChangesIsScannedInBoundedSteps_data();
    void longRunOfInvisibleChangesIsScannedInBoundedSteps();
    void pushIsExactlyOnce_data();
    void pushIsExactlyOnce();
    void concurrentEditsMerge_data();
    void concurrentEditsMerge();
    void cursorNeverSkipsConcurrentCommits_data();
    void cursorNeverSkipsConcurrentCommits();
    void longPollWakesOnPush();
    void disabledAccountIsRefused();
    void badInputIsRefused();

private:
    static void backends();
    ApiTestServer& server(const QString& backend) { return backend == "postgresql" ? *m_postgres : *m_sqlite; }
    /// Every change after \a cursor, following pages of \a limit; fails the test on a bad page.
    std::vector<json> pullAll(ApiTestServer& api, const std::string& token, std::string& cursor, int limit);

    hss::test::PostgresCluster m_cluster;
    std::unique_ptr<ApiTestServer> m_sqlite;
    std::unique_ptr<ApiTestServer> m_postgres;
    std::map<QString, User> m_agent;
    std::map<QString, std::string> m_agentToken;
    std::map<QString, std::string> m_otherTeamToken;
    std::map<QString, std::string> m_supervisorToken;
    std::map<QString, std::string> m_adminToken;
};

void TestSyncApi::backends()
{
    QTest::addColumn<QString>("backend");
    QTest::newRow("sqlite") << QStringLiteral("sqlite");
    QTest::newRow("postgresql") << QStringLiteral("postgresql");
}

void TestSyncApi::initTestCase()
{
    QVERIFY2(m_cluster.start(), qPrintable(m_cluster.error()));
    QVERIFY2(m_cluster.createDatabase("api_sync"), qPrintable(m_cluster.error()));
    m_sqlite = std::make_unique<ApiTestServer>();
    QVERIFY2(m_sqlite->isRunning(), qPrintable(m_sqlite->error()));
    m_postgres = std::make_unique<ApiTestServer>(m_cluster.url("api_sync").toStdString());
    QVERIFY2(m_postgres->isRunning(), qPrintable(m_postgres->error()));
    for (const QString backend : {"sqlite", "postgresql"}) {
        ApiTestServer& api = server(backend);
        m_agent[backend] = api.createUser("ann", {Role::Agent}, {"tier1"});
        m_agentToken[backend] = api.tokenFor(m_agent[backend]);
        m_otherTeamToken[backend] = api.tokenFor(api.createUser("otto", {Role::Agent}, {"tier2"}));
        m_supervisorToken[backend] = api.tokenFor(api.createUser("sue", {Role::Supervisor}, {}));
        m_adminToken[backend] = api.tokenFor(api.createUser("ada", {Role::Admin}, {}));
    }
}

std::vector<json> TestSyncApi::pullAll(ApiTestServer& api, const std::string& token, std::string& cursor, int limit)
{
    std::vector<json> changes;
    for (int page = 0; page < 1000; ++page) {
        const ApiAnswer answer =
            api.request("GET", "/api/sync/pull?limit=" + std::to_string(limit) + "&cursor=" + cursor, nullptr, token);
        if (answer.status != 200) {
            qWarning("pull answered %d: %s", answer.status, answer.body.dump().c_str());
            return {};
        }
        auto decoded = hss::sync::pullPageFromJson(answer.body);
        if (!decoded) {
            qWarning("pull page does not decode: %s", hss::describe(decoded.error()).c_str());
            return {};
        }
        if (static_cast<int>(decoded.value().changes.size()) > limit) {
            qWarning("page larger than its limit");
            return {};
        }
        for (const json& change : answer.body.at("changes")) {
            changes.push_back(change);
        }
        cursor = decoded.value().cursor;
        if (!decoded.value().hasMore) {
            return changes;
        }
    }
    return changes;
}

void TestSyncApi::pullPagesAreScopedAndComplete_data()
{
    backends();
}

void TestSyncApi::pullPagesAreScopedAndComplete()
{
    QFETCH(QString, backend);
    ApiTestServer& api = server(backend);
    std::string agentCursor;
    pullAll(api, m_agentToken[backend], agentCursor, 500); // whatever earlier tests left

    std::set<std::string> mine;
    std::set<std::string> theirs;
    for (int i = 0; i < 7; ++i) {
        const bool tier1 = i % 2 == 0;
        const ApiAnswer created = api.request("POST", "/api/tickets",
                                              {{"title", "Pull " + std::to_string(i)},
                                               {"description", "Lab results missing."},
                                               {"priority", "high"},
                                               {"category", "technical"},
                                               {"channel", "email"},
                                               {"requester_name", "Dr. Roe"},
                                               {"requester_email", "roe@clinic.example"},
                                               {"team", tier1 ? "tier1" : "tier2"}},
                                              m_supervisorToken[backend]);
        QCOMPARE(created.status, 201);
        (tier1 ? mine : theirs).insert(created.body.at("id").get<std::string>());
    }
    const std::string deleted = *mine.begin();
    QCOMPARE(api.request("DELETE", "/api/tickets/" + deleted, nullptr, m_supervisorToken[backend]).status, 204);

    // Pages of 2: every visible change exactly once, in sequence order, nothing of another team.
    const std::vector<json> changes = pullAll(api, m_agentToken[backend], agentCursor, 2);
    std::set<std::string> live;
    std::set<std::string> tombstones;
    std::int64_t lastSequence = 0;
    for (const json& change : changes) {
        QVERIFY(change.at("sequence").get<std::int64_t>() > lastSequence);
        lastSequence = change.at("sequence").get<std::int64_t>();
        const std::string id = change.at("id").get<std::string>();
        QVERIFY2(!theirs.contains(id), "a ticket of another team was pulled");
        if (change.at("deleted").get<bool>()) {
            QVERIFY(change.at("data").is_null());
            tombstones.insert(id);
        } else if (change.at("entity") == "ticket") {
            QCOMPARE(change.at("data").at("id").get<std::string>(), id);
            live.insert(id);
        }
    }
    std::set<std::string> expectedLive = mine;
    expectedLive.erase(deleted);
    QCOMPARE(live, expectedLive);
    QVERIFY(tombstones.contains(deleted));

    // Nothing new: an empty page that keeps the cursor.
    const ApiAnswer again = api.request("GET", "/api/sync/pull?cursor=" + agentCursor, nullptr, m_agentToken[backend]);
    QCOMPARE(again.status, 200);
    QVERIFY(again.body.at("changes").empty());
    QCOMPARE(again.body.at("cursor").get<std::string>(), agentCursor);
}

void TestSyncApi::longRunOfInvisibleChangesIsScannedInBoundedSteps_data()
{
    backends();
}

void TestSyncApi::longRunOfInvisibleChangesIsScannedInBoundedSteps()
{
    // A page reads the feed a window of `limit` entries at a time, at most four windows: past a long run of changes
    // the principal may not see, pages come back empty with has_more and a cursor that moved, until the visible one.
    QFETCH(QString, backend);
    ApiTestServer& api = server(backend);
    std::string cursor;
    pullAll(api, m_agentToken[backend], cursor, 500); // whatever earlier tests left
    const auto create = [&](const std::string& team) {
        const ApiAnswer created = api.request("POST", "/api/tickets",
                                              {{"title", "Scan past " + team},
                                               {"description", "Printer offline."},
                                               {"priority", "low"},
                                               {"category", "technical"},
                                               {"channel", "email"},
                                               {"requester_name", "Dr. Roe"},
                                               {"requester_email", "roe@clinic.example"},
                                               {"team", team}},
                                              m_supervisorToken[backend]);
        return created.status == 201 ? created.body.at("id").get<std::string>() : std::string();
    };
    for (int i = 0; i < 12; ++i) {
        QVERIFY(!create("tier2").empty());
    }
    const std::string visible = create("tier1");
    QVERIFY(!visible.empty());

    const ApiAnswer first =
        api.request("GET", "/api/sync/pull?limit=2&cursor=" + cursor, nullptr, m_agentToken[backend]);
    QCOMPARE(first.status, 200);
    QVERIFY(first.body.at("changes").empty()); // 8 entries scanned, none visible
    QVERIFY(first.body.at("has_more").get<bool>());
    QVERIFY(first.body.at("cursor").get<std::string>() != cursor);
    std::string next = first.body.at("cursor").get<std::string>();
    const std::vector<json> rest = pullAll(api, m_agentToken[backend], next, 2);
    QCOMPARE(rest.size(), std::size_t(1));
    QCOMPARE(rest.front().at("id").get<std::string>(), visible);
}

void TestSyncApi::pushIsExactlyOnce_data()
{
    backends();
}

void TestSyncApi::pushIsExactlyOnce()
{
    QFETCH(QString, backend);
    ApiTestServer& api = server(backend);
    const std::int64_t now = api.clock().nowMs();
    const Uuid ticketId = Uuid::createV7();
    const Uuid commentId = Uuid::createV7();
    const json comment {{"id", commentId.toString()},
                        {"ticket_id", ticketId.toString()},
                        {"author_id", m_agent[backend].id.toString()},
                        {"body", "Called the ward back."},
                        {"visibility", "internal_note"},
                        {"created_at", "2027-01-15T08:05:00.000Z"}};
    const json batch = push(
        "console-a",
        {mutation(ticketId, "ticket", "create", 0, newTicket(ticketId, "Offline ticket", "tier1"), now, "console-a"),
         mutation(commentId, "comment", "create", 0, comment, now + 1, "console-a")});
    const ApiAnswer first = api.request("POST", "/api/sync/push", batch, m_agentToken[backend]);
    QCOMPARE(first.status, 200);
    const auto results = hss::sync::pushResponseFromJson(first.body);
    QVERIFY2(results, first.body.dump().c_str());
    QCOMPARE(results.value().results.size(), std::size_t(2));
    QVERIFY(results.value().results[0].outcome == hss::sync::MutationOutcome::Applied);
    QVERIFY(results.value().results[0].ticketNumber.has_value());
    QVERIFY(results.value().results[1].outcome == hss::sync::MutationOutcome::Applied);

    // The answer was lost and the console sends the same batch again: the same answers, nothing applied twice.
    const ApiAnswer retry = api.request("POST", "/api/sync/push", batch, m_agentToken[backend]);
    QCOMPARE(retry.status, 200);
    QCOMPARE(retry.body.at("results"), first.body.at("results"));
    const ApiAnswer comments =
        api.request("GET", "/api/tickets/" + ticketId.toString() + "/comments", nullptr, m_agentToken[backend]);
    QCOMPARE(comments.status, 200);
    QCOMPARE(comments.body.at("items").size(), std::size_t(1));
    const ApiAnswer ticket = api.request("GET", "/api/tickets/" + ticketId.toString(), nullptr, m_agentToken[backend]);
    QCOMPARE(ticket.body.at("revision"), 1);
    QCOMPARE(ticket.body.at("number").get<std::int64_t>(), *results.value().results[0].ticketNumber);
}

void TestSyncApi::concurrentEditsMerge_data()
{
    backends();
}

void TestSyncApi::concurrentEditsMerge()
{
    QFETCH(QString, backend);
    ApiTestServer& api = server(backend);
    const std::int64_t now = api.clock().nowMs();
    const Uuid ticketId = Uuid::createV7();
    QCOMPARE(api.request("POST", "/api/sync/push",
                         push("console-a",
                              {mutation(ticketId, "ticket", "create", 0,
                                        newTicket(ticketId, "Infusion pump alarm", "tier1"), now, "console-a")}),
                         m_agentToken[backend])
                 .status,
             200);
    // Both consoles edited revision 1 offline: A raised the priority and retitled, B lowered it and retitled.
    const json fromA = mutation(ticketId, "ticket", "update", 1,
                                {{"priority", "critical"}, {"title", "Pump alarm on ward 4"}}, now + 10, "console-a");
    const json fromB = mutation(ticketId, "ticket", "update", 1, {{"priority", "low"}, {"title", "Pump alarm (false)"}},
                                now + 20, "console-b");
    const ApiAnswer a = api.request("POST", "/api/sync/push", push("console-a", {fromA}), m_agentToken[backend]);
    const ApiAnswer b = api.request("POST", "/api/sync/push", push("console-b", {fromB}), m_agentToken[backend]);
    QCOMPARE(a.body.at("results")[0].at("outcome"), "applied");
    QCOMPARE(b.body.at("results")[0].at("outcome"), "conflict");
    QCOMPARE(b.body.at("results")[0].at("conflict_fields"), json::array({"title"}));

    const ApiAnswer ticket = api.request("GET", "/api/tickets/" + ticketId.toString(), nullptr, m_agentToken[backend]);
    QCOMPARE(ticket.body.at("priority"), "critical"); // never lowered by a merge
    QCOMPARE(ticket.body.at("title"), "Pump alarm on ward 4");
    const ApiAnswer comments =
        api.request("GET", "/api/tickets/" + ticketId.toString() + "/comments", nullptr, m_agentToken[backend]);
    bool noteFound = false;
    for (const json& comment : comments.body.at("items")) {
        const std::string body = comment.at("body").get<std::string>();
        if (hss::sync::isConflictNoteText(body) && body.find("Pump alarm (false)") != std::string::npos) {
            noteFound = true;
        }
    }
    QVERIFY2(noteFound, "the losing title is not kept as a conflict note");
}

void TestSyncApi::cursorNeverSkipsConcurrentCommits_data()
{
    backends();
}

void TestSyncApi::cursorNeverSkipsConcurrentCommits()
{
    QFETCH(QString, backend);
    ApiTestServer& api = server(backend);
    std::string cursor;
    pullAll(api, m_supervisorToken[backend], cursor, 1000);

    // Writers commit while a console keeps pulling; a change that commits after a later-numbered one must still
    // be delivered after the cursor passed that number.
    constexpr int writers = 6;
    constexpr int ticketsPerWriter = 15;
    std::vector<std::future<std::vector<std::string>>> created;
    for (int w = 0; w < writers; ++w) {
        created.push_back(std::async(std::launch::async, [&, w] {
            std::vector<std::string> ids;
            for (int i = 0; i < ticketsPerWriter; ++i) {
                const ApiAnswer answer =
                    api.request("POST", "/api/tickets",
                                {{"title", "Concurrent " + std::to_string(w) + "-" + std::to_string(i)},
                                 {"description", "x"},
                                 {"priority", "low"},
                                 {"category", "technical"},
                                 {"channel", "chat"},
                                 {"requester_name", "R"},
                                 {"requester_email", ""},
                                 {"team", "tier1"}},
                                m_supervisorToken[backend]);
                if (answer.status == 201) {
                    ids.push_back(answer.body.at("id").get<std::string>());
                }
            }
            return ids;
        }));
    }
    std::set<std::string> seen;
    const auto collect = [&] {
        for (const json& change : pullAll(api, m_supervisorToken[backend], cursor, 7)) {
            seen.insert(change.at("id").get<std::string>());
        }
    };
    while (std::any_of(created.begin(), created.end(),
                       [](auto& f) { return f.wait_for(std::chrono::milliseconds(0)) != std::future_status::ready; })) {
        collect();
    }
    collect();
    int total = 0;
    for (auto& future : created) {
        for (const std::string& id : future.get()) {
            ++total;
            QVERIFY2(seen.contains(id),
                     qPrintable(QStringLiteral("ticket %1 was skipped by the cursor").arg(QString::fromStdString(id))));
        }
    }
    QCOMPARE(total, writers * ticketsPerWriter);
}

void TestSyncApi::longPollWakesOnPush()
{
    ApiTestServer& api = *m_sqlite;
    std::string cursor;
    pullAll(api, m_agentToken["sqlite"], cursor, 1000);
    std::future<ApiAnswer> waiting = std::async(std::launch::async, [&] {
        return api.request("GET", "/api/sync/pull?wait=20&cursor=" + cursor, nullptr, m_agentToken["sqlite"]);
    });
    QTest::qWait(300);
    const std::int64_t now = api.clock().nowMs();
    const Uuid ticketId = Uuid::createV7();
    json emergency = newTicket(ticketId, "Ventilator triage model offline", "tier1");
    emergency["priority"] = "emergency";
    QCOMPARE(api.request("POST", "/api/sync/push",
                         push("console-b", {mutation(ticketId, "ticket", "create", 0, emergency, now, "console-b")}),
                         m_agentToken["sqlite"])
                 .status,
             200);
    const ApiAnswer woken = waiting.get();
    QCOMPARE(woken.status, 200);
    bool found = false;
    for (const json& change : woken.body.at("changes")) {
        found = found || change.at("id") == ticketId.toString();
    }
    QVERIFY2(found, "the waiting pull did not return the new emergency");
}

void TestSyncApi::disabledAccountIsRefused()
{
    ApiTestServer& api = *m_sqlite;
    const User nurse = api.createUser("nina", {Role::Agent}, {"tier1"});
    const std::string token = api.tokenFor(nurse);
    QCOMPARE(api.request("GET", "/api/sync/pull", nullptr, token).status, 200);
    QCOMPARE(api.request("PUT", "/api/admin/users/" + nurse.id.toString(), {{"active", false}}, m_adminToken["sqlite"])
                 .status,
             200);
    const ApiAnswer pull = api.request("GET", "/api/sync/pull", nullptr, token);
    QCOMPARE(pull.status, 403);
    QCOMPARE(pull.body.at("error"), "account_disabled");
    const std::int64_t now = api.clock().nowMs();
    const Uuid id = Uuid::createV7();
    const ApiAnswer pushed = api.request(
        "POST", "/api/sync/push",
        push("console-n", {mutation(id, "ticket", "create", 0, newTicket(id, "x", "tier1"), now, "console-n")}), token);
    QCOMPARE(pushed.status, 403);
    QCOMPARE(pushed.body.at("error"), "account_disabled");
}

void TestSyncApi::badInputIsRefused()
{
    ApiTestServer& api = *m_sqlite;
    const std::string token = m_agentToken["sqlite"];
    QCOMPARE(api.request("GET", "/api/sync/pull?cursor=../../etc", nullptr, token).status, 400);
    QCOMPARE(api.request("GET", "/api/sync/pull?limit=0", nullptr, token).status, 400);
    QCOMPARE(api.request("GET", "/api/sync/pull?wait=999", nullptr, token).status, 400);
    QCOMPARE(api.request("GET", "/api/sync/pull", nullptr, "").status, 401);
    const ApiAnswer empty =
        api.request("POST", "/api/sync/push", {{"device_id", "d"}, {"mutations", json::array()}}, token);
    QCOMPARE(empty.status, 422);
    const std::int64_t now = api.clock().nowMs();
    const Uuid id = Uuid::createV7();
    json bad = mutation(id, "ticket", "create", 0, newTicket(id, "x", "tier1"), now, "d");
    bad["hlc"] = "yesterday";
    const ApiAnswer badHlc = api.request("POST", "/api/sync/push", push("d", {bad}), token);
    QCOMPARE(badHlc.status, 422);
    QVERIFY2(badHlc.body.dump().find("mutations[0].hlc") != std::string::npos, badHlc.body.dump().c_str());
    // A mutation of the wrong kind is answered, not refused: the rest of the batch goes on.
    const Uuid article = Uuid::createV7();
    const ApiAnswer readOnly =
        api.request("POST", "/api/sync/push",
                    push("d", {mutation(article, "kb_article", "update", 1, {{"title", "x"}}, now, "d")}), token);
    QCOMPARE(readOnly.status, 200);
    QCOMPARE(readOnly.body.at("results")[0].at("outcome"), "rejected");
    QCOMPARE(api.request("GET", "/api/tickets?limit=1", nullptr, token).status, 200); // still serving
}

QTEST_GUILESS_MAIN(TestSyncApi)
#include "TestSyncApi.moc"
