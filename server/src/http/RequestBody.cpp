// SPDX-License-Identifier: MIT
#include "RequestBody.h"

#include "HttpErrors.h"
#include "hss/JsonText.h"

namespace hss::server {

nlohmann::json readJsonObject(Poco::Net::HTTPServerRequest& request, std::size_t maxBytes)
{
    const std::string limit = std::to_string(maxBytes);
    if (request.hasContentLength() && request.getContentLength64() > static_cast<Poco::Int64>(maxBytes)) {
        throw PayloadTooLarge("the request body is larger than " + limit + " bytes");
    }
    const std::string contentType = request.getContentType();
    if (contentType.rfind("application/json", 0) != 0) {
        throw UnsupportedMediaType("send the body as application/json (got '" + contentType.substr(0, 80) + "')");
    }
    std::string body;
    body.reserve(request.hasContentLength() ? static_cast<std::size_t>(request.getContentLength64()) : 4096);
    std::istream& stream = request.stream();
    char buffer[8192];
    while (stream.read(buffer, sizeof buffer) || stream.gcount() > 0) {
        body.append(buffer, static_cast<std::size_t>(stream.gcount()));
        if (body.size() > maxBytes) {
            throw PayloadTooLarge("the request body is larger than " + limit + " bytes");
        }
    }
    auto parsed = parseJsonText(body);
    if (!parsed) {
        throw BadRequest("malformed JSON: " + parsed.error().message, "malformed_json");
    }
    if (!parsed.value().is_object()) {
        throw BadRequest("the request body must be a JSON object", "malformed_json");
    }
    return std::move(parsed).value();
}

} // namespace hss::server
