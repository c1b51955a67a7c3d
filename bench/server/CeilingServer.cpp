// SPDX-License-Identifier: MIT
// hss-bench-ceiling: the "ceiling" of the server API benchmark (issue 4). A trivial Poco HTTPS server that answers
// every request with a small fixed JSON body, set up exactly like hss-server's listener: the same configuration keys
// and environment (HSS_HOST, HSS_PORT, HSS_THREADS, HSS_MAX_QUEUED, TLS_CERT_FILE, TLS_KEY_FILE, TLS_PROFILE), the
// same TLS context (createServerTlsContext), the same listen backlog, HTTPServerParams and thread pool as
// server/src/app/ServerApp.cpp. What hss-server does beyond this (routing, authentication, storage, audit trail,
// access log) is what the benchmark measures against it.
//
// Usage: TLS_CERT_FILE=... TLS_KEY_FILE=... HSS_HOST=127.0.0.1 HSS_PORT=0 hss-bench-ceiling
// Prints "hss-bench-ceiling listening on https://HOST:PORT" once it accepts connections; stops on SIGINT/SIGTERM.

#include <algorithm>
#include <csignal>
#include <iostream>
#include <limits>
#include <string>

#include <Poco/AutoPtr.h>
#include <Poco/Exception.h>
#include <Poco/Net/HTTPRequestHandler.h>
#include <Poco/Net/HTTPRequestHandlerFactory.h>
#include <Poco/Net/HTTPServer.h>
#include <Poco/Net/HTTPServerParams.h>
#include <Poco/Net/HTTPServerRequest.h>
#include <Poco/Net/HTTPServerResponse.h>
#include <Poco/Net/SSLManager.h>
#include <Poco/Net/SecureServerSocket.h>
#include <Poco/ThreadPool.h>

#include "config/ConfigError.h"
#include "config/ServerConfig.h"
#include "config/TlsContextFactory.h"
#include <pthread.h>

namespace {

// Copied from server/src/app/ServerApp.cpp (anonymous namespace there): keep them equal.
constexpr int listenBacklog = 256;
constexpr int minPoolThreads = 4;
constexpr int idleThreadSeconds = 60;
constexpr int connectionTimeoutSeconds = 30;

// About the size of a small API answer; the headers are the static ones hss-server sets on every response.
constexpr const char* body = R"({"status":"ok","service":"hss-bench-ceiling","version":"0.1.0"})";

class FixedJsonHandler final : public Poco::Net::HTTPRequestHandler
{
public:
    void handleRequest(Poco::Net::HTTPServerRequest& request, Poco::Net::HTTPServerResponse& response) override
    {
        // Drain a request body (a POST) so the next request on the keep-alive connection parses.
        request.stream().ignore(std::numeric_limits<std::streamsize>::max());
        const std::string text(body);
        response.set("Strict-Transport-Security", "max-age=63072000; includeSubDomains");
        response.set("Cache-Control", "no-store");
        response.set("X-Content-Type-Options", "nosniff");
        response.setStatusAndReason(Poco::Net::HTTPResponse::HTTP_OK);
        response.setContentType("application/json; charset=utf-8");
        response.setContentLength64(static_cast<Poco::Int64>(text.size()));
        response.send().write(text.data(), static_cast<std::streamsize>(text.size()));
    }
};

class FixedJsonFactory final : public Poco::Net::HTTPRequestHandlerFactory
{
public:
    Poco::Net::HTTPRequestHandler* createRequestHandler(const Poco::Net::HTTPServerRequest&) override
    {
        return new FixedJsonHandler;
    }
};

int waitForSignal(sigset_t& signals)
{
    int received = 0;
    sigwait(&signals, &received);
    return received;
}

} // namespace

int main(int argc, char** /*argv*/)
{
    if (argc > 1) {
        std::cerr << "usage: hss-bench-ceiling (configured by the environment like hss-server: HSS_HOST, HSS_PORT,\n"
                     "       HSS_THREADS, HSS_MAX_QUEUED, TLS_CERT_FILE, TLS_KEY_FILE, TLS_PROFILE)\n";
        return 64;
    }
    // Blocked before any thread starts, so every thread inherits the mask and sigwait() below receives them.
    sigset_t signals;
    sigemptyset(&signals);
    sigaddset(&signals, SIGINT);
    sigaddset(&signals, SIGTERM);
    pthread_sigmask(SIG_BLOCK, &signals, nullptr);

    Poco::Net::initializeSSL();
    int status = 0;
    try {
        using hss::server::ServerConfig;
        const ServerConfig config = ServerConfig::load({}, ServerConfig::processEnvironment());
        Poco::Net::Context::Ptr tls = hss::server::createServerTlsContext(config);
        const Poco::Net::SocketAddress address(config.string("server.host"),
                                               static_cast<Poco::UInt16>(config.integer("server.port")));
        Poco::Net::SecureServerSocket socket(address, listenBacklog, tls);

        const int threads = static_cast<int>(config.integer("server.threads"));
        Poco::AutoPtr<Poco::Net::HTTPServerParams> params = new Poco::Net::HTTPServerParams;
        params->setMaxThreads(threads);
        params->setMaxQueued(static_cast<int>(config.integer("server.maxQueued")));
        params->setKeepAlive(true);
        params->setTimeout(Poco::Timespan(connectionTimeoutSeconds, 0));
        Poco::ThreadPool pool("ceiling-http", std::min(minPoolThreads, threads), threads, idleThreadSeconds);
        Poco::Net::HTTPServer server(new FixedJsonFactory, pool, socket, params);
        server.start();
        std::cout << "hss-bench-ceiling listening on https://" << address.host().toString() << ":"
                  << socket.address().port() << " (threads " << threads << ", queue "
                  << config.integer("server.maxQueued") << ")" << std::endl;
        waitForSignal(signals);
        server.stopAll(true);
        pool.joinAll();
    } catch (const hss::server::ConfigError& error) {
        std::cerr << "hss-bench-ceiling: configuration error: " << error.what() << std::endl;
        status = 78;
    } catch (const Poco::Exception& error) {
        std::cerr << "hss-bench-ceiling: " << error.displayText() << std::endl;
        status = 70;
    } catch (const std::exception& error) {
        std::cerr << "hss-bench-ceiling: " << error.what() << std::endl;
        status = 70;
    }
    Poco::Net::uninitializeSSL();
    return status;
}
