// SPDX-License-Identifier: MIT
#include "hss/triage/LabelledTicket.h"

#include <set>

#include <nlohmann/json.hpp>

#include "../JsonObjectReader.h"
#include "hss/JsonText.h"

namespace hss::triage {

namespace {

Result<LabelSplit> splitFromString(std::string_view text, std::string_view field)
{
    if (text == "dev") {
        return LabelSplit::Dev;
    }
    if (text == "test") {
        return LabelSplit::Test;
    }
    return Error {ErrorCode::UnknownValue, std::string(field), "split must be \"dev\" or \"test\""};
}

Result<LabelledTicket> ticketFromJson(const nlohmann::json& json)
{
    LabelledTicket ticket;
    bool emergency = false;
    detail::JsonObjectReader reader(json);
    reader.string("id", ticket.id);
    reader.enumeration("split", ticket.split, &splitFromString);
    reader.string("title", ticket.title);
    reader.string("description", ticket.description);
    reader.boolean("emergency", emergency);
    reader.optionalEnumeration("emergency_category", ticket.emergencyCategory, &emergencyCategoryFromString);
    reader.enumeration("priority", ticket.priority, &priorityFromString);
    reader.enumeration("category", ticket.category, &categoryFromString);
    if (auto status = reader.finish(); !status) {
        return status.error();
    }
    if (emergency != ticket.emergencyCategory.has_value()) {
        return Error {ErrorCode::InvalidArgument, "emergency_category",
                      "an emergency needs an emergency_category and only an emergency may have one"};
    }
    if (emergency != (ticket.priority == Priority::Emergency)) {
        return Error {ErrorCode::InvalidArgument, "priority", "priority is \"emergency\" exactly for emergencies"};
    }
    return ticket;
}

} // namespace

Result<std::vector<LabelledTicket>> labelledTicketsFromJsonLines(std::string_view text)
{
    std::vector<LabelledTicket> tickets;
    std::set<std::string> ids;
    std::size_t lineNumber = 0;
    while (!text.empty()) {
        const std::size_t end = text.find('\n');
        const std::string_view line = text.substr(0, end);
        text = end == std::string_view::npos ? std::string_view {} : text.substr(end + 1);
        ++lineNumber;
        if (line.find_first_not_of(" \t\r") == std::string_view::npos) {
            continue;
        }
        const std::string where = "line " + std::to_string(lineNumber);
        auto onLine = [&where](Error error) {
            error.field = error.field.empty() ? where : where + ": " + error.field;
            return error;
        };
        auto json = parseJsonText(line);
        if (!json) {
            return onLine(json.error());
        }
        auto ticket = ticketFromJson(json.value());
        if (!ticket) {
            return onLine(ticket.error());
        }
        if (!ids.insert(ticket.value().id).second) {
            return onLine(Error {ErrorCode::Conflict, "id", "duplicate id " + ticket.value().id});
        }
        tickets.push_back(std::move(ticket).value());
    }
    return tickets;
}

} // namespace hss::triage
