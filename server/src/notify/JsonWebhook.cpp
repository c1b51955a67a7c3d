// SPDX-License-Identifier: MIT
#include "JsonWebhook.h"

#include <algorithm>

#include <Poco/Exception.h>
#include <Poco/URI.h>
#include <curl/curl.h>

#include "CurlEasy.h"

namespace hss::server {

namespace {

constexpr std::size_t maxQuotedBody = 200;

std::string endpointOf(const std::string& url)
{
    try {
        const Poco::URI uri(url);
        return uri.getScheme() + "://" + uri.getHost() + ":" + std::to_string(uri.getPort());
    } catch (const Poco::SyntaxException&) {
        return "(malformed URL)";
    }
}

std::string printable(std::string text)
{
    if (text.size() > maxQuotedBody) {
        text.resize(maxQuotedBody);
    }
    std::replace_if(
        text.begin(), text.end(), [](unsigned char c) { return c < 0x20 || c == 0x7F; }, ' ');
    return text;
}

} // namespace

JsonWebhook::JsonWebhook(std::string url, std::string caFile, std::chrono::milliseconds timeout)
    : m_url(std::move(url))
    , m_endpoint(endpointOf(m_url))
    , m_caFile(std::move(caFile))
    , m_timeout(timeout)
{ }

Status JsonWebhook::post(const std::string& json, const std::vector<std::string>& extraHeaders) const
{
    CurlEasy easy("https", m_caFile, m_timeout);
    CURL* curl = easy.handle();
    curl_easy_setopt(curl, CURLOPT_URL, m_url.c_str());
    curl_easy_setopt(curl, CURLOPT_POST, 1L);
    curl_easy_setopt(curl, CURLOPT_POSTFIELDS, json.c_str());
    curl_easy_setopt(curl, CURLOPT_POSTFIELDSIZE_LARGE, static_cast<curl_off_t>(json.size()));
    curl_slist* headers = curl_slist_append(nullptr, "Content-Type: application/json; charset=utf-8");
    // An empty Expect stops curl from waiting for "100 Continue" on larger bodies.
    headers = curl_slist_append(headers, "Expect:");
    for (const std::string& header : extraHeaders) {
        headers = curl_slist_append(headers, header.c_str());
    }
    curl_easy_setopt(curl, CURLOPT_HTTPHEADER, headers);
    easy.captureBody();
    Status result = easy.perform("POST to " + m_endpoint);
    curl_slist_free_all(headers);
    if (!result) {
        return result;
    }
    const long status = easy.responseCode();
    if (status < 200 || status > 299) {
        return Error {ErrorCode::Internal,
                      {},
                      "POST to " + m_endpoint + " answered HTTP " + std::to_string(status) + ": "
                          + printable(easy.body())};
    }
    return okStatus();
}

} // namespace hss::server
