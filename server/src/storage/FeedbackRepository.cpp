// SPDX-License-Identifier: MIT
#include "FeedbackRepository.h"

#include <algorithm>

#include <Poco/Data/Statement.h>
#include <Poco/Nullable.h>

#include "ResultRows.h"
#include "SqlText.h"
#include "SyncFeedRepository.h"
#include "WriteTransaction.h"

namespace pk = Poco::Data::Keywords;

namespace hss::server {

namespace {

constexpr std::string_view selectFeedback =
    "SELECT id, ticket_id, author_id, csat_score, comment, category, created_at, sentiment_score, safety_outcome"
    " FROM feedback";

// The WHERE clause for the filters; bindFilters() binds their values in the same order.
std::string filterClause(const FeedbackQuery& query)
{
    std::string where = " WHERE 1 = 1";
    if (query.category) {
        where += " AND category = ?";
    }
    if (query.createdFrom) {
        where += " AND created_at >= ?";
    }
    if (query.createdTo) {
        where += " AND created_at <= ?";
    }
    return where;
}

void bindFilters(Poco::Data::Statement& statement, const FeedbackQuery& query)
{
    if (query.category) {
        statement, pk::bind(std::string(toString(*query.category)));
    }
    if (query.createdFrom) {
        statement, pk::bind(*query.createdFrom);
    }
    if (query.createdTo) {
        statement, pk::bind(*query.createdTo);
    }
}

} // namespace

FeedbackRepository::FeedbackRepository(Database& database)
    : m_database(database)
{ }

std::string FeedbackRepository::sql(std::string_view text) const
{
    return sqltext::forBackend(text, m_database.backend());
}

Result<Feedback> FeedbackRepository::add(const Feedback& feedback)
{
    if (auto valid = validate(feedback); !valid) {
        return valid.error();
    }
    auto session = m_database.session();
    WriteTransaction transaction(session, m_database.backend());
    auto added = add(session, feedback);
    if (added) {
        transaction.commit();
    }
    return added;
}

Result<Feedback> FeedbackRepository::add(Poco::Data::Session& session, const Feedback& feedback, const std::string& hlc)
{
    if (auto valid = validate(feedback); !valid) {
        return valid.error();
    }
    std::int64_t taken = 0;
    session << sql("SELECT COUNT(*) FROM feedback WHERE id = ?"), pk::into(taken), pk::bind(feedback.id.toString()),
        pk::now;
    if (taken != 0) {
        return Error {ErrorCode::Conflict, "id", "feedback with this id exists"};
    }
    Poco::Nullable<std::string> ticketId;
    if (feedback.ticketId) {
        ticketId = feedback.ticketId->toString();
    }
    Poco::Nullable<int> csat;
    if (feedback.csatScore) {
        csat = *feedback.csatScore;
    }
    Poco::Nullable<double> sentiment;
    if (feedback.sentimentScore) {
        sentiment = *feedback.sentimentScore;
    }
    Poco::Nullable<std::string> safetyOutcome;
    if (feedback.safetyOutcome) {
        safetyOutcome = std::string(metrics::toString(*feedback.safetyOutcome));
    }
    session << sql("INSERT INTO feedback (id, ticket_id, author_id, csat_score, comment, category, created_at, "
                   "sentiment_score, safety_outcome) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"),
        pk::bind(feedback.id.toString()), pk::bind(ticketId), pk::bind(feedback.authorId.toString()), pk::bind(csat),
        pk::bind(feedback.comment), pk::bind(std::string(toString(feedback.category))), pk::bind(feedback.createdAt),
        pk::bind(sentiment), pk::bind(safetyOutcome), pk::now;
    // Feedback is never edited: revision 1 for good.
    SyncFeedRepository(m_database)
        .touch(session, "feedback", feedback.id.toString(), 1, false,
               hlc.empty() ? SyncFeedRepository::serverHlc(feedback.createdAt) : hlc);
    return feedback;
}

Result<Feedback> FeedbackRepository::find(Poco::Data::Session& session, std::string_view id)
{
    Poco::Data::Statement statement(session);
    statement << sql(std::string(selectFeedback) + " WHERE id = ?"), pk::bind(std::string(id));
    std::vector<Feedback> found = fromRows(statement);
    if (found.empty()) {
        return Error {ErrorCode::NotFound, "id", "no feedback with this id"};
    }
    return std::move(found.front());
}

std::map<std::string, Feedback> FeedbackRepository::findMany(Poco::Data::Session& session,
                                                             const std::vector<std::string>& ids)
{
    // Chunks keep each statement's parameter list well below every backend's limit.
    constexpr std::size_t chunk = 200;
    std::map<std::string, Feedback> found;
    for (std::size_t first = 0; first < ids.size(); first += chunk) {
        const std::size_t count = std::min(chunk, ids.size() - first);
        std::string placeholders;
        for (std::size_t i = 0; i < count; ++i) {
            placeholders += i == 0 ? "?" : ", ?";
        }
        Poco::Data::Statement statement(session);
        statement << sql(std::string(selectFeedback) + " WHERE id IN (" + placeholders + ")");
        for (std::size_t i = first; i < first + count; ++i) {
            statement, pk::bind(ids[i]);
        }
        for (Feedback& feedback : fromRows(statement)) {
            found.emplace(feedback.id.toString(), std::move(feedback));
        }
    }
    return found;
}

std::vector<Feedback> FeedbackRepository::list(const FeedbackQuery& query)
{
    auto session = m_database.session();
    Poco::Data::Statement statement(session);
    statement << sql(std::string(selectFeedback) + filterClause(query)
                     + " ORDER BY created_at DESC, id LIMIT ? OFFSET ?");
    bindFilters(statement, query);
    statement, pk::bind(static_cast<std::int64_t>(std::clamp(query.limit, 1, FeedbackQuery::maxLimit))),
        pk::bind(static_cast<std::int64_t>(std::max(query.offset, 0)));
    return fromRows(statement);
}

std::vector<Feedback> FeedbackRepository::fromRows(Poco::Data::Statement& statement)
{
    const ResultRows rows(statement);
    std::vector<Feedback> entries;
    for (std::size_t row = 0; row < rows.size(); ++row) {
        Feedback feedback;
        feedback.id = Uuid::parse(rows.text(row, 0)).value();
        if (const auto ticketId = rows.optionalText(row, 1)) {
            feedback.ticketId = Uuid::parse(*ticketId).value();
        }
        feedback.authorId = Uuid::parse(rows.text(row, 2)).value();
        if (const auto csat = rows.optionalInteger(row, 3)) {
            feedback.csatScore = static_cast<int>(*csat);
        }
        feedback.comment = rows.text(row, 4);
        feedback.category = feedbackCategoryFromString(rows.text(row, 5)).value();
        feedback.createdAt = rows.integer(row, 6);
        feedback.sentimentScore = rows.optionalReal(row, 7);
        if (const auto outcome = rows.optionalText(row, 8)) {
            // Only this repository writes the column, from a parsed value.
            feedback.safetyOutcome = metrics::safetyOutcomeFromString(*outcome).value();
        }
        entries.push_back(std::move(feedback));
    }
    return entries;
}

FeedbackStats FeedbackRepository::analytics(const FeedbackQuery& query)
{
    auto session = m_database.session();
    FeedbackStats stats;
    {
        // Sum and count instead of AVG, so both backends give exactly the same mean.
        Poco::Data::Statement totals(session);
        totals << sql("SELECT COUNT(*), COUNT(csat_score), SUM(csat_score) FROM feedback" + filterClause(query));
        bindFilters(totals, query);
        const ResultRows rows(totals);
        stats.count = rows.integer(0, 0);
        stats.csatCount = rows.integer(0, 1);
        if (stats.csatCount > 0) {
            stats.averageCsat = static_cast<double>(rows.integer(0, 2)) / static_cast<double>(stats.csatCount);
        }
    }
    Poco::Data::Statement perCategory(session);
    perCategory << sql("SELECT category, COUNT(*) FROM feedback" + filterClause(query) + " GROUP BY category");
    bindFilters(perCategory, query);
    const ResultRows rows(perCategory);
    for (const FeedbackCategory category : allFeedbackCategories) {
        for (std::size_t row = 0; row < rows.size(); ++row) {
            if (rows.text(row, 0) == toString(category)) {
                stats.byCategory.emplace_back(category, rows.integer(row, 1));
            }
        }
    }
    return stats;
}

} // namespace hss::server
