// SPDX-License-Identifier: MIT
#pragma once

#include "JsonWebhook.h"
#include "NotificationChannel.h"

namespace hss::server {

/// Posts to a Slack incoming webhook ({"text": subject and body}); the webhook decides the Slack channel, so the
/// message's recipient is only a label.
class SlackChannel final : public NotificationChannel
{
public:
    SlackChannel(std::string webhookUrl, std::string caFile, std::chrono::milliseconds timeout);

    Status deliver(const NotificationRecord& message) override;

private:
    JsonWebhook m_webhook;
};

} // namespace hss::server
