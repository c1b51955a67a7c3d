// SPDX-License-Identifier: MIT
#pragma once

#include <string>

#include <Poco/Net/HTTPServerRequest.h>

#include "../auth/Principal.h"

namespace hss {
class Clock;
}

namespace hss::server {

class Database;

/// Appends one record per access to or change of protected data to the hash-chained audit log: who, what, which
/// object, when, from where, outcome. Never pass passwords, tokens or patient data in detail.
class AuditTrail final
{
public:
    AuditTrail(Database& database, const Clock& clock);

    /// principal may be null (anonymous, e.g. a failed login); actorName then names who was claimed.
    void record(const Poco::Net::HTTPServerRequest& request, const Principal* principal, const std::string& action,
                const std::string& objectType, const std::string& objectId, const std::string& outcome,
                const std::string& detail = {}, const std::string& actorName = {});

private:
    Database& m_database;
    const Clock& m_clock;
};

} // namespace hss::server
