// SPDX-License-Identifier: MIT
#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QListWidget>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTextDocument>
#include <QtTest>

#include "TrainingTestSupport.h"
#include "core/CertificateExpiry.h"
#include "core/TrainingService.h"
#include "ui/CertificateFileDialog.h"
#include "ui/CertificatePdf.h"
#include "ui/MessageBox.h"
#include "ui/TrainingWidget.h"
#include "ui/models/CertificateTableModel.h"
#include "ui/models/CourseTableModel.h"

using namespace hss;
using namespace hss::client;
using hss::test::await;
using hss::test::dayMs;

class TestTraining final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void enrolOfflineStoresEnrollmentAndMutation();
    void enrolTwiceRecordsOnce();
    void completingEveryModuleCompletesTheEnrollment();
    void moduleOfAnotherCourseRefused();
    void pathPreselectedFromRoleAndFilterApplies();
    void certificateListedAndSavedAsPdf();
    void unwritablePdfPathReported();
    void expiringCertificatesFlaggedAndAnnouncedOnce();
    void modelsPassTester();

private:
    User user(std::set<Role> roles) const;
    void openPage(std::set<Role> roles = {Role::Agent});
    template <class T>
    T* child(const char* name) const
    {
        return m_page->findChild<T*>(QLatin1String(name));
    }

    std::unique_ptr<test::TrainingFixture> m_store;
    std::unique_ptr<TrainingService> m_service;
    std::unique_ptr<TrainingWidget> m_page;
    Course m_basics;
    Course m_clinical;
    Course m_admin;
};

void TestTraining::init()
{
    m_store = std::make_unique<test::TrainingFixture>();
    QVERIFY(m_store->unlocked);
    m_basics = m_store->seedCourse("Console basics", LearningPath::NewUser, std::nullopt,
                                   {"Signing in", "The ticket queue", "Working offline"});
    m_clinical = m_store->seedCourse("Medical workflows", LearningPath::HealthcareProfessional,
                                     CertificationProgram::MedicalAi, {"Clinical triage", "Medical case references"});
    m_admin = m_store->seedCourse("Platform administration", LearningPath::Administrator,
                                  CertificationProgram::PlatformAdministrator, {"Users and roles", "SLA policies"});
    QVERIFY(!m_basics.id.isNil() && !m_clinical.id.isNil() && !m_admin.id.isNil());
    m_service = std::make_unique<TrainingService>(*m_store->session.worker(), *m_store->changes, m_store->clock);
}

void TestTraining::cleanup()
{
    m_page.reset();
    m_service.reset();
    m_store.reset();
}

User TestTraining::user(std::set<Role> roles) const
{
    User u;
    u.id = m_store->userId;
    u.username = "ada";
    u.displayName = "Ada Example";
    u.email = "ada@clinic.example";
    u.roles = std::move(roles);
    return u;
}

void TestTraining::openPage(std::set<Role> roles)
{
    m_page = std::make_unique<TrainingWidget>(*m_service, user(std::move(roles)));
    QSignalSpy loaded(m_service.get(), &TrainingService::loaded);
    QVERIFY(loaded.wait(10000));
    m_page->resize(1200, 800);
}

void TestTraining::enrolOfflineStoresEnrollmentAndMutation()
{
    // No server anywhere: the enrolment is stored and waits in the outbox.
    const auto enrolled = await(m_service->enrol(m_clinical.id));
    QVERIFY2(enrolled, enrolled ? "" : describe(enrolled.error()).c_str());
    const auto stored = m_store->storedEnrollments();
    QCOMPARE(stored.size(), std::size_t(1));
    QVERIFY(stored[0].courseId == m_clinical.id);
    QVERIFY(stored[0].status == EnrollmentStatus::Enrolled);
    const auto queued = m_store->outboxFor(QStringLiteral("enrollment"));
    QCOMPARE(queued.size(), std::size_t(1));
    QCOMPARE(queued[0].entityId, QString::fromStdString(stored[0].id.toString()));
}

void TestTraining::enrolTwiceRecordsOnce()
{
    openPage();
    m_page->selectCourse(m_basics.id);
    auto* enrol = child<QPushButton>("enrolButton");
    QVERIFY(enrol->isEnabled());
    QSignalSpy loaded(m_service.get(), &TrainingService::loaded);
    enrol->click();
    QVERIFY(loaded.wait(10000));
    QVERIFY(!enrol->isEnabled()); // enrolled now: the button offers nothing more
    QVERIFY(await(m_service->enrol(m_basics.id)).value().id == m_store->storedEnrollments().at(0).id);
    QCOMPARE(m_store->outboxFor(QStringLiteral("enrollment")).size(), std::size_t(1));
}

