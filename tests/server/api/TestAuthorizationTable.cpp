// SPDX-License-Identifier: MIT
#include <QtTest>
#include <map>
#include <memory>
#include <set>
#include <string>

#include "ApiTestServer.h"
#include "PostgresCluster.h"
#include "app/ServerServices.h"
#include "auth/TokenService.h"
#include "authz/AccessPolicy.h"
#include "storage/KbRepository.h"
#include "storage/TicketRepository.h"

using hss::Role;
using hss::Ticket;
using hss::User;
using hss::test::ApiAnswer;
using hss::test::ApiTestServer;
using nlohmann::json;

namespace {

/// The roles of the table, by the name used in row names.
const std::map<QString, Role> tableRoles {
    {"agent", Role::Agent}, {"medical agent", Role::MedicalAgent},           {"supervisor", Role::Supervisor},
    {"admin", Role::Admin}, {"compliance officer", Role::ComplianceOfficer}, {"learner", Role::Learner},
};

hss::server::TokenService::Subject subjectOf(const User& user)
{
    hss::server::TokenService::Subject subject {user.id.toString(), user.username, {}, user.teams};
    for (const Role role : user.roles) {
        subject.roles.emplace_back(hss::toString(role));
    }
    return subject;
}

hss::server::Principal principalOf(const User& user)
{
    const auto subject = subjectOf(user);
    return {subject.userId, subject.username, subject.roles, subject.teams, {}, 0};
}

} // namespace

/// Role × endpoint × object → status, on SQLite and PostgreSQL. Objects: "own team" (a technical ticket of the
/// caller's team), "other team", "assigned" (other team, assigned to the caller), "medical ticket" (medical_clinical,
/// caller's team) and "missing object" (a UUID nobody uses).
class TestAuthorizationTable final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void table_data();
    void table();
    void knowledgeBaseTable_data();
    void knowledgeBaseTable();
    void listContainsOnlyWhatThePolicyAllows_data();
    void listContainsOnlyWhatThePolicyAllows();
    void requestsWithoutValidTokenAreRefused();

private:
    ApiTestServer& server(const QString& backend) { return backend == "postgresql" ? *m_postgres : *m_sqlite; }
    std::string seed(ApiTestServer& server, const QString& object, const User& caller);
    static std::string seedArticle(ApiTestServer& server, const QString& object);

    hss::test::PostgresCluster m_cluster;
    std::unique_ptr<ApiTestServer> m_sqlite;
    std::unique_ptr<ApiTestServer> m_postgres;
    std::map<QString, std::map<QString, User>> m_users; ///< backend → role name → user
};

void TestAuthorizationTable::initTestCase()
{
    QVERIFY2(m_cluster.start(), qPrintable(m_cluster.error()));
    QVERIFY2(m_cluster.createDatabase("api_authz"), qPrintable(m_cluster.error()));
    m_sqlite = std::make_unique<ApiTestServer>();
    QVERIFY2(m_sqlite->isRunning(), qPrintable(m_sqlite->error()));
    m_postgres = std::make_unique<ApiTestServer>(m_cluster.url("api_authz").toStdString());
    QVERIFY2(m_postgres->isRunning(), qPrintable(m_postgres->error()));
    for (const QString backend : {"sqlite", "postgresql"}) {
        int n = 0;
        for (const auto& [name, role] : tableRoles) {
            m_users[backend][name] = server(backend).createUser("user" + std::to_string(++n), {role}, {"tier1"});
        }
    }
}

std::string TestAuthorizationTable::seed(ApiTestServer& server, const QString& object, const User& caller)
{
    if (object == "missing object") {
        return hss::Uuid::createV7().toString();
    }
    Ticket ticket;
    ticket.id = hss::Uuid::createV7();
    ticket.title = "Authorization probe";
    ticket.description = "Patient reports blurred images.";
    ticket.requesterName = "Requester";
    ticket.team = object == "own team" || object == "medical ticket" ? "tier1" : "tier2";
    if (object == "medical ticket") {
        ticket.category = hss::Category::MedicalClinical;
    }
    if (object == "assigned") {
        ticket.assigneeId = caller.id;
    }
    ticket.createdAt = server.clock().nowMs();
    ticket.updatedAt = ticket.createdAt;
    auto created = hss::server::TicketRepository(server.services().database, server.services().cipher).create(ticket);
    return created ? created.value().id.toString() : std::string();
}

