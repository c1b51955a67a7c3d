// SPDX-License-Identifier: MIT
#include "SyncPersonalRows.h"

#include "../authz/AccessPolicy.h"
#include "../storage/FeedbackRepository.h"
#include "../storage/SyncFeedRepository.h"
#include "../storage/TrainingRepository.h"

namespace hss::server {

SyncPersonalRows::SyncPersonalRows(Database& database, Poco::Data::Session& session, const Principal& principal,
                                   const std::vector<FeedEntry>& entries)
{
    std::vector<std::string> feedbackIds;
    std::vector<std::string> enrollmentIds;
    for (const FeedEntry& entry : entries) {
        if (entry.deleted) {
            continue;
        }
        if (entry.entity == sync::toString(sync::SyncEntity::Feedback)) {
            feedbackIds.push_back(entry.entityId);
        } else if (entry.entity == sync::toString(sync::SyncEntity::Enrollment)) {
            enrollmentIds.push_back(entry.entityId);
        }
    }
    if (!feedbackIds.empty()) {
        const bool readsAll = AccessPolicy::canReadFeedback(principal);
        for (auto& [id, feedback] : FeedbackRepository(database).findMany(session, feedbackIds)) {
            if (readsAll || feedback.authorId.toString() == principal.userId) {
                m_feedback.emplace(id, std::move(feedback));
            }
        }
    }
    if (!enrollmentIds.empty()) {
        TrainingRepository training(database);
        for (auto& [id, enrollment] : training.findEnrollments(session, enrollmentIds)) {
            if (enrollment.userId.toString() == principal.userId) {
                m_enrollments.emplace(id, std::move(enrollment));
            }
        }
        if (!m_enrollments.empty()) {
            for (Certificate& certificate : training.certificatesOf(session, m_enrollments.begin()->second.userId)) {
                m_certificates.emplace(certificate.courseId.toString(), std::move(certificate)); // newest first
            }
        }
    }
}

nlohmann::json SyncPersonalRows::data(sync::SyncEntity entity, const std::string& id) const
{
    if (entity == sync::SyncEntity::Feedback) {
        if (const auto found = m_feedback.find(id); found != m_feedback.end()) {
            return toJson(found->second);
        }
    } else if (entity == sync::SyncEntity::Enrollment) {
        if (const auto found = m_enrollments.find(id); found != m_enrollments.end()) {
            nlohmann::json data = toJson(found->second);
            if (const auto held = m_certificates.find(found->second.courseId.toString());
                held != m_certificates.end()) {
                data["certificate"] = toJson(held->second);
            }
            return data;
        }
    }
    return nullptr;
}

} // namespace hss::server
