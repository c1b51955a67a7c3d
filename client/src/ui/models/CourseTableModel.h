// SPDX-License-Identifier: MIT
#pragma once

#include <QAbstractTableModel>
#include <optional>
#include <vector>

#include "core/TrainingSnapshot.h"
#include "hss/LearningPath.h"

namespace hss::client {

/// The course catalogue with the user's progress in each course, optionally limited to one learning path.
class CourseTableModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CourseTableModel)

public:
    enum Column { Title, Path, Program, Modules, Progress, ColumnCount };
    /// The course's progress in percent (int), or -1 when not enrolled; for delegates and tests.
    static constexpr int ProgressRole = Qt::UserRole + 1;

    explicit CourseTableModel(QObject* parent = nullptr);

    void setSnapshot(const TrainingSnapshot& snapshot);
    /// Only courses of \a path from now on; nothing for all paths.
    void setPathFilter(std::optional<LearningPath> path);
    std::optional<LearningPath> pathFilter() const { return m_filter; }
    const Course& course(int row) const { return m_visible.at(static_cast<std::size_t>(row)); }
    /// The row of \a courseId, or -1 when it is not shown.
    int rowOf(const Uuid& courseId) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    void rebuild();

    TrainingSnapshot m_snapshot;
    std::vector<Course> m_visible;
    std::optional<LearningPath> m_filter;
};

} // namespace hss::client
