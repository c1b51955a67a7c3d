// SPDX-License-Identifier: MIT
#pragma once

#include <string>

#include <Poco/Net/HTTPServerRequest.h>

#include "../storage/TicketQuery.h"

namespace hss::server {

/// Reads the query string of GET /api/tickets (status, priority, category — each repeatable —, assignee as a
/// UUID, "me" or "none", team, q, created_from, created_to, limit, offset, sort, order) into a TicketQuery
/// without a scope. Throws BadRequest naming the parameter for an unknown or repeated parameter and for a value of
/// the wrong form. \a callerId is what "assignee=me" stands for.
TicketQuery ticketQueryFromRequest(const Poco::Net::HTTPServerRequest& request, const std::string& callerId);

} // namespace hss::server
