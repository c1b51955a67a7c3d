// SPDX-License-Identifier: MIT
#include "TrainingWidget.h"

#include <QComboBox>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QListWidget>
#include <QProgressBar>
#include <QPushButton>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>
#include <algorithm>

#include "CertificateListWidget.h"
#include "MessageBox.h"
#include "TrainingLabels.h"
#include "core/FutureSupport.h"
#include "core/TrainingService.h"
#include "models/CourseTableModel.h"

namespace hss::client {

namespace {

constexpr int allPathsIndex = 0;

QString errorText(const Error& error)
{
    return QString::fromStdString(error.message.empty() ? describe(error) : error.message);
}

QTableView* makeTable(QWidget* parent, const QString& name)
{
    auto* view = new QTableView(parent);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->setAlternatingRowColors(true);
    view->verticalHeader()->hide();
    view->horizontalHeader()->setStretchLastSection(true);
    view->setAccessibleName(name);
    return view;
}

} // namespace

TrainingWidget::TrainingWidget(TrainingService& service, const User& user, QWidget* parent)
    : QWidget(parent)
    , m_service(service)
    , m_user(user)
    , m_courses(new CourseTableModel(this))
    , m_certificateList(new CertificateListWidget(user, this))
{
    setObjectName(QStringLiteral("trainingPage"));
    auto* layout = new QVBoxLayout(this);

    auto* filterRow = new QHBoxLayout;
    auto* filterLabel = new QLabel(tr("&Learning path:"), this);
    m_pathFilter = new QComboBox(this);
    m_pathFilter->setObjectName(QStringLiteral("pathFilter"));
    m_pathFilter->setAccessibleName(tr("Learning path filter"));
    m_pathFilter->addItem(tr("All learning paths"));
    for (LearningPath path : allLearningPaths) {
        m_pathFilter->addItem(TrainingLabels::path(path), static_cast<int>(path));
    }
    filterLabel->setBuddy(m_pathFilter);
    m_pathDescription = new QLabel(this);
    m_pathDescription->setObjectName(QStringLiteral("pathDescription"));
    filterRow->addWidget(filterLabel);
    filterRow->addWidget(m_pathFilter);
    filterRow->addWidget(m_pathDescription, 1);
    layout->addLayout(filterRow);

    auto* top = new QSplitter(Qt::Horizontal, this);
    top->addWidget(buildCatalogue());
    top->addWidget(buildDetails());
    top->setStretchFactor(0, 3);
    top->setStretchFactor(1, 2);

    auto* tabs = new QTabWidget(this);
    tabs->setObjectName(QStringLiteral("trainingTabs"));
    tabs->setAccessibleName(tr("Certificates and certification programs"));
    tabs->addTab(m_certificateList, tr("My &certificates"));
    tabs->addTab(buildPrograms(), tr("Certification &programs"));

    auto* split = new QSplitter(Qt::Vertical, this);
    split->addWidget(top);
    split->addWidget(tabs);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    layout->addWidget(split, 1);

    connect(m_pathFilter, &QComboBox::currentIndexChanged, this, &TrainingWidget::pathChosen);
    connect(m_courseView->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &TrainingWidget::showCourse);
    connect(m_modules, &QListWidget::currentRowChanged, this, &TrainingWidget::updateCompleteButton);
    connect(m_enrol, &QPushButton::clicked, this, &TrainingWidget::enrolClicked);
    connect(m_complete, &QPushButton::clicked, this, &TrainingWidget::completeModuleClicked);
    connect(&m_service, &TrainingService::loaded, this, &TrainingWidget::showSnapshot);

    const LearningPath own = TrainingService::pathForRoles(m_user.roles);
    m_pathFilter->setCurrentIndex(m_pathFilter->findData(static_cast<int>(own)));
    showSnapshot(m_service.snapshot());
    m_service.reload();
}

QWidget* TrainingWidget::buildCatalogue()
{
    auto* box = new QGroupBox(tr("Course catalogue"), this);
    auto* layout = new QVBoxLayout(box);
    m_courseView = makeTable(box, tr("Course catalogue"));
    m_courseView->setObjectName(QStringLiteral("courseView"));
    m_courseView->setModel(m_courses);
    m_courseView->horizontalHeader()->setSectionResizeMode(CourseTableModel::Title, QHeaderView::Stretch);
    m_courseView->horizontalHeader()->setStretchLastSection(false);
    for (int column :
         {CourseTableModel::Path, CourseTableModel::Program, CourseTableModel::Modules, CourseTableModel::Progress}) {
        m_courseView->horizontalHeader()->setSectionResizeMode(column, QHeaderView::ResizeToContents);
    }
    layout->addWidget(m_courseView);
    return box;
}

QWidget* TrainingWidget::buildDetails()
{
    auto* box = new QGroupBox(tr("Course"), this);
    auto* layout = new QVBoxLayout(box);
    m_courseTitle = new QLabel(box);
    m_courseTitle->setObjectName(QStringLiteral("courseTitle"));
    m_courseTitle->setWordWrap(true);
    QFont titleFont = m_courseTitle->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.25);
    titleFont.setBold(true);
    m_courseTitle->setFont(titleFont);
    m_courseInfo = new QLabel(box);
    m_courseInfo->setWordWrap(true);
    m_courseDescription = new QLabel(box);
    m_courseDescription->setWordWrap(true);
    m_courseDescription->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_progress = new QProgressBar(box);
    m_progress->setObjectName(QStringLiteral("courseProgress"));
    m_progress->setAccessibleName(tr("Course progress"));
    m_progress->setRange(0, 100);
    auto* modulesLabel = new QLabel(tr("&Modules:"), box);
    m_modules = new QListWidget(box);
    m_modules->setObjectName(QStringLiteral("moduleList"));
    m_modules->setAccessibleName(tr("Modules of the course"));
    modulesLabel->setBuddy(m_modules);
    m_enrol = new QPushButton(tr("&Enrol"), box);
    m_enrol->setObjectName(QStringLiteral("enrolButton"));
    m_complete = new QPushButton(tr("Mark module c&omplete"), box);
    m_complete->setObjectName(QStringLiteral("completeModuleButton"));
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_enrol);
    buttons->addWidget(m_complete);
    buttons->addStretch(1);

    layout->addWidget(m_courseTitle);
    layout->addWidget(m_courseInfo);
    layout->addWidget(m_courseDescription);
    layout->addWidget(m_progress);
    layout->addWidget(modulesLabel);
    layout->addWidget(m_modules, 1);
    layout->addLayout(buttons);
    return box;
}

