// SPDX-License-Identifier: MIT
#include "hss/sync/EnrollmentMerge.h"

#include <algorithm>

namespace hss::sync {

Enrollment mergeEnrollment(const Enrollment& stored, const Enrollment& incoming)
{
    Enrollment merged = stored;
    merged.enrolledAt = std::min(stored.enrolledAt, incoming.enrolledAt);
    for (const Uuid& module : incoming.completedModuleIds) {
        if (std::find(merged.completedModuleIds.begin(), merged.completedModuleIds.end(), module)
            == merged.completedModuleIds.end()) {
            merged.completedModuleIds.push_back(module);
        }
    }
    const bool storedDone = stored.status == EnrollmentStatus::Completed;
    const bool incomingDone = incoming.status == EnrollmentStatus::Completed;
    if (storedDone && incomingDone && stored.completedAt && incoming.completedAt) {
        merged.completedAt = std::min(*stored.completedAt, *incoming.completedAt);
    } else if (storedDone) {
        merged.completedAt = stored.completedAt;
    } else if (incomingDone) {
        merged.status = EnrollmentStatus::Completed;
        merged.completedAt = incoming.completedAt;
    } else {
        merged.status = incoming.status;
        merged.completedAt.reset();
    }
    return merged;
}

} // namespace hss::sync
