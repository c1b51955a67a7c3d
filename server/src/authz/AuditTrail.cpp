// SPDX-License-Identifier: MIT
#include "AuditTrail.h"

#include <exception>
#include <future>

#include "../storage/AuditLogRepository.h"
#include "hss/Clock.h"

namespace hss::server {

namespace {

// Bounds one transaction; the queue keeps the rest for the next one.
constexpr std::size_t maxEntriesPerCommit = 1000;

} // namespace

/// Entries of one caller, and how the caller learns they are committed.
struct AuditTrail::Batch
{
    std::vector<AuditEntry> entries;
    std::promise<void> committed;
};

AuditTrail::AuditTrail(Database& database, const Clock& clock)
    : m_database(database)
    , m_clock(clock)
    , m_writer([this] { writerLoop(); })
{ }

AuditTrail::~AuditTrail()
{
    {
        const std::lock_guard lock(m_mutex);
        m_stopping = true;
    }
    m_wake.notify_all();
    m_writer.join();
}

AuditEntry AuditTrail::entryFor(const Poco::Net::HTTPServerRequest& request, const Principal* principal,
                                const std::string& action, const std::string& objectType, const std::string& objectId,
                                const std::string& outcome, const std::string& detail,
                                const std::string& actorName) const
{
    AuditEntry entry;
    entry.at = m_clock.nowMs();
    entry.actorId = principal ? principal->userId : std::string();
    entry.actorName = principal ? principal->username : actorName.substr(0, 64);
    entry.action = action;
    entry.objectType = objectType;
    entry.objectId = objectId;
    entry.sourceIp = request.clientAddress().host().toString();
    entry.outcome = outcome;
    entry.detail = detail;
    return entry;
}

void AuditTrail::record(const Poco::Net::HTTPServerRequest& request, const Principal* principal,
                        const std::string& action, const std::string& objectType, const std::string& objectId,
                        const std::string& outcome, const std::string& detail, const std::string& actorName)
{
    submit({entryFor(request, principal, action, objectType, objectId, outcome, detail, actorName)});
}

void AuditTrail::recordEach(const Poco::Net::HTTPServerRequest& request, const Principal* principal,
                            const std::string& action, const std::string& objectType,
                            const std::vector<std::string>& objectIds, const std::string& outcome,
                            const std::string& detail)
{
    std::vector<AuditEntry> entries;
    entries.reserve(objectIds.size());
    for (const std::string& id : objectIds) {
        entries.push_back(entryFor(request, principal, action, objectType, id, outcome, detail, {}));
    }
    submit(std::move(entries));
}

void AuditTrail::submit(std::vector<AuditEntry> entries)
{
    if (entries.empty()) {
        return;
    }
    Batch batch {std::move(entries), {}};
    std::future<void> committed = batch.committed.get_future();
    {
        const std::lock_guard lock(m_mutex);
        m_queue.push_back(&batch);
    }
    m_wake.notify_one();
    committed.get(); // rethrows the writer's failure
}

void AuditTrail::writerLoop()
{
    for (;;) {
        std::vector<Batch*> taken;
        {
            std::unique_lock lock(m_mutex);
            m_wake.wait(lock, [this] { return m_stopping || !m_queue.empty(); });
            if (m_queue.empty()) {
                return; // stopping, and everything queued is committed
            }
            std::size_t count = 0;
            while (!m_queue.empty()
                   && (taken.empty() || count + m_queue.front()->entries.size() <= maxEntriesPerCommit)) {
                count += m_queue.front()->entries.size();
                taken.push_back(m_queue.front());
                m_queue.pop_front();
            }
        }
        std::vector<AuditEntry> entries;
        for (const Batch* batch : taken) {
            entries.insert(entries.end(), batch->entries.begin(), batch->entries.end());
        }
        try {
            AuditLogRepository(m_database).appendAll(entries);
            for (Batch* batch : taken) {
                batch->committed.set_value();
            }
        } catch (...) {
            for (Batch* batch : taken) {
                batch->committed.set_exception(std::current_exception());
            }
        }
    }
}

} // namespace hss::server
