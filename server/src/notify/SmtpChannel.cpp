// SPDX-License-Identifier: MIT
#include "SmtpChannel.h"

#include <algorithm>
#include <cstring>
#include <sstream>

#include <Poco/Base64Encoder.h>
#include <Poco/DateTimeFormat.h>
#include <Poco/DateTimeFormatter.h>
#include <Poco/Timestamp.h>
#include <curl/curl.h>

#include "../config/EmailAddress.h"
#include "CurlEasy.h"
#include "hss/Clock.h"

namespace hss::server {

namespace {

constexpr int implicitTlsPort = 465;

struct Upload
{
    const std::string& data;
    std::size_t offset = 0;
};

std::size_t readUpload(char* buffer, std::size_t size, std::size_t count, void* userData)
{
    auto* upload = static_cast<Upload*>(userData);
    const std::size_t bytes = std::min(size * count, upload->data.size() - upload->offset);
    std::memcpy(buffer, upload->data.data() + upload->offset, bytes);
    upload->offset += bytes;
    return bytes;
}

// Header values come from our own templates and the configuration, but a stray line break would still let a value
// add headers of its own.
std::string oneLine(std::string text)
{
    std::replace_if(
        text.begin(), text.end(), [](char c) { return c == '\r' || c == '\n'; }, ' ');
    return text;
}

std::string encodedHeader(const std::string& text)
{
    if (std::all_of(text.begin(), text.end(), [](unsigned char c) { return c < 0x80; })) {
        return text;
    }
    std::ostringstream encoded;
    Poco::Base64Encoder encoder(encoded);
    encoder.rdbuf()->setLineLength(0);
    encoder << text;
    encoder.close();
    return "=?UTF-8?B?" + encoded.str() + "?=";
}

std::string withCrLf(const std::string& text)
{
    std::string out;
    out.reserve(text.size() + text.size() / 40);
    for (std::size_t i = 0; i < text.size(); ++i) {
        if (text[i] == '\r') {
            continue;
        }
        if (text[i] == '\n') {
            out += "\r\n";
        } else {
            out += text[i];
        }
    }
    if (!out.ends_with("\r\n")) {
        out += "\r\n";
    }
    return out;
}

} // namespace

SmtpChannel::SmtpChannel(NotificationSettings::Smtp smtp, std::string caFile, std::chrono::milliseconds timeout,
                         const Clock& clock)
    : m_smtp(std::move(smtp))
    , m_caFile(std::move(caFile))
    , m_timeout(timeout)
    , m_clock(clock)
{ }

std::string SmtpChannel::compose(const NotificationRecord& message) const
{
    const Poco::Timestamp sentAt(static_cast<Poco::Timestamp::TimeVal>(m_clock.nowMs()) * 1000);
    std::string text;
    text += "Date: " + Poco::DateTimeFormatter::format(sentAt, Poco::DateTimeFormat::RFC1123_FORMAT) + "\r\n";
    text += "From: Healthcare Support <" + oneLine(m_smtp.fromEmail) + ">\r\n";
    text += "To: <" + oneLine(message.recipient) + ">\r\n";
    text += "Subject: " + encodedHeader(oneLine(message.subject)) + "\r\n";
    // The outbox id keeps the Message-ID stable across retries, so a relay or reader can drop duplicates.
    text += "Message-ID: <" + oneLine(message.id) + "@notify.hss>\r\n";
    text += "Auto-Submitted: auto-generated\r\n";
    text += "MIME-Version: 1.0\r\n";
    text += "Content-Type: text/plain; charset=utf-8\r\n";
    text += "Content-Transfer-Encoding: 8bit\r\n";
    text += "\r\n";
    text += withCrLf(message.body);
    return text;
}

Status SmtpChannel::deliver(const NotificationRecord& message)
{
    if (!isPlainEmailAddress(message.recipient)) {
        return Error {ErrorCode::InvalidArgument, "recipient", "not an e-mail address; the message cannot be sent"};
    }
    const bool implicitTls = m_smtp.port == implicitTlsPort;
    const std::string relay = m_smtp.host + ":" + std::to_string(m_smtp.port);
    const std::string url = (implicitTls ? "smtps://" : "smtp://") + relay;
    const std::string payload = compose(message);
    Upload upload {payload};

    CurlEasy easy("smtp,smtps", m_caFile, m_timeout);
    CURL* curl = easy.handle();
    curl_easy_setopt(curl, CURLOPT_URL, url.c_str());
    // ALL, not TRY: without STARTTLS curl stops before MAIL FROM (and before AUTH), so nothing travels in clear.
    curl_easy_setopt(curl, CURLOPT_USE_SSL, static_cast<long>(CURLUSESSL_ALL));
    if (!m_smtp.username.empty()) {
        curl_easy_setopt(curl, CURLOPT_USERNAME, m_smtp.username.c_str());
        curl_easy_setopt(curl, CURLOPT_PASSWORD, m_smtp.password.c_str());
    }
    const std::string from = "<" + m_smtp.fromEmail + ">";
    curl_easy_setopt(curl, CURLOPT_MAIL_FROM, from.c_str());
    curl_slist* recipients = curl_slist_append(nullptr, ("<" + message.recipient + ">").c_str());
    curl_easy_setopt(curl, CURLOPT_MAIL_RCPT, recipients);
    curl_easy_setopt(curl, CURLOPT_UPLOAD, 1L);
    curl_easy_setopt(curl, CURLOPT_READFUNCTION, &readUpload);
    curl_easy_setopt(curl, CURLOPT_READDATA, &upload);
    curl_easy_setopt(curl, CURLOPT_INFILESIZE_LARGE, static_cast<curl_off_t>(payload.size()));

    Status result = easy.perform("mail to the relay " + relay);
    curl_slist_free_all(recipients);
    if (!result && easy.resultCode() == CURLE_USE_SSL_FAILED) {
        return Error {ErrorCode::Internal,
                      {},
                      "the mail relay " + relay
                          + " does not offer STARTTLS; nothing was sent (mail is never sent without TLS)"};
    }
    if (!result && easy.resultCode() == CURLE_PEER_FAILED_VERIFICATION) {
        return Error {ErrorCode::Internal,
                      {},
                      result.error().message + "; check NOTIFY_CA_FILE and that SMTP_HOST matches the certificate"};
    }
    return result;
}

} // namespace hss::server
