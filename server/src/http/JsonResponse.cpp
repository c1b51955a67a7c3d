// SPDX-License-Identifier: MIT
#include "JsonResponse.h"

namespace hss::server {

void sendJson(Poco::Net::HTTPServerResponse& response, Poco::Net::HTTPResponse::HTTPStatus status,
              const nlohmann::json& body)
{
    // Replace invalid UTF-8 rather than throw: an error message must always reach the client.
    sendJsonText(response, status, body.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace));
}

void sendJsonText(Poco::Net::HTTPServerResponse& response, Poco::Net::HTTPResponse::HTTPStatus status,
                  std::string_view text)
{
    response.setStatusAndReason(status);
    response.setContentType("application/json; charset=utf-8");
    response.setContentLength64(static_cast<Poco::Int64>(text.size()));
    response.send().write(text.data(), static_cast<std::streamsize>(text.size()));
}

} // namespace hss::server
