// SPDX-License-Identifier: MIT
#pragma once

#include <string>

#include "NotificationChannel.h"
#include "NotificationSettings.h"

namespace hss {
class Clock;
}

namespace hss::server {

/// E-mail over SMTP with libcurl. TLS is required: STARTTLS on the submission port (a relay that does not offer it
/// gets nothing, not even the login), implicit TLS on port 465; the relay's certificate is verified against the
/// configured CA file. Logs in only when SMTP_USERNAME is set.
class SmtpChannel final : public NotificationChannel
{
public:
    SmtpChannel(NotificationSettings::Smtp smtp, std::string caFile, std::chrono::milliseconds timeout,
                const Clock& clock);

    Status deliver(const NotificationRecord& message) override;

    /// The RFC 5322 message for \a message (CRLF line ends), as it is handed to the relay.
    std::string compose(const NotificationRecord& message) const;

private:
    NotificationSettings::Smtp m_smtp;
    std::string m_caFile;
    std::chrono::milliseconds m_timeout;
    const Clock& m_clock;
};

} // namespace hss::server