void TestAuthorizationTable::table_data()
{
    QTest::addColumn<QString>("backend");
    QTest::addColumn<QString>("role");
    QTest::addColumn<QString>("endpoint");
    QTest::addColumn<QString>("object");
    QTest::addColumn<int>("expected");

    const QStringList endpoints {"GET", "PUT", "DELETE", "GET comments", "POST comments"};
    const QStringList objects {"own team", "other team", "assigned", "medical ticket", "missing object"};
    for (const QString backend : {"sqlite", "postgresql"}) {
        for (const auto& [role, unused] : tableRoles) {
            for (const QString& endpoint : endpoints) {
                for (const QString& object : objects) {
                    const int success = endpoint == "DELETE" ? 204 : endpoint == "POST comments" ? 201 : 200;
                    int expected = 403;
                    if (role == "learner" || role == "compliance officer") {
                        expected = 403; // no access to tickets at all, whether the ticket exists or not
                    } else if (endpoint == "DELETE" && (role == "agent" || role == "medical agent")) {
                        expected = 403;
                    } else if (object == "missing object") {
                        expected = 404;
                    } else if (role == "supervisor" || role == "admin") {
                        expected = success;
                    } else if (object == "own team" || object == "assigned") {
                        expected = success;
                    } else if (object == "medical ticket") {
                        expected = role == "medical agent" ? success : 403;
                    }
                    QTest::addRow("%s: %s %s %s", qPrintable(backend), qPrintable(role), qPrintable(endpoint),
                                  qPrintable(object))
                        << backend << role << endpoint << object << expected;
                }
            }
        }
        // Creating: medical tickets need the medical role.
        for (const auto& [role, unused] : tableRoles) {
            const bool works = role != "learner" && role != "compliance officer";
            QTest::addRow("%s: %s POST own team", qPrintable(backend), qPrintable(role))
                << backend << role << "POST"
                << "own team" << (works ? 201 : 403);
            QTest::addRow("%s: %s POST medical ticket", qPrintable(backend), qPrintable(role))
                << backend << role << "POST"
                << "medical ticket" << (works && role != "agent" ? 201 : 403);
        }
    }
}

void TestAuthorizationTable::table()
{
    QFETCH(QString, backend);
    QFETCH(QString, role);
    QFETCH(QString, endpoint);
    QFETCH(QString, object);
    QFETCH(int, expected);
    ApiTestServer& api = server(backend);
    const User& caller = m_users[backend][role];
    const std::string token = api.services().tokens.issue(subjectOf(caller), api.clock().nowMs()).token;

    ApiAnswer answer;
    if (endpoint == "POST") {
        json body = {{"title", "New"},     {"description", "Text"}, {"category", "technical"},
                     {"channel", "phone"}, {"requester_name", "R"}, {"team", "tier1"}};
        if (object == "medical ticket") {
            body["category"] = "medical_clinical";
        }
        answer = api.request("POST", "/api/tickets", body, token);
    } else {
        const std::string id = seed(api, object, caller);
        QVERIFY(!id.empty());
        const std::string path = "/api/tickets/" + id;
        if (endpoint == "GET") {
            answer = api.request("GET", path, nullptr, token);
        } else if (endpoint == "PUT") {
            answer = api.request("PUT", path, {{"base_revision", 1}, {"status", "open"}}, token);
        } else if (endpoint == "DELETE") {
            answer = api.request("DELETE", path, nullptr, token);
        } else if (endpoint == "GET comments") {
            answer = api.request("GET", path + "/comments", nullptr, token);
        } else {
            answer =
                api.request("POST", path + "/comments", {{"body", "Note"}, {"visibility", "internal_note"}}, token);
        }
    }
    QCOMPARE(answer.status, expected);
    if (expected >= 400) {
        QVERIFY(answer.body.is_object());
        QCOMPARE(answer.body.at("error"), expected == 403 ? "forbidden" : "not_found");
    }
}

