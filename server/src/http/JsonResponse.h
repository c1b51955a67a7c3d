// SPDX-License-Identifier: MIT
#pragma once

#include <Poco/Net/HTTPServerResponse.h>
#include <nlohmann/json.hpp>

namespace hss::server {

/// Writes body as an application/json response with the given status.
void sendJson(Poco::Net::HTTPServerResponse& response, Poco::Net::HTTPResponse::HTTPStatus status,
              const nlohmann::json& body);

} // namespace hss::server
