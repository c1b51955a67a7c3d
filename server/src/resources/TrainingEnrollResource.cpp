// SPDX-License-Identifier: MIT
#include "TrainingEnrollResource.h"

#include <Poco/Net/HTTPServerRequest.h>
#include <Poco/Net/HTTPServerResponse.h>

#include "../authz/AuditTrail.h"
#include "../authz/Authenticator.h"
#include "../http/HttpErrors.h"
#include "../http/JsonResponse.h"
#include "../storage/TrainingRepository.h"
#include "DomainErrors.h"
#include "EnrollmentIntake.h"
#include "hss/Clock.h"

namespace hss::server {

TrainingEnrollResource::TrainingEnrollResource(ServerServices& services, const PathParams& params)
    : m_services(services)
    , m_courseId(params.at("courseId"))
{ }

void TrainingEnrollResource::post(Poco::Net::HTTPServerRequest& request, Poco::Net::HTTPServerResponse& response)
{
    const Principal principal = m_services.authenticator.authenticate(request);
    auto courseId = Uuid::parse(m_courseId, "courseId");
    auto userId = Uuid::parse(principal.userId);
    TrainingRepository repository(m_services.database);
    auto course = courseId ? repository.findCourse(courseId.value().toString()) : Result<Course>(courseId.error());
    if (!course || !userId) {
        throw NotFound("no course with this id");
    }
    for (const Enrollment& existing : repository.enrollmentsOf(userId.value())) {
        if (existing.courseId == courseId.value()) {
            sendJson(response, Poco::Net::HTTPResponse::HTTP_OK, toJson(existing));
            return;
        }
    }
    Enrollment enrollment;
    enrollment.id = Uuid::createV7();
    enrollment.courseId = courseId.value();
    enrollment.userId = userId.value();
    enrollment.status = EnrollmentStatus::Enrolled;
    enrollment.enrolledAt = m_services.clock.nowMs();
    if (auto allowed = checkEnrollment(enrollment, principal, course.value()); !allowed) {
        throwDomainError(allowed.error());
    }
    auto stored = repository.enroll(enrollment);
    if (!stored) {
        throwDomainError(stored.error());
    }
    m_services.audit.record(request, &principal, "training.enroll", "course", courseId.value().toString(), "success");
    sendJson(response, Poco::Net::HTTPResponse::HTTP_CREATED, toJson(stored.value()));
}

} // namespace hss::server
