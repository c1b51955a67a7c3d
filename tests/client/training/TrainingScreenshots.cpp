// SPDX-License-Identifier: MIT
// Renders the training and feedback pages with demo-like data for docs/screenshots.
// Usage: QT_QPA_PLATFORM=offscreen TrainingScreenshots <output folder>
#include <QApplication>
#include <QDir>
#include <QSignalSpy>
#include <QTest>

#include "TrainingTestSupport.h"
#include "core/FeedbackService.h"
#include "core/TrainingService.h"
#include "storage/TicketRepository.h"
#include "ui/FeedbackDialog.h"
#include "ui/FeedbackWidget.h"
#include "ui/TrainingWidget.h"

using namespace hss;
using namespace hss::client;
using hss::test::dayMs;

namespace {

/// Returns the course in progress, shown selected.
Uuid seedTraining(test::TrainingFixture& store)
{
    const qint64 now = test::editorStartMs;
    const Course basics = store.seedCourse("Console basics and orientation", LearningPath::NewUser, std::nullopt,
                                           {"Signing in and locking", "The ticket queue", "Working offline"});
    store.seedCourse("Advanced console features", LearningPath::NewUser, std::nullopt,
                     {"Saved views and filters", "Keyboard shortcuts", "Knowledge base search"});
    const Course clinical =
        store.seedCourse("Medical workflows", LearningPath::HealthcareProfessional, CertificationProgram::MedicalAi,
                         {"Clinical triage", "Medical case references", "Escalating emergencies", "AI suggestions"});
    const Course ai = store.seedCourse("Healthcare AI best practices", LearningPath::HealthcareProfessional,
                                       CertificationProgram::MedicalAi,
                                       {"What the triage model sees", "Reviewing suggestions", "Bias and safety"});
    const Course security = store.seedCourse(
        "HIPAA and data security", LearningPath::HealthcareProfessional, CertificationProgram::DataSecuritySpecialist,
        {"Protected health information", "Encryption at rest", "Incident reporting"});
    store.seedCourse("Compliance training", LearningPath::HealthcareProfessional,
                     CertificationProgram::ComplianceOfficer, {"Regulatory requirements", "Audit trails"});
    const Course admin = store.seedCourse("Platform administration", LearningPath::Administrator,
                                          CertificationProgram::PlatformAdministrator,
                                          {"Users and roles", "SLA policies and calendars", "Notification channels"});
    store.seedCourse("API integration", LearningPath::Developer, std::nullopt,
                     {"Authentication", "Tickets over REST", "Webhooks and sync"});

    // Enrolments as a pull would have stored them: one in progress, one completed.
    Enrollment progress;
    progress.id = Uuid::createV7();
    progress.courseId = clinical.id;
    progress.userId = store.userId;
    progress.status = EnrollmentStatus::InProgress;
    progress.completedModuleIds = {clinical.modules[0].id, clinical.modules[1].id};
    progress.enrolledAt = now - 5 * dayMs;
    Enrollment done = progress;
    done.id = Uuid::createV7();
    done.courseId = basics.id;
    done.status = EnrollmentStatus::Completed;
    done.completedModuleIds = {basics.modules[0].id, basics.modules[1].id, basics.modules[2].id};
    done.completedAt = now - 2 * dayMs;
    store.run<bool>([progress, done](LocalStore& s) {
        TrainingRepository training(s.database());
        return !training.upsertEnrollment(progress) && !training.upsertEnrollment(done);
    });
    store.seedCertificate(ai, now - 120 * dayMs, now + 245 * dayMs, "HSS-MAI-2026-000123");
    store.seedCertificate(security, now - 340 * dayMs, now + 21 * dayMs, "HSS-DSS-2025-000871");
    store.seedCertificate(admin, now - 400 * dayMs, now - 35 * dayMs, "HSS-PLA-2024-000412");
    return clinical.id;
}

/// Returns a resolved ticket without feedback yet, for the dialog.
Uuid seedFeedback(test::TrainingFixture& store)
{
    struct Demo
    {
        std::int64_t number;
        const char* title;
        int score;
        FeedbackCategory category;
        const char* comment;
        std::optional<double> sentiment;
    };
    const Demo demos[] = {
        {1045, "Infusion pump alarm keeps sounding", 5, FeedbackCategory::Clinical,
         "Fast help, the alarm threshold fix worked on the whole ward.", 0.82},
        {1038, "Cannot print discharge letters", 4, FeedbackCategory::Support, "Solved the same day, thanks.", 0.55},
        {1031, "Lab results missing in patient view", 2, FeedbackCategory::Product,
         "It took three days and two calls before anyone looked at it.", -0.64},
        {1027, "Password reset for night shift", 3, FeedbackCategory::Support, "Fine, but the steps were unclear.",
         0.05},
        {1019, "Training video does not play", 4, FeedbackCategory::Training, "Works now.", std::nullopt},
    };
    qint64 at = test::editorStartMs - test::hourMs;
    for (const Demo& demo : demos) {
        Ticket ticket;
        ticket.id = Uuid::createV7();
        ticket.number = demo.number;
        ticket.title = demo.title;
        ticket.description = "Demo ticket.";
        ticket.priority = Priority::Medium;
        ticket.category = Category::Technical;
        ticket.status = TicketStatus::Resolved;
        ticket.channel = Channel::Email;
        ticket.requesterName = "Dr. Ada Example";
        ticket.requesterEmail = "ada@clinic.example";
        ticket.createdAt = at - 2 * dayMs;
        ticket.updatedAt = at - dayMs;
        ticket.resolvedAt = at - dayMs;
        ticket.revision = 2;
        Feedback feedback;
        feedback.id = Uuid::createV7();
        feedback.ticketId = ticket.id;
        feedback.authorId = Uuid::createV7();
        feedback.csatScore = demo.score;
        feedback.comment = demo.comment;
        feedback.category = demo.category;
        feedback.createdAt = at;
        feedback.sentimentScore = demo.sentiment;
        store.run<bool>([ticket, feedback](LocalStore& s) {
            return !TicketRepository(s.database()).upsert(ticket) && !FeedbackRepository(s.database()).upsert(feedback);
        });
        at -= 7 * test::hourMs;
    }
    return store.seedSyncedTicket(TicketStatus::Resolved).id; // #1042, not rated yet
}

bool saveTraining(test::TrainingFixture& store, TrainingService& service, const Uuid& course, const QSize& size,
                  const QString& path)
{
    User user;
    user.id = store.userId;
    user.username = "ada";
    user.displayName = "Dr. Ada Example";
    user.email = "ada@clinic.example";
    user.roles = {Role::MedicalAgent};
    TrainingWidget page(service, user);
    QSignalSpy loaded(&service, &TrainingService::loaded);
    page.resize(size);
    page.show();
    if (!loaded.wait(10000)) {
        return false;
    }
    page.selectCourse(course);
    QTest::qWait(200);
    return page.grab().save(path);
}

bool saveFeedback(FeedbackService& service, const QSize& size, const QString& path)
{
    FeedbackWidget page(service);
    QSignalSpy loaded(&service, &FeedbackService::loaded);
    page.resize(size);
    page.show();
    if (!loaded.wait(10000)) {
        return false;
    }
    QTest::qWait(200);
    return page.grab().save(path);
}

bool saveDialog(FeedbackService& service, const Uuid& ticketId, const QString& path)
{
    FeedbackDialog dialog(service, ticketId);
    QSignalSpy loaded(&dialog, &FeedbackDialog::ticketLoaded);
    dialog.show();
    if (!loaded.wait(10000)) {
        return false;
    }
    dialog.setScore(4);
    QTest::qWait(100);
    return dialog.grab().save(path);
}

} // namespace

int main(int argc, char** argv)
{
    QApplication app(argc, argv);
    const QString out = argc > 1 ? QString::fromLocal8Bit(argv[1]) : QStringLiteral("docs/screenshots");
    QDir().mkpath(out);
    test::TrainingFixture store;
    if (!store.unlocked) {
        qCritical("could not unlock the demo store");
        return 1;
    }
    const Uuid course = seedTraining(store);
    const Uuid rateable = seedFeedback(store);
    TrainingService training(*store.session.worker(), *store.changes, store.clock);
    FeedbackService feedback(*store.session.worker(), *store.changes);

    bool ok = true;
    ok &= saveTraining(store, training, course, {1366, 768}, out + QStringLiteral("/training-1366x768.png"));
    ok &= saveTraining(store, training, course, {1920, 1080}, out + QStringLiteral("/training-1920x1080.png"));
    ok &= saveFeedback(feedback, {1366, 768}, out + QStringLiteral("/feedback-1366x768.png"));
    ok &= saveFeedback(feedback, {1920, 1080}, out + QStringLiteral("/feedback-1920x1080.png"));
    ok &= saveDialog(feedback, rateable, out + QStringLiteral("/feedback-dialog.png"));
    return ok ? 0 : 1;
}
