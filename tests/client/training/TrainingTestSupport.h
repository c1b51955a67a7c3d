// SPDX-License-Identifier: MIT
#pragma once

#include <string>
#include <vector>

#include "../editor/EditorTestSupport.h"
#include "hss/Certificate.h"
#include "hss/Course.h"
#include "hss/Feedback.h"
#include "storage/FeedbackRepository.h"
#include "storage/TrainingRepository.h"

namespace hss::test {

inline constexpr std::int64_t dayMs = 24 * hourMs;

/// The editor fixture's real encrypted store and LocalChanges, plus courses, certificates and feedback as a pull
/// stores them.
struct TrainingFixture : EditorFixture
{
    Course seedCourse(const std::string& title, LearningPath path, std::optional<CertificationProgram> program,
                      const std::vector<std::string>& modules)
    {
        Course course;
        course.id = Uuid::createV7();
        course.title = title;
        course.description = "Hands-on course: " + title + ".";
        course.learningPath = path;
        course.certificationProgram = program;
        course.validityMonths = 12;
        int order = 0;
        for (const std::string& name : modules) {
            CourseModule module;
            module.id = Uuid::createV7();
            module.title = name;
            module.order = order++;
            module.durationMinutes = 15 + 5 * order;
            course.modules.push_back(module);
        }
        const bool stored = run<bool>([course](client::LocalStore& store) {
            return !client::TrainingRepository(store.database()).upsertCourse(course);
        });
        return stored ? course : Course {};
    }

    Certificate seedCertificate(const Course& course, std::int64_t issuedAt, std::int64_t expiresAt,
                                const std::string& serial)
    {
        Certificate certificate;
        certificate.id = Uuid::createV7();
        certificate.userId = userId;
        certificate.courseId = course.id;
        certificate.program = course.certificationProgram;
        certificate.issuedAt = issuedAt;
        certificate.expiresAt = expiresAt;
        certificate.serial = serial;
        const bool stored = run<bool>([certificate](client::LocalStore& store) {
            return !client::TrainingRepository(store.database()).upsertCertificate(certificate);
        });
        return stored ? certificate : Certificate {};
    }

    std::vector<Enrollment> storedEnrollments()
    {
        const Uuid user = userId;
        return run<std::vector<Enrollment>>([user](client::LocalStore& store) {
            return client::TrainingRepository(store.database()).enrollmentsOf(user);
        });
    }

    std::vector<Feedback> storedFeedback()
    {
        return run<std::vector<Feedback>>(
            [](client::LocalStore& store) { return client::FeedbackRepository(store.database()).recent(1000); });
    }

    /// Outbox entries for \a entity ("enrollment", "feedback").
    std::vector<client::OutboxEntry> outboxFor(const QString& entity)
    {
        std::vector<client::OutboxEntry> matching;
        for (const client::OutboxEntry& entry : outbox()) {
            if (entry.entity == entity) {
                matching.push_back(entry);
            }
        }
        return matching;
    }
};

} // namespace hss::test
