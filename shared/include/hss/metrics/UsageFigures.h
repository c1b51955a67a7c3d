// SPDX-License-Identifier: MIT
#pragma once

#include <cstdint>

#include "hss/Result.h"
#include "hss/metrics/Period.h"

namespace hss::metrics {

/// How many healthcare professionals used the clinical features during a period, out of how many hold a licence;
/// reported to the server by the customer's platform.
struct UsageFigures
{
    Period period; ///< The period the figures describe (half-open, UTC ms).
    std::int64_t activeProfessionals = 0; ///< Distinct professionals who used a clinical feature in the period.
    std::int64_t licensedProfessionals = 0; ///< Professionals licensed at the end of the period.
};

/// Success, or InvalidArgument naming the field: an empty period ("period"), a negative count
/// ("active_professionals", "licensed_professionals").
Status validate(const UsageFigures& figures);

} // namespace hss::metrics
