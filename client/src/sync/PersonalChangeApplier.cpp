// SPDX-License-Identifier: MIT
#include "PersonalChangeApplier.h"

#include <nlohmann/json.hpp>

#include "hss/Certificate.h"
#include "hss/Enrollment.h"
#include "hss/Feedback.h"
#include "storage/FeedbackRepository.h"
#include "storage/OutboxRepository.h"
#include "storage/TrainingRepository.h"

namespace hss::client {

namespace {

QString idText(const Uuid& id)
{
    return QString::fromStdString(id.toString());
}

QString enrollmentEntity()
{
    const std::string_view name = sync::toString(sync::SyncEntity::Enrollment);
    return QString::fromUtf8(name.data(), static_cast<qsizetype>(name.size()));
}

} // namespace

PersonalChangeApplier::PersonalChangeApplier(const QSqlDatabase& db)
    : m_db(db)
    , m_enrollmentsWithPending(OutboxRepository(db).entitiesWithPending(enrollmentEntity()))
{ }

std::optional<StoreError> PersonalChangeApplier::write(const sync::Change& change, QString& skipped)
{
    switch (change.entity) {
    case sync::SyncEntity::Enrollment:
        return writeEnrollment(change, skipped);
    case sync::SyncEntity::Feedback:
        return writeFeedback(change, skipped);
    default:
        skipped = QStringLiteral("not a personal record");
        return std::nullopt;
    }
}

std::optional<StoreError> PersonalChangeApplier::writeEnrollment(const sync::Change& change, QString& skipped)
{
    TrainingRepository training(m_db);
    nlohmann::json data = change.data;
    if (data.is_object() && data.contains("certificate")) {
        // The server sends the certificate a completed enrolment earned inside the enrolment; stored even when a
        // local change of the enrolment is still waiting, since only the server issues certificates.
        auto certificate = certificateFromJson(data["certificate"]);
        if (!certificate) {
            skipped = QString::fromStdString(describe(certificate.error()));
            return std::nullopt;
        }
        if (auto error = training.upsertCertificate(certificate.value())) {
            return error;
        }
        data.erase("certificate");
    }
    if (m_enrollmentsWithPending.contains(idText(change.id))) {
        return std::nullopt; // the waiting local change holds the whole enrolment and wins locally
    }
    if (change.deleted) {
        return training.removeEnrollment(change.id);
    }
    auto enrollment = enrollmentFromJson(data);
    if (!enrollment) {
        skipped = QString::fromStdString(describe(enrollment.error()));
        return std::nullopt;
    }
    for (const Enrollment& local : training.enrollmentsOf(enrollment.value().userId)) {
        if (local.courseId == enrollment.value().courseId && local.id != enrollment.value().id
            && !m_enrollmentsWithPending.contains(idText(local.id))) {
            if (auto error = training.removeEnrollment(local.id)) {
                return error;
            }
        }
    }
    if (training.upsertEnrollment(enrollment.value())) {
        skipped = QStringLiteral("its course is not in the local store");
    }
    return std::nullopt;
}

std::optional<StoreError> PersonalChangeApplier::writeFeedback(const sync::Change& change, QString& skipped)
{
    FeedbackRepository feedback(m_db);
    if (change.deleted) {
        return feedback.remove(change.id);
    }
    auto entry = feedbackFromJson(change.data);
    if (!entry) {
        skipped = QString::fromStdString(describe(entry.error()));
        return std::nullopt;
    }
    return feedback.upsert(entry.value()); // the server's copy: its date and, later, its sentiment score
}

} // namespace hss::client
