// SPDX-License-Identifier: MIT
#pragma once

#include "hss/Enrollment.h"

namespace hss::sync {

/// The enrolment to keep when a console's copy (\a incoming) meets the server's row (\a stored) of the same learner
/// and course: progress is never lost by a merge. Keeps stored's id, learner and course and the earlier enrolment
/// time; every module completed in either copy (stored's order first, then the new ones in incoming's order);
/// completed when either copy is, at the earlier completion time; otherwise incoming's status, the learner's latest
/// choice (in progress, withdrawn, ...), without a completion time.
Enrollment mergeEnrollment(const Enrollment& stored, const Enrollment& incoming);

} // namespace hss::sync
