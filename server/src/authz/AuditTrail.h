// SPDX-License-Identifier: MIT
#pragma once

#include <string>
#include <vector>

#include <Poco/Net/HTTPServerRequest.h>

#include "../auth/Principal.h"
#include "../storage/AuditRecord.h"

namespace hss {
class Clock;
}

namespace hss::server {

class Database;
class WriteQueue;

/// Appends one record per access to or change of protected data to the hash-chained audit log: who, what, which
/// object, when, from where, outcome. Never pass passwords, tokens or patient data in detail.
/// record() returns only once its record is durably committed. Records go through the server's WriteQueue, so
/// records of concurrent requests share one commit (the chain allows only one writer at a time anyway), and a
/// change can commit together with its record (entryFor() + AuditLogRepository inside the change's job).
/// Thread-safe.
class AuditTrail final
{
public:
    AuditTrail(Database& database, WriteQueue& writes, const Clock& clock);

    AuditTrail(const AuditTrail&) = delete;
    AuditTrail& operator=(const AuditTrail&) = delete;

    /// principal may be null (anonymous, e.g. a failed login); actorName then names who was claimed.
    /// Throws when the record cannot be stored, so the request fails rather than go unrecorded.
    void record(const Poco::Net::HTTPServerRequest& request, const Principal* principal, const std::string& action,
                const std::string& objectType, const std::string& objectId, const std::string& outcome,
                const std::string& detail = {}, const std::string& actorName = {});

    /// One record per object id, committed together (e.g. the tickets of a list page).
    void recordEach(const Poco::Net::HTTPServerRequest& request, const Principal* principal, const std::string& action,
                    const std::string& objectType, const std::vector<std::string>& objectIds,
                    const std::string& outcome, const std::string& detail = {});

    /// Records of reads (one per object id): stored by the next group commit, but the answer does not wait for its
    /// fsync. A crash can lose the last few milliseconds of such records; once a commit has failed, this waits for
    /// its record's commit and throws when it fails (fail closed) instead of serving unrecorded reads.
    void recordReads(const Poco::Net::HTTPServerRequest& request, const Principal& principal, const std::string& action,
                     const std::string& objectType, const std::vector<std::string>& objectIds,
                     const std::string& detail = {});

    /// The record record() would append, for a caller that appends it in its own write job.
    AuditEntry entryFor(const Poco::Net::HTTPServerRequest& request, const Principal* principal,
                        const std::string& action, const std::string& objectType, const std::string& objectId,
                        const std::string& outcome, const std::string& detail = {},
                        const std::string& actorName = {}) const;

private:
    void submit(const std::vector<AuditEntry>& entries);

    Database& m_database;
    WriteQueue& m_writes;
    const Clock& m_clock;
};

} // namespace hss::server
