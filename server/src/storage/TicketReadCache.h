// SPDX-License-Identifier: MIT
#pragma once

#include <array>
#include <atomic>
#include <chrono>
#include <cstddef>
#include <cstdint>
#include <memory>
#include <mutex>
#include <string>
#include <string_view>
#include <unordered_map>

#include <Poco/Data/Session.h>

#include "TicketWithHistory.h"

namespace hss::server {

class Database;

/// Tickets with their SLA histories as the last read found them, so that a repeated GET /api/tickets/{id} needs no
/// query. It never serves what this process has overwritten: the storage layer reports every write of a ticket or of
/// its history (written()), which drops the entry at once and again when the writing transaction has ended, and a
/// read that overlapped a write does not keep its result. Writes by other server processes on the same database are
/// seen through the sync change feed, read at most every pollInterval; and no entry is served older than maxAge,
/// which bounds anything the feed does not carry (another process's start-up walk writing a first SLA history).
/// Thread-safe.
class TicketReadCache final
{
public:
    struct Settings
    {
        std::size_t capacity = 20'000; ///< tickets kept; 0 turns the cache off
        std::chrono::milliseconds pollInterval {250};
        std::chrono::milliseconds maxAge {30'000};
    };
    using Entry = std::shared_ptr<const TicketWithHistory>;
    /// What find() knows: the entry if there is a usable one, else the stamp store() needs.
    struct Lookup
    {
        Entry entry;
        std::uint64_t stamp = 0;
    };

    /// With the default settings until configure().
    explicit TicketReadCache(Database& database);
    ~TicketReadCache();

    TicketReadCache(const TicketReadCache&) = delete;
    TicketReadCache& operator=(const TicketReadCache&) = delete;

    /// Replaces the settings and empties the cache; before the server serves requests.
    void configure(const Settings& settings);
    const Settings& settings() const { return m_settings; }

    /// The cached read of \a id, after catching up with other processes' changes when a poll is due (the poll takes
    /// a pooled session; a hit between polls touches no database connection at all).
    Lookup find(const std::string& id);
    /// Keeps what was read for \a id since find() gave \a stamp, unless the ticket was written in between.
    void store(const std::string& id, Entry entry, std::uint64_t stamp);

    /// Called by the storage layer after each statement that writes ticket \a id or its SLA history: the entry is
    /// dropped now and, inside a write transaction, again once the transaction has ended.
    void written(std::string_view id);
    /// Drops every entry.
    void clear();

    std::size_t size() const;
    std::uint64_t hits() const { return m_hits.load(std::memory_order_relaxed); }
    std::uint64_t misses() const { return m_misses.load(std::memory_order_relaxed); }

    /// WriteTransaction tells the cache when the calling thread opens and ends a transaction, so entries written in
    /// it are dropped again after its commit or rollback.
    static void transactionBegan();
    static void transactionEnded();

private:
    struct Stored
    {
        Entry entry;
        std::int64_t storedAtMs = 0; ///< on the steady clock
    };
    struct Shard
    {
        mutable std::mutex mutex;
        std::unordered_map<std::string, Stored> entries;
        std::uint64_t generation = 0; ///< bumped by every drop, so a read that overlapped one is not stored
    };
    static constexpr std::size_t shardCount = 16;

    Shard& shardOf(std::string_view id);
    void drop(std::string_view id);
    void catchUpIfDue();
    void catchUp(Poco::Data::Session& session);

    Database& m_database;
    Settings m_settings;
    std::array<Shard, shardCount> m_shards;
    std::atomic<std::uint64_t> m_hits {0};
    std::atomic<std::uint64_t> m_misses {0};
    std::mutex m_polling;
    std::int64_t m_feedCursor = -1; ///< last change-feed sequence seen (guarded by m_polling); -1 before the first
    std::atomic<std::int64_t> m_nextPollMs {0};
};

} // namespace hss::server
