// SPDX-License-Identifier: MIT
#pragma once

#include <cstddef>
#include <string_view>

#include <Poco/Data/Session.h>

#include "NotificationSettings.h"

namespace hss {
class Clock;
struct Feedback;
} // namespace hss

namespace hss::server {

class Database;
class FieldCipher;

/// The escalation trigger of the sentiment analysis and of patient-safety reports: strongly negative feedback (score
/// at or below hss::sentiment::strongNegativeThreshold), or feedback whose safety outcome is incorrect or near_miss,
/// about a ticket of category medical_clinical alerts the supervisors of
/// the ticket's team (every supervisor when the ticket has no team yet), by e-mail to each active one when e-mail
/// is on and once on Slack when Slack is on. The messages go into the notification outbox on the caller's session,
/// inside the caller's write transaction, like the SLA notifications. They carry the ticket number, category,
/// score and label, the safety outcome and a link, never the comment (it may name a patient). A safety report's
/// messages carry safetyEvent, others event. Cheap to construct.
class FeedbackAlert final
{
public:
    static constexpr std::string_view event = "feedback.negative_clinical";
    static constexpr std::string_view safetyEvent = "feedback.safety_outcome";

    FeedbackAlert(Database& database, const FieldCipher& cipher, const Clock& clock, NotificationSettings settings);

    /// True when \a feedback is strongly negative or reports an unsafe AI decision, and is about a ticket; whether
    /// the ticket is clinical needs the database (feedbackStored()).
    static bool mayAlert(const Feedback& feedback);

    /// After \a feedback was stored: queues the alerts when it qualifies and returns how many (0 when it does not
    /// qualify, its ticket does not exist or nobody can be reached).
    std::size_t feedbackStored(Poco::Data::Session& session, const Feedback& feedback) const;

private:
    Database& m_database;
    const FieldCipher& m_cipher;
    const Clock& m_clock;
    NotificationSettings m_settings;
};

} // namespace hss::server
