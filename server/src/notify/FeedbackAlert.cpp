// SPDX-License-Identifier: MIT
#include "FeedbackAlert.h"

#include <algorithm>
#include <cstdio>
#include <vector>

#include "../storage/NotificationOutboxRepository.h"
#include "../storage/TicketRepository.h"
#include "../storage/UserRepository.h"
#include "NotificationChannel.h"
#include "hss/Clock.h"
#include "hss/Feedback.h"
#include "hss/Ticket.h"
#include "hss/User.h"
#include "hss/sentiment/SentimentLabel.h"

namespace hss::server {

namespace {

constexpr std::string_view slackRecipient = "slack-webhook";

bool supervises(const User& user, const std::string& team)
{
    return user.active && user.roles.contains(Role::Supervisor)
        && (team.empty() || std::find(user.teams.begin(), user.teams.end(), team) != user.teams.end());
}

std::string formatScore(double score)
{
    char text[16];
    std::snprintf(text, sizeof text, "%.2f", score);
    return text;
}

bool stronglyNegative(const Feedback& feedback)
{
    return feedback.sentimentScore && *feedback.sentimentScore <= sentiment::strongNegativeThreshold;
}

bool unsafeOutcome(const Feedback& feedback)
{
    return feedback.safetyOutcome && *feedback.safetyOutcome != metrics::SafetyOutcome::Correct;
}

} // namespace

FeedbackAlert::FeedbackAlert(Database& database, const FieldCipher& cipher, const Clock& clock,
                             NotificationSettings settings)
    : m_database(database)
    , m_cipher(cipher)
    , m_clock(clock)
    , m_settings(std::move(settings))
{ }

bool FeedbackAlert::mayAlert(const Feedback& feedback)
{
    return feedback.ticketId && (stronglyNegative(feedback) || unsafeOutcome(feedback));
}

std::size_t FeedbackAlert::feedbackStored(Poco::Data::Session& session, const Feedback& feedback) const
{
    if (!mayAlert(feedback)) {
        return 0;
    }
    auto found = TicketRepository(m_database, m_cipher).find(session, feedback.ticketId->toString());
    if (!found || found.value().category != Category::MedicalClinical) {
        return 0;
    }
    const Ticket& ticket = found.value();
    const std::string number = ticket.number ? "#" + std::to_string(*ticket.number) : ticket.id.toString();
    const std::string path = "/api/tickets/" + ticket.id.toString();
    const std::string link = m_settings.publicUrl.empty() ? path : m_settings.publicUrl + path;
    const bool safety = unsafeOutcome(feedback);
    std::string subject = "[HSS] Strongly negative feedback on clinical ticket " + number;
    if (safety) {
        subject = "[HSS] Patient safety report (" + std::string(metrics::toString(*feedback.safetyOutcome))
            + " AI decision) on clinical ticket " + number;
    }
    std::string sentimentLine = "none";
    if (feedback.sentimentScore) {
        const double score = *feedback.sentimentScore;
        sentimentLine =
            formatScore(score) + " (" + std::string(sentiment::toString(sentiment::labelForScore(score))) + ")";
    }
    std::string body = "Ticket: " + number + "\nCategory: " + std::string(toString(ticket.category))
        + "\nTeam: " + (ticket.team.empty() ? std::string("(none)") : ticket.team)
        + "\nFeedback: " + feedback.id.toString() + "\nSentiment: " + sentimentLine + "\n";
    if (feedback.safetyOutcome) {
        body += "AI decision: " + std::string(metrics::toString(*feedback.safetyOutcome)) + "\n";
    }
    body += "Link: " + link + "\n";
    const std::string kind(safety ? safetyEvent : event);

    std::vector<NewNotification> messages;
    if (m_settings.smtp.enabled) {
        for (const User& user : UserRepository(m_database, m_cipher).list()) {
            if (supervises(user, ticket.team) && !user.email.empty()) {
                messages.push_back(
                    {std::string(channelName::email), user.email, subject, body, kind, ticket.id.toString()});
            }
        }
    }
    if (m_settings.slack.enabled) {
        messages.push_back(
            {std::string(channelName::slack), std::string(slackRecipient), subject, body, kind, ticket.id.toString()});
    }
    NotificationOutboxRepository(m_database).enqueue(session, messages, m_clock.nowMs());
    return messages.size();
}

} // namespace hss::server
