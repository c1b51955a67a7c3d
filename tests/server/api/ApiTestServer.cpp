// SPDX-License-Identifier: MIT
#include "ApiTestServer.h"

#include <chrono>
#include <sstream>

#include <Poco/Net/HTTPRequest.h>
#include <Poco/Net/HTTPResponse.h>
#include <Poco/Net/HTTPSClientSession.h>
#include <Poco/Net/HTTPServer.h>
#include <Poco/Net/HTTPServerParams.h>
#include <Poco/Net/RejectCertificateHandler.h>
#include <Poco/Net/SSLManager.h>
#include <Poco/Net/SecureServerSocket.h>
#include <Poco/StreamCopier.h>

#include "app/ApiRoutes.h"
#include "app/ServerServices.h"
#include "auth/AccessRevocations.h"
#include "auth/PasswordHasher.h"
#include "auth/TokenService.h"
#include "authz/AuditTrail.h"
#include "authz/Authenticator.h"
#include "config/ServerConfig.h"
#include "config/TlsContextFactory.h"
#include "hss/HybridLogicalClock.h"
#include "http/RequestHandlerFactory.h"
#include "notify/NotificationMessages.h"
#include "notify/NotificationSender.h"
#include "notify/NotificationSettings.h"
#include "notify/TicketNotifier.h"
#include "security/FieldCipher.h"
#include "sla/SlaEngine.h"
#include "storage/Database.h"
#include "storage/UserRepository.h"
#include "storage/WriteQueue.h"
#include "sync/SyncNotifier.h"
#include "triage/TriageRulebook.h"

