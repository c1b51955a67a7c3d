// SPDX-License-Identifier: MIT
#include "TicketEditService.h"

#include <QHash>
#include <QRegularExpression>
#include <algorithm>

#include <nlohmann/json.hpp>

#include "FutureSupport.h"
#include "StoreWorker.h"
#include "hss/Clock.h"
#include "storage/CommentRepository.h"
#include "storage/ConflictNoteRepository.h"
#include "storage/OutboxRepository.h"
#include "storage/TicketRepository.h"
#include "storage/TicketSlaRepository.h"
#include "storage/ValueConversions.h"
#include "sync/LocalChanges.h"

namespace hss::client {

namespace {

constexpr int suggestedArticlesMax = 5;
constexpr int searchWordsMax = 6;
constexpr int conflictNotesMax = 10'000;

/// KB articles for the title: the search requires every word, so each longer word is searched on its own and
/// the hits are ranked by their summed score (an article matching several words comes first).
std::vector<KbSearchHit> suggestedArticles(const KbRepository& kb, const std::string& title)
{
    QStringList words =
        toQString(title).toLower().split(QRegularExpression(QStringLiteral("[^\\w]+")), Qt::SkipEmptyParts);
    words.removeIf([](const QString& word) { return word.size() < 4; });
    words.removeDuplicates();
    std::sort(words.begin(), words.end(), [](const QString& a, const QString& b) { return a.size() > b.size(); });
    if (words.size() > searchWordsMax) {
        words.resize(searchWordsMax);
    }
    QHash<QString, KbSearchHit> merged;
    for (const QString& word : std::as_const(words)) {
        for (const KbSearchHit& hit : kb.search(word, suggestedArticlesMax * 2)) {
            const QString key = toQString(hit.id.toString());
            auto found = merged.find(key);
            if (found == merged.end()) {
                merged.insert(key, hit);
            } else {
                found->score += hit.score;
            }
        }
    }
    std::vector<KbSearchHit> hits(merged.cbegin(), merged.cend());
    std::sort(hits.begin(), hits.end(), [](const KbSearchHit& a, const KbSearchHit& b) {
        return a.score != b.score ? a.score > b.score : a.title < b.title;
    });
    if (hits.size() > static_cast<std::size_t>(suggestedArticlesMax)) {
        hits.resize(suggestedArticlesMax);
    }
    return hits;
}

/// The ticket's own milestones plus its local changes still in the outbox. The console's store keeps no server
/// change log, so earlier edits by others are not listed.
std::vector<TicketHistoryEntry> historyOf(const Ticket& ticket, const OutboxRepository& outbox)
{
    std::vector<TicketHistoryEntry> history;
    history.push_back({ticket.createdAt, QStringLiteral("created"), {}, ticket.revision == 0, false, {}});
    if (ticket.firstResponseAt) {
        history.push_back({*ticket.firstResponseAt, QStringLiteral("first_response"), {}, false, false, {}});
    }
    if (ticket.resolvedAt) {
        history.push_back({*ticket.resolvedAt, QStringLiteral("resolved"), {}, false, false, {}});
    }
    if (ticket.updatedAt > ticket.createdAt) {
        history.push_back({ticket.updatedAt, QStringLiteral("updated"), {}, false, false, {}});
    }
    const QString id = toQString(ticket.id.toString());
    for (const OutboxEntry& entry : outbox.pendingFor(QStringLiteral("ticket"), id)) {
        if (entry.kind != QLatin1String("update")) {
            continue; // the create is the "created" line above
        }
        TicketHistoryEntry line {entry.createdAt, QStringLiteral("local_update"), {}, true, false, {}};
        const auto payload = nlohmann::json::parse(entry.payload.toStdString(), nullptr, false);
        if (payload.is_object() && payload.contains("fields") && payload["fields"].is_object()) {
            for (const auto& [key, value] : payload["fields"].items()) {
                line.fields << toQString(key);
            }
        }
        history.push_back(line);
    }
    std::stable_sort(history.begin(), history.end(),
                     [](const TicketHistoryEntry& a, const TicketHistoryEntry& b) { return a.at < b.at; });
    return history;
}

} // namespace

TicketEditService::TicketEditService(StoreWorker& worker, LocalChanges& changes, const Clock& clock, QObject* parent)
    : QObject(parent)
    , m_worker(worker)
    , m_changes(changes)
    , m_clock(clock)
{ }

std::optional<TicketDetails> TicketEditService::readDetails(LocalStore& store, const Uuid& ticketId, qint64 nowMs)
{
    const QSqlDatabase db = store.database();
    auto ticket = TicketRepository(db).find(ticketId);
    if (!ticket) {
        return std::nullopt;
    }
    TicketDetails details;
    details.ticket = std::move(*ticket);
    details.comments = CommentRepository(db).forTicket(ticketId);
    details.sla = TicketSlaRepository(db).forTicket(details.ticket, nowMs);
    details.history = historyOf(details.ticket, OutboxRepository(db));
    details.articles = suggestedArticles(KbRepository(db), details.ticket.title);
    for (const ConflictNoteRef& note : ConflictNoteRepository(db).unacknowledged(conflictNotesMax)) {
        if (note.ticketId != ticketId) {
            continue;
        }
        const auto comment = std::find_if(details.comments.cbegin(), details.comments.cend(),
                                          [&note](const Comment& c) { return c.id == note.commentId; });
        if (comment == details.comments.cend()) {
            continue;
        }
        if (auto conflict = TicketConflict::parse(comment->id, comment->createdAt, comment->body)) {
            details.conflicts.push_back(std::move(*conflict));
        }
    }
    return details;
}

QFuture<std::optional<TicketDetails>> TicketEditService::open(const Uuid& ticketId)
{
    m_ticketId = ticketId;
    m_details.reset();
    return reload();
}

QFuture<std::optional<TicketDetails>> TicketEditService::reload()
{
    const Uuid id = m_ticketId;
    const qint64 now = m_clock.nowMs();
    auto read = m_worker.run<std::optional<TicketDetails>>(
        [id, now](LocalStore& store) { return readDetails(store, id, now); });
    return thenOn(read, this, [this, id](std::optional<TicketDetails> details) {
        if (id != m_ticketId) {
            return details; // another ticket was opened meanwhile
        }
        m_details = details;
        if (details) {
            emit loaded(*details);
        } else {
            emit missing();
        }
        return details;
    });
}

void TicketEditService::ticketsChanged()
{
    if (!m_ticketId.isNil()) {
        m_reloadAfterChanges.request();
    }
}

QFuture<Result<Ticket>> TicketEditService::save(const sync::TicketPatch& patch)
{
    return thenOn(m_changes.updateTicket(m_ticketId, patch), this, [this](Result<Ticket> saved) {
        if (saved) {
            reload();
        }
        return saved;
    });
}

QFuture<Result<Comment>> TicketEditService::addComment(const QString& body, CommentVisibility visibility)
{
    return thenOn(m_changes.addComment(m_ticketId, body.toStdString(), visibility), this,
                  [this](Result<Comment> added) {
                      if (added) {
                          reload();
                      }
                      return added;
                  });
}

QFuture<Status> TicketEditService::resolveConflict(const TicketConflict& conflict, bool useOtherValue)
{
    const Uuid noteId = conflict.commentId;
    const qint64 now = m_clock.nowMs();
    auto acknowledge = [this, noteId, now]() {
        auto done = m_worker.run<bool>([noteId, now](LocalStore& store) {
            return ConflictNoteRepository(store.database()).acknowledge(noteId, now);
        });
        return thenOn(done, this, [this](bool acknowledged) -> Status {
            reload();
            if (!acknowledged) {
                return Error {ErrorCode::NotFound, "comment_id", "this conflict note was already reviewed"};
            }
            emit conflictResolved();
            return okStatus();
        });
    };
    if (!useOtherValue) {
        return acknowledge();
    }
    auto patch = conflict.otherValuePatch();
    if (!patch) {
        return QtFuture::makeReadyFuture(Status(patch.error()));
    }
    auto promise = std::make_shared<QPromise<Status>>();
    promise->start();
    whenFinished(m_changes.updateTicket(m_ticketId, patch.value()), this,
                 [this, promise, acknowledge](Result<Ticket> saved) {
                     if (!saved) {
                         promise->addResult(Status(saved.error()));
                         promise->finish();
                         return;
                     }
                     whenFinished(acknowledge(), this, [promise](Status status) {
                         promise->addResult(status);
                         promise->finish();
                     });
                 });
    return promise->future();
}

QFuture<Result<Ticket>> TicketEditService::createTicket(const Ticket& draft)
{
    return m_changes.createTicket(draft);
}

} // namespace hss::client
