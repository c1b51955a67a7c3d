// SPDX-License-Identifier: MIT
#pragma once

#include "JsonWebhook.h"
#include "NotificationChannel.h"
#include "NotificationSettings.h"

namespace hss::server {

/// Sends a text message through an HTTPS SMS gateway: a JSON POST {"to": number, "message": text} with the
/// provider's API key in the configured header (SMS_API_KEY_HEADER: SMS_PROVIDER_API_KEY).
class SmsChannel final : public NotificationChannel
{
public:
    SmsChannel(const NotificationSettings::Sms& sms, std::string caFile, std::chrono::milliseconds timeout);

    Status deliver(const NotificationRecord& message) override;

private:
    JsonWebhook m_gateway;
    std::string m_keyHeader;
};

} // namespace hss::server
