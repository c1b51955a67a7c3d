// SPDX-License-Identifier: MIT
#include "NotificationSender.h"

#include <algorithm>
#include <array>
#include <cmath>

#include <Poco/Exception.h>
#include <Poco/Logger.h>

#include "../storage/NotificationOutboxRepository.h"
#include "../storage/WriteQueue.h"
#include "SlackChannel.h"
#include "SmsChannel.h"
#include "SmtpChannel.h"
#include "hss/Clock.h"

namespace hss::server {

namespace {

constexpr std::array knownChannels {channelName::email, channelName::slack, channelName::sms};

Poco::Logger& logger()
{
    return Poco::Logger::get("hss.notify");
}

std::string switchedOff(std::string_view channel)
{
    if (channel == channelName::email) {
        return "e-mail notifications are switched off (ENABLE_EMAIL_NOTIFICATIONS)";
    }
    if (channel == channelName::slack) {
        return "Slack notifications are switched off (ENABLE_SLACK_NOTIFICATIONS)";
    }
    if (channel == channelName::sms) {
        return "SMS notifications are switched off (ENABLE_SMS_NOTIFICATIONS)";
    }
    return "unknown notification channel '" + std::string(channel) + "'";
}

std::string describeCurrentException()
{
    try {
        throw;
    } catch (const Poco::Exception& error) {
        return error.displayText();
    } catch (const std::exception& error) {
        return error.what();
    } catch (...) {
        return "unknown error";
    }
}

} // namespace

NotificationSender::NotificationSender(Database& database, WriteQueue& writes, const Clock& clock, Policy policy,
                                       Channels channels)
    : m_database(database)
    , m_writes(writes)
    , m_clock(clock)
    , m_policy(policy)
    , m_channels(std::move(channels))
    , m_random(std::random_device {}())
{ }

NotificationSender::~NotificationSender()
{
    stop();
}

NotificationSender::Channels NotificationSender::channelsFor(const NotificationSettings& settings, const Clock& clock)
{
    Channels channels;
    if (settings.smtp.enabled) {
        channels.emplace(channelName::email,
                         std::make_unique<SmtpChannel>(settings.smtp, settings.caFile, settings.timeout, clock));
    }
    if (settings.slack.enabled) {
        channels.emplace(channelName::slack,
                         std::make_unique<SlackChannel>(settings.slack.webhookUrl, settings.caFile, settings.timeout));
    }
    if (settings.sms.enabled) {
        channels.emplace(channelName::sms,
                         std::make_unique<SmsChannel>(settings.sms, settings.caFile, settings.timeout));
    }
    return channels;
}

NotificationSender::Policy NotificationSender::policyFor(const NotificationSettings& settings)
{
    Policy policy;
    policy.maxAttempts = settings.retry.maxAttempts;
    policy.baseDelay = settings.retry.baseDelay;
    policy.maxDelay = settings.retry.maxDelay;
    // Long enough that a live sender always finishes its attempt before anyone else may take the message over.
    policy.lease = settings.timeout * 2 + std::chrono::minutes(1);
    policy.pollInterval = settings.pollInterval;
    return policy;
}

std::chrono::milliseconds NotificationSender::retryDelay(const Policy& policy, int attempts, double jitter)
{
    const double exponent = std::clamp(attempts - 1, 0, 40);
    const double uncapped = static_cast<double>(policy.baseDelay.count()) * std::pow(2.0, exponent);
    const double capped = std::min(uncapped, static_cast<double>(policy.maxDelay.count()));
    return std::chrono::milliseconds(static_cast<std::int64_t>(capped * std::clamp(jitter, 0.5, 1.0)));
}

double NotificationSender::nextJitter()
{
    // Jitter spreads the retries of many messages that failed together (a relay outage) so they do not return at once.
    const std::lock_guard lock(m_randomMutex);
    return std::uniform_real_distribution<double>(0.5, 1.0)(m_random);
}

std::size_t NotificationSender::runDue()
{
    std::size_t attempted = 0;
    for (const std::string_view channel : knownChannels) {
        attempted += runDue(channel);
    }
    return attempted;
}

std::size_t NotificationSender::runDue(std::string_view channel)
{
    const std::int64_t now = m_clock.nowMs();
    std::vector<NotificationRecord> claimed;
    m_writes.run([&](Poco::Data::Session& session) {
        NotificationOutboxRepository outbox(m_database);
        if (const int buried = outbox.buryLapsedClaims(session, channel, now, m_policy.maxAttempts); buried > 0) {
            logger().warning("%d %s notification(s) dead: their sender stopped during the last attempt", buried,
                             std::string(channel));
        }
        claimed = outbox.claimDue(session, channel, now, now + m_policy.lease.count(), m_policy.maxAttempts,
                                  m_policy.batchSize);
    });
    for (const NotificationRecord& message : claimed) {
        attempt(channel, message);
    }
    return claimed.size();
}

void NotificationSender::attempt(std::string_view channel, const NotificationRecord& message)
{
    Status delivered = Error {ErrorCode::Internal, {}, switchedOff(channel)};
    if (const auto it = m_channels.find(channel); it != m_channels.end()) {
        try {
            delivered = it->second->deliver(message);
        } catch (...) {
            delivered = Error {ErrorCode::Internal, {}, describeCurrentException()};
        }
    }
    const std::int64_t now = m_clock.nowMs();
    const bool retry = !delivered && message.attempts < m_policy.maxAttempts;
    const std::optional<std::int64_t> retryAt = retry
        ? std::optional<std::int64_t>(now + retryDelay(m_policy, message.attempts, nextJitter()).count())
        : std::nullopt;
    bool recorded = false;
    m_writes.run([&](Poco::Data::Session& session) {
        NotificationOutboxRepository outbox(m_database);
        recorded = delivered ? outbox.markSent(session, message, now)
                             : outbox.markFailed(session, message, delivered.error().message, retryAt);
    });
    // Recipients are requester details: the log names the message by id only.
    if (!recorded) {
        logger().warning("notification %s (%s): its claim lapsed before the outcome was recorded", message.id,
                         std::string(channel));
    } else if (delivered) {
        logger().information("notification %s (%s, %s) sent on attempt %d", message.id, std::string(channel),
                             message.event, message.attempts);
    } else if (retry) {
        logger().warning("notification %s (%s) attempt %d failed, retrying: %s", message.id, std::string(channel),
                         message.attempts, delivered.error().message);
    } else {
        logger().error("notification %s (%s) dead after %d attempts: %s", message.id, std::string(channel),
                       message.attempts, delivered.error().message);
    }
}

void NotificationSender::start()
{
    const std::lock_guard lock(m_mutex);
    if (!m_threads.empty()) {
        return;
    }
    m_stopping = false;
    for (const std::string_view channel : knownChannels) {
        m_threads.emplace_back([this, name = std::string(channel)] { loop(name); });
    }
}

void NotificationSender::stop()
{
    {
        const std::lock_guard lock(m_mutex);
        m_stopping = true;
    }
    m_wakeUp.notify_all();
    for (std::thread& thread : m_threads) {
        thread.join();
    }
    m_threads.clear();
}

void NotificationSender::wake()
{
    {
        const std::lock_guard lock(m_mutex);
        ++m_wakeCount;
    }
    m_wakeUp.notify_all();
}

void NotificationSender::loop(const std::string& channel)
{
    std::uint64_t seenWakes = 0;
    while (true) {
        std::size_t attempted = 0;
        try {
            attempted = runDue(channel);
        } catch (...) {
            logger().error("notification sender (%s): %s", channel, describeCurrentException());
        }
        std::unique_lock lock(m_mutex);
        if (m_stopping) {
            return;
        }
        // A full batch means more may be due already; otherwise sleep until the next poll or a wake().
        if (attempted < static_cast<std::size_t>(m_policy.batchSize)) {
            m_wakeUp.wait_for(lock, m_policy.pollInterval, [&] { return m_stopping || m_wakeCount != seenWakes; });
        }
        seenWakes = m_wakeCount;
        if (m_stopping) {
            return;
        }
    }
}

} // namespace hss::server
