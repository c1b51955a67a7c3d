// SPDX-License-Identifier: MIT
#include "CourseTableModel.h"

#include "core/TrainingService.h"
#include "ui/TrainingLabels.h"

namespace hss::client {

CourseTableModel::CourseTableModel(QObject* parent)
    : QAbstractTableModel(parent)
{ }

void CourseTableModel::setSnapshot(const TrainingSnapshot& snapshot)
{
    m_snapshot = snapshot;
    rebuild();
}

void CourseTableModel::setPathFilter(std::optional<LearningPath> path)
{
    m_filter = path;
    rebuild();
}

void CourseTableModel::rebuild()
{
    beginResetModel();
    m_visible.clear();
    for (const Course& course : m_snapshot.courses) {
        if (!m_filter || course.learningPath == *m_filter) {
            m_visible.push_back(course);
        }
    }
    endResetModel();
}

int CourseTableModel::rowOf(const Uuid& courseId) const
{
    for (std::size_t i = 0; i < m_visible.size(); ++i) {
        if (m_visible[i].id == courseId) {
            return static_cast<int>(i);
        }
    }
    return -1;
}

int CourseTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_visible.size());
}

int CourseTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CourseTableModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const Course& course = m_visible[static_cast<std::size_t>(index.row())];
    const Enrollment* enrollment = m_snapshot.enrollmentIn(course.id);
    const int progress = enrollment ? TrainingService::progressPercent(course, *enrollment) : -1;
    if (role == ProgressRole) {
        return progress;
    }
    if (role == Qt::ToolTipRole && index.column() == Title) {
        return QString::fromStdString(course.description);
    }
    if (role != Qt::DisplayRole) {
        return {};
    }
    switch (index.column()) {
    case Title:
        return QString::fromStdString(course.title);
    case Path:
        return TrainingLabels::path(course.learningPath);
    case Program:
        return course.certificationProgram ? TrainingLabels::program(*course.certificationProgram) : QString();
    case Modules:
        return static_cast<int>(course.modules.size());
    case Progress:
        if (!enrollment) {
            return tr("Not enrolled");
        }
        return enrollment->status == EnrollmentStatus::Completed ? TrainingLabels::status(enrollment->status)
                                                                 : tr("%1 %").arg(progress);
    default:
        return {};
    }
}

QVariant CourseTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return {};
    }
    switch (section) {
    case Title:
        return tr("Course");
    case Path:
        return tr("Learning path");
    case Program:
        return tr("Certification");
    case Modules:
        return tr("Modules");
    case Progress:
        return tr("Progress");
    default:
        return {};
    }
}

} // namespace hss::client
