// SPDX-License-Identifier: MIT
#include <QtTest>
#include <memory>
#include <string>
#include <vector>

#include <Poco/Net/HTTPRequest.h>
#include <Poco/Net/HTTPResponse.h>
#include <Poco/Net/HTTPSClientSession.h>
#include <Poco/Path.h>
#include <Poco/StreamCopier.h>

#include "ApiTestServer.h"
#include "app/ServerServices.h"
#include "auth/TokenService.h"
#include "config/ServerConfig.h"
#include "storage/CommentRepository.h"
#include "storage/TicketRepository.h"

using hss::Role;
using hss::Ticket;
using hss::test::ApiAnswer;
using hss::test::ApiTestServer;
using nlohmann::json;

namespace {

/// Placeholders in a row's path, replaced by the seeded ticket's id and by an id nobody uses.
constexpr const char* seededId = "{seeded}";
constexpr const char* missingId = "{missing}";

json validCreate()
{
    return {{"title", "Valid"},   {"description", "Text"}, {"category", "technical"},
            {"channel", "email"}, {"requester_name", "R"}, {"team", "tier1"}};
}

void addRow(const std::string& name, const std::string& method, const std::string& path, const std::string& body,
            int status, const std::string& error, const std::string& field = {},
            const std::string& contentType = "application/json")
{
    QTest::newRow(name.c_str()) << QString::fromStdString(method) << QString::fromStdString(path)
                                << QByteArray::fromStdString(body) << QString::fromStdString(contentType) << status
                                << QString::fromStdString(error) << QString::fromStdString(field);
}

std::string replaced(std::string text, const std::string& placeholder, const std::string& value)
{
    for (auto at = text.find(placeholder); at != std::string::npos; at = text.find(placeholder)) {
        text.replace(at, placeholder.size(), value);
    }
    return text;
}

/// Sends only the headers of a request declaring a JSON body of \a declaredLength bytes and returns the answer:
/// the server has to refuse it without waiting for the body.
ApiAnswer headersOnly(ApiTestServer& server, const std::string& method, const std::string& path,
                      Poco::Int64 declaredLength, const std::string& token)
{
    // ApiTestServer's certificates sit together: the CA next to the server certificate.
    Poco::Path caFile(server.services().config.string("tls.certificateFile"));
    caFile.setFileName("ca.pem");
    Poco::Net::Context::Params params;
    params.caLocation = caFile.toString();
    params.verificationMode = Poco::Net::Context::VERIFY_STRICT;
    Poco::Net::Context::Ptr context = new Poco::Net::Context(Poco::Net::Context::TLS_CLIENT_USE, params);
    Poco::Net::HTTPSClientSession session("localhost", static_cast<Poco::UInt16>(server.port()), context);
    session.setTimeout(Poco::Timespan(10, 0));
    Poco::Net::HTTPRequest request(method, path, Poco::Net::HTTPMessage::HTTP_1_1);
    request.set("Authorization", "Bearer " + token);
    request.setContentType("application/json");
    request.setContentLength64(declaredLength);
    session.sendRequest(request).flush();
    Poco::Net::HTTPResponse response;
    std::istream& stream = session.receiveResponse(response);
    ApiAnswer answer;
    Poco::StreamCopier::copyToString(stream, answer.rawBody);
    answer.status = static_cast<int>(response.getStatus());
    answer.body = json::parse(answer.rawBody, nullptr, false);
    return answer;
}

} // namespace

/// Hundreds of bad requests against the ticket endpoints: each gets a 4xx with {error, message} naming the
/// problem, nothing stored changes, and the server keeps serving.
class TestBadInput final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void badRequestIsRefused_data();
    void badRequestIsRefused();
    void oversizedBodyIsRefusedBeforeReading_data();
    void oversizedBodyIsRefusedBeforeReading();
    void storedTicketsAreUnchanged();
    void validRequestStillSucceeds();

private:
    std::vector<Ticket> storedTickets();

    std::unique_ptr<ApiTestServer> m_server;
    std::string m_token;
    std::string m_ticketId;
    std::vector<Ticket> m_before;
    std::size_t m_commentsBefore = 0;
};

void TestBadInput::initTestCase()
{
    m_server = std::make_unique<ApiTestServer>();
    QVERIFY2(m_server->isRunning(), qPrintable(m_server->error()));
    const hss::User user = m_server->createUser("ann", {Role::Supervisor}, {"tier1"});
    m_token =
        m_server->services()
            .tokens.issue({user.id.toString(), user.username, {"supervisor"}, user.teams}, m_server->clock().nowMs())
            .token;
    const ApiAnswer created = m_server->request("POST", "/api/tickets", validCreate(), m_token);
    QCOMPARE(created.status, 201);
    m_ticketId = created.body.at("id").get<std::string>();
    QCOMPARE(m_server
                 ->request("POST", "/api/tickets/" + m_ticketId + "/comments",
                           {{"body", "First"}, {"visibility", "public_reply"}}, m_token)
                 .status,
             201);
    m_before = storedTickets();
    m_commentsBefore = hss::server::CommentRepository(m_server->services().database, m_server->services().cipher)
                           .listForTicket(m_ticketId)
                           .size();
}