void TestTraining::completingEveryModuleCompletesTheEnrollment()
{
    openPage();
    m_page->selectCourse(m_basics.id);
    QSignalSpy loaded(m_service.get(), &TrainingService::loaded);
    child<QPushButton>("enrolButton")->click();
    QVERIFY(loaded.wait(10000));

    auto* complete = child<QPushButton>("completeModuleButton");
    auto* modules = child<QListWidget>("moduleList");
    auto* progress = child<QProgressBar>("courseProgress");
    QCOMPARE(modules->count(), 3);
    QCOMPARE(progress->value(), 0);
    MessageBox::setNextAnswer(QMessageBox::Ok); // the "course completed" note after the last module
    for (int i = 0; i < 3; ++i) {
        QVERIFY2(complete->isEnabled(), qPrintable(QStringLiteral("module %1").arg(i)));
        QCOMPARE(modules->currentRow(), i); // the first unfinished module is preselected
        loaded.clear();
        complete->click();
        QVERIFY(loaded.wait(10000));
        QCOMPARE(modules->item(i)->checkState(), Qt::Checked);
        if (i < 2) {
            QVERIFY(m_store->storedEnrollments().at(0).status == EnrollmentStatus::InProgress);
        }
    }
    QCOMPARE(progress->value(), 100);
    QVERIFY(!complete->isEnabled());
    const Enrollment done = m_store->storedEnrollments().at(0);
    QVERIFY(done.status == EnrollmentStatus::Completed);
    QCOMPARE(done.completedModuleIds.size(), std::size_t(3));
    QVERIFY(done.completedAt == std::optional<std::int64_t>(test::editorStartMs));
    QCOMPARE(MessageBox::lastTitle(), QStringLiteral("Course completed"));
    // Each step is queued for the server; the last carries the completed status.
    QVERIFY(m_store->outboxFor(QStringLiteral("enrollment")).size() >= 1);
    const auto last = m_store->outboxFor(QStringLiteral("enrollment")).back();
    QVERIFY2(last.payload.contains("\"completed\""), last.payload.constData());
}

void TestTraining::moduleOfAnotherCourseRefused()
{
    QVERIFY(await(m_service->enrol(m_basics.id)));
    await(m_service->reload());
    const auto refused = await(m_service->completeModule(m_basics.id, m_admin.modules[0].id));
    QVERIFY(!refused);
    QVERIFY(refused.error().code == ErrorCode::InvalidArgument);
    QVERIFY(m_store->storedEnrollments().at(0).completedModuleIds.empty());
    QCOMPARE(m_store->outboxFor(QStringLiteral("enrollment")).size(), std::size_t(1)); // only the enrolment
}

void TestTraining::pathPreselectedFromRoleAndFilterApplies()
{
    QVERIFY(TrainingService::pathForRoles({Role::Agent}) == LearningPath::NewUser);
    QVERIFY(TrainingService::pathForRoles({Role::Agent, Role::MedicalAgent}) == LearningPath::HealthcareProfessional);
    QVERIFY(TrainingService::pathForRoles({Role::MedicalAgent, Role::Admin}) == LearningPath::Administrator);

    openPage({Role::MedicalAgent});
    auto* filter = child<QComboBox>("pathFilter");
    QCOMPARE(filter->currentText(), QStringLiteral("Healthcare professional"));
    auto* view = child<QTableView>("courseView");
    QCOMPARE(view->model()->rowCount(), 1);
    QCOMPARE(view->model()->index(0, CourseTableModel::Title).data().toString(), QStringLiteral("Medical workflows"));
    QCOMPARE(child<QLabel>("courseTitle")->text(), QStringLiteral("Medical workflows"));
    filter->setCurrentIndex(0); // all paths
    QCOMPARE(view->model()->rowCount(), 3);
    // The certification programs of the seed are all listed.
    QCOMPARE(child<QListWidget>("programList")->count(), 4);
    QVERIFY(child<QListWidget>("programList")->item(0)->text().contains(QStringLiteral("Medical AI Certification")));
}

void TestTraining::certificateListedAndSavedAsPdf()
{
    m_store->seedCertificate(m_clinical, test::editorStartMs - 30 * dayMs, test::editorStartMs + 300 * dayMs,
                             "HSS-MAI-2026-000123");
    openPage();
    auto* view = child<QTableView>("certificateView");
    QCOMPARE(view->model()->rowCount(), 1);
    QCOMPARE(view->model()->index(0, CertificateTableModel::Serial).data().toString(),
             QStringLiteral("HSS-MAI-2026-000123"));
    QCOMPARE(view->model()->index(0, CertificateTableModel::CourseTitle).data().toString(),
             QStringLiteral("Medical workflows"));

    const QString path = m_store->dir.filePath(QStringLiteral("certificate.pdf"));
    CertificateFileDialog::setNextAnswer(path);
    auto* save = child<QPushButton>("savePdfButton");
    QVERIFY(save->isEnabled());
    save->click();
    QVERIFY(CertificateFileDialog::lastSuggestion().endsWith(QStringLiteral("HSS-MAI-2026-000123.pdf")));
    QFile pdf(path);
    QVERIFY(pdf.open(QIODevice::ReadOnly));
    const QByteArray bytes = pdf.readAll();
    QVERIFY(bytes.startsWith("%PDF-"));
    QVERIFY(bytes.contains("/MediaBox [0 0 595")); // A4 portrait in points

    // The PDF's text stream is compressed: check the document that was rendered into it.
    CertificatePrint print {QStringLiteral("Ada Example"),
                            QStringLiteral("Medical workflows"),
                            QStringLiteral("Medical AI Certification"),
                            QStringLiteral("HSS-MAI-2026-000123"),
                            test::editorStartMs - 30 * dayMs,
                            test::editorStartMs + 300 * dayMs};
    const QString text = CertificatePdf::document(print)->toPlainText();
    for (const QString& expected :
         {QStringLiteral("Ada Example"), QStringLiteral("Medical workflows"),
          QStringLiteral("Medical AI Certification"), QStringLiteral("HSS-MAI-2026-000123")}) {
        QVERIFY2(text.contains(expected), qPrintable(expected));
    }
}

