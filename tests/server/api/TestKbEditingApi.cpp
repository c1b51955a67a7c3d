// SPDX-License-Identifier: MIT
#include <QtTest>
#include <map>
#include <memory>
#include <string>

#include "ApiTestServer.h"
#include "PostgresCluster.h"
#include "app/ServerServices.h"
#include "storage/AuditLogRepository.h"

using hss::Role;
using hss::User;
using hss::test::ApiAnswer;
using hss::test::ApiTestServer;
using nlohmann::json;

namespace {

json newArticle(const std::string& title, const std::string& category = "troubleshooting")
{
    return {{"title", title},
            {"body", "<p>First text of " + title + "</p>"},
            {"category", category},
            {"content_type", "article"},
            {"language", "en"}};
}

json edit(int baseVersion, const std::string& title, const std::string& body,
          const std::string& category = "troubleshooting")
{
    return {{"base_version", baseVersion},
            {"title", title},
            {"body", body},
            {"category", category},
            {"content_type", "article"}};
}

json step(int baseVersion, const std::string& status)
{
    return {{"base_version", baseVersion}, {"status", status}};
}

} // namespace

/// Editing the knowledge base over real HTTPS on SQLite and PostgreSQL: versions with their history, the review
/// workflow with its rights and four eyes, medical review of clinical articles, optimistic concurrency, rollback,
/// and bad requests that store nothing.
class TestKbEditingApi final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void createEditSubmitAndPublish_data() { backends(); }
    void createEditSubmitAndPublish();
    void clinicalArticleNeedsMedicalSignOff_data() { backends(); }
    void clinicalArticleNeedsMedicalSignOff();
    void staleBaseVersionChangesNothing_data() { backends(); }
    void staleBaseVersionChangesNothing();
    void rollbackAddsAVersionWithTheOldText_data() { backends(); }
    void rollbackAddsAVersionWithTheOldText();
    void editingRightsFollowTheStatus_data() { backends(); }
    void editingRightsFollowTheStatus();
    void malformedBodiesAreRefused_data() { backends(); }
    void malformedBodiesAreRefused();
    void badRequestsStoreNothing_data();
    void badRequestsStoreNothing();
    void versionNumbersBeyondRangeAreNamed_data() { backends(); }
    void versionNumbersBeyondRangeAreNamed();

private:
    static void backends();
    ApiTestServer& server(const QString& backend) { return backend == "postgresql" ? *m_postgres : *m_sqlite; }
    std::string token(const QString& backend, const std::string& who) { return m_tokens[backend][who]; }
    std::string userId(const QString& backend, const std::string& who) { return m_ids[backend][who]; }
    /// Creates an article through the API as \a who and returns its id ("" on failure).
    std::string create(const QString& backend, const std::string& who, const json& body);
    ApiAnswer get(const QString& backend, const std::string& path, const std::string& who = "sue");

    hss::test::PostgresCluster m_cluster;
    std::unique_ptr<ApiTestServer> m_sqlite;
    std::unique_ptr<ApiTestServer> m_postgres;
    std::map<QString, std::map<std::string, std::string>> m_tokens;
    std::map<QString, std::map<std::string, std::string>> m_ids;
};

void TestKbEditingApi::backends()
{
    QTest::addColumn<QString>("backend");
    QTest::newRow("sqlite") << QStringLiteral("sqlite");
    QTest::newRow("postgresql") << QStringLiteral("postgresql");
}

void TestKbEditingApi::initTestCase()
{
    QVERIFY2(m_cluster.start(), qPrintable(m_cluster.error()));
    QVERIFY2(m_cluster.createDatabase("api_kb_editing"), qPrintable(m_cluster.error()));
    m_sqlite = std::make_unique<ApiTestServer>();
    QVERIFY2(m_sqlite->isRunning(), qPrintable(m_sqlite->error()));
    m_postgres = std::make_unique<ApiTestServer>(m_cluster.url("api_kb_editing").toStdString());
    QVERIFY2(m_postgres->isRunning(), qPrintable(m_postgres->error()));
    const std::map<std::string, Role> people {{"ann", Role::Agent},        {"sue", Role::Supervisor},
                                              {"sam", Role::Supervisor},   {"mia", Role::MedicalAgent},
                                              {"max", Role::MedicalAgent}, {"lea", Role::Learner}};
    for (const QString backend : {"sqlite", "postgresql"}) {
        for (const auto& [name, role] : people) {
            const User user = server(backend).createUser(name, {role}, {"tier1"});
            m_tokens[backend][name] = server(backend).tokenFor(user);
            m_ids[backend][name] = user.id.toString();
        }
    }
}