std::vector<Ticket> TestBadInput::storedTickets()
{
    hss::server::TicketQuery query;
    query.limit = hss::server::TicketQuery::maxLimit;
    return hss::server::TicketRepository(m_server->services().database, m_server->services().cipher)
        .list(query)
        .tickets;
}

void TestBadInput::badRequestIsRefused_data()
{
    QTest::addColumn<QString>("method");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("contentType");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("error");
    QTest::addColumn<QString>("field");

    const std::string one = std::string("/api/tickets/") + seededId;
    const std::vector<std::pair<std::string, std::string>> bodyTargets {
        {"POST", "/api/tickets"}, {"PUT", one}, {"POST", one + "/comments"}};

    // Malformed JSON and bodies that are not objects → 400 malformed_json.
    // clang-format off
    std::vector<std::string> malformed {
        "{", "}", "{\"title\":}", "{\"title\" \"x\"}", "{'title': 'x'}", "{\"a\":1,}", "[1,2", "tru", "nul", " ",
        "[]", "42", "\"text\"", "null", "true", "{} {}", "{\"a\":1}garbage", "{\"a\":01}", "{\"a\":NaN}",
        "{\"a\":\"\\x\"}", "{\"a\":\"unterminated}", "\xff\xfe{}", "{\"a\":\"\xc3\x28\"}"};
    // clang-format on
    malformed.push_back(std::string(100, '[') + std::string(100, ']')); // nested deeper than the parser allows
    for (const auto& [method, path] : bodyTargets) {
        for (std::size_t i = 0; i < malformed.size(); ++i) {
            addRow(method + " " + path + " malformed #" + std::to_string(i), method, path, malformed[i], 400,
                   "malformed_json");
        }
    }

    // Wrong types, unknown fields, oversized strings and invalid enum values → 422 naming the field.
    const std::vector<std::pair<std::string, json>> wrongTypes {
        {"number", 7}, {"boolean", true}, {"array", json::array({"x"})}, {"object", json::object({{"x", 1}})}};
    for (const char* field : {"title", "description", "priority", "category", "channel", "requester_name",
                              "requester_email", "team", "medical_case_ref", "assignee_id"}) {
        for (const auto& [kind, value] : wrongTypes) {
            json create = validCreate();
            create[field] = value;
            addRow(std::string("create: ") + field + " is a " + kind, "POST", "/api/tickets", create.dump(), 422,
                   "validation_failed", field);
            addRow(std::string("update: ") + field + " is a " + kind, "PUT", one,
                   json({{"base_revision", 1}, {field, value}}).dump(), 422, "validation_failed", field);
        }
    }
    for (const auto& [kind, value] : wrongTypes) {
        addRow("comment: body is a " + kind, "POST", one + "/comments",
               json({{"body", value}, {"visibility", "public_reply"}}).dump(), 422, "validation_failed", "body");
        const json revision = kind == "number" ? json("1") : value;
        addRow("update: base_revision is a " + std::string(kind == "number" ? "string" : kind), "PUT", one,
               json({{"base_revision", revision}, {"title", "x"}}).dump(), 422, "validation_failed", "base_revision");
    }
    addRow("update: base_revision is a fraction", "PUT", one, R"({"base_revision": 1.5, "title": "x"})", 422,
           "validation_failed", "base_revision");
    addRow("update: base_revision beyond int64", "PUT", one, R"({"base_revision": 18446744073709551615, "title": "x"})",
           422, "validation_failed", "base_revision");
    for (const char* unknown : {"id", "number", "revision", "status", "created_at", "__proto__", "Title", ""}) {
        json create = validCreate();
        create[unknown] = "x";
        addRow(std::string("create: unknown field '") + unknown + "'", "POST", "/api/tickets", create.dump(), 422,
               "validation_failed", unknown);
    }
    addRow("comment: unknown field", "POST", one + "/comments",
           R"({"body": "x", "visibility": "public_reply", "author_id": "x"})", 422, "validation_failed", "author_id");
    addRow("update: unknown field", "PUT", one, R"({"base_revision": 1, "id": "x"})", 422, "validation_failed", "id");
    const std::vector<std::pair<std::string, std::size_t>> limits {
        {"title", 201}, {"description", 20001}, {"requester_name", 121}, {"team", 121}, {"medical_case_ref", 65}};
    for (const auto& [field, length] : limits) {
        json create = validCreate();
        create[field] = std::string(length, 'a');
        addRow("create: " + field + " too long", "POST", "/api/tickets", create.dump(), 422, "validation_failed",
               field);
        addRow("update: " + field + " too long", "PUT", one,
               json({{"base_revision", 1}, {field, std::string(length, 'a')}}).dump(), 422, "validation_failed", field);
    }
    {
        json create = validCreate();
        create["requester_email"] = std::string(250, 'a') + "@x.example";
        addRow("create: requester_email too long", "POST", "/api/tickets", create.dump(), 422, "validation_failed",
               "requester_email");
        // 20,001 characters of two bytes each: over the limit in characters, still under the body limit in bytes.
        std::string longUtf8;
        for (int i = 0; i < 20001; ++i) {
            longUtf8 += "\xc3\xa9";
        }
        addRow("comment: body too long", "POST", one + "/comments",
               json({{"body", longUtf8}, {"visibility", "public_reply"}}).dump(), 422, "validation_failed", "body");
    }
    for (const char* field : {"priority", "category", "channel", "status"}) {
        for (const char* value : {"", "HIGH", "urgent", "new; DROP TABLE tickets"}) {
            json body = {{"base_revision", 1}, {field, value}};
            addRow(std::string("update: ") + field + " = '" + value + "'", "PUT", one, body.dump(), 422,
                   "validation_failed", field);
        }
    }
    addRow("comment: unknown visibility", "POST", one + "/comments", R"({"body": "x", "visibility": "everyone"})", 422,
           "validation_failed", "visibility");
    addRow("create: missing required fields", "POST", "/api/tickets", "{}", 422, "validation_failed", "title");
    addRow("create: blank requester", "POST", "/api/tickets", replaced(validCreate().dump(), "\"R\"", "\"  \""), 422,
           "validation_failed", "requester_name");

    // Ids that do not exist, ids that are not UUIDs, path traversal.
    for (const auto& [method, suffix] :
         std::vector<std::pair<std::string, std::string>> {{"GET", ""}, {"DELETE", ""}, {"GET", "/comments"}}) {
        addRow(method + " missing id" + suffix, method, std::string("/api/tickets/") + missingId + suffix, "", 404,
               "not_found");
        for (const char* id :
             {"not-a-uuid", "%2e%2e", "..", "0192f3a4-5b6c-7d8e-9f01-23456789abcz", "0192f3a45b6c7d8e9f0123456789abcd",
              "%00", "{0192f3a4-5b6c-7d8e-9f01-23456789abcd}", "%2e%2e%5c%2e%2e%5cwindows"}) {
            addRow(method + " id '" + id + "'" + suffix, method, std::string("/api/tickets/") + id + suffix, "", 400,
                   "bad_request");
        }
    }
    addRow("PUT missing id", "PUT", std::string("/api/tickets/") + missingId, R"({"base_revision": 1, "title": "x"})",
           404, "not_found");
    addRow("POST comment on missing id", "POST", std::string("/api/tickets/") + missingId + "/comments",
           R"({"body": "x", "visibility": "public_reply"})", 404, "not_found");
    // Once decoded these have more segments than any route: no resource at all.
    for (const char* path : {"/api/tickets/../../etc/passwd", "/api/tickets/../../../etc/passwd/comments",
                             "/api/tickets/..%2f..%2fetc%2fpasswd", "/api/tickets/..%2F..%2Fetc%2Fpasswd/comments",
                             "/api/tickets/%2e%2e/%2e%2e/etc/passwd", "/api/tickets//", "/api/tickets/x/y/z"}) {
        addRow(std::string("traversal ") + path, "GET", path, "", 404, "not_found");
    }

    // Methods that do not apply → 405 naming the allowed ones.
    for (const auto& [method, path] : std::vector<std::pair<std::string, std::string>> {{"PUT", "/api/tickets"},
                                                                                        {"DELETE", "/api/tickets"},
                                                                                        {"PATCH", "/api/tickets"},
                                                                                        {"POST", one},
                                                                                        {"PATCH", one},
                                                                                        {"PUT", one + "/comments"},
                                                                                        {"DELETE", one + "/comments"},
                                                                                        {"OPTIONS", one},
                                                                                        {"TRACE", "/api/tickets"}}) {
        addRow(method + " " + path, method, path, "", 405, "method_not_allowed");
    }

    // Other content types. (Bodies over the configured size: oversizedBodyIsRefusedBeforeReading(); sent in full
    // they would meet a connection the server closed with the rest unread.)
    for (const auto& [method, path] : bodyTargets) {
        for (const char* type : {"text/plain", "application/x-www-form-urlencoded", "multipart/form-data; b=x",
                                 "application/xml", "json"}) {
            addRow(method + " " + path + " as " + type, method, path, validCreate().dump(), 415,
                   "unsupported_media_type", {}, type);
        }
    }

    // Query parameters of the wrong form.
    for (const char* query : {"limit=0",
                              "limit=201",
                              "limit=abc",
                              "limit=1e3",
                              "limit=-5",
                              "offset=-1",
                              "offset=x",
                              "limit=1&limit=2",
                              "sort=title",
                              "sort=id;drop",
                              "order=up",
                              "status=bogus",
                              "status=open&status=nope",
                              "priority=URGENT",
                              "category=cardio",
                              "assignee=bob",
                              "assignee=",
                              "created_from=yesterday",
                              "created_to=2026-13-01T00:00:00Z",
                              "team=",
                              "q=",
                              "unknown=1",
                              "%ff=1"}) {
        addRow(std::string("list with ") + query, "GET", std::string("/api/tickets?") + query, "", 400, "bad_request");
    }
}

