// SPDX-License-Identifier: MIT
#include "SmsChannel.h"

#include <nlohmann/json.hpp>

namespace hss::server {

SmsChannel::SmsChannel(const NotificationSettings::Sms& sms, std::string caFile, std::chrono::milliseconds timeout)
    : m_gateway(sms.gatewayUrl, std::move(caFile), timeout)
    , m_keyHeader(sms.apiKeyHeader + ": " + sms.apiKey)
{ }

Status SmsChannel::deliver(const NotificationRecord& message)
{
    const nlohmann::json payload {{"to", message.recipient}, {"message", message.body}};
    return m_gateway.post(payload.dump(), {m_keyHeader});
}

} // namespace hss::server
