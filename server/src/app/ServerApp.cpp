// SPDX-License-Identifier: MIT
#include "ServerApp.h"

#include <iostream>

#include <Poco/AutoPtr.h>
#include <Poco/FormattingChannel.h>
#include <Poco/Logger.h>
#include <Poco/Net/HTTPServer.h>
#include <Poco/Net/HTTPServerParams.h>
#include <Poco/Net/SSLManager.h>
#include <Poco/Net/SecureServerSocket.h>
#include <Poco/PatternFormatter.h>
#include <Poco/ThreadPool.h>
#include <Poco/Util/HelpFormatter.h>
#include <Poco/Util/LoggingConfigurator.h>
#include <Poco/Util/MapConfiguration.h>
#include <Poco/Util/Option.h>
#include <Poco/Util/OptionSet.h>

#include "../auth/AccessRevocations.h"
#include "../auth/PasswordHasher.h"
#include "../auth/TokenService.h"
#include "../auth/UnknownLoginFailures.h"
#include "../authz/AuditTrail.h"
#include "../authz/Authenticator.h"
#include "../config/ConfigError.h"
#include "../config/ConfigSchema.h"
#include "../config/SecretFile.h"
#include "../config/ServerConfig.h"
#include "../config/TlsContextFactory.h"
#include "../health/HealthMonitor.h"
#include "../http/RequestHandlerFactory.h"
#include "../notify/NotificationMessages.h"
#include "../notify/NotificationSender.h"
#include "../notify/NotificationSettings.h"
#include "../notify/TicketNotifier.h"
#include "../retention/RetentionJob.h"
#include "../security/FieldCipher.h"
#include "../sla/SlaEngine.h"
#include "../storage/Database.h"
#include "../storage/TicketReadCache.h"
#include "../storage/WriteQueue.h"
#include "../sync/SyncNotifier.h"
#include "../triage/TriageRulebook.h"
#include "AdminCommands.h"
#include "ApiRoutes.h"
#include "BufferedLogChannel.h"
#include "DemoSeeder.h"
#include "ServerServices.h"
#include "hss/HybridLogicalClock.h"
#include "hss/SystemClock.h"
#include "hss/Version.h"

