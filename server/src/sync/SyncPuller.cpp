// SPDX-License-Identifier: MIT
#include "SyncPuller.h"

#include <algorithm>
#include <map>
#include <optional>

#include <nlohmann/json.hpp>

#include "../app/ServerServices.h"
#include "../authz/AccessPolicy.h"
#include "../storage/CommentRepository.h"
#include "../storage/Database.h"
#include "../storage/KbRepository.h"
#include "../storage/SyncFeedRepository.h"
#include "../storage/TicketRepository.h"
#include "../storage/TrainingRepository.h"
#include "SyncNotifier.h"
#include "hss/HybridLogicalClock.h"
#include "hss/sync/SyncCursor.h"
#include "hss/sync/SyncEntity.h"

namespace hss::server {

namespace {

// Invisible changes are skipped but still scanned: bound the scan per page so one request stays short.
constexpr int scanFactor = 4;
constexpr std::chrono::milliseconds rereadInterval {1000};

} // namespace

SyncPuller::SyncPuller(ServerServices& services)
    : m_services(services)
{ }

sync::PullPage SyncPuller::pull(const Principal& principal, std::int64_t cursor, int limit,
                                std::chrono::milliseconds wait)
{
    const auto deadline = std::chrono::steady_clock::now() + std::min<std::chrono::milliseconds>(wait, maxWait);
    for (;;) {
        const std::uint64_t seen = m_services.syncNotifier.generation();
        sync::PullPage page = readPage(principal, cursor, limit);
        const auto now = std::chrono::steady_clock::now();
        if (!page.changes.empty() || page.hasMore || now >= deadline) {
            return page;
        }
        // Nothing visible yet; anything invisible that was scanned still moves the cursor forward.
        cursor = sync::parseCursor(page.cursor).value();
        const auto remaining = std::chrono::duration_cast<std::chrono::milliseconds>(deadline - now);
        m_services.syncNotifier.waitForChange(seen, std::min(remaining, rereadInterval));
    }
}

sync::PullPage SyncPuller::readPage(const Principal& principal, std::int64_t cursor, int limit)
{
    limit = std::clamp(limit, 1, maxLimit);
    SyncFeedRepository feed(m_services.database);
    const std::vector<FeedEntry> entries = feed.after(cursor, limit * scanFactor);
    auto session = m_services.database.session();
    TicketRepository tickets(m_services.database, m_services.cipher);
    CommentRepository comments(m_services.database, m_services.cipher);
    // Tickets of the scanned entries in one go (initial syncs read many thousands); comments' tickets on demand.
    std::vector<std::string> ticketIds;
    std::vector<std::string> commentIds;
    for (const FeedEntry& entry : entries) {
        if (!entry.deleted && entry.entity == "ticket") {
            ticketIds.push_back(entry.entityId);
        } else if (!entry.deleted && entry.entity == "comment") {
            commentIds.push_back(entry.entityId);
        }
    }
    const std::map<std::string, Comment> loadedComments = comments.findMany(session, commentIds);
    for (const auto& [id, comment] : loadedComments) {
        ticketIds.push_back(comment.ticketId.toString());
    }
    std::map<std::string, Ticket> loaded = tickets.findMany(session, ticketIds);
    std::map<std::string, std::optional<Ticket>> readableTickets;
    const auto readableTicket = [&](const std::string& id) -> const std::optional<Ticket>& {
        auto [it, inserted] = readableTickets.try_emplace(id);
        if (inserted) {
            auto preloaded = loaded.find(id);
            std::optional<Ticket> ticket;
            if (preloaded != loaded.end()) {
                ticket = preloaded->second;
            } else if (auto found = tickets.find(session, id)) {
                ticket = found.value();
            }
            if (ticket && AccessPolicy::canReadTicket(principal, *ticket)) {
                it->second = std::move(ticket);
            }
        }
        return it->second;
    };

    sync::PullPage page;
    std::int64_t scanned = cursor;
    bool pageFull = false;
    for (const FeedEntry& entry : entries) {
        if (static_cast<int>(page.changes.size()) >= limit) {
            pageFull = true;
            break;
        }
        scanned = entry.sequence;
        const auto entity = sync::syncEntityFromString(entry.entity);
        const auto entityId = Uuid::parse(entry.entityId);
        const auto hlc = HlcTimestamp::parse(entry.hlc);
        if (!entity || !entityId || !hlc) {
            continue; // not a row this server writes; never let one bad row stop every console's sync
        }
        sync::Change change {
            entity.value(), entityId.value(), entry.sequence, std::max<std::int64_t>(entry.revision, 1),
            entry.deleted,  hlc.value(),      nullptr};
        if (!entry.deleted) {
            switch (entity.value()) {
            case sync::SyncEntity::Ticket:
                if (const auto& ticket = readableTicket(entry.entityId)) {
                    change.data = toJson(*ticket);
                }
                break;
            case sync::SyncEntity::Comment:
                if (const auto comment = loadedComments.find(entry.entityId);
                    comment != loadedComments.end() && readableTicket(comment->second.ticketId.toString())) {
                    change.data = toJson(comment->second);
                }
                break;
            case sync::SyncEntity::KbArticle:
                if (auto article = KbRepository(m_services.database).find(entry.entityId)) {
                    change.data = toJson(article.value());
                }
                break;
            case sync::SyncEntity::Course:
                if (auto course = TrainingRepository(m_services.database).findCourse(entry.entityId)) {
                    change.data = toJson(course.value());
                }
                break;
            case sync::SyncEntity::Enrollment:
            case sync::SyncEntity::Feedback:
                break; // personal rows are not in the feed yet
            }
            if (change.data.is_null()) {
                continue; // not visible to this principal
            }
        }
        page.changes.push_back(std::move(change));
    }
    page.cursor = sync::formatCursor(scanned);
    page.hasMore = pageFull || static_cast<int>(entries.size()) == limit * scanFactor;
    page.serverHlc = m_services.hlc.now();
    return page;
}

} // namespace hss::server
