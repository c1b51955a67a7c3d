// SPDX-License-Identifier: MIT
#pragma once

#include <stdexcept>
#include <string>

#include <Poco/Net/HTTPResponse.h>

namespace hss::server {

/// A failure a resource reports to the client. Only ErrorRequestHandler catches these and turns them into
/// {"error": code, "message": text} with the status.
class HttpError : public std::runtime_error
{
public:
    HttpError(Poco::Net::HTTPResponse::HTTPStatus status, std::string code, const std::string& message)
        : std::runtime_error(message)
        , m_status(status)
        , m_code(std::move(code))
    { }

    Poco::Net::HTTPResponse::HTTPStatus status() const { return m_status; }
    const std::string& code() const { return m_code; }

private:
    Poco::Net::HTTPResponse::HTTPStatus m_status;
    std::string m_code;
};

class BadRequest final : public HttpError
{
public:
    explicit BadRequest(const std::string& message, std::string code = "bad_request")
        : HttpError(Poco::Net::HTTPResponse::HTTP_BAD_REQUEST, std::move(code), message)
    { }
};

/// The client speaks no protocol version this server does (426): one of the two must be updated.
class UpgradeRequired final : public HttpError
{
public:
    explicit UpgradeRequired(const std::string& message)
        : HttpError(Poco::Net::HTTPResponse::HTTP_UPGRADE_REQUIRED, "protocol_unsupported", message)
    { }
};

class NotFound final : public HttpError
{
public:
    explicit NotFound(const std::string& message)
        : HttpError(Poco::Net::HTTPResponse::HTTP_NOT_FOUND, "not_found", message)
    { }
};

class MethodNotAllowed final : public HttpError
{
public:
    MethodNotAllowed(const std::string& method, std::string allowed)
        : HttpError(Poco::Net::HTTPResponse::HTTP_METHOD_NOT_ALLOWED, "method_not_allowed",
                    "method " + method + " is not allowed here; allowed: " + allowed)
        , m_allowed(std::move(allowed))
    { }

    const std::string& allowed() const { return m_allowed; }

private:
    std::string m_allowed;
};

class PayloadTooLarge final : public HttpError
{
public:
    explicit PayloadTooLarge(const std::string& message)
        : HttpError(Poco::Net::HTTPResponse::HTTP_REQUEST_ENTITY_TOO_LARGE, "payload_too_large", message)
    { }
};

class Unauthorized final : public HttpError
{
public:
    explicit Unauthorized(const std::string& message)
        : HttpError(Poco::Net::HTTPResponse::HTTP_UNAUTHORIZED, "unauthorized", message)
    { }
};

class Forbidden final : public HttpError
{
public:
    explicit Forbidden(const std::string& message, std::string code = "forbidden")
        : HttpError(Poco::Net::HTTPResponse::HTTP_FORBIDDEN, std::move(code), message)
    { }
};

/// The answer (403 "account_disabled") that tells a console to lock and forget its key.
inline constexpr const char* accountDisabledMessage =
    "this account is disabled; sign-in and sync are no longer possible on any device";

class Conflict final : public HttpError
{
public:
    explicit Conflict(const std::string& message)
        : HttpError(Poco::Net::HTTPResponse::HTTP_CONFLICT, "conflict", message)
    { }
};

/// The request is well-formed but breaks a rule (a field's limits, the status state machine).
class ValidationFailed final : public HttpError
{
public:
    ValidationFailed(const std::string& message, std::string field)
        : HttpError(Poco::Net::HTTPResponse::HTTP_UNPROCESSABLE_ENTITY, "validation_failed", message)
        , m_field(std::move(field))
    { }

    const std::string& field() const { return m_field; }

private:
    std::string m_field;
};

class UnsupportedMediaType final : public HttpError
{
public:
    explicit UnsupportedMediaType(const std::string& message)
        : HttpError(Poco::Net::HTTPResponse::HTTP_UNSUPPORTED_MEDIA_TYPE, "unsupported_media_type", message)
    { }
};

class TooManyRequests final : public HttpError
{
public:
    TooManyRequests(const std::string& message, long retryAfterSeconds)
        : HttpError(Poco::Net::HTTPResponse::HTTP_TOO_MANY_REQUESTS, "too_many_requests", message)
        , m_retryAfterSeconds(retryAfterSeconds)
    { }

    long retryAfterSeconds() const { return m_retryAfterSeconds; }

private:
    long m_retryAfterSeconds;
};

/// The server cannot do it now (e.g. its database failed); with retryAfterSeconds > 0 the answer says when to retry.
class ServiceUnavailable final : public HttpError
{
public:
    explicit ServiceUnavailable(const std::string& message, long retryAfterSeconds = 0)
        : HttpError(Poco::Net::HTTPResponse::HTTP_SERVICE_UNAVAILABLE, "service_unavailable", message)
        , m_retryAfterSeconds(retryAfterSeconds)
    { }

    long retryAfterSeconds() const { return m_retryAfterSeconds; }

private:
    long m_retryAfterSeconds;
};

} // namespace hss::server
