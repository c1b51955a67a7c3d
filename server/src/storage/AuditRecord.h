// SPDX-License-Identifier: MIT
#pragma once

#include <cstdint>
#include <string>

namespace hss::server {

/// What happened, as the caller reports it. Never put a password, token or patient data in here.
struct AuditEntry
{
    std::int64_t at = 0; ///< Milliseconds since the epoch.
    std::string actorId; ///< User id, or empty for anonymous (e.g. a failed login of an unknown user).
    std::string actorName; ///< Username as given.
    std::string action; ///< e.g. "login", "login_failed", "ticket.read", "ticket.update", "config.change".
    std::string objectType; ///< e.g. "ticket", "user"; empty when none.
    std::string objectId;
    std::string sourceIp;
    std::string outcome; ///< e.g. "success", "denied", "failure".
    std::string detail; ///< Short free text without protected data.

    /// Member-wise equality.
    friend bool operator==(const AuditEntry&, const AuditEntry&) = default;
};

/// A stored audit record: the entry, its position in the chain and the chain hashes.
struct AuditRecord
{
    std::int64_t seq = 0; ///< 1, 2, 3, ... without gaps.
    AuditEntry entry;
    std::string prevHash; ///< hash of record seq - 1 (64 zeros for seq 1).
    std::string hash; ///< hex SHA-256(prevHash || canonical text of seq and entry).

    /// Member-wise equality.
    friend bool operator==(const AuditRecord&, const AuditRecord&) = default;
};

} // namespace hss::server