std::string TestAuthorizationTable::seedArticle(ApiTestServer& server, const QString& object)
{
    if (object == "missing article") {
        return hss::Uuid::createV7().toString();
    }
    hss::KbArticle article;
    article.id = hss::Uuid::createV7();
    article.title = "Authorization probe";
    article.body = "<p>Probe</p>";
    article.category = hss::KbCategory::Troubleshooting;
    article.status = object == "draft" ? hss::ArticleStatus::Draft
        : object == "in review"        ? hss::ArticleStatus::Review
                                       : hss::ArticleStatus::Published;
    article.authorId = hss::Uuid::createV7();
    article.editedBy = article.authorId; // someone else: the four-eyes rule never applies here
    article.updatedAt = server.clock().nowMs();
    auto created = hss::server::KbRepository(server.services().database).create(article);
    return created ? created.value().id.toString() : std::string();
}

void TestAuthorizationTable::knowledgeBaseTable_data()
{
    QTest::addColumn<QString>("backend");
    QTest::addColumn<QString>("role");
    QTest::addColumn<QString>("endpoint");
    QTest::addColumn<QString>("object");
    QTest::addColumn<int>("expected");
    const QStringList endpoints {"GET", "GET versions", "GET translations", "PUT", "POST status", "POST rollback"};
    const QStringList objects {"draft", "in review", "published", "missing article"};
    for (const QString backend : {"sqlite", "postgresql"}) {
        for (const auto& [role, unused] : tableRoles) {
            const bool reader = role == "learner" || role == "compliance officer";
            const bool reviewer = role == "supervisor" || role == "admin";
            for (const QString& endpoint : endpoints) {
                for (const QString& object : objects) {
                    int expected = 200;
                    if (endpoint.startsWith("GET")) {
                        // Readers see published articles only; the others as if they did not exist.
                        expected = object == "missing article" || (reader && object != "published") ? 404 : 200;
                    } else if (reader) {
                        expected = 403; // readers change nothing, whether the article exists or not
                    } else if (object == "missing article") {
                        expected = 404;
                    } else if (object == "draft") {
                        expected = 200; // edit, submit for review, roll back: every editor
                    } else if (object == "in review") {
                        // Content waits for the review; the review step (to published) is the reviewers'.
                        expected = endpoint == "POST status" ? (reviewer ? 200 : 403) : 409;
                    } else {
                        expected = reviewer ? 200 : 403; // published: changed or archived by reviewers only
                    }
                    QTest::addRow("%s: %s %s %s", qPrintable(backend), qPrintable(role), qPrintable(endpoint),
                                  qPrintable(object))
                        << backend << role << endpoint << object << expected;
                }
            }
            QTest::addRow("%s: %s POST article", qPrintable(backend), qPrintable(role))
                << backend << role << "POST"
                << "new article" << (reader ? 403 : 201);
        }
    }
}

void TestAuthorizationTable::knowledgeBaseTable()
{
    QFETCH(QString, backend);
    QFETCH(QString, role);
    QFETCH(QString, endpoint);
    QFETCH(QString, object);
    QFETCH(int, expected);
    ApiTestServer& api = server(backend);
    const std::string token = api.services().tokens.issue(subjectOf(m_users[backend][role]), api.clock().nowMs()).token;
    const json content {{"base_version", 1},
                        {"title", "Changed"},
                        {"body", "<p>Changed</p>"},
                        {"category", "troubleshooting"},
                        {"content_type", "article"}};
    ApiAnswer answer;
    if (endpoint == "POST") {
        json body = content;
        body.erase("base_version");
        body["language"] = "en";
        answer = api.request("POST", "/api/kb/articles", body, token);
    } else {
        const std::string id = seedArticle(api, object);
        QVERIFY(!id.empty());
        const std::string path = "/api/kb/articles/" + id;
        if (endpoint == "GET") {
            answer = api.request("GET", path, nullptr, token);
        } else if (endpoint == "GET versions") {
            answer = api.request("GET", path + "/versions", nullptr, token);
        } else if (endpoint == "GET translations") {
            answer = api.request("GET", path + "/translations", nullptr, token);
        } else if (endpoint == "PUT") {
            answer = api.request("PUT", path, content, token);
        } else if (endpoint == "POST rollback") {
            answer = api.request("POST", path + "/rollback", {{"base_version", 1}, {"to_version", 1}}, token);
        } else {
            const std::string next = object == "draft" ? "review" : object == "in review" ? "published" : "archived";
            answer = api.request("POST", path + "/status", {{"base_version", 1}, {"status", next}}, token);
        }
    }
    QCOMPARE(answer.status, expected);
    if (expected >= 400) {
        QCOMPARE(answer.body.at("error"),
                 expected == 403       ? "forbidden"
                     : expected == 404 ? "not_found"
                                       : "under_review");
    }
}