void TestTraining::unwritablePdfPathReported()
{
    m_store->seedCertificate(m_clinical, test::editorStartMs - dayMs, test::editorStartMs + 300 * dayMs, "HSS-1");
    openPage();
    MessageBox::setNextAnswer(QMessageBox::Ok);
    const QString path = m_store->dir.filePath(QStringLiteral("no-such-folder/certificate.pdf"));
    QVERIFY(!m_page->saveCertificatePdf(0, path));
    QVERIFY(MessageBox::lastText().contains(QStringLiteral("Cannot write")));
    QVERIFY(!QFile::exists(path));
}

void TestTraining::expiringCertificatesFlaggedAndAnnouncedOnce()
{
    const qint64 now = test::editorStartMs;
    m_store->seedCertificate(m_basics, now - 300 * dayMs, now + 200 * dayMs, "HSS-VALID");
    m_store->seedCertificate(m_clinical, now - 350 * dayMs, now + 10 * dayMs, "HSS-SOON");
    m_store->seedCertificate(m_admin, now - 400 * dayMs, now - 5 * dayMs, "HSS-OLD");

    QSignalSpy renewal(m_service.get(), &TrainingService::renewalDue);
    const TrainingSnapshot snapshot = await(m_service->reload());
    QCOMPARE(renewal.count(), 1);
    const QString notice = renewal.at(0).at(0).toString();
    QVERIFY2(notice.contains(QStringLiteral("1 certificate")) && notice.contains(QStringLiteral("30 days"))
                 && notice.contains(QStringLiteral("expired")),
             qPrintable(notice));
    await(m_service->reload());
    QCOMPARE(renewal.count(), 1); // already announced

    CertificateTableModel model;
    model.setSnapshot(snapshot, now, CertificateExpiry::defaultRenewalWindowDays);
    QCOMPARE(model.rowCount(), 3); // soonest expiry first
    QCOMPARE(model.index(0, CertificateTableModel::Serial).data().toString(), QStringLiteral("HSS-OLD"));
    QVERIFY(model.state(0) == CertificateExpiry::State::Expired);
    QVERIFY(model.state(1) == CertificateExpiry::State::ExpiringSoon);
    QVERIFY(model.state(2) == CertificateExpiry::State::Valid);
    QCOMPARE(model.index(0, 0).data(Qt::ForegroundRole).value<QBrush>().color(), QColor(0xb0, 0x00, 0x20));
    QCOMPARE(model.index(1, 0).data(Qt::ForegroundRole).value<QBrush>().color(), QColor(0xa8, 0x5a, 0x00));
    QVERIFY(!model.index(2, 0).data(Qt::ForegroundRole).isValid());
    QCOMPARE(model.index(1, CertificateTableModel::State).data().toString(), QStringLiteral("Renew: 10 day(s) left"));
    // Exactly at the window's edge still counts as due; one day more does not.
    Certificate edge;
    edge.expiresAt = now + 30 * dayMs;
    QVERIFY(CertificateExpiry::state(edge, now) == CertificateExpiry::State::ExpiringSoon);
    edge.expiresAt += dayMs;
    QVERIFY(CertificateExpiry::state(edge, now) == CertificateExpiry::State::Valid);
}

void TestTraining::modelsPassTester()
{
    QVERIFY(await(m_service->enrol(m_basics.id)));
    m_store->seedCertificate(m_clinical, test::editorStartMs - dayMs, test::editorStartMs + 20 * dayMs, "HSS-2");
    const TrainingSnapshot snapshot = await(m_service->reload());
    CourseTableModel courses;
    QAbstractItemModelTester courseTester(&courses, QAbstractItemModelTester::FailureReportingMode::QtTest);
    courses.setSnapshot(snapshot);
    courses.setPathFilter(LearningPath::NewUser);
    QCOMPARE(courses.rowCount(), 1);
    QCOMPARE(courses.index(0, CourseTableModel::Progress).data(CourseTableModel::ProgressRole).toInt(), 0);
    courses.setPathFilter(std::nullopt);
    QCOMPARE(courses.rowCount(), 3);
    CertificateTableModel certificates;
    QAbstractItemModelTester certificateTester(&certificates, QAbstractItemModelTester::FailureReportingMode::QtTest);
    certificates.setSnapshot(snapshot, test::editorStartMs, 30);
    QCOMPARE(certificates.rowCount(), 1);
}

QTEST_MAIN(TestTraining)
#include "TestTraining.moc"
