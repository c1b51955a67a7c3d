// SPDX-License-Identifier: MIT
#include "DemoSeeder.h"

#include <algorithm>
#include <array>
#include <chrono>
#include <iomanip>

#include <sodium.h>

#include "../auth/PasswordHasher.h"
#include "../auth/Totp.h"
#include "../storage/CommentRepository.h"
#include "../storage/FeedbackRepository.h"
#include "../storage/KbRepository.h"
#include "../storage/TicketRepository.h"
#include "../storage/TrainingRepository.h"
#include "../storage/UsageFiguresRepository.h"
#include "../storage/UserRepository.h"
#include "../storage/WriteTransaction.h"
#include "DemoContent.h"
#include "DemoKnowledgeBase.h"
#include "hss/Clock.h"
#include "hss/sentiment/SentimentAnalyzer.h"
#include "hss/triage/Triage.h"

namespace hss::server {

namespace {

constexpr std::int64_t minuteMs = 60 * 1000;
constexpr std::int64_t dayMs = 24 * 60 * minuteMs;

std::string randomPassword()
{
    static constexpr char alphabet[] = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    std::string password;
    for (int i = 0; i < 16; ++i) {
        password += alphabet[randombytes_uniform(sizeof alphabet - 1)];
    }
    return password;
}

template <class T>
T requireOk(Result<T> result, const std::string& what)
{
    if (!result) {
        throw std::runtime_error("demo seeding failed at " + what + ": " + result.error().message);
    }
    return std::move(result).value();
}

} // namespace

DemoSeeder::DemoSeeder(Database& database, const FieldCipher& cipher, const PasswordHasher& passwords,
                       const Clock& clock)
    : m_database(database)
    , m_cipher(cipher)
    , m_passwords(passwords)
    , m_clock(clock)
{ }

bool DemoSeeder::seed(std::ostream& out)
{
    UserRepository users(m_database, m_cipher);
    if (!users.list().empty()) {
        out << "demo data: the server already has users; nothing seeded\n";
        return false;
    }
    if (sodium_init() < 0) {
        throw std::runtime_error("libsodium cannot be initialised");
    }
    const Totp totp;
    std::vector<SeededUser> staff;
    out << "Demo users (passwords are shown only now):\n";
    for (const DemoUser& demo : demoUsers()) {
        UserAccount account;
        account.user.id = Uuid::createV7();
        account.user.username = demo.username;
        account.user.displayName = demo.displayName;
        account.user.email = demo.username + "@clinic.example";
        account.user.roles = demo.roles;
        account.user.teams = demo.teams;
        account.user.active = true;
        account.user.createdAt = m_clock.nowMs() - 90 * dayMs;
        const std::string password = randomPassword();
        account.passwordHash = m_passwords.hash(password);
        if (demo.roles.count(Role::Admin) != 0) {
            account.totpSecret = Totp::generateSecret(); // admins always sign in with a second factor
        }
        account.updatedAt = account.user.createdAt;
        requireOk(users.create(account), "user " + demo.username);
        out << "  " << std::left << std::setw(10) << demo.username << " " << std::setw(18) << password << " "
            << demo.roleText << "\n";
        if (account.totpSecret) {
            out << "             TOTP secret " << *account.totpSecret << "  ("
                << totp.provisioningUri(demo.username, *account.totpSecret) << ")\n";
        }
        staff.push_back({account.user.id, demo.username, demo.roles, demo.teams});
    }
    const std::vector<Ticket> tickets = seedTickets(staff);
    std::vector<Ticket> clinical;
    std::vector<Ticket> finished;
    for (const Ticket& ticket : tickets) {
        if (ticket.category == Category::MedicalClinical) {
            clinical.push_back(ticket);
        }
        if (ticket.resolvedAt) {
            finished.push_back(ticket);
        }
    }
    seedKnowledgeBase(staff.front());
    const int edited = DemoKnowledgeBase(m_database, m_clock, staff).seed();
    seedTraining(staff);
    seedFeedback(staff, finished);
    seedSafetyReports(staff, clinical);
    seedUsageFigures(staff);
    out << "demo data: " << staff.size() << " users, " << demoTicketCount << " tickets with comments, "
        << demoArticles().size() + static_cast<std::size_t>(edited) << " KB articles, " << demoCourses().size()
        << " courses, feedback\n";
    return true;
}

std::vector<Ticket> DemoSeeder::seedTickets(const std::vector<SeededUser>& staff)
{
    std::vector<Ticket> seeded;
    TicketRepository tickets(m_database, m_cipher);
    CommentRepository comments(m_database, m_cipher);
    const std::int64_t now = m_clock.nowMs();
    for (int i = 0; i < demoTicketCount; ++i) {
        const DemoTicketText& text = demoTicketTexts()[static_cast<std::size_t>(i) % demoTicketTexts().size()];
        Ticket ticket;
        ticket.id = Uuid::createV7();
        ticket.title = text.title;
        ticket.description = text.description;
        ticket.category = text.category;
        // Emergencies only where triage sees one (a video that will not play is never an emergency); the other
        // priorities in turn, so every view and chart has some of each.
        constexpr std::array<Priority, 4> ordinary {Priority::Critical, Priority::High, Priority::Medium,
                                                    Priority::Low};
        ticket.priority = triage::triage({text.title, text.description, text.category}).emergency
            ? Priority::Emergency
            : ordinary[static_cast<std::size_t>(i / 3) % ordinary.size()];
        ticket.status = allTicketStatuses[static_cast<std::size_t>(i / 2) % allTicketStatuses.size()];
        ticket.channel = allChannels[static_cast<std::size_t>(i) % allChannels.size()];
        ticket.requesterName = demoRequesters()[static_cast<std::size_t>(i) % demoRequesters().size()];
        ticket.requesterEmail =
            ticket.channel == Channel::Phone ? std::string() : "requester" + std::to_string(i) + "@hospital.example";
        ticket.team = teamFor(ticket.category);
        for (const SeededUser& user : staff) {
            const bool inTeam = std::find(user.teams.begin(), user.teams.end(), ticket.team) != user.teams.end();
            if (inTeam && i % 3 != 0) {
                ticket.assigneeId = user.id;
                break;
            }
        }
        if (ticket.category == Category::MedicalClinical) {
            ticket.medicalCaseRef = "MC-2026-" + std::to_string(10000 + i);
        }
        ticket.createdAt = now - (static_cast<std::int64_t>(i) * 97 + 15) * minuteMs;
        ticket.updatedAt = ticket.createdAt + 10 * minuteMs;
        if (ticket.status != TicketStatus::New) {
            ticket.firstResponseAt = ticket.createdAt + (5 + i % 40) * minuteMs;
        }
        if (ticket.status == TicketStatus::Resolved || ticket.status == TicketStatus::Closed) {
            ticket.resolvedAt = ticket.createdAt + (30 + i % 300) * minuteMs;
            ticket.updatedAt = *ticket.resolvedAt;
        }
        ticket.escalationLevel = ticket.status == TicketStatus::Escalated ? 1 + i % 2 : 0;
        const Ticket stored = requireOk(tickets.create(ticket), "ticket " + std::to_string(i));
        seeded.push_back(stored);
        for (int c = 0; c <= i % 3; ++c) {
            Comment comment;
            comment.id = Uuid::createV7();
            comment.ticketId = stored.id;
            comment.authorId = ticket.assigneeId.value_or(staff.front().id);
            comment.body = demoCommentTexts()[static_cast<std::size_t>(i + c) % demoCommentTexts().size()];
            comment.visibility = c % 2 == 0 ? CommentVisibility::PublicReply : CommentVisibility::InternalNote;
            comment.createdAt = ticket.createdAt + (c + 1) * 7 * minuteMs;
            requireOk(comments.add(comment), "comment");
        }
    }
    return seeded;
}

void DemoSeeder::seedKnowledgeBase(const SeededUser& author)
{
    KbRepository kb(m_database);
    std::int64_t offset = 0;
    for (const DemoArticle& demo : demoArticles()) {
        KbArticle article;
        article.id = Uuid::createV7();
        article.title = demo.title;
        article.body = demo.body;
        article.category = demo.category;
        article.contentType = demo.contentType;
        article.status = demo.status;
        article.videoUrl = demo.videoUrl;
        article.authorId = author.id;
        article.helpfulVotes = 3 + offset % 17;
        article.notHelpfulVotes = offset % 4;
        article.updatedAt = m_clock.nowMs() - (offset * 3 + 1) * dayMs;
        requireOk(kb.create(article), "article " + demo.title);
        ++offset;
    }
}

void DemoSeeder::seedTraining(const std::vector<SeededUser>& learners)
{
    TrainingRepository training(m_database);
    std::vector<Course> courses;
    for (const Course& course : demoCourses()) {
        courses.push_back(requireOk(training.createCourse(course), "course " + course.title));
    }
    const std::int64_t now = m_clock.nowMs();
    int serial = 1;
    for (std::size_t u = 0; u < learners.size(); ++u) {
        for (std::size_t c = u % 3; c < courses.size(); c += 3) {
            Enrollment enrollment;
            enrollment.id = Uuid::createV7();
            enrollment.courseId = courses[c].id;
            enrollment.userId = learners[u].id;
            enrollment.enrolledAt = now - 60 * dayMs;
            const bool completed = (u + c) % 2 == 0;
            enrollment.status = completed ? EnrollmentStatus::Completed : EnrollmentStatus::InProgress;
            for (const CourseModule& module : courses[c].modules) {
                if (completed || enrollment.completedModuleIds.empty()) {
                    enrollment.completedModuleIds.push_back(module.id);
                }
            }
            if (completed) {
                enrollment.completedAt = now - 30 * dayMs;
            }
            requireOk(training.enroll(enrollment), "enrolment");
            if (completed) {
                Certificate certificate;
                certificate.id = Uuid::createV7();
                certificate.userId = learners[u].id;
                certificate.courseId = courses[c].id;
                certificate.program = courses[c].certificationProgram;
                certificate.issuedAt = *enrollment.completedAt;
                certificate.expiresAt = certificate.issuedAt + courses[c].validityMonths * 30 * dayMs;
                certificate.serial = "HSS-2026-" + std::to_string(1000 + serial++);
                requireOk(training.issueCertificate(certificate), "certificate");
            }
        }
    }
}

void DemoSeeder::seedFeedback(const std::vector<SeededUser>& authors, const std::vector<Ticket>& finished)
{
    FeedbackRepository feedback(m_database);
    const std::int64_t now = m_clock.nowMs();
    const auto& texts = demoFeedbackTexts();
    const sentiment::SentimentAnalyzer analyzer;
    for (std::size_t i = 0; i < 60; ++i) {
        const DemoFeedback& text = texts[i % texts.size()];
        Feedback entry;
        entry.id = Uuid::createV7();
        entry.authorId = authors[i % authors.size()].id;
        entry.csatScore = text.csat;
        entry.comment = text.comment;
        entry.category = text.category;
        entry.createdAt = now - static_cast<std::int64_t>(i) * 11 * 60 * minuteMs;
        // Two in three rate a resolved ticket (a day after it was resolved), so CSAT shows per team; the rest is
        // feedback on the product as a whole.
        if (i % 3 != 2 && !finished.empty()) {
            const Ticket& rated = finished[i % finished.size()];
            entry.ticketId = rated.id;
            entry.createdAt = std::min(now, *rated.resolvedAt + 24 * 60 * minuteMs);
        }
        // Scored as feedback given through the API is, so the demo's analytics and lists show sentiment.
        if (auto scored = analyzer.analyze(entry.comment)) {
            entry.sentimentScore = scored.value().score;
        }
        requireOk(feedback.add(entry), "feedback");
    }
}

void DemoSeeder::seedSafetyReports(const std::vector<SeededUser>& staff, const std::vector<Ticket>& clinical)
{
    // A clinician's verdicts on the AI's critical decision in each clinical ticket: mostly correct, with near misses
    // and an error now and then, so the medical dashboard's patient safety score shows something real.
    const auto clinician = std::find_if(
        staff.begin(), staff.end(), [](const SeededUser& user) { return user.roles.count(Role::MedicalAgent) != 0; });
    if (clinician == staff.end()) {
        return;
    }
    using Outcome = metrics::SafetyOutcome;
    static constexpr std::array<std::pair<Outcome, const char*>, 10> verdicts {{
        {Outcome::Correct, "The sepsis risk flag matched the chart; the triage suggestion was right."},
        {Outcome::Correct, "Dose check agreed with the pharmacist's calculation."},
        {Outcome::Correct, "Imaging prioritisation was appropriate for the findings."},
        {Outcome::NearMiss, "Suggested the adult dose for a child; the nurse caught it before administration."},
        {Outcome::Correct, "The interaction warning was correct and useful."},
        {Outcome::Correct, "Early warning score alert was justified."},
        {Outcome::Correct, "Discharge summary suggestion was accurate."},
        {Outcome::NearMiss, "Allergy was missed by the suggestion but flagged at the bedside check."},
        {Outcome::Correct, "Triage category matched the clinician's assessment."},
        {Outcome::Incorrect, "The deterioration alert came too late; the rapid response team was called manually."},
    }};
    FeedbackRepository feedback(m_database);
    const std::int64_t now = m_clock.nowMs();
    const sentiment::SentimentAnalyzer analyzer;
    for (std::size_t i = 0; i < clinical.size(); ++i) {
        const auto& [outcome, comment] = verdicts[i % verdicts.size()];
        Feedback entry;
        entry.id = Uuid::createV7();
        entry.ticketId = clinical[i].id;
        entry.authorId = clinician->id;
        entry.comment = comment;
        entry.category = FeedbackCategory::Clinical;
        entry.createdAt = std::min(now, clinical[i].createdAt + 3 * 60 * minuteMs);
        entry.safetyOutcome = outcome;
        if (auto scored = analyzer.analyze(entry.comment)) {
            entry.sentimentScore = scored.value().score;
        }
        requireOk(feedback.add(entry), "safety report");
    }
}

void DemoSeeder::seedUsageFigures(const std::vector<SeededUser>& staff)
{
    // The 26 whole weeks (Monday to Monday, UTC) before the current one, adoption growing from 50 % to about 77 %,
    // so every dashboard period from 30 days on has readings.
    using namespace std::chrono;
    const auto admin = std::find_if(staff.begin(), staff.end(),
                                    [](const SeededUser& user) { return user.roles.count(Role::Admin) != 0; });
    const std::int64_t now = m_clock.nowMs();
    const sys_days today = floor<days>(sys_time<milliseconds>(milliseconds(now)));
    const sys_days thisMonday = today - (weekday(today) - Monday);
    const auto msOf = [](sys_days day) { return duration_cast<milliseconds>(day.time_since_epoch()).count(); };
    constexpr int weeksBack = 26;
    UsageFiguresRepository usage(m_database);
    auto session = m_database.session();
    WriteTransaction transaction(session, m_database.backend());
    for (int back = weeksBack; back >= 1; --back) {
        const sys_days monday = thisMonday - weeks(back);
        const int step = weeksBack - back;
        UsageReport report;
        report.id = Uuid::createV7();
        report.figures.period = {msOf(monday), msOf(monday + weeks(1))};
        report.figures.licensedProfessionals = 240 + step;
        report.figures.activeProfessionals = 120 + step * 3;
        report.note = "Weekly export of the clinical platform (demo data).";
        report.recordedAt = std::min(now, report.figures.period.to + 2 * 60 * minuteMs);
        requireOk(usage.record(session, report, admin == staff.end() ? std::string("demo") : admin->id.toString()),
                  "usage figures");
    }
    transaction.commit();
}

} // namespace hss::server
