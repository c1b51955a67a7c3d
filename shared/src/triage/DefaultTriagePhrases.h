// SPDX-License-Identifier: MIT
#pragma once

#include <vector>

#include "hss/triage/TriagePhrase.h"

namespace hss::triage::detail {

/// The phrases compiled into the library (TriageRuleSet::defaults()); admins add to them through JSON.
std::vector<TriagePhrase> defaultTriagePhrases();

} // namespace hss::triage::detail
