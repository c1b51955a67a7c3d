// SPDX-License-Identifier: MIT
#pragma once

#include <chrono>
#include <cstddef>
#include <functional>

namespace hss {
class Clock;
class HybridLogicalClock;
} // namespace hss

namespace hss::server {

class AccessRevocations;
class AuditTrail;
class Authenticator;
class Database;
class FieldCipher;
class PasswordHasher;
class ServerConfig;
class SlaEngine;
class SlaTracker;
class SyncNotifier;
class TicketNotifier;
class TokenService;
class TriageRulebook;
class UnknownLoginFailures;
class WriteQueue;

/// Everything resources need, built once in ServerApp::main (or by a test) and handed to each resource's
/// constructor. Resources never reach for Application::instance(). All members are safe to use from any request
/// thread; repositories are cheap and made per request from database and cipher.
struct ServerServices
{
    const ServerConfig& config;
    Database& database;
    const FieldCipher& cipher;
    const TokenService& tokens;
    const PasswordHasher& passwords;
    const Authenticator& authenticator;
    AccessRevocations& revocations; ///< Ends an account's tokens at once (disable, role change, password replaced).
    UnknownLoginFailures& unknownLogins;
    WriteQueue& writes;
    AuditTrail& audit;
    const Clock& clock;
    HybridLogicalClock& hlc; ///< The server's node clock for sync (merges receive every pushed stamp).
    SyncNotifier& syncNotifier;
    const TicketNotifier& ticketNotifier; ///< Enqueues a new ticket's notifications in the creating transaction.
    const SlaTracker& sla; ///< Records a ticket's SLA history and re-plans its due events in the writing transaction.
    SlaEngine& slaEngine; ///< The SLA configuration in effect and the re-planning after an admin changes it.
    TriageRulebook& triageRules; ///< Default triage phrases plus the admins' ones, swapped whole on each change.
    std::chrono::steady_clock::time_point startedAt;
    std::size_t maxBodyBytes;
    /// Called after an admin saved the organisation settings, so shortened retention periods apply at once.
    std::function<void()> settingsSaved {};
};

} // namespace hss::server
