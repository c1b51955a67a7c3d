// SPDX-License-Identifier: MIT
#include "hss/Priority.h"

#include <stdexcept>

#include "EnumTable.h"

namespace hss {

namespace {

constexpr detail::EnumTable<Priority, 5> table {"priority",
                                                {{
                                                    {Priority::Emergency, "emergency"},
                                                    {Priority::Critical, "critical"},
                                                    {Priority::High, "high"},
                                                    {Priority::Medium, "medium"},
                                                    {Priority::Low, "low"},
                                                }}};

} // namespace

std::string_view toString(Priority priority)
{
    return table.name(priority);
}

Result<Priority> priorityFromString(std::string_view text, std::string_view field)
{
    return table.parse(text, field);
}

int severityRank(Priority priority)
{
    switch (priority) {
    case Priority::Emergency:
        return 4;
    case Priority::Critical:
        return 3;
    case Priority::High:
        return 2;
    case Priority::Medium:
        return 1;
    case Priority::Low:
        return 0;
    }
    throw std::invalid_argument("severityRank: value outside the enumeration");
}

Priority mostSevere(Priority a, Priority b)
{
    return severityRank(b) > severityRank(a) ? b : a;
}

} // namespace hss