QWidget* TrainingWidget::buildPrograms()
{
    m_programs = new QListWidget(this);
    m_programs->setObjectName(QStringLiteral("programList"));
    m_programs->setAccessibleName(tr("Certification programs"));
    m_programs->setWordWrap(true);
    return m_programs;
}

void TrainingWidget::pathChosen()
{
    const int index = m_pathFilter->currentIndex();
    if (index <= allPathsIndex) {
        m_courses->setPathFilter(std::nullopt);
        m_pathDescription->setText(tr("Every course in the catalogue"));
    } else {
        const auto path = static_cast<LearningPath>(m_pathFilter->currentData().toInt());
        m_courses->setPathFilter(path);
        m_pathDescription->setText(TrainingLabels::pathDescription(path));
    }
    selectCourse(m_shownCourse);
}

void TrainingWidget::selectCourse(const Uuid& courseId)
{
    int row = courseId.isNil() ? -1 : m_courses->rowOf(courseId);
    if (row < 0 && !courseId.isNil() && m_courses->pathFilter()) {
        const QSignalBlocker block(m_pathFilter);
        m_pathFilter->setCurrentIndex(allPathsIndex);
        m_courses->setPathFilter(std::nullopt);
        m_pathDescription->setText(tr("Every course in the catalogue"));
        row = m_courses->rowOf(courseId);
    }
    if (row < 0 && m_courses->rowCount() > 0) {
        row = 0;
    }
    if (row >= 0) {
        m_courseView->setCurrentIndex(m_courses->index(row, CourseTableModel::Title));
    }
    showCourse();
}

void TrainingWidget::showSnapshot(const TrainingSnapshot& snapshot)
{
    const Uuid keep = m_shownCourse;
    m_courses->setSnapshot(snapshot);
    m_certificateList->setSnapshot(snapshot, m_service.nowMs(), m_service.renewalWindowDays());
    selectCourse(keep);

    m_programs->clear();
    for (CertificationProgram program : allCertificationPrograms) {
        int courses = 0;
        for (const Course& course : snapshot.courses) {
            courses += course.certificationProgram == program ? 1 : 0;
        }
        const bool held =
            std::any_of(snapshot.certificates.cbegin(), snapshot.certificates.cend(),
                        [&](const Certificate& c) { return c.program == program && c.expiresAt > m_service.nowMs(); });
        QString text = tr("%1 – %2").arg(TrainingLabels::program(program), TrainingLabels::programDescription(program));
        text += QLatin1Char('\n');
        text += tr("%n course(s) in the catalogue", nullptr, courses);
        if (held) {
            text += tr("; you hold a valid certificate");
        }
        m_programs->addItem(text);
    }
}

std::optional<Course> TrainingWidget::currentCourse() const
{
    const QModelIndex current = m_courseView->currentIndex();
    if (!current.isValid()) {
        return std::nullopt;
    }
    return m_courses->course(current.row());
}

