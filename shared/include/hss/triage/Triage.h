// SPDX-License-Identifier: MIT
#pragma once

#include "hss/triage/TriageInput.h"
#include "hss/triage/TriageResult.h"
#include "hss/triage/TriageRuleSet.h"
#include "hss/triage/TriageScorer.h"

namespace hss::triage {

/// Weight the author's category adds to the emergency categories it belongs with (a field rule): medical_clinical
/// to patient safety, compliance_security to data breach and compliance violation.
inline constexpr int categoryFieldWeight = 3;

/// Triage of one ticket, a pure function of its input and the rules:
/// - each phrase counts once (its first match that no negation cancels, in the title, then the description) and
///   adds its weight to its emergency categories; phrases are taken strongest first and one whose words overlap
///   an already counted phrase of the same sign adds nothing ("is down" inside "down for all"); the author's
///   category adds categoryFieldWeight as above;
/// - the ticket is an emergency when an emergency category reaches rules.emergencyThreshold(); the highest score
///   wins (ties in allEmergencyCategories order);
/// - priority: Emergency for an emergency; otherwise the priority of the strongest matched phrase (by |weight|, the
///   most severe among equally strong ones), at least High when an emergency category reached half the threshold,
///   else Medium;
/// - category: the author's when given; otherwise the category with the most weight from matched phrases (an
///   emergency category also votes for its ticket category), Technical when nothing matched.
/// Every matched phrase, negated or not, is listed in reasons.
/// This overload is the rules alone.
TriageResult triage(const TriageInput& input, const TriageRuleSet& rules);

/// The rules, then the learned scorer (combineWithScorer()): a ticket the rules neither flag nor argue against
/// becomes an emergency when the scorer's emergency probability reaches scorer.threshold().
TriageResult triage(const TriageInput& input, const TriageRuleSet& rules, const TriageScorer& scorer);

/// The default rules with the default (generated) scorer: what agents see.
TriageResult triage(const TriageInput& input);

} // namespace hss::triage
