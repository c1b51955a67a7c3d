// SPDX-License-Identifier: MIT
#include "FeedbackIntake.h"

#include "../authz/AccessPolicy.h"
#include "hss/sentiment/SentimentAnalyzer.h"

namespace hss::server {

Result<Feedback> acceptFeedback(Feedback feedback, const Principal& principal, std::int64_t nowMs)
{
    auto author = Uuid::parse(principal.userId, "author_id");
    if (!author) {
        return author.error();
    }
    feedback.authorId = author.value();
    if (feedback.safetyOutcome) {
        // The patient safety score counts these: only clinicians judge, and only about a ticket's AI decision.
        if (!AccessPolicy::canReportSafetyOutcome(principal)) {
            return Error {ErrorCode::InvalidArgument, "safety_outcome",
                          "only medical agents, supervisors and admins record safety outcomes"};
        }
        if (!feedback.ticketId) {
            return Error {ErrorCode::InvalidArgument, "safety_outcome",
                          "a safety outcome needs the ticket_id of the ticket whose AI decision it judges"};
        }
    }
    feedback.sentimentScore.reset();
    // A console's clock may run ahead; feedback never claims to come from the future.
    if (feedback.createdAt <= 0 || feedback.createdAt > nowMs) {
        feedback.createdAt = nowMs;
    }
    if (auto valid = validate(feedback); !valid) {
        return valid.error();
    }
    // A CSAT score without words has no sentiment: it stays unscored rather than counting as neutral.
    if (!feedback.comment.empty()) {
        auto scored = sentiment::SentimentAnalyzer().analyze(feedback.comment);
        if (!scored) {
            return Error {scored.error().code, "comment", scored.error().message};
        }
        feedback.sentimentScore = scored.value().score;
    }
    return feedback;
}

} // namespace hss::server
