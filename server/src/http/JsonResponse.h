// SPDX-License-Identifier: MIT
#pragma once

#include <string_view>

#include <Poco/Net/HTTPServerResponse.h>
#include <nlohmann/json.hpp>

namespace hss::server {

/// Writes body as an application/json response with the given status.
void sendJson(Poco::Net::HTTPServerResponse& response, Poco::Net::HTTPResponse::HTTPStatus status,
              const nlohmann::json& body);

/// Writes JSON text made elsewhere (e.g. written without a DOM) as an application/json response with the given status.
void sendJsonText(Poco::Net::HTTPServerResponse& response, Poco::Net::HTTPResponse::HTTPStatus status,
                  std::string_view text);

} // namespace hss::server