void TrainingWidget::showCourse()
{
    const auto course = currentCourse();
    const TrainingSnapshot& snapshot = m_service.snapshot();
    if (!course) {
        m_shownCourse = Uuid();
        m_courseTitle->setText(m_courses->rowCount() == 0 ? tr("No courses on this path yet") : QString());
        m_courseInfo->clear();
        m_courseDescription->clear();
        m_progress->setValue(0);
        m_modules->clear();
        m_enrol->setEnabled(false);
        m_complete->setEnabled(false);
        return;
    }
    const bool sameCourse = m_shownCourse == course->id;
    const int keepModule = sameCourse ? m_modules->currentRow() : -1;
    m_shownCourse = course->id;
    const Enrollment* enrollment = snapshot.enrollmentIn(course->id);
    m_courseTitle->setText(QString::fromStdString(course->title));
    QString info = tr("Learning path: %1").arg(TrainingLabels::path(course->learningPath));
    if (course->certificationProgram) {
        info += QStringLiteral(" · ")
            + tr("Counts towards: %1").arg(TrainingLabels::program(*course->certificationProgram));
    }
    info += QStringLiteral(" · ") + tr("Certificate valid %n month(s)", nullptr, course->validityMonths);
    if (enrollment) {
        info += QStringLiteral(" · ") + TrainingLabels::status(enrollment->status);
    }
    m_courseInfo->setText(info);
    m_courseDescription->setText(QString::fromStdString(course->description));
    m_progress->setValue(enrollment ? TrainingService::progressPercent(*course, *enrollment) : 0);
    m_progress->setFormat(enrollment ? tr("%p % complete") : tr("Not enrolled"));

    const QSignalBlocker block(m_modules);
    m_modules->clear();
    int firstOpen = -1;
    for (const CourseModule& module : course->modules) {
        const bool done = enrollment
            && std::find(enrollment->completedModuleIds.cbegin(), enrollment->completedModuleIds.cend(), module.id)
                != enrollment->completedModuleIds.cend();
        auto* item = new QListWidgetItem(
            tr("%1 (%n min)", nullptr, module.durationMinutes).arg(QString::fromStdString(module.title)), m_modules);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
        item->setCheckState(done ? Qt::Checked : Qt::Unchecked);
        item->setData(Qt::AccessibleDescriptionRole, done ? tr("completed") : tr("not completed"));
        if (!done && firstOpen < 0) {
            firstOpen = m_modules->count() - 1;
        }
    }
    // Keep the agent's pick unless it was just finished: then move on to the next open module.
    const bool keep = keepModule >= 0 && keepModule < m_modules->count()
        && m_modules->item(keepModule)->checkState() == Qt::Unchecked;
    m_modules->setCurrentRow(keep ? keepModule : std::max(firstOpen, 0));
    m_enrol->setEnabled(!enrollment);
    updateCompleteButton();
}

void TrainingWidget::updateCompleteButton()
{
    const Enrollment* enrollment = m_shownCourse.isNil() ? nullptr : m_service.snapshot().enrollmentIn(m_shownCourse);
    const bool completed = enrollment && enrollment->status == EnrollmentStatus::Completed;
    const QListWidgetItem* module = m_modules->currentItem();
    m_complete->setEnabled(enrollment && !completed && module && module->checkState() == Qt::Unchecked);
}

void TrainingWidget::enrolClicked()
{
    const auto course = currentCourse();
    if (!course) {
        return;
    }
    m_enrol->setEnabled(false);
    whenFinished(m_service.enrol(course->id), this, [this](Result<Enrollment> enrolled) {
        if (!enrolled) {
            MessageBox::warning(this, tr("Enrol"), tr("Could not enrol: %1").arg(errorText(enrolled.error())));
            showCourse();
        }
    });
}

void TrainingWidget::completeModuleClicked()
{
    const auto course = currentCourse();
    const int row = m_modules->currentRow();
    if (!course || row < 0 || row >= static_cast<int>(course->modules.size())) {
        return;
    }
    m_complete->setEnabled(false);
    const Uuid moduleId = course->modules[static_cast<std::size_t>(row)].id;
    whenFinished(m_service.completeModule(course->id, moduleId), this, [this](Result<Enrollment> saved) {
        if (!saved) {
            MessageBox::warning(this, tr("Training"),
                                tr("Could not record the module: %1").arg(errorText(saved.error())));
            showCourse();
        } else if (saved.value().status == EnrollmentStatus::Completed) {
            MessageBox::information(this, tr("Course completed"),
                                    tr("You completed every module. Your certificate arrives with the next sync."));
        }
    });
}

bool TrainingWidget::saveCertificatePdf(int row, const QString& path)
{
    return m_certificateList->saveCertificatePdf(row, path);
}

} // namespace hss::client
