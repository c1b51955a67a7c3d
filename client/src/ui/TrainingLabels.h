// SPDX-License-Identifier: MIT
#pragma once

#include <QCoreApplication>
#include <QString>

#include "hss/CertificationProgram.h"
#include "hss/EnrollmentStatus.h"
#include "hss/LearningPath.h"

namespace hss::client {

/// Translated names of the training enums, shared by the training page, its models and the certificate PDF.
class TrainingLabels final
{
    Q_DECLARE_TR_FUNCTIONS(TrainingLabels)

public:
    static QString path(LearningPath path);
    /// What the path covers, as the seed describes it.
    static QString pathDescription(LearningPath path);
    static QString program(CertificationProgram program);
    /// What the program certifies, as the seed describes it.
    static QString programDescription(CertificationProgram program);
    static QString status(EnrollmentStatus status);
};

} // namespace hss::client
