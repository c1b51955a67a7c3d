// SPDX-License-Identifier: MIT
#include "FeedbackIntake.h"

namespace hss::server {

Result<Feedback> acceptFeedback(Feedback feedback, const Principal& principal, std::int64_t nowMs)
{
    auto author = Uuid::parse(principal.userId, "author_id");
    if (!author) {
        return author.error();
    }
    feedback.authorId = author.value();
    feedback.sentimentScore.reset();
    // A console's clock may run ahead; feedback never claims to come from the future.
    if (feedback.createdAt <= 0 || feedback.createdAt > nowMs) {
        feedback.createdAt = nowMs;
    }
    if (auto valid = validate(feedback); !valid) {
        return valid.error();
    }
    return feedback;
}

} // namespace hss::server