namespace hss::test {

namespace {

std::int64_t systemNowMs()
{
    return std::chrono::duration_cast<std::chrono::milliseconds>(std::chrono::system_clock::now().time_since_epoch())
        .count();
}

void initialiseClientSsl()
{
    static bool done = false;
    if (done) {
        return;
    }
    done = true;
    Poco::Net::initializeSSL();
    Poco::SharedPtr<Poco::Net::InvalidCertificateHandler> reject = new Poco::Net::RejectCertificateHandler(false);
    Poco::Net::Context::Ptr context =
        new Poco::Net::Context(Poco::Net::Context::TLS_CLIENT_USE, Poco::Net::Context::Params());
    Poco::Net::SSLManager::instance().initializeClient(nullptr, reject, context);
}

} // namespace

ApiTestServer::ApiTestServer(const std::string& databaseUrl, const std::map<std::string, std::string>& environment)
    : m_clock(systemNowMs())
{
    initialiseClientSsl();
    if (!m_certificates.isValid()) {
        m_error = m_certificates.error();
        return;
    }
    std::map<std::string, std::string> env {
        {"HSS_HOST", "127.0.0.1"},
        {"HSS_PORT", "0"},
        {"HSS_DATA_DIR", m_dataDir.path().toStdString()},
        {"TLS_CERT_FILE", m_certificates.certificateFile().toStdString()},
        {"TLS_KEY_FILE", m_certificates.keyFile().toStdString()},
        {"JWT_SECRET", "test-secret-that-is-long-enough-for-hs256-0123456789"},
        {"DATABASE_URL", databaseUrl},
        {"HSS_MAX_BODY_BYTES", "65536"},
    };
    for (const auto& [name, value] : environment) {
        env[name] = value;
    }
    try {
        m_config = std::make_unique<server::ServerConfig>(
            server::ServerConfig::load({}, [env](const std::string& name) -> std::optional<std::string> {
                const auto it = env.find(name);
                return it == env.end() ? std::nullopt : std::optional<std::string>(it->second);
            }));
        m_database = std::make_unique<server::Database>(databaseUrl, m_dataDir.path().toStdString(), 1, 8);
        m_cipher = std::make_unique<server::FieldCipher>(
            server::FieldCipher::loadOrCreate("", m_dataDir.path().toStdString()));
        m_tokens = std::make_unique<server::TokenService>(server::TokenService::settingsFrom(*m_config));
        m_passwords = std::make_unique<server::PasswordHasher>(server::PasswordHasher::Parameters {1, 8192 * 1024});
        const server::TokenService::Settings& issued = m_tokens->settings();
        m_revocations =
            std::make_unique<server::AccessRevocations>(*m_database, m_clock, issued.lifetime + issued.leeway);
        m_authenticator = std::make_unique<server::Authenticator>(*m_tokens, *m_revocations, m_clock);
        m_writes = std::make_unique<server::WriteQueue>(*m_database);
        m_hlc = std::make_unique<HybridLogicalClock>(m_clock, "server");
        m_audit = std::make_unique<server::AuditTrail>(*m_database, *m_writes, m_clock);
        const auto notifications = server::NotificationSettings::fromConfig(*m_config);
        m_ticketNotifier =
            std::make_unique<server::TicketNotifier>(*m_database, m_clock, server::NotificationMessages(notifications));
        m_notificationSender = std::make_unique<server::NotificationSender>(
            *m_database, *m_writes, m_clock, server::NotificationSender::policyFor(notifications),
            server::NotificationSender::channelsFor(notifications, m_clock));
        // The scheduler's thread is not started: tests fire due events themselves (fireDue) after moving the clock.
        m_sla = std::make_unique<server::SlaEngine>(*m_database, *m_writes, *m_cipher, m_clock, notifications);
        m_triageRules = std::make_unique<server::TriageRulebook>(*m_database);
        m_services = std::make_unique<server::ServerServices>(server::ServerServices {*m_config,
                                                                                      *m_database,
                                                                                      *m_cipher,
                                                                                      *m_tokens,
                                                                                      *m_passwords,
                                                                                      *m_authenticator,
                                                                                      *m_revocations,
                                                                                      m_unknownLogins,
                                                                                      *m_writes,
                                                                                      *m_audit,
                                                                                      m_clock,
                                                                                      *m_hlc,
                                                                                      m_syncNotifier,
                                                                                      *m_ticketNotifier,
                                                                                      m_sla->tracker(),
                                                                                      *m_sla,
                                                                                      *m_triageRules,
                                                                                      std::chrono::steady_clock::now(),
                                                                                      65536,
                                                                                      [this] { ++m_settingsSaves; }});

        Poco::Net::SecureServerSocket socket(Poco::Net::SocketAddress("127.0.0.1", 0), 64,
                                             server::createServerTlsContext(*m_config));
        m_port = socket.address().port();
        Poco::AutoPtr<Poco::Net::HTTPServerParams> params = new Poco::Net::HTTPServerParams;
        params->setMaxThreads(8);
        params->setKeepAlive(true);
        m_server = std::make_unique<Poco::Net::HTTPServer>(
            new server::RequestHandlerFactory(server::buildApiRouter(m_services.get())), socket, params);
        m_server->start();
        m_running = true;
    } catch (const std::exception& error) {
        m_error = QString::fromStdString(error.what());
    }
    Poco::Net::Context::Params clientParams;
    clientParams.caLocation = m_certificates.caFile().toStdString();
    clientParams.verificationMode = Poco::Net::Context::VERIFY_STRICT;
    m_clientContext = new Poco::Net::Context(Poco::Net::Context::TLS_CLIENT_USE, clientParams);
}

ApiTestServer::~ApiTestServer()
{
    if (m_server) {
        m_server->stopAll(true);
    }
}

User ApiTestServer::createUser(const std::string& username, std::set<Role> roles, std::vector<std::string> teams,
                               const std::string& password)
{
    server::UserAccount account;
    account.user.id = Uuid::createV7();
    account.user.username = username;
    account.user.displayName = "Test " + username;
    account.user.email = username + "@clinic.example";
    account.user.roles = std::move(roles);
    account.user.teams = std::move(teams);
    account.user.active = true;
    account.user.createdAt = m_clock.nowMs();
    account.passwordHash = m_passwords->hash(password);
    account.updatedAt = account.user.createdAt;
    auto created = server::UserRepository(*m_database, *m_cipher).create(account);
    if (!created) {
        throw std::runtime_error("createUser: " + created.error().message);
    }
    return created.value().user;
}

std::string ApiTestServer::tokenFor(const User& user)
{
    server::TokenService::Subject subject {user.id.toString(), user.username, {}, user.teams};
    for (const Role role : user.roles) {
        subject.roles.emplace_back(hss::toString(role));
    }
    return m_tokens->issue(subject, m_clock.nowMs()).token;
}

std::string ApiTestServer::login(const std::string& username, const std::string& password)
{
    const ApiAnswer answer = request("POST", "/api/auth/login", {{"username", username}, {"password", password}});
    if (answer.status != 200 || !answer.body.is_object() || !answer.body.contains("access_token")) {
        return {};
    }
    return answer.body.at("access_token").get<std::string>();
}

ApiAnswer ApiTestServer::request(const std::string& method, const std::string& path, const nlohmann::json& body,
                                 const std::string& token, const std::string& contentType)
{
    Poco::Net::HTTPSClientSession session("localhost", static_cast<Poco::UInt16>(m_port), m_clientContext);
    session.setTimeout(Poco::Timespan(20, 0));
    Poco::Net::HTTPRequest request(method, path, Poco::Net::HTTPMessage::HTTP_1_1);
    if (!token.empty()) {
        request.set("Authorization", "Bearer " + token);
    }
    std::string payload;
    if (!body.is_null()) {
        payload = body.is_string() ? body.get<std::string>() : body.dump();
        request.setContentType(contentType);
        request.setContentLength64(static_cast<Poco::Int64>(payload.size()));
    }
    session.sendRequest(request) << payload;
    Poco::Net::HTTPResponse response;
    std::istream& stream = session.receiveResponse(response);
    ApiAnswer answer;
    Poco::StreamCopier::copyToString(stream, answer.rawBody);
    answer.status = static_cast<int>(response.getStatus());
    for (const auto& [name, value] : response) {
        answer.headers[name] = value;
    }
    answer.body = nlohmann::json::parse(answer.rawBody, nullptr, false);
    if (answer.body.is_discarded()) {
        answer.body = nullptr;
    }
    return answer;
}

} // namespace hss::test
