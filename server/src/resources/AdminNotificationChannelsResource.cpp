// SPDX-License-Identifier: MIT
#include "AdminNotificationChannelsResource.h"

#include <Poco/Exception.h>
#include <Poco/Net/HTTPServerRequest.h>
#include <Poco/Net/HTTPServerResponse.h>
#include <Poco/URI.h>

#include "../app/ServerServices.h"
#include "../http/JsonResponse.h"
#include "../notify/NotificationChannel.h"
#include "../notify/NotificationSettings.h"
#include "../storage/NotificationStatsRepository.h"
#include "AdminAccess.h"
#include "hss/Clock.h"
#include "hss/Timestamp.h"

namespace hss::server {

namespace {

constexpr std::int64_t statsWindowMs = std::int64_t {24} * 3'600'000;

/// "host" or "host:port" of \a url, followed by "/…" when it has a path: webhook paths and queries carry secrets.
std::string maskedEndpoint(const std::string& url)
{
    if (url.empty()) {
        return {};
    }
    try {
        const Poco::URI uri(url);
        std::string masked = uri.getHost();
        if (uri.getSpecifiedPort() != 0) {
            masked += ":" + std::to_string(uri.getSpecifiedPort());
        }
        if (!uri.getPathEtc().empty() && uri.getPathEtc() != "/") {
            masked += "/…";
        }
        return masked;
    } catch (const Poco::Exception&) {
        return "(unreadable URL)";
    }
}

nlohmann::json optionalText(const std::string& text)
{
    return text.empty() ? nlohmann::json() : nlohmann::json(text);
}

nlohmann::json statsJson(const std::map<std::string, NotificationStatsRepository::ChannelStats>& stats,
                         std::string_view channel)
{
    const auto it = stats.find(std::string(channel));
    const NotificationStatsRepository::ChannelStats figures =
        it == stats.end() ? NotificationStatsRepository::ChannelStats {} : it->second;
    return {{"sent", figures.sent},
            {"failed", figures.failed},
            {"pending", figures.pending},
            {"last_error", figures.lastError ? nlohmann::json(*figures.lastError) : nlohmann::json()}};
}

} // namespace

AdminNotificationChannelsResource::AdminNotificationChannelsResource(ServerServices& services, const PathParams&)
    : m_services(services)
{ }

void AdminNotificationChannelsResource::get(Poco::Net::HTTPServerRequest& request,
                                            Poco::Net::HTTPServerResponse& response)
{
    AdminAccess::requireUserManager(m_services, request);
    const NotificationSettings settings = NotificationSettings::fromConfig(m_services.config);
    const std::int64_t since = m_services.clock.nowMs() - statsWindowMs;
    std::map<std::string, NotificationStatsRepository::ChannelStats> stats;
    {
        Poco::Data::Session session = m_services.database.session();
        stats = NotificationStatsRepository(m_services.database).since(session, since);
    }
    const std::string smtpTarget =
        settings.smtp.host.empty() ? std::string() : settings.smtp.host + ":" + std::to_string(settings.smtp.port);
    nlohmann::json channels = nlohmann::json::array();
    channels.push_back({{"channel", channelName::email},
                        {"enabled", settings.smtp.enabled},
                        {"target", optionalText(smtpTarget)},
                        {"sender", optionalText(settings.smtp.fromEmail)},
                        {"default_recipient", optionalText(settings.medicalEmail)},
                        {"stats", statsJson(stats, channelName::email)}});
    channels.push_back({{"channel", channelName::slack},
                        {"enabled", settings.slack.enabled},
                        {"target", optionalText(maskedEndpoint(settings.slack.webhookUrl))},
                        {"sender", nullptr},
                        {"default_recipient", nullptr},
                        {"stats", statsJson(stats, channelName::slack)}});
    channels.push_back({{"channel", channelName::sms},
                        {"enabled", settings.sms.enabled},
                        {"target", optionalText(maskedEndpoint(settings.sms.gatewayUrl))},
                        {"sender", nullptr},
                        {"default_recipient", optionalText(settings.medicalPhone)},
                        {"stats", statsJson(stats, channelName::sms)}});
    sendJson(response, Poco::Net::HTTPResponse::HTTP_OK,
             {{"stats_since", formatTimestamp(since)},
              {"medical_escalation",
               {{"email", optionalText(settings.medicalEmail)}, {"phone", optionalText(settings.medicalPhone)}}},
              {"channels", std::move(channels)}});
}

} // namespace hss::server
