// SPDX-License-Identifier: MIT
#include <QtTest>
#include <algorithm>
#include <map>
#include <memory>
#include <string>
#include <vector>

#include "ApiTestServer.h"
#include "PostgresCluster.h"
#include "app/ServerServices.h"
#include "hss/sync/Mutation.h"
#include "hss/sync/PushResponse.h"
#include "storage/UserRepository.h"

using hss::Role;
using hss::User;
using hss::Uuid;
using hss::test::ApiAnswer;
using hss::test::ApiTestServer;
using nlohmann::json;

namespace {

json ticketBody(const std::string& title, const std::string& team, const std::string& category = "technical")
{
    return {{"title", title},        {"description", "The scanner does not send its images."},
            {"priority", "medium"},  {"category", category},
            {"channel", "phone"},    {"requester_name", "Ward 4"},
            {"requester_email", ""}, {"team", team}};
}

/// The usernames in a directory answer, in its order.
std::vector<std::string> usernames(const ApiAnswer& answer)
{
    std::vector<std::string> names;
    for (const json& item : answer.body.at("items")) {
        names.push_back(item.at("username"));
    }
    return names;
}

json assigneeUpdate(const std::string& ticketId, const std::string& assigneeId, std::int64_t now)
{
    hss::sync::Mutation m;
    m.mutationId = Uuid::createV7();
    m.entity = hss::sync::SyncEntity::Ticket;
    m.entityId = Uuid::parse(ticketId).value();
    m.kind = hss::sync::MutationKind::Update;
    m.baseRevision = 1;
    m.fields = {{"assignee_id", assigneeId}};
    m.deviceTimeMs = now;
    m.hlc = hss::HlcTimestamp {now, 0, "console-d"};
    return {{"device_id", "console-d"}, {"mutations", json::array({toJson(m)})}};
}

} // namespace

/// GET /api/users/directory and the assignee rules of ticket writes, over real HTTPS on SQLite and PostgreSQL: the
/// directory lists only active people who may hold tickets, without e-mail or credentials, filtered by team and
/// medical role, for staff who work on tickets only; a ticket given (REST create or update, or sync push) to someone
/// who may not hold it is refused naming assignee_id.
class TestUserDirectoryApi final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void directoryListsAssignablePeople_data() { backends(); }
    void directoryListsAssignablePeople();
    void directoryIsForTicketStaffOnly_data() { backends(); }
    void directoryIsForTicketStaffOnly();
    void restRefusesAnAssigneeWhoMayNotHoldTheTicket_data() { backends(); }
    void restRefusesAnAssigneeWhoMayNotHoldTheTicket();
    void syncRefusesAnAssigneeWhoMayNotHoldTheTicket_data() { backends(); }
    void syncRefusesAnAssigneeWhoMayNotHoldTheTicket();

private:
    static void backends()
    {
        QTest::addColumn<QString>("backend");
        QTest::newRow("sqlite") << QStringLiteral("sqlite");
        QTest::newRow("postgresql") << QStringLiteral("postgresql");
    }
    ApiTestServer& server(const QString& backend) { return backend == "postgresql" ? *m_postgres : *m_sqlite; }
    std::string token(const QString& backend, const std::string& who) { return m_token[backend][who]; }
    std::string id(const QString& backend, const std::string& who) { return m_user[backend][who].id.toString(); }

    hss::test::PostgresCluster m_cluster;
    std::unique_ptr<ApiTestServer> m_sqlite;
    std::unique_ptr<ApiTestServer> m_postgres;
    std::map<QString, std::map<std::string, User>> m_user;
    std::map<QString, std::map<std::string, std::string>> m_token;
};

