// SPDX-License-Identifier: MIT
#include "CurlEasy.h"

#include <mutex>
#include <stdexcept>

#include <curl/curl.h>

namespace hss::server {

namespace {

constexpr std::size_t maxCapturedBody = 1024;

void initialiseCurl()
{
    // curl_global_init is not thread-safe; the sender's threads may make their first handles at the same time.
    static std::once_flag once;
    std::call_once(once, [] {
        if (curl_global_init(CURL_GLOBAL_DEFAULT) != CURLE_OK) {
            throw std::runtime_error("libcurl failed to initialise");
        }
    });
}

} // namespace

CurlEasy::CurlEasy(std::string_view protocols, const std::string& caFile, std::chrono::milliseconds timeout)
{
    initialiseCurl();
    m_handle = curl_easy_init();
    if (m_handle == nullptr) {
        throw std::runtime_error("libcurl could not create a handle");
    }
    CURL* curl = m_handle;
    curl_easy_setopt(curl, CURLOPT_ERRORBUFFER, m_errorBuffer);
    curl_easy_setopt(curl, CURLOPT_NOSIGNAL, 1L);
    curl_easy_setopt(curl, CURLOPT_PROTOCOLS_STR, std::string(protocols).c_str());
    curl_easy_setopt(curl, CURLOPT_FOLLOWLOCATION, 0L);
    curl_easy_setopt(curl, CURLOPT_SSL_VERIFYPEER, 1L);
    curl_easy_setopt(curl, CURLOPT_SSL_VERIFYHOST, 2L);
    curl_easy_setopt(curl, CURLOPT_SSLVERSION, static_cast<long>(CURL_SSLVERSION_TLSv1_2));
    if (!caFile.empty()) {
        curl_easy_setopt(curl, CURLOPT_CAINFO, caFile.c_str());
    }
    curl_easy_setopt(curl, CURLOPT_TIMEOUT_MS, static_cast<long>(timeout.count()));
    curl_easy_setopt(curl, CURLOPT_CONNECTTIMEOUT_MS, static_cast<long>(timeout.count()));
}

CurlEasy::~CurlEasy()
{
    curl_easy_cleanup(m_handle);
}

void CurlEasy::captureBody()
{
    curl_easy_setopt(m_handle, CURLOPT_WRITEFUNCTION, &CurlEasy::appendBody);
    curl_easy_setopt(m_handle, CURLOPT_WRITEDATA, this);
}

std::size_t CurlEasy::appendBody(char* data, std::size_t size, std::size_t count, void* self)
{
    auto* easy = static_cast<CurlEasy*>(self);
    const std::size_t bytes = size * count;
    if (easy->m_body.size() < maxCapturedBody) {
        easy->m_body.append(data, std::min(bytes, maxCapturedBody - easy->m_body.size()));
    }
    return bytes;
}

Status CurlEasy::perform(std::string_view what)
{
    m_errorBuffer[0] = '\0';
    const CURLcode code = curl_easy_perform(m_handle);
    m_resultCode = static_cast<int>(code);
    if (code == CURLE_OK) {
        return okStatus();
    }
    std::string reason = curl_easy_strerror(code);
    if (m_errorBuffer[0] != '\0') {
        reason += ": ";
        reason += m_errorBuffer;
    }
    return Error {ErrorCode::Internal, {}, std::string(what) + " failed (" + reason + ")"};
}

long CurlEasy::responseCode() const
{
    long code = 0;
    curl_easy_getinfo(m_handle, CURLINFO_RESPONSE_CODE, &code);
    return code;
}

} // namespace hss::server
