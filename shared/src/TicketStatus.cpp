// SPDX-License-Identifier: MIT
#include "hss/TicketStatus.h"

#include "EnumTable.h"

namespace hss {

namespace {

constexpr detail::EnumTable<TicketStatus, 7> table {"ticket status",
                                                    {{
                                                        {TicketStatus::New, "new"},
                                                        {TicketStatus::Open, "open"},
                                                        {TicketStatus::InProgress, "in_progress"},
                                                        {TicketStatus::WaitingOnCustomer, "waiting_on_customer"},
                                                        {TicketStatus::Escalated, "escalated"},
                                                        {TicketStatus::Resolved, "resolved"},
                                                        {TicketStatus::Closed, "closed"},
                                                    }}};

} // namespace

std::string_view toString(TicketStatus ticketStatus)
{
    return table.name(ticketStatus);
}

Result<TicketStatus> ticketStatusFromString(std::string_view text, std::string_view field)
{
    return table.parse(text, field);
}

} // namespace hss