namespace hss::server {

namespace {

constexpr int listenBacklog = 256;
constexpr int minPoolThreads = 4;
constexpr int idleThreadSeconds = 60;

void configureLogging(const ServerConfig& config)
{
    if (!config.passThrough().empty()) {
        Poco::AutoPtr<Poco::Util::MapConfiguration> logging = new Poco::Util::MapConfiguration;
        for (const auto& [key, value] : config.passThrough()) {
            logging->setString(key, value);
        }
        try {
            Poco::Util::LoggingConfigurator().configure(logging);
        } catch (const Poco::Exception& error) {
            throw ConfigError("bad logging.* configuration: " + error.displayText());
        }
        return;
    }
    Poco::AutoPtr<Poco::PatternFormatter> formatter = new Poco::PatternFormatter("%Y-%m-%dT%H:%M:%S.%iZ %p %s: %t");
    // Buffered: the access log's line per request would otherwise be a write to standard error per request.
    Poco::AutoPtr<Poco::FormattingChannel> channel = new Poco::FormattingChannel(formatter, new BufferedLogChannel);
    Poco::Logger::root().setChannel(channel);
    Poco::Logger::root().setLevel(Poco::Message::PRIO_INFORMATION);
}

/// Writes what the log channel still holds when main() returns, however it returns.
struct LogFlushAtReturn
{
    ~LogFlushAtReturn()
    {
        if (auto channel = Poco::Logger::root().getChannel()) {
            channel->close();
        }
    }
};

} // namespace

void ServerApp::initialize(Poco::Util::Application& self)
{
    Poco::Net::initializeSSL();
    ServerApplication::initialize(self);
}

void ServerApp::defineOptions(Poco::Util::OptionSet& options)
{
    ServerApplication::defineOptions(options);
    options.addOption(Poco::Util::Option("help", "h", "show this help and exit").required(false).repeatable(false));
    options.addOption(Poco::Util::Option("version", "v", "print the version and exit").required(false));
    options.addOption(
        Poco::Util::Option("routes", "", "print every REST route (METHOD /path) and exit").required(false));
    options.addOption(Poco::Util::Option("config", "c", "read configuration from FILE (.properties)")
                          .required(false)
                          .repeatable(false)
                          .argument("FILE"));
}

void ServerApp::handleOption(const std::string& name, const std::string& value)
{
    ServerApplication::handleOption(name, value);
    if (name == "help") {
        printHelp();
        m_exitEarly = true;
        stopOptionsProcessing();
    } else if (name == "version") {
        std::cout << "hss-server " << productVersion() << " (protocol " << protocolVersion << ")\n";
        m_exitEarly = true;
        stopOptionsProcessing();
    } else if (name == "routes") {
        for (const std::string& line : buildApiRouter(nullptr).describe()) {
            std::cout << line << '\n';
        }
        m_exitEarly = true;
        stopOptionsProcessing();
    } else if (name == "config") {
        m_configFile = value;
    }
}

void ServerApp::printHelp() const
{
    Poco::Util::HelpFormatter help(options());
    help.setCommand(commandName());
    help.setUsage("[--config=FILE] [create-admin | audit-verify | seed-demo]");
    help.setHeader(std::string(productName()) + " server: REST API, sync, SLA timers and notifications over HTTPS.");
    std::string footer = "Commands:\n"
                         "  create-admin: create an administrator (reads user name, display name, e-mail and the\n"
                         "                password twice from standard input; prints the TOTP secret once)\n"
                         "  audit-verify: check the audit trail's hash chain; names the first broken record\n"
                         "  seed-demo:    fill an empty server with the demo data set and print the demo users'\n"
                         "                passwords\n\n"
                         "Configuration keys (file property / environment variable, default):\n";
    for (const auto& key : configKeys()) {
        footer += "  " + std::string(key.property) + " / " + std::string(key.environment);
        if (!key.defaultValue.empty()) {
            footer += " (" + std::string(key.defaultValue) + ")";
        }
        footer += ": " + std::string(key.description) + "\n";
    }
    help.setFooter(footer);
    help.format(std::cout);
}

int ServerApp::main(const std::vector<std::string>& args)
{
    const LogFlushAtReturn flushLog;
    if (m_exitEarly) {
        return EXIT_OK;
    }
    const bool knownCommand =
        args.empty() || args.front() == "seed-demo" || args.front() == "create-admin" || args.front() == "audit-verify";
    if (!knownCommand) {
        std::cerr << "hss-server: unknown command '" << args.front() << "' (see --help)\n";
        return EXIT_USAGE;
    }
    if (args.size() > 1) {
        std::cerr << "hss-server: " << args.front() << " takes no arguments\n";
        return EXIT_USAGE;
    }
    try {
        const ServerConfig config = ServerConfig::load(m_configFile, ServerConfig::processEnvironment());
        // Parsed before anything starts, so a malformed HEALTH_CHECK_ENDPOINTS is a configuration error at start-up.
        HealthSettings healthSettings = HealthSettings::fromConfig(config);
        configureLogging(config);
        if (!args.empty() && args.front() == "create-admin") {
            return createAdmin(config, std::cin, std::cout, std::cerr);
        }
        if (!args.empty() && args.front() == "audit-verify") {
            return auditVerify(config, std::cout, std::cerr);
        }
        Database database(config.string("database.url"), config.string("data.dir"),
                          static_cast<int>(config.integer("database.poolMin")),
                          static_cast<int>(config.integer("database.poolMax")));
        TicketReadCache::Settings ticketReads;
        ticketReads.capacity = static_cast<std::size_t>(config.integer("database.ticketCacheEntries"));
        database.ticketReads().configure(ticketReads);
        const FieldCipher cipher =
            FieldCipher::loadOrCreate(config.string("data.encryptionKey"), config.string("data.dir"));
        if (!args.empty()) {
            const PasswordHasher hasher;
            const SystemClock systemClock;
            DemoSeeder(database, cipher, hasher, systemClock).seed(std::cout);
            return EXIT_OK;
        }
        Poco::Net::Context::Ptr tls = createServerTlsContext(config);
        TokenService::Settings tokenSettings = TokenService::settingsFrom(config);
        tokenSettings.secret = loadOrCreateSecret(tokenSettings.secret, config.string("data.dir"), "jwt-secret");
        const TokenService tokens(tokenSettings);
        const PasswordHasher passwords;
        const SystemClock clock;
        const TokenService::Settings& issued = tokens.settings();
        AccessRevocations revocations(database, clock, issued.lifetime + issued.leeway);
        const Authenticator authenticator(tokens, revocations, clock);
        UnknownLoginFailures unknownLogins;
        WriteQueue writes(database);
        AuditTrail audit(database, writes, clock);
        HybridLogicalClock hlc(clock, "server");
        SyncNotifier syncNotifier;
        const NotificationSettings notifications = NotificationSettings::fromConfig(config);
        SlaEngine slaEngine(database, writes, cipher, clock, notifications);
        // The SLA line of the notification texts comes from the scheduler's own calculator.
        const TicketNotifier ticketNotifier(database, clock, NotificationMessages(notifications, slaEngine.policies()));
        NotificationSender notificationSender(database, writes, clock, NotificationSender::policyFor(notifications),
                                              NotificationSender::channelsFor(notifications, clock));
        TriageRulebook triageRules(database);
        // Once at start, then hourly, and at once after an admin saves new periods (GET/PUT /api/admin/settings).
        RetentionJob retention(database, writes, cipher, clock, RetentionJob::Options {});
        ServerServices services {config,
                                 database,
                                 cipher,
                                 tokens,
                                 passwords,
                                 authenticator,
                                 revocations,
                                 unknownLogins,
                                 writes,
                                 audit,
                                 clock,
                                 hlc,
                                 syncNotifier,
                                 ticketNotifier,
                                 slaEngine.tracker(),
                                 slaEngine,
                                 triageRules,
                                 std::chrono::steady_clock::now(),
                                 static_cast<std::size_t>(config.integer("server.maxBodyBytes")),
                                 [&retention] { retention.wake(); }};

        const Poco::Net::SocketAddress address(config.string("server.host"),
                                               static_cast<Poco::UInt16>(config.integer("server.port")));
        Poco::Net::SecureServerSocket socket(address, listenBacklog, tls);

        const int threads = static_cast<int>(config.integer("server.threads"));
        Poco::AutoPtr<Poco::Net::HTTPServerParams> params = new Poco::Net::HTTPServerParams;
        params->setMaxThreads(threads);
        params->setMaxQueued(static_cast<int>(config.integer("server.maxQueued")));
        params->setKeepAlive(true);
        params->setTimeout(Poco::Timespan(30, 0));
        // The default pool stops at 16 threads and keep-alive connections each hold one: give the server its own.
        Poco::ThreadPool pool("hss-http", std::min(minPoolThreads, threads), threads, idleThreadSeconds);
        Poco::Net::HTTPServer server(new RequestHandlerFactory(buildApiRouter(&services)), pool, socket, params);
        server.start();
        HealthMonitor healthMonitor(database, writes, cipher, clock, std::move(healthSettings));
        healthMonitor.start();
        notificationSender.start();
        slaEngine.start();
        retention.start();

        std::cout << "hss-server " << productVersion() << " listening on https://" << address.host().toString() << ":"
                  << socket.address().port() << " (database " << database.location() << ", schema "
                  << database.schemaVersion() << ")" << std::endl;
        waitForTerminationRequest();
        std::cout << "hss-server: stopping" << std::endl;
        // Keep-alive connections would otherwise hold the shutdown for their whole idle timeout.
        healthMonitor.stop();
        notificationSender.stop();
        slaEngine.stop();
        retention.stop();
        server.stopAll(true);
        pool.joinAll();
    } catch (const ConfigError& error) {
        std::cerr << "hss-server: configuration error: " << error.what() << std::endl;
        return EXIT_CONFIG;
    } catch (const Poco::Exception& error) {
        std::cerr << "hss-server: " << error.displayText() << std::endl;
        return EXIT_SOFTWARE;
    } catch (const std::exception& error) {
        std::cerr << "hss-server: " << error.what() << std::endl;
        return EXIT_SOFTWARE;
    }
    return EXIT_OK;
}

} // namespace hss::server
