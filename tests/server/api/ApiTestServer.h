// SPDX-License-Identifier: MIT
#pragma once

#include <QString>
#include <QTemporaryDir>
#include <atomic>
#include <map>
#include <memory>
#include <set>
#include <string>
#include <vector>

#include <Poco/Net/Context.h>
#include <nlohmann/json.hpp>

#include "ServerProcess.h"
#include "auth/UnknownLoginFailures.h"
#include "hss/HybridLogicalClock.h"
#include "hss/ManualClock.h"
#include "hss/Role.h"
#include "hss/User.h"
#include "sync/SyncNotifier.h"

namespace Poco::Net {
class HTTPServer;
}

namespace hss::server {
class AuditTrail;
class WriteQueue;
class AccessRevocations;
class Authenticator;
class Database;
class FieldCipher;
class NotificationSender;
class PasswordHasher;
class SlaEngine;
class TicketNotifier;
class ServerConfig;
class TokenService;
class TriageRulebook;
struct ServerServices;
} // namespace hss::server

namespace hss::test {

/// An answer from the API: status, parsed JSON body (null when empty or not JSON) and headers.
struct ApiAnswer
{
    int status = 0;
    nlohmann::json body;
    std::string rawBody;
    std::map<std::string, std::string> headers;
};

/// The real server's routes and services on HTTPS (port 0, certificate from the product's script), run in the
/// test process so tests can seed data through the repositories. databaseUrl empty → SQLite in a temp folder.
/// The clock is a ManualClock starting now, so tests can expire tokens. The notification sender is built from the
/// configuration but not started: tests deliver with notificationSender().runDue() at the times they choose.
class ApiTestServer final
{
public:
    /// \a environment adds configuration variables (e.g. ENABLE_EMAIL_NOTIFICATIONS, SMTP_HOST).
    explicit ApiTestServer(const std::string& databaseUrl = {},
                           const std::map<std::string, std::string>& environment = {});
    ~ApiTestServer();

    bool isRunning() const { return m_running; }
    QString error() const { return m_error; }
    int port() const { return m_port; }
    ManualClock& clock() { return m_clock; }
    server::ServerServices& services() { return *m_services; }
    server::NotificationSender& notificationSender() { return *m_notificationSender; }
    server::SlaEngine& sla() { return *m_sla; }
    /// How often the services told the server that an admin saved the organisation settings.
    int settingsSaves() const { return m_settingsSaves; }

    /// Creates a user directly in the database (password hashed with cheap test parameters).
    User createUser(const std::string& username, std::set<Role> roles, std::vector<std::string> teams,
                    const std::string& password = "correct horse battery staple");
    /// An access token for \a user minted directly (what logging in would give, without password or TOTP).
    std::string tokenFor(const User& user);

    /// Logs in through POST /api/auth/login and returns the access token ("" on failure).
    std::string login(const std::string& username, const std::string& password = "correct horse battery staple");

    /// Sends a request; body is sent as JSON when not null; token as a bearer token when not empty.
    ApiAnswer request(const std::string& method, const std::string& path, const nlohmann::json& body = nullptr,
                      const std::string& token = {}, const std::string& contentType = "application/json");

private:
    TestCertificates m_certificates;
    QTemporaryDir m_dataDir;
    ManualClock m_clock;
    std::unique_ptr<server::ServerConfig> m_config;
    std::unique_ptr<server::Database> m_database;
    std::unique_ptr<server::FieldCipher> m_cipher;
    std::unique_ptr<server::TokenService> m_tokens;
    std::unique_ptr<server::PasswordHasher> m_passwords;
    std::unique_ptr<server::AccessRevocations> m_revocations;
    std::unique_ptr<server::Authenticator> m_authenticator;
    server::UnknownLoginFailures m_unknownLogins;
    std::unique_ptr<server::WriteQueue> m_writes;
    std::unique_ptr<HybridLogicalClock> m_hlc;
    server::SyncNotifier m_syncNotifier;
    std::unique_ptr<server::AuditTrail> m_audit;
    std::unique_ptr<server::TicketNotifier> m_ticketNotifier;
    std::unique_ptr<server::NotificationSender> m_notificationSender;
    std::unique_ptr<server::SlaEngine> m_sla;
    std::unique_ptr<server::TriageRulebook> m_triageRules;
    std::unique_ptr<server::ServerServices> m_services;
    std::unique_ptr<Poco::Net::HTTPServer> m_server;
    Poco::Net::Context::Ptr m_clientContext;
    int m_port = 0;
    bool m_running = false;
    std::atomic<int> m_settingsSaves {0};
    QString m_error;
};

} // namespace hss::test
