// SPDX-License-Identifier: MIT
#pragma once

#include <optional>
#include <string>

#include "hss/Ticket.h"
#include "hss/User.h"

namespace hss::server {

class Database;
class FieldCipher;

/// Who may hold a ticket: an active user with a role that works on tickets, in the ticket's team when it has one,
/// and with the medical agent role when the ticket is medical. The user directory offers the same people the
/// ticket writes (REST and sync) accept.
class AssigneeCheck final
{
public:
    AssigneeCheck(Database& database, const FieldCipher& cipher);

    /// Whether \a user may hold \a ticket.
    static bool mayHold(const User& user, const Ticket& ticket);
    /// Whether \a user may hold tickets at all (active, a ticket-working role).
    static bool mayHoldTickets(const User& user);

    /// Why \a ticket's assignee may not hold it ("assignee_id: …"), or nothing when it may or there is none.
    std::optional<std::string> refusal(const Ticket& ticket);

private:
    Database& m_database;
    const FieldCipher& m_cipher;
};

} // namespace hss::server
