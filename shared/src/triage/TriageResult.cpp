// SPDX-License-Identifier: MIT
#include "hss/triage/TriageResult.h"

#include <nlohmann/json.hpp>

namespace hss::triage {

namespace {

template <class E>
nlohmann::json optionalName(const std::optional<E>& value)
{
    return value ? nlohmann::json(toString(*value)) : nlohmann::json(nullptr);
}

nlohmann::json toJson(const TriageReason& reason)
{
    nlohmann::json emergencies = nlohmann::json::array();
    for (const EmergencyCategory emergency : reason.emergencies) {
        emergencies.push_back(toString(emergency));
    }
    return {
        {"field", reason.field},
        {"phrase", reason.phrase},
        {"matched", reason.matched},
        {"emergency_categories", std::move(emergencies)},
        {"category", optionalName(reason.category)},
        {"priority", optionalName(reason.priority)},
        {"weight", reason.weight},
        {"negated", reason.negated},
        {"message", reason.message},
    };
}

} // namespace

nlohmann::json toJson(const TriageResult& result)
{
    nlohmann::json reasons = nlohmann::json::array();
    for (const TriageReason& reason : result.reasons) {
        reasons.push_back(toJson(reason));
    }
    return {
        {"emergency", result.emergency},         {"emergency_category", optionalName(result.emergencyCategory)},
        {"priority", toString(result.priority)}, {"category", toString(result.category)},
        {"reasons", std::move(reasons)},
    };
}

} // namespace hss::triage
