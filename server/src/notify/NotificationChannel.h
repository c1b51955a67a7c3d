// SPDX-License-Identifier: MIT
#pragma once

#include <string_view>

#include "../storage/NotificationOutboxRepository.h"
#include "hss/Result.h"

namespace hss::server {

/// The stored names of the channels (notification_outbox.channel).
namespace channelName {
inline constexpr std::string_view email = "email";
inline constexpr std::string_view slack = "slack";
inline constexpr std::string_view sms = "sms";
} // namespace channelName

/// One way of delivering a notification (SMTP, a Slack webhook, an SMS gateway). deliver() makes one attempt and
/// reports failure as a value with a one-line reason that names no secret (passwords, keys, webhook paths);
/// retries are the sender's business. Implementations must be safe to call from one thread at a time.
class NotificationChannel
{
public:
    virtual ~NotificationChannel() = default;

    /// One delivery attempt of \a message.
    virtual Status deliver(const NotificationRecord& message) = 0;

protected:
    NotificationChannel() = default;
    NotificationChannel(const NotificationChannel&) = default;
    NotificationChannel& operator=(const NotificationChannel&) = default;
};

} // namespace hss::server
