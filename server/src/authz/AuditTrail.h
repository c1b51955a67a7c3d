// SPDX-License-Identifier: MIT
#pragma once

#include <condition_variable>
#include <deque>
#include <mutex>
#include <string>
#include <thread>
#include <vector>

#include <Poco/Net/HTTPServerRequest.h>

#include "../auth/Principal.h"
#include "../storage/AuditRecord.h"

namespace hss {
class Clock;
}

namespace hss::server {

class Database;

/// Appends one record per access to or change of protected data to the hash-chained audit log: who, what, which
/// object, when, from where, outcome. Never pass passwords, tokens or patient data in detail.
/// record() returns only once its record is durably committed. Records from concurrent requests are committed
/// together by one writer thread (group commit: one transaction and one fsync per batch), since the chain allows
/// only one writer at a time anyway. Thread-safe.
class AuditTrail final
{
public:
    AuditTrail(Database& database, const Clock& clock);
    /// Commits what is queued, then stops the writer.
    ~AuditTrail();

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

private:
    struct Batch;

    AuditEntry entryFor(const Poco::Net::HTTPServerRequest& request, const Principal* principal,
                        const std::string& action, const std::string& objectType, const std::string& objectId,
                        const std::string& outcome, const std::string& detail, const std::string& actorName) const;
    void submit(std::vector<AuditEntry> entries);
    void writerLoop();

    Database& m_database;
    const Clock& m_clock;
    std::mutex m_mutex;
    std::condition_variable m_wake;
    std::deque<Batch*> m_queue;
    bool m_stopping = false;
    std::thread m_writer;
};

} // namespace hss::server
