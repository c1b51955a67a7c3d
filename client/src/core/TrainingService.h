// SPDX-License-Identifier: MIT
#pragma once

#include <QFuture>
#include <QObject>
#include <QSet>
#include <QString>
#include <set>

#include "CoalescedCall.h"
#include "TrainingSnapshot.h"
#include "hss/LearningPath.h"
#include "hss/Result.h"
#include "hss/Role.h"

namespace hss {
class Clock;
}

namespace hss::client {

class LocalChanges;
class LocalStore;
class StoreWorker;

/// The training page's controller: reads the catalogue, the user's enrolments and certificates on the store's
/// thread and writes enrolments through LocalChanges, so enrolling and finishing modules work offline and reach the
/// server with the next push. The server issues the certificate when it receives the completed enrolment; it
/// comes back with the next pull.
class TrainingService final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TrainingService)

public:
    /// Owns none of them; all must outlive the service.
    TrainingService(StoreWorker& worker, LocalChanges& changes, const Clock& clock, QObject* parent = nullptr);

    /// Reads everything again; emits loaded() and, when certificates newly need renewal, renewalDue().
    QFuture<TrainingSnapshot> reload();
    const TrainingSnapshot& snapshot() const { return m_snapshot; }

    QFuture<Result<Enrollment>> enrol(const Uuid& courseId);
    /// Marks \a moduleId of the user's enrolment in \a courseId finished; the enrolment becomes completed (with the
    /// time) once every module of the course is.
    QFuture<Result<Enrollment>> completeModule(const Uuid& courseId, const Uuid& moduleId);

    /// Days before expiry from which a certificate is flagged (CertificateExpiry::defaultRenewalWindowDays).
    void setRenewalWindowDays(int days) { m_renewalWindowDays = days; }
    int renewalWindowDays() const { return m_renewalWindowDays; }
    qint64 nowMs() const;

    /// The path preselected for a user: administrators get Administrator, clinical and compliance staff
    /// HealthcareProfessional, everybody else NewUser (Developer is for integrators and chosen by hand).
    static LearningPath pathForRoles(const std::set<Role>& roles);
    /// Finished modules of the course in percent (0..100); 100 for a completed enrolment.
    static int progressPercent(const Course& course, const Enrollment& enrollment);
    /// \a enrollment with \a moduleId finished at nowMs; InvalidArgument when the module is not in the course.
    static Result<Enrollment> withModuleCompleted(const Course& course, Enrollment enrollment, const Uuid& moduleId,
                                                  qint64 nowMs);
    static TrainingSnapshot read(LocalStore& store, const Uuid& userId);

public slots:
    /// Connect to ConsoleSession::storeChanged: sync may have brought courses or a certificate.
    void storeChanged();

signals:
    void loaded(const hss::client::TrainingSnapshot& snapshot);
    /// Certificates expired or expiring within the renewal window that were not announced before; \a notice is
    /// ready to show (MainWindow can pass it to its notice area).
    void renewalDue(const QString& notice);

private:
    void announceRenewals();

    StoreWorker& m_worker;
    LocalChanges& m_changes;
    const Clock& m_clock;
    TrainingSnapshot m_snapshot;
    QSet<QString> m_announced; ///< certificate ids already in a renewalDue notice
    int m_renewalWindowDays;
    CoalescedCall m_reloadAfterChanges {this, [this] { reload(); }};
};

} // namespace hss::client
