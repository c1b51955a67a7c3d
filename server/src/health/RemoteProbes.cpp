// SPDX-License-Identifier: MIT
#include "RemoteProbes.h"

#include <Poco/Exception.h>
#include <Poco/Net/DialogSocket.h>
#include <Poco/Net/SocketAddress.h>
#include <Poco/URI.h>
#include <curl/curl.h>

#include "../notify/CurlEasy.h"

namespace hss::server {

namespace {

using Steady = std::chrono::steady_clock;

double millisecondsSince(Steady::time_point started)
{
    return std::chrono::duration<double, std::milli>(Steady::now() - started).count();
}

bool isSlow(double latencyMs, std::chrono::milliseconds timeout)
{
    return latencyMs > static_cast<double>(timeout.count()) / 2.0;
}

std::string slowMessage(double latencyMs)
{
    return "slow: answered after " + std::to_string(static_cast<long long>(latencyMs)) + " ms";
}

HealthCheckRecord result(const std::string& service, HealthState state, double latencyMs,
                         std::optional<std::string> message)
{
    return {service, state, 0, latencyMs, std::move(message)};
}

} // namespace

HealthCheckRecord RemoteProbes::http(const std::string& service, const std::string& url,
                                     std::chrono::milliseconds timeout, const std::string& caFile)
{
    const auto started = Steady::now();
    try {
        CurlEasy easy("http,https", caFile, timeout);
        auto* curl = static_cast<CURL*>(easy.handle());
        curl_easy_setopt(curl, CURLOPT_URL, url.c_str());
        curl_easy_setopt(curl, CURLOPT_HTTPGET, 1L);
        curl_easy_setopt(curl, CURLOPT_USERAGENT, "hss-health-monitor");
        // Without a write callback libcurl would print the body to stdout.
        easy.captureBody();
        const Status performed = easy.perform("GET " + service);
        const double latency = millisecondsSince(started);
        if (!performed.ok()) {
            return result(service, HealthState::Down, latency, performed.error().message);
        }
        const long code = easy.responseCode();
        if (code < 200 || code > 299) {
            return result(service, HealthState::Degraded, latency, "answered HTTP " + std::to_string(code));
        }
        if (isSlow(latency, timeout)) {
            return result(service, HealthState::Degraded, latency, slowMessage(latency));
        }
        return result(service, HealthState::Healthy, latency, std::nullopt);
    } catch (const std::exception& error) {
        return result(service, HealthState::Down, millisecondsSince(started), error.what());
    }
}

HealthCheckRecord RemoteProbes::hostReachable(const std::string& service, const std::string& url,
                                              std::chrono::milliseconds timeout, const std::string& caFile)
{
    const auto started = Steady::now();
    try {
        const Poco::URI uri(url);
        if (uri.getHost().empty()) {
            return result(service, HealthState::Down, 0.0, "no host configured");
        }
        const std::string root = uri.getScheme() + "://" + uri.getAuthority() + "/";
        CurlEasy easy("http,https", caFile, timeout);
        auto* curl = static_cast<CURL*>(easy.handle());
        curl_easy_setopt(curl, CURLOPT_URL, root.c_str());
        curl_easy_setopt(curl, CURLOPT_CONNECT_ONLY, 1L);
        const Status performed = easy.perform("connecting to " + uri.getHost());
        const double latency = millisecondsSince(started);
        if (!performed.ok()) {
            return result(service, HealthState::Down, latency, performed.error().message);
        }
        if (isSlow(latency, timeout)) {
            return result(service, HealthState::Degraded, latency, slowMessage(latency));
        }
        return result(service, HealthState::Healthy, latency, std::nullopt);
    } catch (const std::exception& error) {
        return result(service, HealthState::Down, millisecondsSince(started), error.what());
    }
}

HealthCheckRecord RemoteProbes::smtp(const std::string& service, const std::string& host, int port,
                                     std::chrono::milliseconds timeout)
{
    const auto started = Steady::now();
    if (host.empty()) {
        return result(service, HealthState::Down, 0.0, "no SMTP host configured");
    }
    try {
        const Poco::Timespan limit(static_cast<Poco::Timespan::TimeDiff>(timeout.count()) * 1000);
        Poco::Net::DialogSocket socket;
        socket.connect(Poco::Net::SocketAddress(host, static_cast<Poco::UInt16>(port)), limit);
        socket.setReceiveTimeout(limit);
        socket.setSendTimeout(limit);
        std::string reply;
        const int greeting = socket.receiveStatusMessage(reply);
        if (greeting != 220) {
            return result(service, HealthState::Down, millisecondsSince(started),
                          "the relay greeted with " + reply.substr(0, 200));
        }
        socket.sendMessage("EHLO", "hss-health-monitor");
        const int ehlo = socket.receiveStatusMessage(reply);
        const double latency = millisecondsSince(started);
        try {
            socket.sendMessage("QUIT");
        } catch (const Poco::Exception&) {
            // The answer is known already; a relay that drops the line at QUIT is no less healthy.
        }
        if (ehlo / 100 != 2) {
            return result(service, HealthState::Degraded, latency, "the relay refused EHLO: " + reply.substr(0, 200));
        }
        if (isSlow(latency, timeout)) {
            return result(service, HealthState::Degraded, latency, slowMessage(latency));
        }
        return result(service, HealthState::Healthy, latency, std::nullopt);
    } catch (const Poco::Exception& error) {
        return result(service, HealthState::Down, millisecondsSince(started), error.displayText());
    } catch (const std::exception& error) {
        return result(service, HealthState::Down, millisecondsSince(started), error.what());
    }
}

} // namespace hss::server
