// SPDX-License-Identifier: MIT
#pragma once

#include <string>
#include <vector>

#include <Poco/Data/Session.h>

#include "../notify/NotificationSettings.h"
#include "../storage/NotificationOutboxRepository.h"

namespace hss {
class Clock;
struct Ticket;
} // namespace hss

namespace hss::server {

class Database;
class FieldCipher;
struct EscalationLevel;
struct EscalationMatrix;
struct SlaEventRecord;

/// What happens when an SLA event is due, inside the scheduler's firing transaction on its session: a warning or a
/// breach puts notifications into the outbox; an escalation raises the ticket's escalation level and hands it to the
/// escalation matrix's team and first person, then notifies that level's people. Messages carry the ticket number,
/// priority, category, SLA state and a link, never patient data. Thread-safe.
class SlaFirer final
{
public:
    SlaFirer(Database& database, const FieldCipher& cipher, const Clock& clock, NotificationSettings settings);

    /// Fires \a event; returns what was done, in words (stored with the event).
    std::string fire(Poco::Data::Session& session, const SlaEventRecord& event) const;
    /// The same with the escalation matrix read once for a whole batch (see loadMatrix()).
    std::string fire(Poco::Data::Session& session, const SlaEventRecord& event, const EscalationMatrix& matrix) const;

    /// The escalation matrix as stored now.
    EscalationMatrix loadMatrix(Poco::Data::Session& session) const;

private:
    std::vector<NewNotification> messagesFor(const Ticket& ticket, const SlaEventRecord& event,
                                             const EscalationLevel* level) const;

    Database& m_database;
    const FieldCipher& m_cipher;
    const Clock& m_clock;
    NotificationSettings m_settings;
};

} // namespace hss::server