void TestAuthorizationTable::listContainsOnlyWhatThePolicyAllows_data()
{
    QTest::addColumn<QString>("backend");
    QTest::addColumn<QString>("role");
    for (const QString backend : {"sqlite", "postgresql"}) {
        for (const auto& [role, unused] : tableRoles) {
            QTest::addRow("%s: %s", qPrintable(backend), qPrintable(role)) << backend << role;
        }
    }
}

void TestAuthorizationTable::listContainsOnlyWhatThePolicyAllows()
{
    QFETCH(QString, backend);
    QFETCH(QString, role);
    ApiTestServer& api = server(backend);
    const User& caller = m_users[backend][role];
    // A fresh set of each kind, in teams only this test uses, plus whatever the table left behind.
    std::set<std::string> seeded;
    for (const QString object : {"own team", "other team", "assigned", "medical ticket"}) {
        seeded.insert(seed(api, object, caller));
    }
    Ticket withCaseRef;
    withCaseRef.id = hss::Uuid::createV7();
    withCaseRef.title = "Technical, but with a case reference";
    withCaseRef.requesterName = "R";
    withCaseRef.team = "tier1";
    withCaseRef.medicalCaseRef = "MC-2026-00042";
    withCaseRef.createdAt = api.clock().nowMs();
    withCaseRef.updatedAt = withCaseRef.createdAt;
    hss::server::TicketRepository repository(api.services().database, api.services().cipher);
    QVERIFY(repository.create(withCaseRef).ok());
    seeded.insert(withCaseRef.id.toString());

    const std::string token = api.services().tokens.issue(subjectOf(caller), api.clock().nowMs()).token;
    const ApiAnswer answer = api.request("GET", "/api/tickets?limit=200", nullptr, token);
    QCOMPARE(answer.status, 200);
    const auto principal = principalOf(caller);
    std::set<std::string> listed;
    for (const auto& item : answer.body.at("items")) {
        nlohmann::json stored = item;
        stored.erase("sla"); // the API adds the SLA clocks to the stored ticket
        auto ticket = hss::ticketFromJson(stored);
        QVERIFY(ticket.ok());
        QVERIFY2(hss::server::AccessPolicy::canReadTicket(principal, ticket.value()), item.dump().c_str());
        listed.insert(ticket.value().id.toString());
    }
    // Everything the policy allows is listed (all tickets fit on one page or total says how many more).
    hss::server::TicketQuery everything;
    everything.limit = hss::server::TicketQuery::maxLimit;
    std::int64_t allowed = 0;
    for (int offset = 0;; offset += everything.limit) {
        everything.offset = offset;
        const auto page = repository.list(everything);
        for (const Ticket& ticket : page.tickets) {
            allowed += hss::server::AccessPolicy::canReadTicket(principal, ticket) ? 1 : 0;
        }
        if (page.tickets.empty()) {
            break;
        }
    }
    QCOMPARE(answer.body.at("total").get<std::int64_t>(), allowed);
    for (const std::string& id : seeded) {
        const auto ticket = repository.find(id);
        QVERIFY(ticket.ok());
        if (hss::server::AccessPolicy::canReadTicket(principal, ticket.value()) && allowed <= 200) {
            QVERIFY2(listed.count(id) == 1, id.c_str());
        }
    }
}

void TestAuthorizationTable::requestsWithoutValidTokenAreRefused()
{
    const std::string id = hss::Uuid::createV7().toString();
    for (const std::string& token : {std::string(), std::string("not-a-token"), std::string("a.b.c")}) {
        for (const auto& [method, path] :
             std::initializer_list<std::pair<std::string, std::string>> {{"GET", "/api/tickets"},
                                                                         {"GET", "/api/tickets/" + id},
                                                                         {"DELETE", "/api/tickets/" + id},
                                                                         {"GET", "/api/tickets/" + id + "/comments"}}) {
            const ApiAnswer answer = m_sqlite->request(method, path, nullptr, token);
            QCOMPARE(answer.status, 401);
            QCOMPARE(answer.body.at("error"), "unauthorized");
        }
    }
}

QTEST_GUILESS_MAIN(TestAuthorizationTable)
#include "TestAuthorizationTable.moc"
