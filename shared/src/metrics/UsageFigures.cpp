// SPDX-License-Identifier: MIT
#include "hss/metrics/UsageFigures.h"

namespace hss::metrics {

Status validate(const UsageFigures& figures)
{
    if (figures.period.isEmpty()) {
        return Error {ErrorCode::InvalidArgument, "period", "the usage period must end after it starts"};
    }
    if (figures.activeProfessionals < 0) {
        return Error {ErrorCode::InvalidArgument, "active_professionals", "must not be negative"};
    }
    if (figures.licensedProfessionals < 0) {
        return Error {ErrorCode::InvalidArgument, "licensed_professionals", "must not be negative"};
    }
    return okStatus();
}

} // namespace hss::metrics
