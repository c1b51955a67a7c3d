// SPDX-License-Identifier: MIT
#pragma once

#include <initializer_list>
#include <optional>
#include <string>
#include <vector>

#include "../auth/Principal.h"
#include "../storage/TicketQuery.h"
#include "hss/Role.h"
#include "hss/Ticket.h"

namespace hss::server {

/// Who may do what, on every route and on every object (not only per route):
/// - admins and supervisors see and change every ticket; only they delete tickets;
/// - agents and medical agents see the tickets of their teams and those assigned to them;
/// - medical tickets (category medical_clinical or with a medical case reference) additionally need the medical
///   agent role (or supervisor/admin), to read, change or create;
/// - compliance officers read the audit trail; admins manage users and configuration;
/// - learners use training and the knowledge base only.
class AccessPolicy final
{
public:
    static bool hasRole(const Principal& principal, Role role);
    static bool hasAnyRole(const Principal& principal, std::initializer_list<Role> roles);
    /// Throws Forbidden naming the action when the principal has none of the roles.
    static void requireAnyRole(const Principal& principal, std::initializer_list<Role> roles,
                               const std::string& action);

    /// The roles that work on tickets at all: agents, medical agents, supervisors, admins.
    static bool canWorkOnTickets(const Principal& principal);
    static bool canCreateTickets(const Principal& principal);
    /// canCreateTickets() and, for a medical ticket, the medical role.
    static bool canCreateTicket(const Principal& principal, const Ticket& ticket);
    /// True for a ticket with patient-related clinical content: category medical_clinical or a medical case reference.
    static bool isMedical(const Ticket& ticket);
    static bool canReadTicket(const Principal& principal, const Ticket& ticket);
    static bool canChangeTicket(const Principal& principal, const Ticket& ticket);
    static bool canDeleteTickets(const Principal& principal);
    static bool canListAllTickets(const Principal& principal);
    /// The list restriction matching canReadTicket(): std::nullopt for those who may list every ticket.
    static std::optional<TicketScope> ticketScope(const Principal& principal);
    static bool canReadFeedback(const Principal& principal);
    /// Clinicians (medical agents), supervisors and admins judge the AI system's critical decisions on feedback.
    static bool canReportSafetyOutcome(const Principal& principal);
    /// Admins record usage figures (POST /api/usage-figures; integrations sign in as an admin account).
    static bool canRecordUsageFigures(const Principal& principal);
    /// Supervisors, admins and medical agents read usage figures, through GET /api/usage-figures and the sync feed
    /// (they feed the medical dashboard's clinical adoption).
    static bool canReadUsageFigures(const Principal& principal);
    static bool canReadAudit(const Principal& principal);
    static bool canManageUsers(const Principal& principal);

    /// The principal's roles that this server knows (names it does not know are left out).
    static std::vector<Role> rolesOf(const Principal& principal);
    /// True when the principal sees knowledge-base drafts and articles in review (hss::KbWorkflow::seesUnpublished).
    static bool seesUnpublishedKb(const Principal& principal);
};

} // namespace hss::server
