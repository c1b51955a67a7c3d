// SPDX-License-Identifier: MIT
#include "hss/Feedback.h"

#include <cmath>

#include <nlohmann/json.hpp>

#include "FieldRules.h"
#include "JsonObjectReader.h"
#include "hss/Limits.h"
#include "hss/Timestamp.h"
#include "hss/sentiment/SentimentLabel.h"

namespace hss {

namespace {

Status checkSentiment(const std::optional<double>& score)
{
    if (score && !(std::isfinite(*score) && *score >= -1.0 && *score <= 1.0)) {
        return Error {ErrorCode::OutOfRange, "sentiment_score", "must be a number from -1 to 1"};
    }
    return okStatus();
}

} // namespace

Status validate(const Feedback& feedback)
{
    using namespace detail;
    return firstFailure({
        checkId("id", feedback.id),
        feedback.ticketId ? checkId("ticket_id", *feedback.ticketId) : okStatus(),
        checkId("author_id", feedback.authorId),
        feedback.csatScore ? checkRange("csat_score", *feedback.csatScore, limits::csatMin, limits::csatMax)
                           : okStatus(),
        checkText("comment", feedback.comment, limits::feedbackCommentMax, false, Lines::Multi),
        checkTimestamp("created_at", feedback.createdAt),
        checkSentiment(feedback.sentimentScore),
    });
}

nlohmann::json toJson(const Feedback& feedback)
{
    return nlohmann::json {
        {"id", feedback.id.toString()},
        {"ticket_id", feedback.ticketId ? nlohmann::json(feedback.ticketId->toString()) : nlohmann::json(nullptr)},
        {"author_id", feedback.authorId.toString()},
        {"csat_score", feedback.csatScore ? nlohmann::json(*feedback.csatScore) : nlohmann::json(nullptr)},
        {"comment", feedback.comment},
        {"category", toString(feedback.category)},
        {"created_at", formatTimestamp(feedback.createdAt)},
        {"sentiment_score",
         feedback.sentimentScore ? nlohmann::json(*feedback.sentimentScore) : nlohmann::json(nullptr)},
        // Derived from the score, never stored: the thresholds live once in hss::sentiment.
        {"sentiment_label",
         feedback.sentimentScore
             ? nlohmann::json(sentiment::toString(sentiment::labelForScore(*feedback.sentimentScore)))
             : nlohmann::json(nullptr)},
        {"safety_outcome",
         feedback.safetyOutcome ? nlohmann::json(metrics::toString(*feedback.safetyOutcome)) : nlohmann::json(nullptr)},
    };
}

Result<Feedback> feedbackFromJson(const nlohmann::json& json)
{
    detail::JsonObjectReader reader(json);
    Feedback feedback;
    reader.uuid("id", feedback.id);
    reader.optionalUuid("ticket_id", feedback.ticketId);
    reader.uuid("author_id", feedback.authorId);
    reader.optionalInteger("csat_score", feedback.csatScore);
    reader.string("comment", feedback.comment);
    reader.enumeration("category", feedback.category, &feedbackCategoryFromString);
    reader.timestamp("created_at", feedback.createdAt);
    reader.optionalNumber("sentiment_score", feedback.sentimentScore);
    reader.optionalEnumeration("safety_outcome", feedback.safetyOutcome, &metrics::safetyOutcomeFromString);
    // Accepted so toJson() output decodes, then dropped: the label always follows from the score.
    std::optional<sentiment::SentimentLabel> label;
    reader.optionalEnumeration("sentiment_label", label, &sentiment::sentimentLabelFromString);
    if (auto status = reader.finish(); !status) {
        return status.error();
    }
    if (auto valid = validate(feedback); !valid) {
        return valid.error();
    }
    return feedback;
}

} // namespace hss
