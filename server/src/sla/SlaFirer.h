// SPDX-License-Identifier: MIT
#pragma once

#include <map>
#include <string>
#include <vector>

#include <Poco/Data/Session.h>

#include "../notify/NotificationSettings.h"
#include "../storage/NotificationOutboxRepository.h"
#include "../storage/SlaEventRepository.h"

namespace hss {
class Clock;
struct Ticket;
} // namespace hss

namespace hss::server {

class Database;
class FieldCipher;
struct EscalationLevel;
struct EscalationMatrix;

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

    /// Fires events claimed together in a few statements (tickets read at once, messages queued at once); returns
    /// one firing per event, in order, for SlaEventRepository::markFired(). Throws when any of them fails: the caller
    /// then fires them one at a time to find it.
    std::vector<SlaEventRepository::Firing>
    fire(Poco::Data::Session& session, const std::vector<SlaEventRecord>& events, const EscalationMatrix& matrix) const;

    /// The escalation matrix as stored now.
    EscalationMatrix loadMatrix(Poco::Data::Session& session) const;

private:
    /// Applies \a event to \a ticket (an escalation stores the raised level) and adds its messages to \a messages;
    /// \a emails caches the people's addresses for a batch.
    std::string apply(Poco::Data::Session& session, const SlaEventRecord& event, const EscalationMatrix& matrix,
                      Ticket& ticket, std::vector<NewNotification>& messages,
                      std::map<std::string, std::string>& emails) const;
    void addMessages(const Ticket& ticket, const SlaEventRecord& event, const EscalationLevel* level,
                     std::map<std::string, std::string>& emails, std::vector<NewNotification>& into) const;

    Database& m_database;
    const FieldCipher& m_cipher;
    const Clock& m_clock;
    NotificationSettings m_settings;
};

} // namespace hss::server
