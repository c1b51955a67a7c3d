// SPDX-License-Identifier: MIT
#include "AccessPolicy.h"

#include <algorithm>

#include "../http/HttpErrors.h"
#include "hss/KbWorkflow.h"

namespace hss::server {

bool AccessPolicy::hasRole(const Principal& principal, Role role)
{
    const std::string_view name = toString(role);
    return std::find(principal.roles.begin(), principal.roles.end(), name) != principal.roles.end();
}

bool AccessPolicy::hasAnyRole(const Principal& principal, std::initializer_list<Role> roles)
{
    return std::any_of(roles.begin(), roles.end(), [&](Role role) { return hasRole(principal, role); });
}

void AccessPolicy::requireAnyRole(const Principal& principal, std::initializer_list<Role> roles,
                                  const std::string& action)
{
    if (!hasAnyRole(principal, roles)) {
        throw Forbidden("your roles do not allow you to " + action);
    }
}

bool AccessPolicy::canWorkOnTickets(const Principal& principal)
{
    return hasAnyRole(principal, {Role::Agent, Role::MedicalAgent, Role::Supervisor, Role::Admin});
}

bool AccessPolicy::canCreateTickets(const Principal& principal)
{
    return canWorkOnTickets(principal);
}

bool AccessPolicy::canCreateTicket(const Principal& principal, const Ticket& ticket)
{
    if (!canCreateTickets(principal)) {
        return false;
    }
    return !isMedical(ticket) || hasAnyRole(principal, {Role::MedicalAgent, Role::Supervisor, Role::Admin});
}

bool AccessPolicy::isMedical(const Ticket& ticket)
{
    return ticket.category == Category::MedicalClinical || ticket.medicalCaseRef.has_value();
}

bool AccessPolicy::canReadTicket(const Principal& principal, const Ticket& ticket)
{
    if (hasAnyRole(principal, {Role::Supervisor, Role::Admin})) {
        return true;
    }
    if (!hasAnyRole(principal, {Role::Agent, Role::MedicalAgent})) {
        return false;
    }
    if (isMedical(ticket) && !hasRole(principal, Role::MedicalAgent)) {
        return false;
    }
    const bool assignedToMe = ticket.assigneeId && ticket.assigneeId->toString() == principal.userId;
    const bool myTeam = std::find(principal.teams.begin(), principal.teams.end(), ticket.team) != principal.teams.end();
    return assignedToMe || myTeam;
}

bool AccessPolicy::canChangeTicket(const Principal& principal, const Ticket& ticket)
{
    return canReadTicket(principal, ticket);
}

bool AccessPolicy::canDeleteTickets(const Principal& principal)
{
    return hasAnyRole(principal, {Role::Supervisor, Role::Admin});
}

bool AccessPolicy::canListAllTickets(const Principal& principal)
{
    return hasAnyRole(principal, {Role::Supervisor, Role::Admin});
}

std::optional<TicketScope> AccessPolicy::ticketScope(const Principal& principal)
{
    if (canListAllTickets(principal)) {
        return std::nullopt;
    }
    TicketScope scope;
    if (!hasAnyRole(principal, {Role::Agent, Role::MedicalAgent})) {
        return scope; // no teams and no assignee: nothing, as canReadTicket() says
    }
    scope.teams = principal.teams;
    if (auto me = Uuid::parse(principal.userId)) {
        scope.assignee = me.value();
    }
    scope.includeMedical = hasRole(principal, Role::MedicalAgent);
    return scope;
}

bool AccessPolicy::canReadFeedback(const Principal& principal)
{
    return hasAnyRole(principal, {Role::Supervisor, Role::Admin, Role::ComplianceOfficer});
}

bool AccessPolicy::canReportSafetyOutcome(const Principal& principal)
{
    return hasAnyRole(principal, {Role::MedicalAgent, Role::Supervisor, Role::Admin});
}

bool AccessPolicy::canRecordUsageFigures(const Principal& principal)
{
    return hasRole(principal, Role::Admin);
}

bool AccessPolicy::canReadUsageFigures(const Principal& principal)
{
    return hasAnyRole(principal, {Role::Supervisor, Role::Admin, Role::MedicalAgent});
}

bool AccessPolicy::canReadAudit(const Principal& principal)
{
    return hasAnyRole(principal, {Role::Admin, Role::ComplianceOfficer});
}

bool AccessPolicy::canManageUsers(const Principal& principal)
{
    return hasRole(principal, Role::Admin);
}

std::vector<Role> AccessPolicy::rolesOf(const Principal& principal)
{
    std::vector<Role> roles;
    for (const std::string& name : principal.roles) {
        if (auto role = roleFromString(name)) {
            roles.push_back(role.value());
        }
    }
    return roles;
}

bool AccessPolicy::seesUnpublishedKb(const Principal& principal)
{
    return KbWorkflow::seesUnpublished(rolesOf(principal));
}

} // namespace hss::server