std::string TestKbEditingApi::create(const QString& backend, const std::string& who, const json& body)
{
    const ApiAnswer answer = server(backend).request("POST", "/api/kb/articles", body, token(backend, who));
    if (answer.status != 201) {
        qWarning("create failed %d: %s", answer.status, answer.rawBody.c_str());
        return {};
    }
    return answer.body.at("id").get<std::string>();
}

ApiAnswer TestKbEditingApi::get(const QString& backend, const std::string& path, const std::string& who)
{
    return server(backend).request("GET", path, nullptr, token(backend, who));
}

void TestKbEditingApi::createEditSubmitAndPublish()
{
    QFETCH(QString, backend);
    ApiTestServer& api = server(backend);
    const ApiAnswer created =
        api.request("POST", "/api/kb/articles", newArticle("Pump alarm E-17"), token(backend, "sue"));
    QCOMPARE(created.status, 201);
    QCOMPARE(created.body.at("status"), "draft");
    QCOMPARE(created.body.at("version"), 1);
    QCOMPARE(created.body.at("author_id"), userId(backend, "sue"));
    QCOMPARE(created.body.at("edited_by"), userId(backend, "sue"));
    QCOMPARE(created.body.at("translation_of"), nullptr);
    const std::string path = "/api/kb/articles/" + created.body.at("id").get<std::string>();

    const ApiAnswer edited =
        api.request("PUT", path, edit(1, "Pump alarm E-17: occlusion", "<p>Second text</p>"), token(backend, "sue"));
    QCOMPARE(edited.status, 200);
    QCOMPARE(edited.body.at("version"), 2);
    QCOMPARE(edited.body.at("status"), "draft");
    QCOMPARE(edited.body.at("title"), "Pump alarm E-17: occlusion");

    const ApiAnswer history = get(backend, path + "/versions");
    QCOMPARE(history.status, 200);
    QCOMPARE(history.body.at("current"), 2);
    QCOMPARE(history.body.at("items").size(), std::size_t {2});
    QCOMPARE(history.body.at("items")[0].at("version"), 2); // newest first
    QCOMPARE(history.body.at("items")[0].at("body"), "<p>Second text</p>");
    QCOMPARE(history.body.at("items")[0].at("edited_by"), userId(backend, "sue"));
    QCOMPARE(history.body.at("items")[1].at("version"), 1);
    QCOMPARE(history.body.at("items")[1].at("title"), "Pump alarm E-17");
    QCOMPARE(history.body.at("items")[1].at("body"), "<p>First text of Pump alarm E-17</p>");

    QCOMPARE(api.request("POST", path + "/status", step(2, "review"), token(backend, "sue")).status, 200);
    // The editor may not approve her own version, and an agent may not approve at all; neither changes anything.
    const ApiAnswer own = api.request("POST", path + "/status", step(2, "published"), token(backend, "sue"));
    QCOMPARE(own.status, 403);
    QCOMPARE(own.body.at("error"), "four_eyes");
    const ApiAnswer agent = api.request("POST", path + "/status", step(2, "published"), token(backend, "ann"));
    QCOMPARE(agent.status, 403);
    QCOMPARE(agent.body.at("error"), "forbidden");
    QCOMPARE(get(backend, path).body.at("status"), "review");

    const ApiAnswer published = api.request("POST", path + "/status", step(2, "published"), token(backend, "sam"));
    QCOMPARE(published.status, 200);
    QCOMPARE(published.body.at("status"), "published");
    QCOMPARE(published.body.at("version"), 2); // status is not content
    QCOMPARE(get(backend, path + "/versions").body.at("items").size(), std::size_t {2});

    // Every step is audited with who, what and which article, never with the text.
    const auto records = hss::server::AuditLogRepository(api.services().database).list(0, 100000);
    int kbRecords = 0;
    for (const auto& record : records) {
        if (record.entry.objectId == created.body.at("id").get<std::string>()) {
            ++kbRecords;
            QVERIFY2(record.entry.detail.find("<p>") == std::string::npos, record.entry.detail.c_str());
        }
    }
    QCOMPARE(kbRecords, 6); // create, update, review, two denials, publish
}

