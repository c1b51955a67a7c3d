// SPDX-License-Identifier: MIT
#include <QtTest>
#include <map>
#include <memory>
#include <string>
#include <vector>

#include "ApiTestServer.h"
#include "PostgresCluster.h"
#include "app/ServerServices.h"
#include "hss/KbArticle.h"
#include "hss/sync/Mutation.h"
#include "hss/sync/PullPage.h"
#include "storage/Database.h"
#include "storage/KbRepository.h"

using hss::Role;
using hss::User;
using hss::Uuid;
using hss::test::ApiAnswer;
using hss::test::ApiTestServer;
using nlohmann::json;

namespace {

json mutation(const Uuid& entityId, const std::string& kind, const json& fields, std::int64_t physicalMs,
              const std::string& entity = "kb_vote")
{
    hss::sync::Mutation m;
    m.mutationId = Uuid::createV7();
    m.entity = hss::sync::syncEntityFromString(entity).value();
    m.entityId = entityId;
    m.kind = hss::sync::mutationKindFromString(kind).value();
    m.fields = fields;
    m.deviceTimeMs = physicalMs;
    m.hlc = hss::HlcTimestamp {physicalMs, 0, "console-kb"};
    return toJson(m);
}

json vote(const Uuid& article, bool helpful)
{
    return {{"article_id", article.toString()}, {"helpful", helpful}};
}

json push(const std::vector<json>& mutations)
{
    return {{"device_id", "console-kb"}, {"mutations", mutations}};
}

} // namespace

/// Helpful / not helpful votes pushed through /api/sync ("kb_vote") over real HTTPS on SQLite and PostgreSQL: counted
/// once per person and article under the same rules as POST /api/kb/articles/{id}/vote, applied once per mutation
/// id, the article's new counts in the feed, and bad votes rejected with a reason.
class TestSyncKbVoteApi final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void pushedVoteCountsOncePerPerson_data();
    void pushedVoteCountsOncePerPerson();
    void badVotesAreRejectedWithAReason_data();
    void badVotesAreRejectedWithAReason();

private:
    static void backends();
    ApiTestServer& server(const QString& backend) { return backend == "postgresql" ? *m_postgres : *m_sqlite; }
    /// A stored article with no votes.
    hss::KbArticle makeArticle(ApiTestServer& api, hss::ArticleStatus status);
    /// helpful_votes, not_helpful_votes as the REST API reports them.
    std::pair<std::int64_t, std::int64_t> counts(ApiTestServer& api, const QString& backend, const Uuid& article);
    /// The last pulled change of the article after \a cursor (moved on), or null.
    json pulledArticle(ApiTestServer& api, const std::string& token, std::string& cursor, const Uuid& article);

    hss::test::PostgresCluster m_cluster;
    std::unique_ptr<ApiTestServer> m_sqlite;
    std::unique_ptr<ApiTestServer> m_postgres;
    std::map<QString, std::string> m_annToken;
    std::map<QString, std::string> m_ottoToken;
    std::map<QString, std::string> m_editorToken;
};

void TestSyncKbVoteApi::backends()
{
    QTest::addColumn<QString>("backend");
    QTest::newRow("sqlite") << QStringLiteral("sqlite");
    QTest::newRow("postgresql") << QStringLiteral("postgresql");
}

void TestSyncKbVoteApi::initTestCase()
{
    QVERIFY2(m_cluster.start(), qPrintable(m_cluster.error()));
    QVERIFY2(m_cluster.createDatabase("api_sync_kb_vote"), qPrintable(m_cluster.error()));
    m_sqlite = std::make_unique<ApiTestServer>();
    QVERIFY2(m_sqlite->isRunning(), qPrintable(m_sqlite->error()));
    m_postgres = std::make_unique<ApiTestServer>(m_cluster.url("api_sync_kb_vote").toStdString());
    QVERIFY2(m_postgres->isRunning(), qPrintable(m_postgres->error()));
    for (const QString backend : {"sqlite", "postgresql"}) {
        ApiTestServer& api = server(backend);
        m_annToken[backend] = api.tokenFor(api.createUser("ann", {Role::Agent}, {"tier1"}));
        m_ottoToken[backend] = api.tokenFor(api.createUser("otto", {Role::Agent}, {"tier1"}));
        m_editorToken[backend] = api.tokenFor(api.createUser("sue", {Role::Supervisor}, {}));
    }
}

