// SPDX-License-Identifier: MIT
#include "TrainingLabels.h"

namespace hss::client {

QString TrainingLabels::path(LearningPath path)
{
    switch (path) {
    case LearningPath::NewUser:
        return tr("New user");
    case LearningPath::HealthcareProfessional:
        return tr("Healthcare professional");
    case LearningPath::Administrator:
        return tr("Administrator");
    case LearningPath::Developer:
        return tr("Developer");
    }
    return {};
}

QString TrainingLabels::pathDescription(LearningPath path)
{
    switch (path) {
    case LearningPath::NewUser:
        return tr("Basic training and orientation");
    case LearningPath::HealthcareProfessional:
        return tr("Medical workflows and features");
    case LearningPath::Administrator:
        return tr("System management and configuration");
    case LearningPath::Developer:
        return tr("API integration and customization");
    }
    return {};
}

QString TrainingLabels::program(CertificationProgram program)
{
    switch (program) {
    case CertificationProgram::MedicalAi:
        return tr("Medical AI Certification");
    case CertificationProgram::DataSecuritySpecialist:
        return tr("Data Security Specialist");
    case CertificationProgram::PlatformAdministrator:
        return tr("Platform Administrator");
    case CertificationProgram::ComplianceOfficer:
        return tr("Compliance Officer");
    }
    return {};
}

QString TrainingLabels::programDescription(CertificationProgram program)
{
    switch (program) {
    case CertificationProgram::MedicalAi:
        return tr("Healthcare AI best practices");
    case CertificationProgram::DataSecuritySpecialist:
        return tr("Advanced security training");
    case CertificationProgram::PlatformAdministrator:
        return tr("System administration");
    case CertificationProgram::ComplianceOfficer:
        return tr("Regulatory compliance");
    }
    return {};
}

QString TrainingLabels::status(EnrollmentStatus status)
{
    switch (status) {
    case EnrollmentStatus::Enrolled:
        return tr("Enrolled");
    case EnrollmentStatus::InProgress:
        return tr("In progress");
    case EnrollmentStatus::Completed:
        return tr("Completed");
    case EnrollmentStatus::Withdrawn:
        return tr("Withdrawn");
    }
    return {};
}

} // namespace hss::client
