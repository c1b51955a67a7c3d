// SPDX-License-Identifier: MIT
#include <QUrlQuery>
#include <QtTest>
#include <memory>
#include <string>
#include <vector>

#include "ApiTestServer.h"
#include "PostgresCluster.h"
#include "app/ServerServices.h"
#include "auth/TokenService.h"
#include "hss/Timestamp.h"
#include "storage/AuditLogRepository.h"
#include "storage/TicketRepository.h"

using hss::Role;
using hss::Ticket;
using hss::User;
using hss::test::ApiAnswer;
using hss::test::ApiTestServer;
using nlohmann::json;

namespace {

json ticketBody(const std::string& title, const std::string& team)
{
    return {{"title", title},
            {"description", "Chest X-ray model answers with an empty report."},
            {"priority", "high"},
            {"category", "technical"},
            {"channel", "email"},
            {"requester_name", "Dr. Jane Roe"},
            {"requester_email", "jane.roe@clinic.example"},
            {"team", team}};
}

} // namespace

class TestTicketsApi final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void roundTrip_data();
    void roundTrip();
    void list_data();
    void list();
    void comments();
    void staleRevisionConflicts();
    void invalidTransitionIsRefused();
    void validationErrorsNameTheField_data();
    void validationErrorsNameTheField();

private:
    ApiTestServer& server(const QString& backend) { return backend == "postgresql" ? *m_postgres : *m_sqlite; }
    std::vector<hss::server::AuditRecord> auditFor(ApiTestServer& server, const std::string& objectId);
    void seedListTickets();
    /// Creates a ticket as the agent on SQLite and returns its path, "/api/tickets/<id>" (empty on failure).
    std::string createTicket(const std::string& title);

    hss::test::PostgresCluster m_cluster;
    std::unique_ptr<ApiTestServer> m_sqlite;
    std::unique_ptr<ApiTestServer> m_postgres;
    std::map<QString, std::string> m_agentToken;
    std::map<QString, std::string> m_supervisorToken;
    std::map<QString, std::string> m_strangerToken; ///< an agent of another team
    User m_supervisor;
    User m_other;
    std::int64_t m_base = 1'800'000'000'000;
};

void TestTicketsApi::initTestCase()
{
    QVERIFY2(m_cluster.start(), qPrintable(m_cluster.error()));
    QVERIFY2(m_cluster.createDatabase("api_tickets"), qPrintable(m_cluster.error()));
    m_sqlite = std::make_unique<ApiTestServer>();
    QVERIFY2(m_sqlite->isRunning(), qPrintable(m_sqlite->error()));
    m_postgres = std::make_unique<ApiTestServer>(m_cluster.url("api_tickets").toStdString());
    QVERIFY2(m_postgres->isRunning(), qPrintable(m_postgres->error()));
    for (const QString backend : {"sqlite", "postgresql"}) {
        m_agentToken[backend] = server(backend).tokenFor(server(backend).createUser("ann", {Role::Agent}, {"tier1"}));
        m_strangerToken[backend] = server(backend).tokenFor(server(backend).createUser("stan", {Role::Agent}, {"t9"}));
        const User supervisor = server(backend).createUser("sue", {Role::Supervisor}, {});
        m_supervisorToken[backend] = server(backend).tokenFor(supervisor);
        m_supervisor = backend == "sqlite" ? supervisor : m_supervisor;
    }
    m_other = m_sqlite->createUser("otto", {Role::Agent}, {"tier2"});
    seedListTickets();
}

std::vector<hss::server::AuditRecord> TestTicketsApi::auditFor(ApiTestServer& server, const std::string& objectId)
{
    std::vector<hss::server::AuditRecord> found;
    for (auto& record : hss::server::AuditLogRepository(server.services().database).list(0, 100000)) {
        if (record.entry.objectId == objectId) {
            found.push_back(std::move(record));
        }
    }
    return found;
}

