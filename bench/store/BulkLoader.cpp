// SPDX-License-Identifier: MIT
#include "BulkLoader.h"

#include <algorithm>
#include <chrono>

#include "MarkdownTable.h"
#include "storage/CommentRepository.h"
#include "storage/KbRepository.h"
#include "storage/TicketRepository.h"

namespace hss::bench {

namespace {

using Clock = std::chrono::steady_clock;

double millisecondsSince(Clock::time_point start)
{
    return std::chrono::duration<double, std::milli>(Clock::now() - start).count();
}

} // namespace

BulkLoader::BulkLoader(QSqlDatabase encrypted, QSqlDatabase plain, int batchSize, Progress progress)
    : m_encrypted(std::move(encrypted))
    , m_plain(std::move(plain))
    , m_batchSize(static_cast<std::size_t>(batchSize))
    , m_progress(std::move(progress))
{ }

QStringList BulkLoader::tableHeaders()
{
    return {QStringLiteral("bulk insert"),  QStringLiteral(">rows"),
            QStringLiteral(">encrypted s"), QStringLiteral(">encrypted rows/s"),
            QStringLiteral(">plain s"),     QStringLiteral(">plain rows/s"),
            QStringLiteral(">ratio")};
}

bool BulkLoader::load(const Workload& w, MarkdownTable& table)
{
    struct Kind
    {
        QString name;
        std::size_t count;
        InsertOne insertOne;
    };
    const Kind kinds[] = {
        {QStringLiteral("tickets (TicketRepository::upsert)"), w.tickets.size(),
         [&w](const QSqlDatabase& db, std::size_t i) {
             return client::TicketRepository(db).upsert(w.tickets[i], w.slaDueAt[i]);
         }},
        {QStringLiteral("comments (CommentRepository::add)"), w.comments.size(),
         [&w](const QSqlDatabase& db, std::size_t i) { return client::CommentRepository(db).add(w.comments[i]); }},
        {QStringLiteral("KB articles (KbRepository::upsert: row, version, FTS4)"), w.articles.size(),
         [&w](const QSqlDatabase& db, std::size_t i) { return client::KbRepository(db).upsert(w.articles[i]); }},
    };
    for (const Kind& kind : kinds) {
        m_progress(QStringLiteral("inserting %1 %2").arg(kind.count).arg(kind.name));
        double encryptedMs = 0.0;
        double plainMs = 0.0;
        if (!insertAll(kind.count, kind.insertOne, &encryptedMs, &plainMs)) {
            return false;
        }
        const auto seconds = [](double ms) { return QString::number(ms / 1000.0, 'f', 1); };
        const auto perSecond = [&](double ms) { return QString::number(qRound64(kind.count / ms * 1000.0)); };
        table.addRow({kind.name, QString::number(kind.count), seconds(encryptedMs), perSecond(encryptedMs),
                      seconds(plainMs), perSecond(plainMs), QString::number(encryptedMs / plainMs, 'f', 2)});
    }
    return true;
}

bool BulkLoader::insertAll(std::size_t count, const InsertOne& insertOne, double* encryptedMs, double* plainMs)
{
    QSqlDatabase* stores[] = {&m_encrypted, &m_plain};
    double* totals[] = {encryptedMs, plainMs};
    for (std::size_t first = 0; first < count; first += m_batchSize) {
        const std::size_t last = std::min(count, first + m_batchSize);
        for (std::size_t turn = 0; turn < 2; ++turn) {
            const std::size_t side = (first / m_batchSize + turn) % 2;
            QSqlDatabase& db = *stores[side];
            const auto start = Clock::now();
            if (!db.transaction()) {
                m_progress(QStringLiteral("cannot begin a transaction"));
                return false;
            }
            for (std::size_t i = first; i < last; ++i) {
                if (auto error = insertOne(db, i)) {
                    m_progress(QStringLiteral("insert failed: %1").arg(error->message));
                    db.rollback();
                    return false;
                }
            }
            if (!db.commit()) {
                m_progress(QStringLiteral("commit failed"));
                return false;
            }
            *totals[side] += millisecondsSince(start);
        }
    }
    return true;
}

} // namespace hss::bench
