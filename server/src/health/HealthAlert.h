// SPDX-License-Identifier: MIT
#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include <Poco/Data/Session.h>

#include "../notify/NotificationSettings.h"
#include "../storage/HealthCheckRepository.h"

namespace hss::server {

class Database;
class FieldCipher;

/// The alert of a service's change of state (healthy, degraded, down and back): by e-mail to every active admin
/// with an address when e-mail is on, and once on Slack when Slack is on. The messages go into the notification
/// outbox on the monitor's session, inside the transaction that records the change, so a transition alerts exactly
/// once. Cheap to construct.
class HealthAlert final
{
public:
    static constexpr std::string_view event = "health.state_changed";

    HealthAlert(Database& database, const FieldCipher& cipher, NotificationSettings settings);

    /// Queues the alert that \a service went from \a from to \a to at \a atMs because of \a message; returns how
    /// many messages (0 when nobody can be reached).
    std::size_t queue(Poco::Data::Session& session, const std::string& service, HealthState from, HealthState to,
                      const std::optional<std::string>& message, std::int64_t atMs) const;

private:
    Database& m_database;
    const FieldCipher& m_cipher;
    NotificationSettings m_settings;
};

} // namespace hss::server