void TestKbEditingApi::clinicalArticleNeedsMedicalSignOff()
{
    QFETCH(QString, backend);
    ApiTestServer& api = server(backend);
    const std::string id = create(backend, "ann", newArticle("Insulin dosing screen", "medical_features"));
    QVERIFY(!id.empty());
    const std::string path = "/api/kb/articles/" + id + "/status";
    QCOMPARE(api.request("POST", path, step(1, "review"), token(backend, "ann")).status, 200);
    const ApiAnswer skipped = api.request("POST", path, step(1, "published"), token(backend, "sue"));
    QCOMPARE(skipped.status, 422);
    QCOMPARE(skipped.body.at("error"), "invalid_transition");
    QVERIFY2(skipped.rawBody.find("medical review") != std::string::npos, skipped.rawBody.c_str());
    QCOMPARE(api.request("POST", path, step(1, "medical_review"), token(backend, "sue")).status, 200);
    QCOMPARE(get(backend, "/api/kb/articles?status=medical_review&q=insulin").body.at("total"), 1);
    // Only a medical agent signs it off.
    QCOMPARE(api.request("POST", path, step(1, "published"), token(backend, "sue")).status, 403);
    QCOMPARE(api.request("POST", path, step(1, "published"), token(backend, "ann")).status, 403);
    const ApiAnswer signedOff = api.request("POST", path, step(1, "published"), token(backend, "mia"));
    QCOMPARE(signedOff.status, 200);
    QCOMPARE(signedOff.body.at("status"), "published");

    // A medical agent who wrote the version cannot sign it off herself.
    const std::string own = create(backend, "mia", newArticle("Glucose trend arrows", "medical_features"));
    const std::string ownPath = "/api/kb/articles/" + own + "/status";
    QCOMPARE(api.request("POST", ownPath, step(1, "review"), token(backend, "mia")).status, 200);
    QCOMPARE(api.request("POST", ownPath, step(1, "medical_review"), token(backend, "sue")).status, 200);
    QCOMPARE(api.request("POST", ownPath, step(1, "published"), token(backend, "mia")).body.at("error"), "four_eyes");
    QCOMPARE(api.request("POST", ownPath, step(1, "published"), token(backend, "max")).status, 200);
}

void TestKbEditingApi::staleBaseVersionChangesNothing()
{
    QFETCH(QString, backend);
    ApiTestServer& api = server(backend);
    const std::string id = create(backend, "ann", newArticle("Printer offline"));
    const std::string path = "/api/kb/articles/" + id;
    QCOMPARE(api.request("PUT", path, edit(1, "Printer offline (v2)", "<p>v2</p>"), token(backend, "ann")).status, 200);
    const ApiAnswer stale = api.request("PUT", path, edit(1, "Lost update", "<p>lost</p>"), token(backend, "sue"));
    QCOMPARE(stale.status, 409);
    QCOMPARE(stale.body.at("error"), "version_conflict");
    QVERIFY2(stale.body.at("message").get<std::string>().find("version 2") != std::string::npos, stale.rawBody.c_str());
    QCOMPARE(api.request("POST", path + "/status", step(1, "review"), token(backend, "ann")).body.at("error"),
             "version_conflict");
    QCOMPARE(api.request("POST", path + "/rollback", {{"base_version", 1}, {"to_version", 1}}, token(backend, "ann"))
                 .body.at("error"),
             "version_conflict");
    const ApiAnswer stored = get(backend, path);
    QCOMPARE(stored.body.at("title"), "Printer offline (v2)");
    QCOMPARE(stored.body.at("version"), 2);
    QCOMPARE(stored.body.at("status"), "draft");
    QCOMPARE(get(backend, path + "/versions").body.at("items").size(), std::size_t {2});
}