hss::KbArticle TestSyncKbVoteApi::makeArticle(ApiTestServer& api, hss::ArticleStatus status)
{
    hss::KbArticle article;
    article.id = Uuid::createV7();
    article.title = "Infusion pump error E-42";
    article.body = "<p>Check the line for kinks.</p>";
    article.category = hss::KbCategory::Troubleshooting;
    article.status = status;
    article.version = 3;
    article.authorId = Uuid::createV7();
    article.updatedAt = api.clock().nowMs();
    auto created = hss::server::KbRepository(api.services().database).create(article);
    if (!created) {
        qWarning("article not created: %s", hss::describe(created.error()).c_str());
    }
    return article;
}

std::pair<std::int64_t, std::int64_t> TestSyncKbVoteApi::counts(ApiTestServer& api, const QString& backend,
                                                                const Uuid& article)
{
    const ApiAnswer answer =
        api.request("GET", "/api/kb/articles/" + article.toString(), nullptr, m_editorToken[backend]);
    if (answer.status != 200) {
        return {-1, -1};
    }
    return {answer.body.at("helpful_votes").get<std::int64_t>(),
            answer.body.at("not_helpful_votes").get<std::int64_t>()};
}

json TestSyncKbVoteApi::pulledArticle(ApiTestServer& api, const std::string& token, std::string& cursor,
                                      const Uuid& article)
{
    json found;
    for (int page = 0; page < 1000; ++page) {
        const ApiAnswer answer = api.request("GET", "/api/sync/pull?limit=500&cursor=" + cursor, nullptr, token);
        auto decoded = hss::sync::pullPageFromJson(answer.body);
        if (answer.status != 200 || !decoded) {
            qWarning("bad pull answer %d: %s", answer.status, answer.rawBody.c_str());
            return {};
        }
        for (const json& change : answer.body.at("changes")) {
            if (change.at("entity") == "kb_article" && change.at("id") == article.toString()) {
                found = change;
            }
        }
        cursor = decoded.value().cursor;
        if (!decoded.value().hasMore) {
            break;
        }
    }
    return found;
}

void TestSyncKbVoteApi::pushedVoteCountsOncePerPerson_data()
{
    backends();
}

void TestSyncKbVoteApi::pushedVoteCountsOncePerPerson()
{
    QFETCH(QString, backend);
    ApiTestServer& api = server(backend);
    const hss::KbArticle article = makeArticle(api, hss::ArticleStatus::Published);
    std::string cursor;
    pulledArticle(api, m_ottoToken[backend], cursor, article.id);

    const std::int64_t now = api.clock().nowMs();
    const json batch = push({mutation(article.id, "create", vote(article.id, true), now)});
    const ApiAnswer first = api.request("POST", "/api/sync/push", batch, m_annToken[backend]);
    QCOMPARE(first.status, 200);
    QCOMPARE(first.body.at("results")[0].at("outcome"), "applied");
    QCOMPARE(first.body.at("results")[0].at("revision"), 3); // the article's version
    QCOMPARE(counts(api, backend, article.id), std::make_pair(std::int64_t {1}, std::int64_t {0}));

    // The same mutation again (its answer was lost): the first answer, nothing counted twice.
    const ApiAnswer retry = api.request("POST", "/api/sync/push", batch, m_annToken[backend]);
    QCOMPARE(retry.status, 200);
    QCOMPARE(retry.body.at("results"), first.body.at("results"));
    QCOMPARE(counts(api, backend, article.id), std::make_pair(std::int64_t {1}, std::int64_t {0}));

    // The same vote under a new mutation id, and the same person through the REST API: still one vote.
    QCOMPARE(api.request("POST", "/api/sync/push", push({mutation(article.id, "create", vote(article.id, true), now)}),
                         m_annToken[backend])
                 .body.at("results")[0]
                 .at("outcome"),
             "applied");
    QCOMPARE(api.request("POST", "/api/kb/articles/" + article.id.toString() + "/vote", {{"helpful", true}},
                         m_annToken[backend])
                 .body,
             (json {{"helpful_votes", 1}, {"not_helpful_votes", 0}}));

    // A change of mind moves the vote; another person's vote is counted on its own.
    QCOMPARE(api.request("POST", "/api/sync/push",
                         push({mutation(article.id, "create", vote(article.id, false), now + 1000)}),
                         m_annToken[backend])
                 .body.at("results")[0]
                 .at("outcome"),
             "applied");
    QCOMPARE(counts(api, backend, article.id), std::make_pair(std::int64_t {0}, std::int64_t {1}));
    QCOMPARE(api.request("POST", "/api/sync/push",
                         push({mutation(article.id, "create", vote(article.id, false), now + 2000)}),
                         m_ottoToken[backend])
                 .body.at("results")[0]
                 .at("outcome"),
             "applied");
    QCOMPARE(counts(api, backend, article.id), std::make_pair(std::int64_t {0}, std::int64_t {2}));

    // Every console learns the new counts from the feed.
    const json pulled = pulledArticle(api, m_ottoToken[backend], cursor, article.id);
    QVERIFY2(!pulled.is_null(), "the voted article is not in the feed");
    QCOMPARE(pulled.at("data").at("helpful_votes"), 0);
    QCOMPARE(pulled.at("data").at("not_helpful_votes"), 2);
}

