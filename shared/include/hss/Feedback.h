// SPDX-License-Identifier: MIT
#pragma once

#include <cstdint>
#include <optional>
#include <string>

#include <nlohmann/json_fwd.hpp>

#include "hss/FeedbackCategory.h"
#include "hss/Result.h"
#include "hss/Uuid.h"
#include "hss/metrics/SafetyReport.h"

namespace hss {

/// Customer or staff feedback, optionally about a ticket, with an optional CSAT score.
/// JSON keys: id, ticket_id, author_id, csat_score, comment, category, created_at, sentiment_score, safety_outcome
/// (optional on input: absent or null means no outcome recorded).
struct Feedback
{
    Uuid id;
    std::optional<Uuid> ticketId;
    Uuid authorId;
    std::optional<int> csatScore; ///< limits::csatMin..limits::csatMax (1..5).
    std::string comment; ///< 0..limits::feedbackCommentMax characters.
    FeedbackCategory category = FeedbackCategory::Support;
    std::int64_t createdAt = 0;
    std::optional<double> sentimentScore; ///< Finite, in [-1, 1]; set by the sentiment analyser.
    /// A clinician's verdict on the AI system's critical decision in the ticket (a patient-safety report); none when
    /// the entry is not one.
    std::optional<metrics::SafetyOutcome> safetyOutcome;

    /// Member-wise equality.
    friend bool operator==(const Feedback&, const Feedback&) = default;
};

/// Success, or the first broken rule with the JSON name of its field.
Status validate(const Feedback& feedback);

/// The JSON object for \a feedback.
nlohmann::json toJson(const Feedback& feedback);

/// Decodes and validates feedback.
Result<Feedback> feedbackFromJson(const nlohmann::json& json);

} // namespace hss
