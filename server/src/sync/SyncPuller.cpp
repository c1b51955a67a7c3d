// SPDX-License-Identifier: MIT
#include "SyncPuller.h"

#include <algorithm>
#include <map>
#include <optional>

#include <nlohmann/json.hpp>

#include "../app/ServerServices.h"
#include "../authz/AccessPolicy.h"
#include "../sla/SlaTracker.h"
#include "../storage/CommentRepository.h"
#include "../storage/Database.h"
#include "../storage/KbRepository.h"
#include "../storage/SyncFeedRepository.h"
#include "../storage/TicketRepository.h"
#include "../storage/TrainingRepository.h"
#include "../storage/UsageFiguresRepository.h"
#include "SyncNotifier.h"
#include "SyncPersonalRows.h"
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

void SyncPuller::attachSlaReports(Poco::Data::Session& session, sync::PullPage& page) const
{
    // One history query for the whole page, never one per ticket; a ticket without history keeps no clocks.
    std::vector<std::string> ids;
    for (const sync::Change& change : page.changes) {
        if (change.entity == sync::SyncEntity::Ticket && !change.deleted) {
            ids.push_back(change.id.toString());
        }
    }
    if (ids.empty()) {
        return;
    }
    std::map<std::string, sla::SlaReport> reports = m_services.sla.reports(session, ids);
    for (sync::Change& change : page.changes) {
        if (change.entity == sync::SyncEntity::Ticket && !change.deleted) {
            if (auto report = reports.find(change.id.toString()); report != reports.end()) {
                change.sla = report->second; // copied: a page may hold the same ticket twice
            }
        }
    }
}

sync::PullPage SyncPuller::readPage(const Principal& principal, std::int64_t cursor, int limit)
{
    limit = std::clamp(limit, 1, maxLimit);
    SyncFeedRepository feed(m_services.database);
    auto session = m_services.database.session();
    TicketRepository tickets(m_services.database, m_services.cipher);
    CommentRepository comments(m_services.database, m_services.cipher);
    KbRepository articles(m_services.database);
    TrainingRepository training(m_services.database);
    // The feed and its rows are read a window of `limit` entries at a time, each kind in one query per 200 ids
    // (initial syncs read many thousands): a page the principal sees whole reads one window, a scan past invisible
    // entries reads on, up to scanFactor windows. Tickets of comments outside the window are read on demand.
    std::vector<FeedEntry> entries;
    std::optional<SyncPersonalRows> personal;
    std::map<std::string, Comment> loadedComments;
    std::map<std::string, Ticket> loaded;
    std::map<std::string, KbArticle> loadedArticles;
    std::map<std::string, Course> loadedCourses;
    std::map<std::string, UsageReport> loadedUsage;
    const bool readsUsage = AccessPolicy::canReadUsageFigures(principal);
    const bool seesUnpublished = AccessPolicy::seesUnpublishedKb(principal);
    const auto loadWindow = [&] {
        std::vector<std::string> ticketIds;
        std::vector<std::string> commentIds;
        std::vector<std::string> articleIds;
        std::vector<std::string> courseIds;
        std::vector<std::string> usageIds;
        for (const FeedEntry& entry : entries) {
            if (entry.deleted) {
                continue;
            }
            if (entry.entity == "ticket") {
                ticketIds.push_back(entry.entityId);
            } else if (entry.entity == "comment") {
                commentIds.push_back(entry.entityId);
            } else if (entry.entity == "kb_article") {
                articleIds.push_back(entry.entityId);
            } else if (entry.entity == "course") {
                courseIds.push_back(entry.entityId);
            } else if (entry.entity == "usage_figures" && readsUsage) {
                usageIds.push_back(entry.entityId);
            }
        }
        loadedComments = comments.findMany(session, commentIds);
        for (const auto& [id, comment] : loadedComments) {
            ticketIds.push_back(comment.ticketId.toString());
        }
        loaded = tickets.findMany(session, ticketIds);
        loadedArticles = articles.findMany(session, articleIds);
        loadedCourses = training.findCourses(session, courseIds);
        loadedUsage = UsageFiguresRepository(m_services.database).findMany(session, usageIds);
        personal.emplace(m_services.database, session, principal, entries);
    };
    std::map<std::string, std::optional<Ticket>> readableTickets;
    const auto readableTicket = [&](const std::string& id) -> const std::optional<Ticket>& {
        auto [it, inserted] = readableTickets.try_emplace(id);
        if (inserted) {
            auto preloaded = loaded.find(id);
            std::optional<Ticket> ticket;
            if (preloaded != loaded.end()) {
                ticket = std::move(preloaded->second); // read once: later lookups hit readableTickets
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
    bool more = true; // the feed may hold entries after `scanned`
    for (int window = 0; window < scanFactor && more && static_cast<int>(page.changes.size()) < limit; ++window) {
        entries = feed.after(scanned, limit);
        more = static_cast<int>(entries.size()) == limit;
        loadWindow();
        for (const FeedEntry& entry : entries) {
            if (static_cast<int>(page.changes.size()) >= limit) {
                more = true; // this entry and the rest go to the next page
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
                entry.deleted,  hlc.value(),      nullptr,        std::nullopt};
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
                    if (const auto article = loadedArticles.find(entry.entityId); article != loadedArticles.end()) {
                        if (seesUnpublished || article->second.status == ArticleStatus::Published) {
                            change.data = toJson(article->second);
                        } else {
                            // A draft or an article in review: a reader's console must drop the copy it may hold
                            // from when it was published, so the reader gets a tombstone instead of nothing.
                            change.deleted = true;
                        }
                    }
                    break;
                case sync::SyncEntity::Course:
                    if (const auto course = loadedCourses.find(entry.entityId); course != loadedCourses.end()) {
                        change.data = toJson(course->second);
                    }
                    break;
                case sync::SyncEntity::Enrollment:
                case sync::SyncEntity::Feedback:
                    change.data = personal->data(entity.value(), entry.entityId);
                    break;
                case sync::SyncEntity::KbVote:
                    break; // push only: the voted article is the change of the feed
                case sync::SyncEntity::UsageFigures:
                    if (const auto usage = loadedUsage.find(entry.entityId); usage != loadedUsage.end()) {
                        change.data = toJson(usage->second); // loaded only for those who may read them
                    }
                    break;
                }
                if (change.data.is_null() && !change.deleted) {
                    continue; // not visible to this principal
                }
            }
            page.changes.push_back(std::move(change));
        }
    }
    attachSlaReports(session, page);
    page.cursor = sync::formatCursor(scanned);
    page.hasMore = more;
    page.serverHlc = m_services.hlc.now();
    return page;
}

} // namespace hss::server
