// SPDX-License-Identifier: MIT
#include <QtTest>
#include <map>
#include <memory>
#include <string>

#include "ApiTestServer.h"
#include "PostgresCluster.h"
#include "app/ServerServices.h"
#include "hss/KbArticle.h"
#include "hss/sync/PullPage.h"
#include "storage/KbRepository.h"

using hss::Role;
using hss::User;
using hss::Uuid;
using hss::test::ApiAnswer;
using hss::test::ApiTestServer;
using nlohmann::json;

/// Translations of knowledge-base articles (created from a source, one per language, stale once the source moves on,
/// brought up to date by their translator) and who sees which articles: readers (learners, compliance officers) only
/// published ones, in the list, one by one and in the sync pull, where an article that leaves published becomes a
/// tombstone for them. Over real HTTPS on SQLite and PostgreSQL.
class TestKbTranslationsApi final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void translationsAreMadeOncePerLanguageAndGoStale_data() { backends(); }
    void translationsAreMadeOncePerLanguageAndGoStale();
    void readersSeePublishedArticlesOnly_data() { backends(); }
    void readersSeePublishedArticlesOnly();
    void readersLoseAnArticleThatLeavesPublished_data() { backends(); }
    void readersLoseAnArticleThatLeavesPublished();

private:
    static void backends();
    ApiTestServer& server(const QString& backend) { return backend == "postgresql" ? *m_postgres : *m_sqlite; }
    std::string token(const QString& backend, const std::string& who) { return m_tokens[backend][who]; }
    /// A stored article in \a status, written directly through the repository.
    hss::KbArticle seed(ApiTestServer& api, const std::string& title, hss::ArticleStatus status);
    /// The last pulled change of the article after \a cursor (moved on), or null when none.
    json pulled(ApiTestServer& api, const std::string& token, std::string& cursor, const Uuid& article);

    hss::test::PostgresCluster m_cluster;
    std::unique_ptr<ApiTestServer> m_sqlite;
    std::unique_ptr<ApiTestServer> m_postgres;
    std::map<QString, std::map<std::string, std::string>> m_tokens;
};

void TestKbTranslationsApi::backends()
{
    QTest::addColumn<QString>("backend");
    QTest::newRow("sqlite") << QStringLiteral("sqlite");
    QTest::newRow("postgresql") << QStringLiteral("postgresql");
}

void TestKbTranslationsApi::initTestCase()
{
    QVERIFY2(m_cluster.start(), qPrintable(m_cluster.error()));
    QVERIFY2(m_cluster.createDatabase("api_kb_translations"), qPrintable(m_cluster.error()));
    m_sqlite = std::make_unique<ApiTestServer>();
    QVERIFY2(m_sqlite->isRunning(), qPrintable(m_sqlite->error()));
    m_postgres = std::make_unique<ApiTestServer>(m_cluster.url("api_kb_translations").toStdString());
    QVERIFY2(m_postgres->isRunning(), qPrintable(m_postgres->error()));
    const std::map<std::string, Role> people {{"ann", Role::Agent},
                                              {"sue", Role::Supervisor},
                                              {"sam", Role::Supervisor},
                                              {"lea", Role::Learner},
                                              {"cora", Role::ComplianceOfficer}};
    for (const QString backend : {"sqlite", "postgresql"}) {
        for (const auto& [name, role] : people) {
            m_tokens[backend][name] = server(backend).tokenFor(server(backend).createUser(name, {role}, {"tier1"}));
        }
    }
}

hss::KbArticle TestKbTranslationsApi::seed(ApiTestServer& api, const std::string& title, hss::ArticleStatus status)
{
    hss::KbArticle article;
    article.id = Uuid::createV7();
    article.title = title;
    article.body = "<p>" + title + "</p>";
    article.category = hss::KbCategory::Troubleshooting;
    article.contentType = hss::KbContentType::Faq;
    article.status = status;
    article.version = 2;
    article.authorId = Uuid::createV7();
    article.editedBy = article.authorId;
    article.updatedAt = api.clock().nowMs();
    if (!hss::server::KbRepository(api.services().database).create(article)) {
        qWarning("article not stored");
    }
    return article;
}