void TestUserDirectoryApi::initTestCase()
{
    QVERIFY2(m_cluster.start(), qPrintable(m_cluster.error()));
    QVERIFY2(m_cluster.createDatabase("api_user_directory"), qPrintable(m_cluster.error()));
    m_sqlite = std::make_unique<ApiTestServer>();
    QVERIFY2(m_sqlite->isRunning(), qPrintable(m_sqlite->error()));
    m_postgres = std::make_unique<ApiTestServer>(m_cluster.url("api_user_directory").toStdString());
    QVERIFY2(m_postgres->isRunning(), qPrintable(m_postgres->error()));
    for (const QString backend : {"sqlite", "postgresql"}) {
        ApiTestServer& api = server(backend);
        auto add = [&](const std::string& name, std::set<Role> roles, std::vector<std::string> teams) {
            m_user[backend][name] = api.createUser(name, std::move(roles), std::move(teams));
            m_token[backend][name] = api.tokenFor(m_user[backend][name]);
        };
        add("amy.agent", {Role::Agent}, {"tier1"});
        add("bob.agent", {Role::Agent}, {"tier2"});
        add("mia.medic", {Role::MedicalAgent}, {"tier1", "clinical"});
        add("sam.super", {Role::Supervisor}, {"tier1"});
        add("ada.admin", {Role::Admin}, {});
        add("lea.learner", {Role::Learner}, {"tier1"});
        add("col.compliance", {Role::ComplianceOfficer}, {"tier1"});
        add("dan.disabled", {Role::Agent}, {"tier1"});
        hss::server::ServerServices& services = api.services();
        QVERIFY(hss::server::UserRepository(services.database, services.cipher)
                    .updateAccess(id(backend, "dan.disabled"), {Role::Agent}, {"tier1"}, false, api.clock().nowMs()));
    }
}

void TestUserDirectoryApi::directoryListsAssignablePeople()
{
    QFETCH(QString, backend);
    ApiTestServer& api = server(backend);
    const ApiAnswer all = api.request("GET", "/api/users/directory", nullptr, token(backend, "amy.agent"));
    QCOMPARE(all.status, 200);
    QCOMPARE(usernames(all),
             (std::vector<std::string> {"ada.admin", "amy.agent", "bob.agent", "mia.medic", "sam.super"}));
    const json& mia = all.body.at("items").at(3);
    QCOMPARE(mia.at("id"), id(backend, "mia.medic"));
    QCOMPARE(mia.at("display_name"), m_user[backend]["mia.medic"].displayName);
    QCOMPARE(mia.at("roles"), json::array({"medical_agent"}));
    QCOMPARE(mia.at("teams"), json::array({"tier1", "clinical"}));
    for (const json& item : all.body.at("items")) {
        QCOMPARE(item.size(), std::size_t(5)); // id, username, display_name, roles, teams: nothing else
    }
    QVERIFY(all.rawBody.find("@") == std::string::npos);
    QVERIFY(all.rawBody.find("password") == std::string::npos);

    const ApiAnswer tier1 = api.request("GET", "/api/users/directory?team=tier1", nullptr, token(backend, "bob.agent"));
    QCOMPARE(tier1.status, 200);
    QCOMPARE(usernames(tier1), (std::vector<std::string> {"amy.agent", "mia.medic", "sam.super"}));
    const ApiAnswer medical =
        api.request("GET", "/api/users/directory?medical=true", nullptr, token(backend, "sam.super"));
    QCOMPARE(usernames(medical), (std::vector<std::string> {"mia.medic"}));
    const ApiAnswer both =
        api.request("GET", "/api/users/directory?team=tier2&medical=true", nullptr, token(backend, "ada.admin"));
    QCOMPARE(both.status, 200);
    QVERIFY(both.body.at("items").empty());
    const ApiAnswer notMedical =
        api.request("GET", "/api/users/directory?medical=false", nullptr, token(backend, "mia.medic"));
    QCOMPARE(notMedical.body, all.body);
}

void TestUserDirectoryApi::directoryIsForTicketStaffOnly()
{
    QFETCH(QString, backend);
    ApiTestServer& api = server(backend);
    QCOMPARE(api.request("GET", "/api/users/directory").status, 401);
    const ApiAnswer learner = api.request("GET", "/api/users/directory", nullptr, token(backend, "lea.learner"));
    QCOMPARE(learner.status, 403);
    QCOMPARE(learner.body.at("error"), "forbidden");
    QCOMPARE(api.request("GET", "/api/users/directory", nullptr, token(backend, "col.compliance")).status, 403);
    QCOMPARE(api.request("GET", "/api/users/directory?medical=maybe", nullptr, token(backend, "amy.agent")).status,
             400);
    QCOMPARE(api.request("POST", "/api/users/directory", json::object(), token(backend, "amy.agent")).status, 405);
}

