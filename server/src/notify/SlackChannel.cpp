// SPDX-License-Identifier: MIT
#include "SlackChannel.h"

#include <nlohmann/json.hpp>

namespace hss::server {

SlackChannel::SlackChannel(std::string webhookUrl, std::string caFile, std::chrono::milliseconds timeout)
    : m_webhook(std::move(webhookUrl), std::move(caFile), timeout)
{ }

Status SlackChannel::deliver(const NotificationRecord& message)
{
    const nlohmann::json payload {{"text", "*" + message.subject + "*\n" + message.body}};
    return m_webhook.post(payload.dump());
}

} // namespace hss::server