void TestSyncKbVoteApi::badVotesAreRejectedWithAReason_data()
{
    QTest::addColumn<QString>("backend");
    QTest::addColumn<QString>("bad");
    QTest::addColumn<QString>("reasonPart");

    for (const QString backend : {"sqlite", "postgresql"}) {
        for (const auto& [bad, reason] : std::vector<std::pair<QString, QString>> {
                 {"unknown article", "no knowledge-base article"},
                 {"draft article", "no knowledge-base article"},
                 {"missing helpful", "helpful"},
                 {"helpful as text", "helpful"},
                 {"missing article id", "article_id"},
                 {"entity id is another article", "differs from entity_id"},
                 {"an update", "cannot be updated"},
             }) {
            QTest::addRow("%s, %s", qPrintable(backend), qPrintable(bad)) << backend << bad << reason;
        }
    }
}

void TestSyncKbVoteApi::badVotesAreRejectedWithAReason()
{
    QFETCH(QString, backend);
    QFETCH(QString, bad);
    QFETCH(QString, reasonPart);
    ApiTestServer& api = server(backend);
    const hss::KbArticle article = makeArticle(api, hss::ArticleStatus::Published);
    const hss::KbArticle draft = makeArticle(api, hss::ArticleStatus::Draft);
    const std::int64_t now = api.clock().nowMs();

    json m;
    if (bad == "unknown article") {
        const Uuid unknown = Uuid::createV7();
        m = mutation(unknown, "create", vote(unknown, true), now);
    } else if (bad == "draft article") {
        m = mutation(draft.id, "create", vote(draft.id, true), now);
    } else if (bad == "missing helpful") {
        m = mutation(article.id, "create", {{"article_id", article.id.toString()}}, now);
    } else if (bad == "helpful as text") {
        m = mutation(article.id, "create", {{"article_id", article.id.toString()}, {"helpful", "yes"}}, now);
    } else if (bad == "missing article id") {
        m = mutation(article.id, "create", {{"helpful", true}}, now);
    } else if (bad == "entity id is another article") {
        m = mutation(draft.id, "create", vote(article.id, true), now);
    } else {
        m = mutation(article.id, "update", vote(article.id, true), now);
    }
    const ApiAnswer answer = api.request("POST", "/api/sync/push", push({m}), m_annToken[backend]);
    QCOMPARE(answer.status, 200);
    const json& result = answer.body.at("results")[0];
    QCOMPARE(result.at("outcome"), "rejected");
    const QString reason = QString::fromStdString(result.at("reason").get<std::string>());
    QVERIFY2(reason.contains(reasonPart), qPrintable(reason));
    // Nothing counted on either article.
    QCOMPARE(counts(api, backend, article.id), std::make_pair(std::int64_t {0}, std::int64_t {0}));
    QCOMPARE(counts(api, backend, draft.id), std::make_pair(std::int64_t {0}, std::int64_t {0}));
}

QTEST_GUILESS_MAIN(TestSyncKbVoteApi)
#include "TestSyncKbVoteApi.moc"