std::string TestTicketsApi::createTicket(const std::string& title)
{
    const ApiAnswer answer =
        m_sqlite->request("POST", "/api/tickets", ticketBody(title, "tier1"), m_agentToken["sqlite"]);
    return answer.status == 201 ? "/api/tickets/" + answer.body.at("id").get<std::string>() : std::string();
}

void TestTicketsApi::roundTrip_data()
{
    QTest::addColumn<QString>("backend");
    QTest::newRow("sqlite") << QStringLiteral("sqlite");
    QTest::newRow("postgresql") << QStringLiteral("postgresql");
}

void TestTicketsApi::roundTrip()
{
    QFETCH(QString, backend);
    ApiTestServer& api = server(backend);
    const std::string agent = m_agentToken[backend];

    const ApiAnswer created = api.request("POST", "/api/tickets", ticketBody("Empty report", "tier1"), agent);
    QCOMPARE(created.status, 201);
    const std::string id = created.body.at("id").get<std::string>();
    QCOMPARE(created.headers.at("Location"), "/api/tickets/" + id);
    QVERIFY(created.body.at("number").get<std::int64_t>() >= 1);
    QCOMPARE(created.body.at("status"), "new");
    QCOMPARE(created.body.at("revision"), 1);
    QCOMPARE(created.body.at("priority"), "high");
    QVERIFY(created.body.at("assignee_id").is_null() && created.body.at("medical_case_ref").is_null());
    QCOMPARE(created.body.size(), std::size_t(20)); // the 19 stored fields and "sla"
    QVERIFY(created.body.at("sla").at("clocks").is_array());
    QCOMPARE(api.request("GET", "/api/tickets/" + id, nullptr, m_strangerToken[backend]).status, 403);
    const ApiAnswer read = api.request("GET", "/api/tickets/" + id, nullptr, agent);
    QCOMPARE(read.status, 200);
    QCOMPARE(read.body, created.body);
    const ApiAnswer updated =
        api.request("PUT", "/api/tickets/" + id,
                    {{"base_revision", 1}, {"status", "open"}, {"title", "Empty report (PACS)"}}, agent);
    QCOMPARE(updated.status, 200);
    QCOMPARE(updated.body.at("revision"), 2);
    QCOMPARE(updated.body.at("status"), "open");
    QCOMPARE(updated.body.at("title"), "Empty report (PACS)");
    QCOMPARE(updated.body.at("number"), created.body.at("number"));
    QCOMPARE(api.request("GET", "/api/tickets/" + id, nullptr, agent).body, updated.body);
    QCOMPARE(api.request("DELETE", "/api/tickets/" + id, nullptr, agent).status, 403);
    const ApiAnswer deleted = api.request("DELETE", "/api/tickets/" + id, nullptr, m_supervisorToken[backend]);
    QCOMPARE(deleted.status, 204);
    QVERIFY(deleted.rawBody.empty());
    QCOMPARE(api.request("GET", "/api/tickets/" + id, nullptr, agent).status, 404);
    QCOMPARE(api.request("DELETE", "/api/tickets/" + id, nullptr, m_supervisorToken[backend]).status, 404);

    std::vector<std::string> trail;
    for (const auto& record : auditFor(api, id)) {
        trail.push_back(record.entry.action + ":" + record.entry.outcome);
        QVERIFY(record.entry.detail.find("X-ray") == std::string::npos);
        QCOMPARE(record.entry.objectType, std::string("ticket"));
    }
    const std::vector<std::string> expected {"ticket.create:success", "ticket.read:denied",  "ticket.read:success",
                                             "ticket.update:success", "ticket.read:success", "ticket.delete:denied",
                                             "ticket.delete:success"};
    QCOMPARE(trail, expected);
}