void TestKbEditingApi::rollbackAddsAVersionWithTheOldText()
{
    QFETCH(QString, backend);
    ApiTestServer& api = server(backend);
    const std::string id = create(backend, "ann", newArticle("VPN certificate"));
    const std::string path = "/api/kb/articles/" + id;
    QCOMPARE(api.request("PUT", path, edit(1, "VPN certificate renewal", "<p>new</p>", "best_practices"),
                         token(backend, "ann"))
                 .status,
             200);
    QCOMPARE(
        api.request("POST", path + "/rollback", {{"base_version", 2}, {"to_version", 7}}, token(backend, "ann")).status,
        404);
    const ApiAnswer rolled =
        api.request("POST", path + "/rollback", {{"base_version", 2}, {"to_version", 1}}, token(backend, "ann"));
    QCOMPARE(rolled.status, 200);
    QCOMPARE(rolled.body.at("version"), 3);
    QCOMPARE(rolled.body.at("title"), "VPN certificate");
    QCOMPARE(rolled.body.at("body"), "<p>First text of VPN certificate</p>");
    QCOMPARE(rolled.body.at("category"), "troubleshooting");
    QCOMPARE(rolled.body.at("status"), "draft");
    const ApiAnswer history = get(backend, path + "/versions");
    QCOMPARE(history.body.at("items").size(), std::size_t {3});
    QCOMPARE(history.body.at("items")[0].at("note"), "Rolled back to version 1");
    QCOMPARE(history.body.at("items")[1].at("title"), "VPN certificate renewal"); // history is kept
}

void TestKbEditingApi::editingRightsFollowTheStatus()
{
    QFETCH(QString, backend);
    ApiTestServer& api = server(backend);
    const std::string id = create(backend, "ann", newArticle("Badge reader"));
    const std::string path = "/api/kb/articles/" + id;
    QCOMPARE(api.request("POST", path + "/status", step(1, "review"), token(backend, "ann")).status, 200);
    const ApiAnswer inReview = api.request("PUT", path, edit(1, "Changed", "<p>x</p>"), token(backend, "sue"));
    QCOMPARE(inReview.status, 409);
    QCOMPARE(inReview.body.at("error"), "under_review");
    QCOMPARE(api.request("POST", path + "/status", step(1, "published"), token(backend, "sue")).status, 200);
    // A published article: only reviewers change it, and the change goes back to draft.
    QCOMPARE(api.request("PUT", path, edit(1, "Changed", "<p>x</p>"), token(backend, "ann")).status, 403);
    QCOMPARE(api.request("PUT", path, edit(1, "Changed", "<p>x</p>"), token(backend, "lea")).status, 403);
    const ApiAnswer changed = api.request("PUT", path, edit(1, "Changed", "<p>x</p>"), token(backend, "sue"));
    QCOMPARE(changed.status, 200);
    QCOMPARE(changed.body.at("status"), "draft");
    QCOMPARE(api.request("PUT", "/api/kb/articles/" + hss::Uuid::createV7().toString(), edit(1, "x", "y"),
                         token(backend, "sue"))
                 .status,
             404);
    QCOMPARE(api.request("POST", "/api/kb/articles", newArticle("Learner's draft"), token(backend, "lea")).status, 403);
}

void TestKbEditingApi::malformedBodiesAreRefused()
{
    QFETCH(QString, backend);
    ApiTestServer& api = server(backend);
    const std::string path = "/api/kb/articles/" + create(backend, "ann", newArticle("Monitor flicker"));
    for (const auto& [method, target] : std::initializer_list<std::pair<std::string, std::string>> {
             {"POST", "/api/kb/articles"}, {"PUT", path}, {"POST", path + "/status"}, {"POST", path + "/rollback"}}) {
        for (const std::string raw : {"{\"title\": ", "[]", "42"}) {
            const ApiAnswer answer = api.request(method, target, json(raw), token(backend, "ann"));
            QCOMPARE(answer.status, 400);
        }
        QCOMPARE(api.request(method, target, json("{}"), token(backend, "ann"), "text/plain").status, 415);
        const ApiAnswer noVersion = api.request(method, target, json::object(), token(backend, "ann"));
        QCOMPARE(noVersion.status, 422);
    }
    const ApiAnswer badStatus = api.request("POST", path + "/status", step(1, "pondering"), token(backend, "ann"));
    QCOMPARE(badStatus.status, 422);
    QCOMPARE(badStatus.body.at("field"), "status");
    QCOMPARE(get(backend, path).body.at("status"), "draft");
}

