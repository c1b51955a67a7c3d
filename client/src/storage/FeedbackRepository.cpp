// SPDX-License-Identifier: MIT
#include "FeedbackRepository.h"

#include <QSqlError>
#include <QSqlQuery>

#include "ValueConversions.h"
#include "hss/FeedbackCategory.h"

namespace hss::client {

namespace {

std::optional<StoreError> write(const QSqlDatabase& db, const Feedback& f, const QString& verb)
{
    QSqlQuery query(db);
    query.prepare(verb
                  + QStringLiteral(" INTO feedback (id, ticket_id, author_id, csat, comment, category,"
                                   " sentiment, created_at, safety_outcome) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    query.addBindValue(toQString(f.id.toString()));
    query.addBindValue(toVariant(f.ticketId));
    query.addBindValue(toQString(f.authorId.toString()));
    query.addBindValue(f.csatScore ? QVariant(*f.csatScore) : QVariant(QMetaType(QMetaType::Int)));
    query.addBindValue(toQString(f.comment));
    query.addBindValue(toQString(toString(f.category)));
    query.addBindValue(f.sentimentScore ? QVariant(*f.sentimentScore) : QVariant(QMetaType(QMetaType::Double)));
    query.addBindValue(static_cast<qint64>(f.createdAt));
    query.addBindValue(f.safetyOutcome ? QVariant(toQString(metrics::toString(*f.safetyOutcome)))
                                       : QVariant(QMetaType(QMetaType::QString)));
    if (!query.exec()) {
        return StoreError {StoreError::Code::QueryFailed, query.lastError().text()};
    }
    return std::nullopt;
}

} // namespace

FeedbackRepository::FeedbackRepository(QSqlDatabase db)
    : m_db(std::move(db))
{ }

std::optional<StoreError> FeedbackRepository::add(const Feedback& f)
{
    return write(m_db, f, QStringLiteral("INSERT OR IGNORE"));
}

std::optional<StoreError> FeedbackRepository::upsert(const Feedback& f)
{
    // Feedback has no child rows, so REPLACE cannot cascade anywhere.
    return write(m_db, f, QStringLiteral("INSERT OR REPLACE"));
}

std::vector<Feedback> FeedbackRepository::recent(int limit) const
{
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT id, ticket_id, author_id, csat, comment, category, sentiment, created_at,"
                                 " safety_outcome FROM feedback ORDER BY created_at DESC LIMIT ?"));
    query.addBindValue(limit);
    std::vector<Feedback> result;
    if (!query.exec()) {
        return result;
    }
    while (query.next()) {
        Feedback f;
        f.id = uuidFrom(query.value(0));
        f.ticketId = optionalUuid(query.value(1));
        f.authorId = uuidFrom(query.value(2));
        if (!query.value(3).isNull()) {
            f.csatScore = query.value(3).toInt();
        }
        f.comment = toStdString(query.value(4));
        f.category = feedbackCategoryFromString(toStdString(query.value(5))).valueOr(FeedbackCategory::Other);
        if (!query.value(6).isNull()) {
            f.sentimentScore = query.value(6).toDouble();
        }
        f.createdAt = query.value(7).toLongLong();
        if (!query.value(8).isNull()) {
            // An outcome this console does not know reads as none here; KpiFactsRepository reports it.
            if (auto outcome = metrics::safetyOutcomeFromString(toStdString(query.value(8)))) {
                f.safetyOutcome = outcome.value();
            }
        }
        result.push_back(std::move(f));
    }
    return result;
}

std::optional<StoreError> FeedbackRepository::remove(const Uuid& id)
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("DELETE FROM feedback WHERE id = ?"));
    query.addBindValue(toQString(id.toString()));
    if (!query.exec()) {
        return StoreError {StoreError::Code::QueryFailed, query.lastError().text()};
    }
    return std::nullopt;
}

} // namespace hss::client
