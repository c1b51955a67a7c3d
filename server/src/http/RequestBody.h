// SPDX-License-Identifier: MIT
#pragma once

#include <cstddef>

#include <Poco/Net/HTTPServerRequest.h>
#include <nlohmann/json.hpp>

namespace hss::server {

/// Reads a JSON request body of at most maxBytes. A declared Content-Length above the limit is refused with 413
/// before a byte is read; a chunked body is read up to the limit and refused past it. Malformed JSON, a body that
/// is not an object, or another content type → 400/415 naming the problem.
nlohmann::json readJsonObject(Poco::Net::HTTPServerRequest& request, std::size_t maxBytes);

} // namespace hss::server
