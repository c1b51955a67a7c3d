// SPDX-License-Identifier: MIT
#include "AssigneeCheck.h"

#include <algorithm>

#include "../storage/UserRepository.h"
#include "AccessPolicy.h"

namespace hss::server {

AssigneeCheck::AssigneeCheck(Database& database, const FieldCipher& cipher)
    : m_database(database)
    , m_cipher(cipher)
{ }

bool AssigneeCheck::mayHoldTickets(const User& user)
{
    return user.active && std::any_of(user.roles.begin(), user.roles.end(), [](Role role) {
               return role == Role::Agent || role == Role::MedicalAgent || role == Role::Supervisor
                   || role == Role::Admin;
           });
}

bool AssigneeCheck::mayHold(const User& user, const Ticket& ticket)
{
    if (!mayHoldTickets(user)) {
        return false;
    }
    if (!ticket.team.empty() && std::find(user.teams.begin(), user.teams.end(), ticket.team) == user.teams.end()) {
        return false;
    }
    return !AccessPolicy::isMedical(ticket) || user.hasRole(Role::MedicalAgent);
}

std::optional<std::string> AssigneeCheck::refusal(const Ticket& ticket)
{
    if (!ticket.assigneeId) {
        return std::nullopt;
    }
    auto found = UserRepository(m_database, m_cipher).findById(ticket.assigneeId->toString());
    if (!found) {
        return "assignee_id: no user with this id";
    }
    const User& user = found.value().user;
    if (!mayHoldTickets(user)) {
        return "assignee_id: " + user.username + " is disabled or has no role that works on tickets";
    }
    if (!mayHold(user, ticket)) {
        return AccessPolicy::isMedical(ticket) && !user.hasRole(Role::MedicalAgent)
            ? "assignee_id: " + user.username + " may not hold medical tickets (needs the medical_agent role)"
            : "assignee_id: " + user.username + " is not in the ticket's team '" + ticket.team + "'";
    }
    return std::nullopt;
}

} // namespace hss::server
