// SPDX-License-Identifier: MIT
#pragma once

#include <cstdint>

#include "../auth/Principal.h"
#include "hss/Feedback.h"
#include "hss/Result.h"

namespace hss::server {

/// The rules every feedback entry follows on its way in, through POST /api/feedback or a sync push: its author is
/// the person signed in (whatever the entry says), the sentiment score is the server's analyser's (hss::sentiment, on
/// the comment; none for an empty comment), and it is dated now unless an offline console recorded an earlier time.
/// A safety outcome needs a ticket and a principal AccessPolicy::canReportSafetyOutcome() allows (else
/// InvalidArgument naming safety_outcome). Returns the entry to store, or the first broken rule of hss::validate().
Result<Feedback> acceptFeedback(Feedback feedback, const Principal& principal, std::int64_t nowMs);

} // namespace hss::server
