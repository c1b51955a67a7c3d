// SPDX-License-Identifier: MIT
#include "SentimentResource.h"

#include <Poco/Net/HTTPServerRequest.h>
#include <Poco/Net/HTTPServerResponse.h>

#include "../authz/Authenticator.h"
#include "../http/JsonResponse.h"
#include "../http/RequestBody.h"
#include "DomainErrors.h"
#include "hss/Limits.h"
#include "hss/Utf8.h"
#include "hss/sentiment/SentimentAnalyzer.h"

namespace hss::server {

SentimentResource::SentimentResource(ServerServices& services, const PathParams& /*params*/)
    : m_services(services)
{ }

void SentimentResource::post(Poco::Net::HTTPServerRequest& request, Poco::Net::HTTPServerResponse& response)
{
    static_cast<void>(m_services.authenticator.authenticate(request)); // any signed-in user; throws 401 otherwise
    const nlohmann::json body = readJsonObject(request, m_services.maxBodyBytes);
    rejectUnknownFields(body, {"text"});
    const auto text = body.find("text");
    if (text == body.end() || text->is_null()) {
        throwDomainError({ErrorCode::MissingField, "text", "required field is missing or null"});
    }
    if (!text->is_string()) {
        throwDomainError({ErrorCode::WrongType, "text", "must be a string"});
    }
    const std::string& value = text->get_ref<const std::string&>();
    const auto length = utf8Length(value);
    if (!length) {
        throwDomainError({ErrorCode::InvalidEncoding, "text", "text is not valid UTF-8"});
    }
    if (*length > limits::feedbackCommentMax) {
        throwDomainError({ErrorCode::TooLong, "text",
                          "must be at most " + std::to_string(limits::feedbackCommentMax) + " characters"});
    }
    auto result = sentiment::SentimentAnalyzer().analyze(value);
    if (!result) {
        throwDomainError(result.error());
    }
    sendJson(response, Poco::Net::HTTPResponse::HTTP_OK, toJson(result.value()));
}

} // namespace hss::server