void TestTicketsApi::seedListTickets()
{
    hss::server::TicketRepository repository(m_sqlite->services().database, m_sqlite->services().cipher);
    struct Seed
    {
        const char* title;
        hss::TicketStatus status;
        hss::Priority priority;
        hss::Category category;
        const User* assignee;
        std::int64_t offset;
        const char* team;
    };
    using enum hss::TicketStatus;
    using enum hss::Priority;
    using enum hss::Category;
    const Seed seeds[] = {
        {"Printer jam", New, High, Technical, nullptr, 0, "flt"},
        {"Scanner offline", Open, Low, Integration, &m_supervisor, 10, "flt"},
        {"PACS PRINTER driver", Resolved, Critical, Technical, &m_other, 20, "flt"},
        {"Consent form", Open, Medium, ComplianceSecurity, nullptr, 30, "flt"},
        {"P1", New, Low, Technical, nullptr, 5, "page"},
        {"P2", Open, Emergency, Technical, nullptr, 1, "page"},
        {"P3", Closed, Medium, Technical, nullptr, 4, "page"},
        {"P4", Escalated, Critical, Technical, nullptr, 2, "page"},
        {"P5", InProgress, High, Technical, nullptr, 3, "page"},
    };
    for (const Seed& seed : seeds) {
        Ticket ticket;
        ticket.id = hss::Uuid::createV7();
        ticket.title = seed.title;
        ticket.status = seed.status;
        ticket.priority = seed.priority;
        ticket.category = seed.category;
        ticket.requesterName = "Requester";
        ticket.team = seed.team;
        if (seed.assignee) {
            ticket.assigneeId = seed.assignee->id;
        }
        ticket.createdAt = m_base + seed.offset;
        ticket.updatedAt = ticket.createdAt;
        QVERIFY(repository.create(ticket).ok());
    }
}

void TestTicketsApi::list_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<QStringList>("titles");
    QTest::addColumn<int>("total");
    // Filters over team "flt", in number (= seeding) order; paging and sorting over the five tickets of "page".
    auto filter = [](const char* name, const QString& query, const QStringList& titles) {
        QTest::newRow(name) << "team=flt&sort=number&order=asc" + query << titles << int(titles.size());
    };
    auto page = [](const char* name, const QString& query, const QStringList& titles) {
        QTest::newRow(name) << "team=page" + query << titles << 5;
    };
    const QString from = QString::fromStdString(hss::formatTimestamp(m_base + 10));
    const QString to = QString::fromStdString(hss::formatTimestamp(m_base + 30));
    filter("no filter", "", {"Printer jam", "Scanner offline", "PACS PRINTER driver", "Consent form"});
    filter("one status", "&status=open", {"Scanner offline", "Consent form"});
    filter("two statuses", "&status=new&status=resolved", {"Printer jam", "PACS PRINTER driver"});
    filter("priority", "&priority=critical", {"PACS PRINTER driver"});
    filter("category", "&category=technical", {"Printer jam", "PACS PRINTER driver"});
    filter("assignee me", "&assignee=me", {"Scanner offline"});
    filter("assignee none", "&assignee=none", {"Printer jam", "Consent form"});
    filter("assignee id", "&assignee=" + QString::fromStdString(m_other.id.toString()), {"PACS PRINTER driver"});
    filter("text, any case", "&q=printer", {"Printer jam", "PACS PRINTER driver"});
    filter("created range, end exclusive", "&created_from=" + from + "&created_to=" + to,
           {"Scanner offline", "PACS PRINTER driver"});
    filter("combined", "&status=open&category=integration", {"Scanner offline"});
    filter("nothing matches", "&status=closed", {});
    page("default: newest first", "", {"P1", "P3", "P5", "P4", "P2"});
    page("oldest first, first page", "&order=asc&limit=2", {"P2", "P4"});
    page("oldest first, second page", "&order=asc&limit=2&offset=2", {"P5", "P3"});
    page("oldest first, last page", "&order=asc&limit=2&offset=4", {"P1"});
    page("past the end", "&offset=10", {});
    page("most severe first", "&sort=priority&order=desc", {"P2", "P4", "P5", "P3", "P1"});
    page("by number", "&sort=number&order=asc", {"P1", "P2", "P3", "P4", "P5"});
    page("by status", "&sort=status&order=asc&limit=1", {"P3"});
    page("by update time", "&sort=updated_at&order=asc&limit=200", {"P2", "P4", "P5", "P3", "P1"});
}

