// SPDX-License-Identifier: MIT
#pragma once

#include <QWidget>

#include "core/TrainingSnapshot.h"
#include "hss/User.h"

class QComboBox;
class QLabel;
class QListWidget;
class QProgressBar;
class QPushButton;
class QTableView;

namespace hss::client {

class CertificateListWidget;
class CourseTableModel;
class TrainingService;

/// The Training page: the course catalogue filtered by learning path (the user's own path preselected), the
/// selected course with its modules and the user's progress, Enrol and Mark module complete, the user's
/// certificates with their expiry (printable as PDF) and the certification programs.
class TrainingWidget final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TrainingWidget)

public:
    /// Does not own \a service, which must outlive the page; \a user names the certificate holder and picks the
    /// preselected learning path. Loads at once.
    TrainingWidget(TrainingService& service, const User& user, QWidget* parent = nullptr);

    /// Selects \a courseId in the catalogue (switching the filter to all paths when it is hidden).
    void selectCourse(const Uuid& courseId);
    /// Writes the certificate in \a row of the certificate list to \a path; false (with a message box) on failure.
    bool saveCertificatePdf(int row, const QString& path);

private:
    void showSnapshot(const TrainingSnapshot& snapshot);
    void showCourse();
    void pathChosen();
    void enrolClicked();
    void completeModuleClicked();
    void updateCompleteButton();
    std::optional<Course> currentCourse() const;
    QWidget* buildCatalogue();
    QWidget* buildDetails();
    QWidget* buildPrograms();

    TrainingService& m_service;
    User m_user;
    CourseTableModel* m_courses;
    CertificateListWidget* m_certificateList;
    QComboBox* m_pathFilter = nullptr;
    QLabel* m_pathDescription = nullptr;
    QTableView* m_courseView = nullptr;
    QLabel* m_courseTitle = nullptr;
    QLabel* m_courseInfo = nullptr;
    QLabel* m_courseDescription = nullptr;
    QProgressBar* m_progress = nullptr;
    QListWidget* m_modules = nullptr;
    QPushButton* m_enrol = nullptr;
    QPushButton* m_complete = nullptr;
    QListWidget* m_programs = nullptr;
    Uuid m_shownCourse;
};

} // namespace hss::client
