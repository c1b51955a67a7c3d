// SPDX-License-Identifier: MIT
#include "hss/sla/SlaConfiguration.h"

#include <algorithm>

#include <nlohmann/json.hpp>

#include "../JsonObjectReader.h"

namespace hss::sla {

namespace {

constexpr const char* aroundTheClock = "24x7";
constexpr const char* businessHours = "business";

struct Targets
{
    Priority priority;
    const char* calendar;
    SlaTarget firstResponse;
    SlaTarget nextUpdate;
    SlaTarget resolution;
};

SlaPolicy makePolicy(const Targets& targets, std::optional<Category> category, const char* calendar)
{
    SlaPolicy policy;
    policy.id = std::string(toString(targets.priority)) + (category ? "-" + std::string(toString(*category)) : "");
    std::replace(policy.id.begin(), policy.id.end(), '_', '-');
    policy.priority = targets.priority;
    policy.category = category;
    policy.calendarId = calendar;
    policy.firstResponse = targets.firstResponse;
    policy.nextUpdate = targets.nextUpdate;
    policy.resolution = targets.resolution;
    return policy;
}

std::string at(std::string_view array, std::size_t index)
{
    return std::string(array) + "[" + std::to_string(index) + "]";
}

} // namespace

const SlaPolicy* SlaConfiguration::policyFor(Priority priority, Category category) const
{
    const SlaPolicy* fallback = nullptr;
    for (const auto& policy : policies) {
        if (policy.priority != priority) {
            continue;
        }
        if (policy.category == category) {
            return &policy;
        }
        if (!policy.category) {
            fallback = &policy;
        }
    }
    return fallback;
}

const BusinessCalendar* SlaConfiguration::calendar(std::string_view id) const
{
    const auto it = std::find_if(calendars.begin(), calendars.end(), [&](const auto& c) { return c.id == id; });
    return it == calendars.end() ? nullptr : &*it;
}

SlaConfiguration defaultSlaConfiguration(const SlaDefaults& defaults)
{
    SlaConfiguration configuration;
    BusinessCalendar always;
    always.id = aroundTheClock;
    always.name = "Around the clock";
    always.alwaysOpen = true;
    BusinessCalendar business;
    business.id = businessHours;
    business.name = "Business hours";
    business.timeZone = defaults.businessTimeZone;
    for (std::size_t day = 0; day < 5; ++day) {
        business.hours[day] = {WorkingInterval {8 * 60, 18 * 60}};
    }
    configuration.calendars = {always, business};

    const Targets table[] = {
        {Priority::Emergency,
         aroundTheClock,
         {15, {}},
         {15, {}},
         {defaults.emergencyResolutionMinutes, {defaults.emergencyEscalationMinutes}}},
        {Priority::Critical, aroundTheClock, {30, {}}, {60, {}}, {240, {120, 180}}},
        {Priority::High, businessHours, {120, {}}, {240, {}}, {960, {480, 720}}},
        {Priority::Medium, businessHours, {480, {}}, {1440, {}}, {2400, {1440}}},
        {Priority::Low, businessHours, {1440, {}}, {2880, {}}, {6000, {3000}}},
    };
    for (const auto& targets : table) {
        configuration.policies.push_back(makePolicy(targets, std::nullopt, targets.calendar));
    }
    for (const auto& targets : table) {
        if (targets.priority != Priority::Emergency) {
            configuration.policies.push_back(makePolicy(targets, Category::MedicalClinical, aroundTheClock));
        }
    }
    return configuration;
}

Status validate(const SlaConfiguration& configuration)
{
    const auto& calendars = configuration.calendars;
    const auto& policies = configuration.policies;
    for (std::size_t i = 0; i < calendars.size(); ++i) {
        if (auto status = validate(calendars[i]); !status) {
            return withFieldPrefix(status.error(), at("calendars", i) + ".");
        }
        for (std::size_t j = 0; j < i; ++j) {
            if (calendars[j].id == calendars[i].id) {
                return Error {ErrorCode::Conflict, at("calendars", i) + ".id", "calendar id used twice"};
            }
        }
    }
    for (std::size_t i = 0; i < policies.size(); ++i) {
        const auto& policy = policies[i];
        if (auto status = validate(policy); !status) {
            return withFieldPrefix(status.error(), at("policies", i) + ".");
        }
        if (configuration.calendar(policy.calendarId) == nullptr) {
            return Error {ErrorCode::NotFound, at("policies", i) + ".calendar",
                          "no calendar with id " + policy.calendarId};
        }
        for (std::size_t j = 0; j < i; ++j) {
            if (policies[j].id == policy.id) {
                return Error {ErrorCode::Conflict, at("policies", i) + ".id", "policy id used twice"};
            }
            if (policies[j].priority == policy.priority && policies[j].category == policy.category) {
                return Error {ErrorCode::Conflict, at("policies", i) + ".category",
                              "another policy already covers this priority and category"};
            }
        }
    }
    for (const auto priority : allPriorities) {
        const bool covered = std::any_of(policies.begin(), policies.end(),
                                         [&](const auto& p) { return p.priority == priority && !p.category; });
        if (!covered) {
            return Error {ErrorCode::MissingField, "policies",
                          "no policy without a category for priority " + std::string(toString(priority))};
        }
    }
    return okStatus();
}

nlohmann::json toJson(const SlaConfiguration& configuration)
{
    auto calendars = nlohmann::json::array();
    for (const auto& calendar : configuration.calendars) {
        calendars.push_back(toJson(calendar));
    }
    auto policies = nlohmann::json::array();
    for (const auto& policy : configuration.policies) {
        policies.push_back(toJson(policy));
    }
    return nlohmann::json {{"calendars", calendars}, {"policies", policies}};
}

Result<SlaConfiguration> slaConfigurationFromJson(const nlohmann::json& json)
{
    detail::JsonObjectReader reader(json);
    SlaConfiguration configuration;
    const auto* calendars = reader.array("calendars");
    const auto* policies = reader.array("policies");
    if (auto status = reader.finish(); !status) {
        return status.error();
    }
    for (std::size_t i = 0; calendars != nullptr && i < calendars->size(); ++i) {
        auto calendar = businessCalendarFromJson((*calendars)[i], at("calendars", i) + ".");
        if (!calendar) {
            return calendar.error();
        }
        configuration.calendars.push_back(std::move(calendar).value());
    }
    for (std::size_t i = 0; policies != nullptr && i < policies->size(); ++i) {
        auto policy = slaPolicyFromJson((*policies)[i], at("policies", i) + ".");
        if (!policy) {
            return policy.error();
        }
        configuration.policies.push_back(std::move(policy).value());
    }
    if (auto valid = validate(configuration); !valid) {
        return valid.error();
    }
    return configuration;
}

} // namespace hss::sla
