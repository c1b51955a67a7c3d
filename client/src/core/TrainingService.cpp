// SPDX-License-Identifier: MIT
#include "TrainingService.h"

#include <algorithm>

#include "CertificateExpiry.h"
#include "FutureSupport.h"
#include "StoreWorker.h"
#include "hss/Clock.h"
#include "storage/TrainingRepository.h"
#include "sync/LocalChanges.h"

namespace hss::client {

TrainingService::TrainingService(StoreWorker& worker, LocalChanges& changes, const Clock& clock, QObject* parent)
    : QObject(parent)
    , m_worker(worker)
    , m_changes(changes)
    , m_clock(clock)
    , m_renewalWindowDays(CertificateExpiry::defaultRenewalWindowDays)
{ }

qint64 TrainingService::nowMs() const
{
    return m_clock.nowMs();
}

LearningPath TrainingService::pathForRoles(const std::set<Role>& roles)
{
    if (roles.contains(Role::Admin)) {
        return LearningPath::Administrator;
    }
    if (roles.contains(Role::MedicalAgent) || roles.contains(Role::ComplianceOfficer)) {
        return LearningPath::HealthcareProfessional;
    }
    return LearningPath::NewUser;
}

int TrainingService::progressPercent(const Course& course, const Enrollment& enrollment)
{
    if (enrollment.status == EnrollmentStatus::Completed) {
        return 100;
    }
    if (course.modules.empty()) {
        return 0;
    }
    const auto done = std::count_if(course.modules.cbegin(), course.modules.cend(), [&](const CourseModule& m) {
        return std::find(enrollment.completedModuleIds.cbegin(), enrollment.completedModuleIds.cend(), m.id)
            != enrollment.completedModuleIds.cend();
    });
    return static_cast<int>(done * 100 / static_cast<long>(course.modules.size()));
}

Result<Enrollment> TrainingService::withModuleCompleted(const Course& course, Enrollment enrollment,
                                                        const Uuid& moduleId, qint64 nowMs)
{
    const auto inCourse = [&](const Uuid& id) {
        return std::any_of(course.modules.cbegin(), course.modules.cend(),
                           [&](const CourseModule& m) { return m.id == id; });
    };
    if (!inCourse(moduleId)) {
        return Error {ErrorCode::InvalidArgument, "completed_module_ids", "the module is not part of this course"};
    }
    auto& done = enrollment.completedModuleIds;
    if (std::find(done.cbegin(), done.cend(), moduleId) == done.cend()) {
        done.push_back(moduleId);
    }
    const bool all = std::all_of(course.modules.cbegin(), course.modules.cend(), [&](const CourseModule& m) {
        return std::find(done.cbegin(), done.cend(), m.id) != done.cend();
    });
    if (all) {
        if (enrollment.status != EnrollmentStatus::Completed) {
            enrollment.status = EnrollmentStatus::Completed;
            enrollment.completedAt = std::max<std::int64_t>(nowMs, enrollment.enrolledAt);
        }
    } else {
        enrollment.status = EnrollmentStatus::InProgress;
        enrollment.completedAt.reset();
    }
    return enrollment;
}

TrainingSnapshot TrainingService::read(LocalStore& store, const Uuid& userId)
{
    const TrainingRepository training(store.database());
    TrainingSnapshot snapshot;
    snapshot.courses = training.courses();
    std::stable_sort(snapshot.courses.begin(), snapshot.courses.end(),
                     [](const Course& a, const Course& b) { return a.title < b.title; });
    for (Course& course : snapshot.courses) {
        std::sort(course.modules.begin(), course.modules.end(),
                  [](const CourseModule& a, const CourseModule& b) { return a.order < b.order; });
    }
    snapshot.enrollments = training.enrollmentsOf(userId);
    snapshot.certificates = training.certificatesOf(userId);
    return snapshot;
}

QFuture<TrainingSnapshot> TrainingService::reload()
{
    const Uuid userId = m_changes.userId();
    auto read =
        m_worker.run<TrainingSnapshot>([userId](LocalStore& store) { return TrainingService::read(store, userId); });
    return thenOn(read, this, [this](TrainingSnapshot snapshot) {
        m_snapshot = snapshot;
        emit loaded(m_snapshot);
        announceRenewals();
        return snapshot;
    });
}

void TrainingService::announceRenewals()
{
    const qint64 now = m_clock.nowMs();
    int expiring = 0;
    int expired = 0;
    for (const Certificate& certificate : m_snapshot.certificates) {
        const auto state = CertificateExpiry::state(certificate, now, m_renewalWindowDays);
        const QString id = QString::fromStdString(certificate.id.toString());
        if (state == CertificateExpiry::State::Valid || m_announced.contains(id)) {
            continue;
        }
        m_announced.insert(id);
        (state == CertificateExpiry::State::Expired ? expired : expiring) += 1;
    }
    if (expiring == 0 && expired == 0) {
        return;
    }
    QString notice;
    if (expiring > 0) {
        notice = tr("%n certificate(s) expire within %1 days: renew them on the Training page.", nullptr, expiring)
                     .arg(m_renewalWindowDays);
    }
    if (expired > 0) {
        if (!notice.isEmpty()) {
            notice += QLatin1Char(' ');
        }
        notice += tr("%n certificate(s) have expired.", nullptr, expired);
    }
    emit renewalDue(notice);
}

void TrainingService::storeChanged()
{
    m_reloadAfterChanges.request();
}

QFuture<Result<Enrollment>> TrainingService::enrol(const Uuid& courseId)
{
    return thenOn(m_changes.enrol(courseId), this, [this](Result<Enrollment> enrolled) {
        if (enrolled) {
            reload();
        }
        return enrolled;
    });
}

QFuture<Result<Enrollment>> TrainingService::completeModule(const Uuid& courseId, const Uuid& moduleId)
{
    const Course* course = m_snapshot.course(courseId);
    const Enrollment* enrollment = m_snapshot.enrollmentIn(courseId);
    if (!course || !enrollment) {
        return QtFuture::makeReadyFuture(
            Result<Enrollment>(Error {ErrorCode::NotFound, "course_id", "not enrolled in this course"}));
    }
    auto next = withModuleCompleted(*course, *enrollment, moduleId, m_clock.nowMs());
    if (!next) {
        return QtFuture::makeReadyFuture(next);
    }
    return thenOn(m_changes.updateEnrollment(next.value()), this, [this](Result<Enrollment> saved) {
        if (saved) {
            reload();
        }
        return saved;
    });
}

} // namespace hss::client
