// SPDX-License-Identifier: MIT
#include "TicketReadCache.h"

#include <algorithm>
#include <functional>
#include <utility>
#include <vector>

#include <Poco/Exception.h>
#include <Poco/Logger.h>

#include "Database.h"
#include "SyncFeedRepository.h"

namespace hss::server {

namespace {

// Feed entries read per poll; past that many changes since the last poll everything is dropped instead.
constexpr int feedEntriesPerPoll = 500;

/// Write transactions the calling thread has open, and the tickets written in them, to drop again when the outermost
/// ends: until its commit another thread may still read (and keep) the version before the change.
thread_local int t_openTransactions = 0;
thread_local std::vector<std::pair<TicketReadCache*, std::string>> t_writtenInTransaction;

std::int64_t steadyNowMs()
{
    return std::chrono::duration_cast<std::chrono::milliseconds>(std::chrono::steady_clock::now().time_since_epoch())
        .count();
}

} // namespace

TicketReadCache::TicketReadCache(Database& database)
    : m_database(database)
{ }

TicketReadCache::~TicketReadCache()
{
    std::erase_if(t_writtenInTransaction, [this](const auto& written) { return written.first == this; });
}

void TicketReadCache::configure(const Settings& settings)
{
    m_settings = settings;
    clear();
}

TicketReadCache::Lookup TicketReadCache::find(const std::string& id)
{
    if (m_settings.capacity == 0) {
        return {};
    }
    catchUpIfDue();
    Shard& shard = shardOf(id);
    const std::lock_guard lock(shard.mutex);
    if (const auto found = shard.entries.find(id); found != shard.entries.end()) {
        if (steadyNowMs() - found->second.storedAtMs <= m_settings.maxAge.count()) {
            m_hits.fetch_add(1, std::memory_order_relaxed);
            return {found->second.entry, 0};
        }
        shard.entries.erase(found);
    }
    m_misses.fetch_add(1, std::memory_order_relaxed);
    return {nullptr, shard.generation};
}

void TicketReadCache::store(const std::string& id, Entry entry, std::uint64_t stamp)
{
    if (m_settings.capacity == 0 || !entry) {
        return;
    }
    Shard& shard = shardOf(id);
    const std::lock_guard lock(shard.mutex);
    if (shard.generation != stamp) {
        return; // a write (or a change from another process) came between the read and now
    }
    // A full shard starts over: cheaper than tracking recency on every hit, and the busy tickets come back at once.
    if (shard.entries.size() >= std::max<std::size_t>(m_settings.capacity / shardCount, 1)) {
        shard.entries.clear();
    }
    shard.entries.insert_or_assign(id, Stored {std::move(entry), steadyNowMs()});
}

void TicketReadCache::written(std::string_view id)
{
    drop(id);
    if (t_openTransactions > 0) {
        t_writtenInTransaction.emplace_back(this, std::string(id));
    }
}

void TicketReadCache::clear()
{
    for (Shard& shard : m_shards) {
        const std::lock_guard lock(shard.mutex);
        shard.entries.clear();
        ++shard.generation;
    }
}

std::size_t TicketReadCache::size() const
{
    std::size_t total = 0;
    for (const Shard& shard : m_shards) {
        const std::lock_guard lock(shard.mutex);
        total += shard.entries.size();
    }
    return total;
}

void TicketReadCache::transactionBegan()
{
    ++t_openTransactions;
}

void TicketReadCache::transactionEnded()
{
    if (t_openTransactions == 0 || --t_openTransactions > 0) {
        return;
    }
    std::vector<std::pair<TicketReadCache*, std::string>> written;
    written.swap(t_writtenInTransaction);
    for (const auto& [cache, id] : written) {
        cache->drop(id);
    }
}

TicketReadCache::Shard& TicketReadCache::shardOf(std::string_view id)
{
    return m_shards[std::hash<std::string_view> {}(id) % shardCount];
}

void TicketReadCache::drop(std::string_view id)
{
    Shard& shard = shardOf(id);
    const std::lock_guard lock(shard.mutex);
    if (const auto found = shard.entries.find(std::string(id)); found != shard.entries.end()) {
        shard.entries.erase(found);
    }
    ++shard.generation;
}

void TicketReadCache::catchUpIfDue()
{
    const std::int64_t now = steadyNowMs();
    if (now < m_nextPollMs.load(std::memory_order_relaxed)) {
        return;
    }
    // One request thread reads the feed; the others go on with what is known.
    const std::unique_lock polling(m_polling, std::try_to_lock);
    if (!polling.owns_lock()) {
        return;
    }
    m_nextPollMs.store(now + m_settings.pollInterval.count(), std::memory_order_relaxed);
    try {
        Poco::Data::Session session = m_database.session();
        catchUp(session);
    } catch (const Poco::Exception& error) {
        // Without the feed other processes' changes could go unseen: start over, and try again at the next poll.
        clear();
        Poco::Logger::get("hss.storage")
            .warning("ticket read cache: could not read the change feed: " + error.displayText());
    }
}

void TicketReadCache::catchUp(Poco::Data::Session& session)
{
    SyncFeedRepository feed(m_database);
    if (m_feedCursor < 0) {
        // Entries kept before the first poll may predate changes made elsewhere since: drop them (after reading the
        // sequence, so nothing committed before it can be kept).
        const std::int64_t latest = feed.latestSequence(session);
        clear();
        m_feedCursor = latest;
        return;
    }
    const std::vector<FeedEntry> changes = feed.after(session, m_feedCursor, feedEntriesPerPoll);
    if (changes.size() >= static_cast<std::size_t>(feedEntriesPerPoll)) {
        const std::int64_t latest = feed.latestSequence(session);
        clear();
        m_feedCursor = std::max(latest, changes.back().sequence);
        return;
    }
    bool dropAll = false;
    for (const FeedEntry& change : changes) {
        if (change.entity == "ticket") {
            drop(change.entityId);
        } else if (change.entity == "comment") {
            // A reply moves its ticket's SLA history, and the feed names the comment, not the ticket.
            dropAll = true;
        }
        m_feedCursor = change.sequence;
    }
    if (dropAll) {
        clear();
    }
}

} // namespace hss::server