void TestBadInput::badRequestIsRefused()
{
    QFETCH(QString, method);
    QFETCH(QString, path);
    QFETCH(QByteArray, body);
    QFETCH(QString, contentType);
    QFETCH(int, status);
    QFETCH(QString, error);
    QFETCH(QString, field);
    std::string target = replaced(path.toStdString(), seededId, m_ticketId);
    target = replaced(target, missingId, hss::Uuid::createV7().toString());
    const json payload = body.isEmpty() ? json(nullptr) : json(body.toStdString());
    ApiAnswer answer;
    try {
        answer = m_server->request(method.toStdString(), target, payload, m_token, contentType.toStdString());
    } catch (const std::exception& failure) {
        QFAIL(failure.what());
    }
    QCOMPARE(answer.status, status);
    QVERIFY2(answer.body.is_object(), answer.rawBody.c_str());
    QCOMPARE(QString::fromStdString(answer.body.at("error").get<std::string>()), error);
    QVERIFY(!answer.body.at("message").get<std::string>().empty());
    if (status == 422) {
        QCOMPARE(QString::fromStdString(answer.body.at("field").get<std::string>()), field);
    }
    if (status == 405) {
        QVERIFY(!answer.headers["Allow"].empty());
    }
}

void TestBadInput::oversizedBodyIsRefusedBeforeReading_data()
{
    QTest::addColumn<QString>("method");
    QTest::addColumn<QString>("path");
    QTest::addColumn<qint64>("declared");
    const std::string one = std::string("/api/tickets/") + seededId;
    for (const auto& [method, path] : std::vector<std::pair<std::string, std::string>> {
             {"POST", "/api/tickets"}, {"PUT", one}, {"POST", one + "/comments"}}) {
        for (const qint64 declared : {qint64(65537), qint64(1'000'000), qint64(1'000'000'000'000)}) {
            QTest::addRow("%s %s declaring %lld bytes", method.c_str(), path.c_str(), declared)
                << QString::fromStdString(method) << QString::fromStdString(path) << declared;
        }
    }
}

