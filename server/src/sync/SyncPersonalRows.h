// SPDX-License-Identifier: MIT
#pragma once

#include <map>
#include <string>
#include <vector>

#include <Poco/Data/Session.h>
#include <nlohmann/json.hpp>

#include "../auth/Principal.h"
#include "hss/Certificate.h"
#include "hss/Enrollment.h"
#include "hss/Feedback.h"
#include "hss/sync/SyncEntity.h"

namespace hss::server {

class Database;
struct FeedEntry;

/// The feedback and enrolments of one pull page, loaded in one go and scoped like the REST API: an enrolment only
/// to its learner; feedback to its author and to the roles that may read all feedback (GET /api/feedback,
/// AccessPolicy::canReadFeedback()). An enrolment's JSON carries the learner's certificate for its course under
/// "certificate" once one was issued, so certificates reach consoles without a sync entity of their own.
class SyncPersonalRows final
{
public:
    /// Loads the live feedback and enrolment rows among \a entries that \a principal may see.
    SyncPersonalRows(Database& database, Poco::Data::Session& session, const Principal& principal,
                     const std::vector<FeedEntry>& entries);

    /// The row's JSON, or null when it is gone or not for this principal.
    nlohmann::json data(sync::SyncEntity entity, const std::string& id) const;

private:
    std::map<std::string, Feedback> m_feedback;
    std::map<std::string, Enrollment> m_enrollments;
    std::map<std::string, Certificate> m_certificates; ///< the learner's newest per course id
};

} // namespace hss::server
