// SPDX-License-Identifier: MIT
#pragma once

#include <chrono>
#include <cstdint>

#include "../auth/Principal.h"
#include "hss/sync/PullPage.h"

namespace Poco::Data {
class Session;
}

namespace hss::server {

struct ServerServices;

/// Builds pull pages: the feed's changes after a cursor, with each object's current row, only what the principal
/// may see (a ticket by AccessPolicy, a comment by its ticket), tombstones for deletions. The cursor moves past
/// the changes skipped as invisible too, so a page is never empty while later changes exist.
class SyncPuller final
{
public:
    static constexpr int defaultLimit = 500;
    static constexpr int maxLimit = 1000;
    static constexpr std::chrono::seconds maxWait {30};

    explicit SyncPuller(ServerServices& services);

    /// One page after \a cursor of at most \a limit changes. With \a wait > 0 and nothing new, waits up to \a wait
    /// for a change (woken at once by this process's commits, re-reading every second for other processes').
    sync::PullPage pull(const Principal& principal, std::int64_t cursor, int limit, std::chrono::milliseconds wait);

private:
    sync::PullPage readPage(const Principal& principal, std::int64_t cursor, int limit);
    /// Sets every live ticket change's SLA clocks, computed for the whole page at once.
    void attachSlaReports(Poco::Data::Session& session, sync::PullPage& page) const;

    ServerServices& m_services;
};

} // namespace hss::server