void TestBadInput::oversizedBodyIsRefusedBeforeReading()
{
    QFETCH(QString, method);
    QFETCH(QString, path);
    QFETCH(qint64, declared);
    ApiAnswer answer;
    try {
        answer = headersOnly(*m_server, method.toStdString(), replaced(path.toStdString(), seededId, m_ticketId),
                             declared, m_token);
    } catch (const std::exception& failure) {
        QFAIL(failure.what());
    }
    QCOMPARE(answer.status, 413);
    QVERIFY2(answer.body.is_object(), answer.rawBody.c_str());
    QCOMPARE(answer.body.at("error"), "payload_too_large");
}

void TestBadInput::storedTicketsAreUnchanged()
{
    QCOMPARE(storedTickets(), m_before);
    QCOMPARE(hss::server::CommentRepository(m_server->services().database, m_server->services().cipher)
                 .listForTicket(m_ticketId)
                 .size(),
             m_commentsBefore);
}

void TestBadInput::validRequestStillSucceeds()
{
    const ApiAnswer updated = m_server->request("PUT", "/api/tickets/" + m_ticketId,
                                                {{"base_revision", 1}, {"status", "in_progress"}}, m_token);
    QCOMPARE(updated.status, 200);
    QCOMPARE(updated.body.at("revision"), 2);
    QCOMPARE(m_server->request("POST", "/api/tickets", validCreate(), m_token).status, 201);
    QCOMPARE(m_server->request("GET", "/api/tickets", nullptr, m_token).body.at("total"), 2);
}

QTEST_GUILESS_MAIN(TestBadInput)
#include "TestBadInput.moc"