json TestKbTranslationsApi::pulled(ApiTestServer& api, const std::string& token, std::string& cursor,
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

void TestKbTranslationsApi::translationsAreMadeOncePerLanguageAndGoStale()
{
    QFETCH(QString, backend);
    ApiTestServer& api = server(backend);
    const hss::KbArticle source = seed(api, "Reset a badge PIN", hss::ArticleStatus::Published);
    const json german {{"title", "Badge-PIN zurücksetzen"},
                       {"body", "<p>Schritte</p>"},
                       {"language", "de"},
                       {"translation_of", source.id.toString()}};
    const ApiAnswer created = api.request("POST", "/api/kb/articles", german, token(backend, "ann"));
    QCOMPARE(created.status, 201);
    QCOMPARE(created.body.at("translation_of"), source.id.toString());
    QCOMPARE(created.body.at("source_version"), 2);
    QCOMPARE(created.body.at("category"), "troubleshooting"); // taken from the source
    QCOMPARE(created.body.at("content_type"), "faq");
    QCOMPARE(created.body.at("translation_stale"), false);
    const std::string translation = "/api/kb/articles/" + created.body.at("id").get<std::string>();

    const ApiAnswer duplicate = api.request("POST", "/api/kb/articles", german, token(backend, "sue"));
    QCOMPARE(duplicate.status, 409);
    QCOMPARE(duplicate.body.at("error"), "translation_exists");
    json english = german;
    english["language"] = "en";
    const ApiAnswer sameLanguage = api.request("POST", "/api/kb/articles", english, token(backend, "ann"));
    QCOMPARE(sameLanguage.status, 422);
    QCOMPARE(sameLanguage.body.at("field"), "language");
    json orphan = german;
    orphan["translation_of"] = Uuid::createV7().toString();
    QCOMPARE(api.request("POST", "/api/kb/articles", orphan, token(backend, "ann")).status, 404);
    const std::string sourcePath = "/api/kb/articles/" + source.id.toString();
    QCOMPARE(api.request("GET", sourcePath + "/translations", nullptr, token(backend, "ann")).body.at("items").size(),
             std::size_t {1});

    // The source moves on: the translation is stale until its translator brings it up to date.
    QCOMPARE(api.request("PUT", sourcePath,
                         {{"base_version", 2},
                          {"title", "Reset a badge PIN"},
                          {"body", "<p>New steps</p>"},
                          {"category", "troubleshooting"},
                          {"content_type", "faq"}},
                         token(backend, "sue"))
                 .status,
             200);
    const ApiAnswer listed = api.request("GET", sourcePath + "/translations", nullptr, token(backend, "ann"));
    QCOMPARE(listed.body.at("items")[0].at("language"), "de");
    QCOMPARE(listed.body.at("items")[0].at("source_version"), 2);
    QCOMPARE(listed.body.at("items")[0].at("stale"), true);
    QCOMPARE(api.request("GET", translation, nullptr, token(backend, "ann")).body.at("translation_stale"), true);

    json update {{"base_version", 1},     {"title", "Badge-PIN zurücksetzen"},
                 {"body", "<p>Neu</p>"},  {"category", "troubleshooting"},
                 {"content_type", "faq"}, {"source_version", 2}};
    const ApiAnswer wrongVersion = api.request("PUT", translation, update, token(backend, "ann"));
    QCOMPARE(wrongVersion.status, 422);
    QCOMPARE(wrongVersion.body.at("field"), "source_version");
    update["source_version"] = 3;
    const ApiAnswer upToDate = api.request("PUT", translation, update, token(backend, "ann"));
    QCOMPARE(upToDate.status, 200);
    QCOMPARE(upToDate.body.at("source_version"), 3);
    QCOMPARE(upToDate.body.at("translation_stale"), false);
    QCOMPARE(api.request("GET", sourcePath + "/translations", nullptr, token(backend, "ann"))
                 .body.at("items")[0]
                 .at("stale"),
             false);
}

void TestKbTranslationsApi::readersSeePublishedArticlesOnly()
{
    QFETCH(QString, backend);
    ApiTestServer& api = server(backend);
    const hss::KbArticle published = seed(api, "Quokka published guide", hss::ArticleStatus::Published);
    const hss::KbArticle draft = seed(api, "Quokka draft guide", hss::ArticleStatus::Draft);
    const hss::KbArticle inReview = seed(api, "Quokka guide in review", hss::ArticleStatus::Review);
    for (const std::string reader : {"lea", "cora"}) {
        const ApiAnswer list = api.request("GET", "/api/kb/articles?q=quokka", nullptr, token(backend, reader));
        QCOMPARE(list.body.at("total"), 1);
        QCOMPARE(list.body.at("items")[0].at("id"), published.id.toString());
        QCOMPARE(api.request("GET", "/api/kb/articles?q=quokka&status=draft", nullptr, token(backend, reader))
                     .body.at("total"),
                 0);
        for (const hss::KbArticle& hidden : {draft, inReview}) {
            const std::string path = "/api/kb/articles/" + hidden.id.toString();
            QCOMPARE(api.request("GET", path, nullptr, token(backend, reader)).status, 404);
            QCOMPARE(api.request("GET", path + "/versions", nullptr, token(backend, reader)).status, 404);
            QCOMPARE(api.request("GET", path + "/translations", nullptr, token(backend, reader)).status, 404);
        }
        std::string cursor;
        QVERIFY(pulled(api, token(backend, reader), cursor, published.id).at("data").is_object());
        cursor.clear();
        const json pulledDraft = pulled(api, token(backend, reader), cursor, draft.id);
        QVERIFY2(pulledDraft.is_null() || (pulledDraft.at("deleted") == true && pulledDraft.at("data").is_null()),
                 pulledDraft.dump().c_str());
    }
    const ApiAnswer agentList = api.request("GET", "/api/kb/articles?q=quokka", nullptr, token(backend, "ann"));
    QCOMPARE(agentList.body.at("total"), 3);
    QCOMPARE(api.request("GET", "/api/kb/articles?q=quokka&status=review", nullptr, token(backend, "ann"))
                 .body.at("items")[0]
                 .at("id"),
             inReview.id.toString());
    QCOMPARE(api.request("GET", "/api/kb/articles?status=pondering", nullptr, token(backend, "ann")).status, 400);
    std::string cursor;
    QCOMPARE(pulled(api, token(backend, "ann"), cursor, draft.id).at("data").at("status"), "draft");
}

void TestKbTranslationsApi::readersLoseAnArticleThatLeavesPublished()
{
    QFETCH(QString, backend);
    ApiTestServer& api = server(backend);
    const hss::KbArticle article = seed(api, "Wombat handbook", hss::ArticleStatus::Published);
    std::string learnerCursor;
    std::string agentCursor;
    QCOMPARE(pulled(api, token(backend, "lea"), learnerCursor, article.id).at("deleted"), false);
    QCOMPARE(pulled(api, token(backend, "ann"), agentCursor, article.id).at("deleted"), false);

    const std::string path = "/api/kb/articles/" + article.id.toString();
    QCOMPARE(api.request("POST", path + "/status", {{"base_version", 2}, {"status", "archived"}}, token(backend, "sue"))
                 .status,
             200);
    const json learnerChange = pulled(api, token(backend, "lea"), learnerCursor, article.id);
    QCOMPARE(learnerChange.at("deleted"), true);
    QVERIFY(learnerChange.at("data").is_null());
    const json agentChange = pulled(api, token(backend, "ann"), agentCursor, article.id);
    QCOMPARE(agentChange.at("deleted"), false);
    QCOMPARE(agentChange.at("data").at("status"), "archived");

    // Back through the workflow to published: the reader's console gets it again.
    QCOMPARE(
        api.request("POST", path + "/status", {{"base_version", 2}, {"status", "draft"}}, token(backend, "sue")).status,
        200);
    QCOMPARE(api.request("POST", path + "/status", {{"base_version", 2}, {"status", "review"}}, token(backend, "ann"))
                 .status,
             200);
    QCOMPARE(
        api.request("POST", path + "/status", {{"base_version", 2}, {"status", "published"}}, token(backend, "sam"))
            .status,
        200);
    QCOMPARE(pulled(api, token(backend, "lea"), learnerCursor, article.id).at("data").at("status"), "published");
}

QTEST_GUILESS_MAIN(TestKbTranslationsApi)
#include "TestKbTranslationsApi.moc"
