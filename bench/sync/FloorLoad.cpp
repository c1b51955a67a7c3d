// SPDX-License-Identifier: MIT
#include "FloorLoad.h"

#include <QElapsedTimer>
#include <cstdio>
#include <memory>
#include <string>
#include <unordered_set>
#include <variant>
#include <vector>

#include "BenchConsole.h"
#include "StoreCounts.h"
#include "core/StoreWorker.h"
#include "hss/Comment.h"
#include "hss/Course.h"
#include "hss/Enrollment.h"
#include "hss/Feedback.h"
#include "hss/KbArticle.h"
#include "hss/Ticket.h"
#include "storage/CommentRepository.h"
#include "storage/FeedbackRepository.h"
#include "storage/KbRepository.h"
#include "storage/TicketRepository.h"
#include "storage/TicketSlaRepository.h"
#include "storage/TrainingRepository.h"
#include "storage/Transaction.h"

namespace hss::bench {

using namespace hss::client;

namespace {

/// A pulled ticket with the server's SLA clocks, which the sync stores beside it.
struct SyncedTicket
{
    Ticket ticket;
    std::optional<sla::SlaReport> sla;
};

using Row = std::variant<SyncedTicket, Comment, KbArticle, Course, Enrollment, Feedback>;
using Page = std::vector<Row>;

/// The decoded row of a change, or nothing for a tombstone or a row that does not decode.
std::optional<Row> decode(const sync::Change& change)
{
    if (change.deleted) {
        return std::nullopt;
    }
    const auto take = [](auto result) -> std::optional<Row> {
        return result ? std::optional<Row>(std::move(result).value()) : std::nullopt;
    };
    switch (change.entity) {
    case sync::SyncEntity::Ticket: {
        auto ticket = ticketFromJson(change.data);
        if (ticket) {
            SyncedTicket row {std::move(ticket).value(), change.sla};
            row.ticket.revision = change.revision;
            return row;
        }
        return std::nullopt;
    }
    case sync::SyncEntity::Comment:
        return take(commentFromJson(change.data));
    case sync::SyncEntity::KbArticle:
        return take(kbArticleFromJson(change.data));
    case sync::SyncEntity::Course:
        return take(courseFromJson(change.data));
    case sync::SyncEntity::Enrollment:
        return take(enrollmentFromJson(change.data));
    case sync::SyncEntity::Feedback:
        return take(feedbackFromJson(change.data));
    case sync::SyncEntity::KbVote:
        return std::nullopt; // push only, never in a feed
    case sync::SyncEntity::UsageFigures:
        return std::nullopt; // a handful a month: not part of the floor's load
    }
    return std::nullopt;
}

/// Writes rows through the repositories, kept for one transaction as the sync keeps them for one page, so both
/// compile each statement once per page. The store starts empty, so a ticket is inserted without looking first;
/// its SLA clocks go where the sync puts them (ticket_sla, and the nearest deadline on the ticket).
struct Writer
{
    Writer(const QSqlDatabase& db, std::unordered_set<std::string>& writtenIds)
        : tickets(db)
        , ticketSla(db)
        , comments(db)
        , articles(db)
        , training(db)
        , feedback(db)
        , written(writtenIds)
    { }

    std::optional<StoreError> operator()(const SyncedTicket& row)
    {
        // A ticket changed on the server during the transfer comes twice (as in the sync): the second is an update.
        const bool stored = !written.insert(row.ticket.id.toString()).second;
        if (auto error = tickets.write(row.ticket, row.sla ? row.sla->nextDueAt() : std::nullopt, stored)) {
            return error;
        }
        return row.sla ? ticketSla.write(row.ticket.id, *row.sla) : std::nullopt;
    }
    std::optional<StoreError> operator()(const Comment& comment) { return comments.add(comment); }
    std::optional<StoreError> operator()(const KbArticle& article) { return articles.upsert(article); }
    std::optional<StoreError> operator()(const Course& course) { return training.upsertCourse(course); }
    std::optional<StoreError> operator()(const Enrollment& enrollment) { return training.upsertEnrollment(enrollment); }
    std::optional<StoreError> operator()(const Feedback& row) { return feedback.upsert(row); }

    TicketRepository tickets;
    TicketSlaRepository ticketSla;
    CommentRepository comments;
    KbRepository articles;
    TrainingRepository training;
    FeedbackRepository feedback;
    std::unordered_set<std::string>& written;
};

} // namespace

int FloorLoad::run()
{
    auto pages = std::make_shared<std::vector<Page>>();
    QElapsedTimer transfer;
    transfer.start();
    QString cursor;
    qint64 rows = 0;
    for (bool more = true; more;) {
        const auto pulled = awaitResult(m_console.api().pull(cursor, 1000, 0), 120'000);
        if (!pulled || !pulled->ok()) {
            std::fprintf(stderr, "floor: pull failed: %s\n", pulled ? qPrintable(pulled->error().message) : "timeout");
            return 1;
        }
        const sync::PullPage& page = pulled->value();
        Page decoded;
        decoded.reserve(page.changes.size());
        for (const sync::Change& change : page.changes) {
            if (auto row = decode(change)) {
                decoded.push_back(std::move(*row));
            }
        }
        rows += static_cast<qint64>(decoded.size());
        pages->push_back(std::move(decoded));
        cursor = QString::fromStdString(page.cursor);
        more = page.hasMore;
    }
    report(QStringLiteral("transfer-ms"), QString::number(transfer.elapsed()));
    report(QStringLiteral("floor-rows"), QStringLiteral("%1 %2").arg(rows).arg(pages->size()));

    const qint64 cpuBefore = cpuMs();
    QElapsedTimer floor;
    floor.start();
    const auto stored = awaitResult(m_console.worker().run<QString>([pages](LocalStore& store) {
        const QSqlDatabase db = store.database();
        std::unordered_set<std::string> written; // ticket ids
        for (const Page& page : *pages) {
            Transaction transaction(db);
            if (!transaction.isActive()) {
                return transaction.error()->message;
            }
            Writer writer(db, written);
            for (const Row& row : page) {
                if (auto error = std::visit(writer, row)) {
                    return error->message;
                }
            }
            if (auto error = transaction.commit()) {
                return error->message;
            }
        }
        return QString();
    }));
    const qint64 floorMs = floor.elapsed();
    if (!stored || !stored->isEmpty()) {
        std::fprintf(stderr, "floor: store failed: %s\n", stored ? qPrintable(*stored) : "timeout");
        return 1;
    }
    report(QStringLiteral("floor-ms"), QString::number(floorMs));
    report(QStringLiteral("floor-cpu-ms"), QString::number(cpuMs() - cpuBefore));
    reportStoreCounts(m_console.worker());
    return 0;
}

} // namespace hss::bench