void TestKbEditingApi::badRequestsStoreNothing_data()
{
    QTest::addColumn<QString>("backend");
    QTest::addColumn<QString>("method");
    QTest::addColumn<QString>("mutation");
    QTest::addColumn<QString>("field");
    for (const QString backend : {"sqlite", "postgresql"}) {
        for (const QString method : {"POST", "PUT"}) {
            for (const auto& [mutation, field] :
                 std::initializer_list<std::pair<const char*, const char*>> {{"unknown field", "colour"},
                                                                             {"bad category", "category"},
                                                                             {"bad content type", "content_type"},
                                                                             {"title too long", "title"},
                                                                             {"missing title", "title"},
                                                                             {"title not a string", "title"},
                                                                             {"http video", "video_url"}}) {
                QTest::addRow("%s: %s %s", qPrintable(backend), qPrintable(method), mutation)
                    << backend << method << QString::fromUtf8(mutation) << QString::fromUtf8(field);
            }
        }
        QTest::addRow("%s: POST bad language", qPrintable(backend)) << backend << "POST"
                                                                    << "bad language"
                                                                    << "language";
        QTest::addRow("%s: PUT note too long", qPrintable(backend)) << backend << "PUT"
                                                                    << "note too long"
                                                                    << "note";
    }
}

void TestKbEditingApi::badRequestsStoreNothing()
{
    QFETCH(QString, backend);
    QFETCH(QString, method);
    QFETCH(QString, mutation);
    QFETCH(QString, field);
    ApiTestServer& api = server(backend);
    const std::string id = create(backend, "ann", newArticle("Scanner jam"));
    const std::string path = "/api/kb/articles/" + id;
    json body = method == "POST" ? newArticle("Scanner jam, again") : edit(1, "Scanner jam (v2)", "<p>v2</p>");
    if (mutation == "unknown field") {
        body["colour"] = "red";
    } else if (mutation == "bad category") {
        body["category"] = "astrology";
    } else if (mutation == "bad content type") {
        body["content_type"] = "poem";
    } else if (mutation == "title too long") {
        body["title"] = std::string(201, 'x');
    } else if (mutation == "missing title") {
        body.erase("title");
    } else if (mutation == "title not a string") {
        body["title"] = 42;
    } else if (mutation == "http video") {
        body["video_url"] = "http://video.example.org/jam";
    } else if (mutation == "bad language") {
        body["language"] = "english!";
    } else if (mutation == "note too long") {
        body["note"] = std::string(501, 'n');
    }
    const std::int64_t before = get(backend, "/api/kb/articles?q=scanner%20jam").body.at("total").get<std::int64_t>();
    const ApiAnswer answer =
        api.request(method.toStdString(), method == "POST" ? "/api/kb/articles" : path, body, token(backend, "ann"));
    QCOMPARE(answer.status, 422);
    QCOMPARE(answer.body.at("field"), field.toStdString());
    QCOMPARE(get(backend, "/api/kb/articles?q=scanner%20jam").body.at("total").get<std::int64_t>(), before);
    const ApiAnswer stored = get(backend, path);
    QCOMPARE(stored.body.at("version"), 1);
    QCOMPARE(stored.body.at("title"), "Scanner jam");
    QCOMPARE(get(backend, path + "/versions").body.at("items").size(), std::size_t {1});
}

void TestKbEditingApi::versionNumbersBeyondRangeAreNamed()
{
    // The same answer on every write that names a version: 422 naming the field, never a silent clamp.
    QFETCH(QString, backend);
    ApiTestServer& api = server(backend);
    const std::string id = create(backend, "ann", newArticle("Label printer offline"));
    const std::string path = "/api/kb/articles/" + id;
    const std::int64_t huge = 4'000'000'000;
    json status = step(1, "review");
    status["base_version"] = huge;
    const std::pair<std::string, json> requests[] = {
        {path + "/status", status},
        {path + "/rollback", json {{"base_version", huge}, {"to_version", 1}}},
        {path + "/rollback", json {{"base_version", 1}, {"to_version", huge}}},
    };
    const char* fields[] = {"base_version", "base_version", "to_version"};
    for (std::size_t i = 0; i < std::size(requests); ++i) {
        const ApiAnswer answer = api.request("POST", requests[i].first, requests[i].second, token(backend, "ann"));
        QCOMPARE(answer.status, 422);
        QCOMPARE(answer.body.at("field"), fields[i]);
    }
    const ApiAnswer stored = get(backend, path);
    QCOMPARE(stored.body.at("version"), 1);
    QCOMPARE(stored.body.at("status"), "draft");
}

QTEST_GUILESS_MAIN(TestKbEditingApi)
#include "TestKbEditingApi.moc"