void TestUserDirectoryApi::restRefusesAnAssigneeWhoMayNotHoldTheTicket()
{
    QFETCH(QString, backend);
    ApiTestServer& api = server(backend);
    const std::string supervisor = token(backend, "sam.super");
    const ApiAnswer created = api.request("POST", "/api/tickets", ticketBody("Scanner offline", "tier1"), supervisor);
    QCOMPARE(created.status, 201);
    const std::string path = "/api/tickets/" + created.body.at("id").get<std::string>();
    const auto refused = [&](const std::string& assignee, const std::string& why) {
        const ApiAnswer answer =
            api.request("PUT", path, {{"base_revision", 1}, {"assignee_id", assignee}}, supervisor);
        QVERIFY2(answer.status == 422, (why + ": " + answer.rawBody).c_str());
        QCOMPARE(answer.body.at("field"), "assignee_id");
        QCOMPARE(answer.body.at("error"), "validation_failed");
    };
    refused(id(backend, "bob.agent"), "another team");
    refused(id(backend, "dan.disabled"), "disabled");
    refused(id(backend, "lea.learner"), "learner");
    refused("0192f3a4-5b6c-7d8e-9f01-23456789abcd", "unknown");
    QCOMPARE(api.request("GET", path, nullptr, supervisor).body.at("assignee_id"), nullptr);

    const ApiAnswer given =
        api.request("PUT", path, {{"base_revision", 1}, {"assignee_id", id(backend, "amy.agent")}}, supervisor);
    QCOMPARE(given.status, 200);
    QCOMPARE(given.body.at("assignee_id"), id(backend, "amy.agent"));
    QCOMPARE(api.request("PUT", path, {{"base_revision", 2}, {"assignee_id", nullptr}}, supervisor).status, 200);

    // A medical ticket goes to medical agents only, even in the right team.
    json medicalBody = ticketBody("Wrong dose suggested", "tier1", "medical_clinical");
    medicalBody["assignee_id"] = id(backend, "amy.agent");
    const ApiAnswer medicalRefused = api.request("POST", "/api/tickets", medicalBody, supervisor);
    QCOMPARE(medicalRefused.status, 422);
    QCOMPARE(medicalRefused.body.at("field"), "assignee_id");
    medicalBody["assignee_id"] = id(backend, "mia.medic");
    QCOMPARE(api.request("POST", "/api/tickets", medicalBody, supervisor).status, 201);
}

void TestUserDirectoryApi::syncRefusesAnAssigneeWhoMayNotHoldTheTicket()
{
    QFETCH(QString, backend);
    ApiTestServer& api = server(backend);
    const std::string agent = token(backend, "amy.agent");
    const ApiAnswer created = api.request("POST", "/api/tickets", ticketBody("Printer jam", "tier1"), agent);
    QCOMPARE(created.status, 201);
    const std::string ticketId = created.body.at("id");
    const std::int64_t now = api.clock().nowMs();

    const ApiAnswer refused =
        api.request("POST", "/api/sync/push", assigneeUpdate(ticketId, id(backend, "bob.agent"), now), agent);
    QCOMPARE(refused.status, 200);
    const auto rejected = hss::sync::pushResponseFromJson(refused.body);
    QVERIFY2(rejected, refused.rawBody.c_str());
    QVERIFY(rejected.value().results.at(0).outcome == hss::sync::MutationOutcome::Rejected);
    QVERIFY2(rejected.value().results.at(0).reason.starts_with("assignee_id: "), refused.rawBody.c_str());
    QCOMPARE(api.request("GET", "/api/tickets/" + ticketId, nullptr, agent).body.at("assignee_id"), nullptr);

    const ApiAnswer accepted =
        api.request("POST", "/api/sync/push", assigneeUpdate(ticketId, id(backend, "mia.medic"), now + 1), agent);
    const auto applied = hss::sync::pushResponseFromJson(accepted.body);
    QVERIFY2(applied, accepted.rawBody.c_str());
    QVERIFY2(applied.value().results.at(0).outcome == hss::sync::MutationOutcome::Applied, accepted.rawBody.c_str());
    QCOMPARE(api.request("GET", "/api/tickets/" + ticketId, nullptr, agent).body.at("assignee_id"),
             id(backend, "mia.medic"));
}

QTEST_GUILESS_MAIN(TestUserDirectoryApi)
#include "TestUserDirectoryApi.moc"
