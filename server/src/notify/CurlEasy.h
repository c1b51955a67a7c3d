// SPDX-License-Identifier: MIT
#pragma once

#include <chrono>
#include <string>
#include <string_view>

#include "hss/Result.h"

namespace hss::server {

/// One libcurl easy handle with the settings every notification transfer shares: peer and host verification on
/// (against \a caFile when given, else the system's store), the given protocols only, no redirects, no signals
/// (the sender runs on its own threads) and a time limit. Not thread-safe; one per transfer.
class CurlEasy final
{
public:
    /// \a protocols is libcurl's list, e.g. "https" or "smtp,smtps".
    CurlEasy(std::string_view protocols, const std::string& caFile, std::chrono::milliseconds timeout);
    ~CurlEasy();

    CurlEasy(const CurlEasy&) = delete;
    CurlEasy& operator=(const CurlEasy&) = delete;

    /// The raw handle (a CURL*), for the caller's own options.
    void* handle() const { return m_handle; }

    /// Runs the transfer; the error names \a what and libcurl's reason.
    Status perform(std::string_view what);

    /// libcurl's result code (a CURLcode) of the last perform().
    int resultCode() const { return m_resultCode; }

    /// The last HTTP or SMTP response code (0 when there was none).
    long responseCode() const;

    /// The first bytes of the response body when the caller asked for it with captureBody().
    const std::string& body() const { return m_body; }

    /// Keeps up to 1 KiB of the response body (HTTP), for error messages.
    void captureBody();

private:
    static std::size_t appendBody(char* data, std::size_t size, std::size_t count, void* self);

    void* m_handle = nullptr;
    int m_resultCode = 0;
    std::string m_body;
    char m_errorBuffer[256] {};
};

} // namespace hss::server