void TestTicketsApi::list()
{
    QFETCH(QString, query);
    QFETCH(QStringList, titles);
    QFETCH(int, total);
    const ApiAnswer answer =
        m_sqlite->request("GET", "/api/tickets?" + query.toStdString(), nullptr, m_supervisorToken["sqlite"]);
    QCOMPARE(answer.status, 200);
    QStringList got;
    for (const auto& item : answer.body.at("items")) {
        got << QString::fromStdString(item.at("title").get<std::string>());
    }
    QCOMPARE(got, titles);
    QCOMPARE(answer.body.at("total").get<int>(), total);
    const QUrlQuery parameters(query);
    const int limit = parameters.hasQueryItem("limit") ? parameters.queryItemValue("limit").toInt() : 50;
    QCOMPARE(answer.body.at("limit").get<int>(), limit);
    QCOMPARE(answer.body.at("offset").get<int>(), parameters.queryItemValue("offset").toInt());
}

void TestTicketsApi::comments()
{
    const std::string ticketPath = createTicket("Needs comments");
    QVERIFY(!ticketPath.empty());
    const std::string path = ticketPath + "/comments";
    const std::string agent = m_agentToken["sqlite"];

    QCOMPARE(m_sqlite->request("GET", path, nullptr, agent).body, json({{"items", json::array()}}));
    const ApiAnswer first =
        m_sqlite->request("POST", path, {{"body", "Restarted the service."}, {"visibility", "public_reply"}}, agent);
    QCOMPARE(first.status, 201);
    QCOMPARE("/api/tickets/" + first.body.at("ticket_id").get<std::string>(), ticketPath);
    QCOMPARE(first.body.at("visibility"), "public_reply");
    QCOMPARE(first.body.at("body"), "Restarted the service.");
    const ApiAnswer second =
        m_sqlite->request("POST", path, {{"body", "Line one\nline two"}, {"visibility", "internal_note"}}, agent);
    QCOMPARE(second.status, 201);

    const ApiAnswer listed = m_sqlite->request("GET", path, nullptr, agent);
    QCOMPARE(listed.status, 200);
    QCOMPARE(listed.body.at("items"), json::array({first.body, second.body}));
    QCOMPARE(auditFor(*m_sqlite, first.body.at("id").get<std::string>()).at(0).entry.action,
             std::string("comment.create"));

    const ApiAnswer missing =
        m_sqlite->request("POST", "/api/tickets/" + hss::Uuid::createV7().toString() + "/comments",
                          {{"body", "x"}, {"visibility", "public_reply"}}, agent);
    QCOMPARE(missing.status, 404);
    const ApiAnswer empty = m_sqlite->request("POST", path, {{"body", ""}, {"visibility", "public_reply"}}, agent);
    QCOMPARE(empty.status, 422);
    QCOMPARE(empty.body.at("field"), "body");
}

void TestTicketsApi::staleRevisionConflicts()
{
    const std::string path = createTicket("Twice edited");
    QVERIFY(!path.empty());
    const std::string agent = m_agentToken["sqlite"];
    QCOMPARE(m_sqlite->request("PUT", path, {{"base_revision", 1}, {"priority", "low"}}, agent).status, 200);
    const ApiAnswer stale = m_sqlite->request("PUT", path, {{"base_revision", 1}, {"priority", "emergency"}}, agent);
    QCOMPARE(stale.status, 409);
    QCOMPARE(stale.body.at("error"), "conflict");
    const ApiAnswer now = m_sqlite->request("GET", path, nullptr, agent);
    QCOMPARE(now.body.at("priority"), "low");
    QCOMPARE(now.body.at("revision"), 2);
}

