// SPDX-License-Identifier: MIT
#include "AdminNotificationTestResource.h"

#include <algorithm>
#include <cctype>

#include <Poco/Net/HTTPServerRequest.h>
#include <Poco/Net/HTTPServerResponse.h>

#include "../app/ServerServices.h"
#include "../authz/AuditTrail.h"
#include "../config/EmailAddress.h"
#include "../http/HttpErrors.h"
#include "../http/JsonResponse.h"
#include "../http/RequestBody.h"
#include "../notify/NotificationSender.h"
#include "../notify/NotificationSettings.h"
#include "AdminAccess.h"
#include "hss/Clock.h"
#include "hss/Timestamp.h"
#include "hss/Uuid.h"
#include "hss/Version.h"

namespace hss::server {

namespace {

constexpr const char* auditAction = "notification_channel.test";
constexpr std::size_t phoneMax = 20;

/// "+" and digits, with spaces or dashes between groups: what the gateways take, and nothing to inject.
bool isPhoneNumber(const std::string& text)
{
    const auto isDigit = [](char c) { return std::isdigit(static_cast<unsigned char>(c)) != 0; };
    const auto digits = static_cast<std::size_t>(std::count_if(text.begin(), text.end(), isDigit));
    const bool allowed =
        std::all_of(text.begin(), text.end(), [&](char c) { return isDigit(c) || c == '+' || c == ' ' || c == '-'; });
    return allowed && digits >= 3 && text.size() <= phoneMax && text.find('+', 1) == std::string::npos;
}

/// The recipient of the test: the body's, else the configured default; 400 naming "recipient" when unusable.
std::string recipientFor(std::string_view channel, const nlohmann::json& body, const NotificationSettings& settings)
{
    const auto given = body.find("recipient");
    if (given != body.end() && !given->is_null() && !given->is_string()) {
        throw BadRequest("recipient: text is required (an e-mail address or a phone number)");
    }
    std::string recipient = given != body.end() && given->is_string() ? given->get<std::string>() : std::string();
    if (channel == channelName::slack) {
        return "slack"; // the webhook decides where it goes; the recipient is only a label
    }
    const bool email = channel == channelName::email;
    if (recipient.empty()) {
        recipient = email ? settings.medicalEmail : settings.medicalPhone;
        if (recipient.empty()) {
            throw BadRequest(std::string("recipient: required, as no ")
                             + (email ? "MEDICAL_ESCALATION_EMAIL" : "MEDICAL_ESCALATION_PHONE") + " is configured");
        }
    }
    if (email ? !isPlainEmailAddress(recipient) : !isPhoneNumber(recipient)) {
        throw BadRequest(std::string("recipient: not ") + (email ? "an e-mail address" : "a phone number"));
    }
    return recipient;
}

} // namespace

AdminNotificationTestResource::AdminNotificationTestResource(ServerServices& services, const PathParams& params)
    : m_services(services)
    , m_channel(params.contains("channel") ? params.at("channel") : std::string())
{ }

void AdminNotificationTestResource::post(Poco::Net::HTTPServerRequest& request, Poco::Net::HTTPServerResponse& response)
{
    const Principal admin = AdminAccess::requireUserManager(m_services, request);
    if (m_channel != channelName::email && m_channel != channelName::slack && m_channel != channelName::sms) {
        throw NotFound("no notification channel '" + m_channel + "' (email, slack or sms)");
    }
    // The body is optional: without one the test goes to the configured default recipient.
    nlohmann::json body = nlohmann::json::object();
    if (request.getContentLength64() > 0 || request.getChunkedTransferEncoding()) {
        body = readJsonObject(request, m_services.maxBodyBytes);
    }
    const NotificationSettings settings = NotificationSettings::fromConfig(m_services.config);
    NotificationSender::Channels channels = NotificationSender::channelsFor(settings, m_services.clock);
    const auto channel = channels.find(m_channel);
    if (channel == channels.end()) {
        m_services.audit.record(request, &admin, auditAction, "notification_channel", m_channel, "refused",
                                nlohmann::json {{"error", "disabled"}}.dump());
        throw Conflict("the " + m_channel + " channel is switched off in the server configuration");
    }
    const std::string recipient = recipientFor(m_channel, body, settings);

    const std::int64_t now = m_services.clock.nowMs();
    NotificationRecord message;
    message.id = Uuid::createV7().toString();
    message.channel = m_channel;
    message.recipient = recipient;
    message.subject = std::string(productName()) + ": test message";
    message.body = "This is a test of the " + m_channel + " channel, sent by " + admin.username + " at "
        + formatTimestamp(now) + ". No action is needed.";
    message.event = "channel.test";
    message.state = "sending";
    message.attempts = 1;
    message.createdAt = now;
    const Status delivered = channel->second->deliver(message);

    nlohmann::json detail {{"recipient", recipient}};
    if (!delivered) {
        detail["error"] = delivered.error().message;
    }
    m_services.audit.record(request, &admin, auditAction, "notification_channel", m_channel,
                            delivered ? "success" : "failure", detail.dump());
    nlohmann::json answer {{"channel", m_channel}, {"recipient", recipient}, {"delivered", bool(delivered)}};
    if (!delivered) {
        answer["error"] = delivered.error().message;
    }
    sendJson(response, delivered ? Poco::Net::HTTPResponse::HTTP_OK : Poco::Net::HTTPResponse::HTTP_BAD_GATEWAY,
             answer);
}

} // namespace hss::server
