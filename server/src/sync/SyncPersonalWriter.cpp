// SPDX-License-Identifier: MIT
#include "SyncPersonalWriter.h"

#include <string>

#include "../app/ServerServices.h"
#include "../notify/FeedbackAlert.h"
#include "../notify/NotificationSettings.h"
#include "../resources/EnrollmentIntake.h"
#include "../resources/FeedbackIntake.h"
#include "../storage/FeedbackRepository.h"
#include "../storage/TrainingRepository.h"
#include "hss/Clock.h"
#include "hss/sync/EnrollmentMerge.h"

namespace hss::server {

namespace {

sync::MutationResult rejected(const sync::Mutation& mutation, std::string reason)
{
    return sync::MutationResult {mutation.mutationId, sync::MutationOutcome::Rejected, std::move(reason), 0, {}, {}};
}

// Personal records have no revision column: a console takes each pulled row whole, so revision 1 is all it needs.
sync::MutationResult taken(const sync::Mutation& mutation,
                           sync::MutationOutcome outcome = sync::MutationOutcome::Applied, std::string reason = {})
{
    return sync::MutationResult {mutation.mutationId, outcome, std::move(reason), 1, {}, {}};
}

} // namespace

SyncPersonalWriter::SyncPersonalWriter(ServerServices& services)
    : m_services(services)
{ }

sync::MutationResult SyncPersonalWriter::createFeedback(Poco::Data::Session& session, const Principal& principal,
                                                        const sync::Mutation& mutation)
{
    auto feedback = feedbackFromJson(mutation.fields);
    if (!feedback) {
        return rejected(mutation, describe(feedback.error()));
    }
    if (feedback.value().id != mutation.entityId) {
        return rejected(mutation, "fields.id differs from entity_id");
    }
    auto accepted = acceptFeedback(feedback.value(), principal, m_services.clock.nowMs());
    if (!accepted) {
        return rejected(mutation, describe(accepted.error()));
    }
    FeedbackRepository repository(m_services.database);
    auto added = repository.add(session, accepted.value(), mutation.hlc.toString());
    if (!added && added.error().code == ErrorCode::Conflict) {
        // Another mutation with the same entry (a requeued copy): the same feedback when it is the same author's.
        auto existing = repository.find(session, mutation.entityId.toString());
        if (existing && existing.value().authorId == accepted.value().authorId) {
            return taken(mutation);
        }
        return rejected(mutation, "feedback with this id was given by someone else");
    }
    if (!added) {
        return rejected(mutation, describe(added.error()));
    }
    // Feedback given offline escalates like feedback given online, in the same transaction as the entry.
    FeedbackAlert(m_services.database, m_services.cipher, m_services.clock,
                  NotificationSettings::fromConfig(m_services.config))
        .feedbackStored(session, added.value());
    return taken(mutation);
}

sync::MutationResult SyncPersonalWriter::saveEnrollment(Poco::Data::Session& session, const Principal& principal,
                                                        const sync::Mutation& mutation)
{
    auto incoming = enrollmentFromJson(mutation.fields);
    if (!incoming) {
        return rejected(mutation, describe(incoming.error()));
    }
    const Enrollment& copy = incoming.value();
    if (copy.id != mutation.entityId) {
        return rejected(mutation, "fields.id differs from entity_id");
    }
    if (copy.userId.toString() != principal.userId) {
        return rejected(mutation, "an enrolment can only be made or changed by its learner");
    }
    TrainingRepository training(m_services.database);
    auto course = training.findCourse(session, copy.courseId.toString());
    if (!course) {
        return rejected(mutation, "the course no longer exists on the server");
    }
    if (auto allowed = checkEnrollment(copy, principal, course.value()); !allowed) {
        return rejected(mutation, describe(allowed.error()));
    }
    const std::string hlc = mutation.hlc.toString();
    auto stored = training.findEnrollment(session, copy.id.toString());
    if (stored && stored.value().userId != copy.userId) {
        return rejected(mutation, "this enrolment belongs to someone else");
    }
    if (stored && stored.value().courseId != copy.courseId) {
        return rejected(mutation, "an enrolment keeps its course");
    }
    if (!stored) {
        stored = training.findEnrollmentOf(session, copy.userId, copy.courseId);
        if (!stored) {
            auto created = training.enroll(session, copy, hlc);
            if (!created) {
                return rejected(mutation, describe(created.error()));
            }
            auto certificate =
                issueEarnedCertificate(training, session, created.value(), course.value(), m_services.clock.nowMs());
            if (!certificate) {
                return rejected(mutation, describe(certificate.error()));
            }
            return taken(mutation);
        }
    }
    const Enrollment merged = sync::mergeEnrollment(stored.value(), copy);
    if (auto allowed = checkEnrollment(merged, principal, course.value()); !allowed) {
        return rejected(mutation, describe(allowed.error()));
    }
    if (merged != stored.value()) {
        if (auto saved = training.saveProgress(session, merged, hlc); !saved) {
            return rejected(mutation, describe(saved.error()));
        }
        // The pulled enrolment carries the certificate (SyncPersonalRows), so no feed entry of its own is needed.
        auto certificate = issueEarnedCertificate(training, session, merged, course.value(), m_services.clock.nowMs());
        if (!certificate) {
            return rejected(mutation, describe(certificate.error()));
        }
    }
    if (merged.id != copy.id) {
        // Made offline while the server already had this user in the course: consoles keep only the server's one.
        training.recordEnrollmentGone(session, copy.id.toString(), hlc);
        return taken(mutation, sync::MutationOutcome::Merged,
                     "you were already enrolled in this course; the progress was merged into that enrolment");
    }
    return merged == copy ? taken(mutation) : taken(mutation, sync::MutationOutcome::Merged);
}

} // namespace hss::server