void TestTicketsApi::invalidTransitionIsRefused()
{
    const std::string path = createTicket("Closed for good");
    QVERIFY(!path.empty());
    const std::string agent = m_agentToken["sqlite"];
    QCOMPARE(m_sqlite->request("PUT", path, {{"base_revision", 1}, {"status", "closed"}}, agent).status, 200);
    const ApiAnswer reopen = m_sqlite->request("PUT", path, {{"base_revision", 2}, {"status", "open"}}, agent);
    QCOMPARE(reopen.status, 422);
    QCOMPARE(reopen.body.at("error"), "validation_failed");
    QCOMPARE(reopen.body.at("field"), "status");
    QCOMPARE(m_sqlite->request("GET", path, nullptr, agent).body.at("status"), "closed");

    const std::string resolvedPath = createTicket("Resolved");
    const ApiAnswer done =
        m_sqlite->request("PUT", resolvedPath, {{"base_revision", 1}, {"status", "resolved"}}, agent);
    QCOMPARE(done.status, 200);
    QVERIFY(done.body.at("resolved_at").is_string());
}

void TestTicketsApi::validationErrorsNameTheField_data()
{
    QTest::addColumn<QString>("method");
    QTest::addColumn<QString>("body");
    QTest::addColumn<QString>("field");
    auto create = [](const char* name, const json& changes, const char* field) {
        json body = ticketBody("Valid title", "tier1");
        for (const auto& [key, value] : changes.items()) {
            if (value.is_null() && key != "priority") {
                body.erase(key);
            } else {
                body[key] = value;
            }
        }
        QTest::newRow(name) << "POST" << QString::fromStdString(body.dump()) << field;
    };
    create("create: title too long", {{"title", std::string(201, 'x')}}, "title");
    create("create: title blank", {{"title", "   "}}, "title");
    create("create: title missing", {{"title", nullptr}}, "title");
    create("create: category missing", {{"category", nullptr}}, "category");
    create("create: unknown priority", {{"priority", "urgent"}}, "priority");
    create("create: bad e-mail", {{"requester_email", "not-an-address"}}, "requester_email");
    create("create: bad case reference", {{"medical_case_ref", "../etc"}}, "medical_case_ref");
    create("create: assignee not a uuid", {{"assignee_id", "bob"}}, "assignee_id");
    create("create: unknown field", {{"colour", "red"}}, "colour");
    create("create: status is server-set", {{"status", "open"}}, "status");
    auto update = [](const char* name, const json& body, const char* field) {
        QTest::newRow(name) << "PUT" << QString::fromStdString(body.dump()) << field;
    };
    update("update: base_revision missing", {{"title", "x"}}, "base_revision");
    update("update: base_revision negative", {{"base_revision", -1}, {"title", "x"}}, "base_revision");
    update("update: nothing to change", {{"base_revision", 1}}, "");
    update("update: title null", {{"base_revision", 1}, {"title", nullptr}}, "title");
    update("update: unknown field", {{"base_revision", 1}, {"number", 7}}, "number");
}

void TestTicketsApi::validationErrorsNameTheField()
{
    QFETCH(QString, method);
    QFETCH(QString, body);
    QFETCH(QString, field);
    static const std::string target = createTicket("Validation target");
    const std::string path = method == "POST" ? "/api/tickets" : target;
    // A supervisor, so that the medical case reference is checked for its form rather than refused for the role.
    const ApiAnswer answer =
        m_sqlite->request(method.toStdString(), path, json(body.toStdString()), m_supervisorToken["sqlite"]);
    QCOMPARE(answer.status, 422);
    QCOMPARE(answer.body.at("error"), "validation_failed");
    QCOMPARE(QString::fromStdString(answer.body.at("field").get<std::string>()), field);
    QCOMPARE(m_sqlite->request("GET", target, nullptr, m_agentToken["sqlite"]).body.at("revision"), 1);
}

QTEST_GUILESS_MAIN(TestTicketsApi)
#include "TestTicketsApi.moc"
