// SPDX-License-Identifier: MIT
#include <QtTest>

#include "StoreTestSupport.h"
#include "storage/CommentRepository.h"
#include "storage/FeedbackRepository.h"
#include "storage/KbRepository.h"
#include "storage/LocalStore.h"
#include "storage/OutboxRepository.h"
#include "storage/TicketRepository.h"
#include "storage/TrainingRepository.h"
#include "storage/ValueConversions.h"

using namespace hss::client;
using hss::test::makeTicket;

class TestRepositories final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void ticketRoundTripsEveryField();
    void updatingATicketKeepsItsComments();
    void queueOrdersBySeverityThenDeadline();
    void queueViews_data();
    void queueViews();
    void titleFilterTreatsWildcardsLiterally();
    void kbSearchRanksTitleHitsFirst();
    void kbSearchIgnoresOperators_data();
    void kbSearchIgnoresOperators();
    void kbKeepsVersionHistory();
    void kbKeepsTranslationsEditorsAndTheServersHistory();
    void outboxPushesEmergenciesFirstAndOnce();
    void trainingAndFeedbackRoundTrip();

private:
    hss::KbArticle article(const std::string& title, const std::string& body);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<LocalStore> m_store;
};

void TestRepositories::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_store = std::make_unique<LocalStore>(QStringLiteral("repositories"));
    const auto key = hss::test::makeKey(42);
    const auto error = m_store->open(m_dir->filePath(QStringLiteral("store.db")), hss::test::keySpan(key),
                                     LocalStore::OpenMode::CreateIfMissing);
    QVERIFY2(!error, error ? qPrintable(error->message) : "");
}

void TestRepositories::cleanup()
{
    m_store.reset();
}

void TestRepositories::ticketRoundTripsEveryField()
{
    hss::Ticket t = makeTicket("AI triage flagged a stroke patient as low risk", hss::Priority::Emergency);
    t.number = 4711;
    t.category = hss::Category::MedicalClinical;
    t.status = hss::TicketStatus::Escalated;
    t.channel = hss::Channel::Phone;
    t.assigneeId = hss::Uuid::createV7();
    t.medicalCaseRef = "MC-2026-00042";
    t.firstResponseAt = t.createdAt + 60000;
    t.escalationLevel = 2;
    t.revision = 9;
    TicketRepository tickets(m_store->database());
    QVERIFY(!tickets.upsert(t, t.createdAt + 30 * 60000));
    const auto found = tickets.find(t.id);
    QVERIFY(found.has_value());
    QVERIFY(*found == t);
}

void TestRepositories::updatingATicketKeepsItsComments()
{
    TicketRepository tickets(m_store->database());
    CommentRepository comments(m_store->database());
    hss::Ticket t = makeTicket("Scheduling assistant double-books rooms");
    QVERIFY(!tickets.upsert(t));
    hss::Comment c;
    c.id = hss::Uuid::createV7();
    c.ticketId = t.id;
    c.authorId = hss::Uuid::createV7();
    c.body = "Reproduced on ward 3";
    c.createdAt = t.createdAt + 1000;
    QVERIFY(!comments.add(c));
    QVERIFY(!comments.add(c)); // a retried delivery is ignored
    t.status = hss::TicketStatus::InProgress;
    t.updatedAt += 5000;
    QVERIFY(!tickets.upsert(t));
    QCOMPARE(comments.forTicket(t.id).size(), std::size_t(1));
    QVERIFY(tickets.find(t.id)->status == hss::TicketStatus::InProgress);
}

void TestRepositories::queueOrdersBySeverityThenDeadline()
{
    TicketRepository tickets(m_store->database());
    const hss::Ticket low = makeTicket("low", hss::Priority::Low);
    const hss::Ticket highLate = makeTicket("high, due later", hss::Priority::High);
    const hss::Ticket highSoon = makeTicket("high, due soon", hss::Priority::High);
    const hss::Ticket emergency = makeTicket("emergency", hss::Priority::Emergency);
    QVERIFY(!tickets.upsert(low, 1000));
    QVERIFY(!tickets.upsert(highLate, 9000));
    QVERIFY(!tickets.upsert(highSoon, 5000));
    QVERIFY(!tickets.upsert(emergency));
    const auto queue = tickets.query({});
    QCOMPARE(queue.size(), std::size_t(4));
    QCOMPARE(queue[0].ticket.title, std::string("emergency"));
    QCOMPARE(queue[1].ticket.title, std::string("high, due soon"));
    QCOMPARE(queue[2].ticket.title, std::string("high, due later"));
    QCOMPARE(queue[3].ticket.title, std::string("low"));
}

void TestRepositories::queueViews_data()
{
    QTest::addColumn<int>("view");
    QTest::addColumn<QStringList>("expected");
    QTest::newRow("all open") << int(TicketQuery::View::AllOpen)
                              << QStringList {"emergency", "mine", "team b", "due soon"};
    QTest::newRow("mine") << int(TicketQuery::View::Mine) << QStringList {"mine"};
    QTest::newRow("my team") << int(TicketQuery::View::MyTeam) << QStringList {"team b"};
    QTest::newRow("medical emergencies") << int(TicketQuery::View::MedicalEmergencies) << QStringList {"emergency"};
    QTest::newRow("breaching soon") << int(TicketQuery::View::BreachingSoon) << QStringList {"due soon"};
    QTest::newRow("everything") << int(TicketQuery::View::Everything)
                                << QStringList {"emergency", "mine", "team b", "due soon", "resolved"};
}

void TestRepositories::queueViews()
{
    QFETCH(int, view);
    QFETCH(QStringList, expected);
    TicketRepository tickets(m_store->database());
    const hss::Uuid me = hss::Uuid::createV7();
    const qint64 now = 1764144000000;
    hss::Ticket emergency = makeTicket("emergency", hss::Priority::Emergency);
    hss::Ticket mine = makeTicket("mine", hss::Priority::Critical);
    mine.assigneeId = me;
    hss::Ticket teamB = makeTicket("team b", hss::Priority::High);
    teamB.team = "team-b";
    hss::Ticket dueSoon = makeTicket("due soon", hss::Priority::Medium);
    hss::Ticket resolved = makeTicket("resolved", hss::Priority::Low);
    resolved.status = hss::TicketStatus::Resolved;
    resolved.resolvedAt = resolved.createdAt;
    QVERIFY(!tickets.upsert(emergency, now + 3 * 3600000));
    QVERIFY(!tickets.upsert(mine));
    QVERIFY(!tickets.upsert(teamB));
    QVERIFY(!tickets.upsert(dueSoon, now + 20 * 60000));
    QVERIFY(!tickets.upsert(resolved, now));

    TicketQuery query;
    query.view = static_cast<TicketQuery::View>(view);
    query.userId = hss::client::toQString(me.toString());
    query.teams = {QStringLiteral("team-b")};
    query.nowMs = now;
    QStringList titles;
    for (const auto& entry : tickets.query(query)) {
        titles << QString::fromStdString(entry.ticket.title);
    }
    QCOMPARE(titles, expected);
    QCOMPARE(tickets.count(query), qint64(expected.size()));
}

void TestRepositories::titleFilterTreatsWildcardsLiterally()
{
    TicketRepository tickets(m_store->database());
    QVERIFY(!tickets.upsert(makeTicket("100% CPU on inference node")));
    QVERIFY(!tickets.upsert(makeTicket("1000 CPU hours billed")));
    TicketQuery query;
    query.titleFilter = QStringLiteral("100%");
    const auto hits = tickets.query(query);
    QCOMPARE(hits.size(), std::size_t(1));
    QCOMPARE(hits.front().ticket.title, std::string("100% CPU on inference node"));
}

hss::KbArticle TestRepositories::article(const std::string& title, const std::string& body)
{
    hss::KbArticle a;
    a.id = hss::Uuid::createV7();
    a.title = title;
    a.body = body;
    a.status = hss::ArticleStatus::Published;
    a.authorId = hss::Uuid::createV7();
    a.updatedAt = 1764144000000;
    return a;
}

void TestRepositories::kbSearchRanksTitleHitsFirst()
{
    KbRepository kb(m_store->database());
    QVERIFY(!kb.upsert(article("Exporting audit logs", "Mentions sepsis once in passing.")));
    QVERIFY(!kb.upsert(article("Sepsis early warning: tuning thresholds", "How the sepsis model scores vitals.")));
    QVERIFY(!kb.upsert(article("Unrelated", "Nothing here about it.")));
    const auto hits = kb.search(QStringLiteral("sepsis"));
    QCOMPARE(hits.size(), std::size_t(2));
    QCOMPARE(hits[0].title, QStringLiteral("Sepsis early warning: tuning thresholds"));
    QVERIFY(hits[0].score > hits[1].score);
    QVERIFY(hits[0].snippet.contains(QStringLiteral("[")));
    // The last word is a prefix: "thresh" finds "thresholds".
    QCOMPARE(kb.search(QStringLiteral("tuning thresh")).size(), std::size_t(1));
    // Edits are searchable at once (the index follows the table).
    auto edited = *kb.find(hits[1].id);
    edited.title = "Exporting compliance reports";
    edited.body = "No longer mentions the condition.";
    edited.version = 2;
    QVERIFY(!kb.upsert(edited));
    QCOMPARE(kb.search(QStringLiteral("sepsis")).size(), std::size_t(1));
    QCOMPARE(kb.search(QStringLiteral("compliance")).size(), std::size_t(1));
}

void TestRepositories::kbSearchIgnoresOperators_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("expectedHits");
    QTest::newRow("quotes and stars") << "\"sepsis*\" *" << 1;
    QTest::newRow("upper-case OR is a word") << "sepsis OR unrelated" << 0;
    QTest::newRow("NEAR and minus") << "sepsis NEAR -model" << 0;
    QTest::newRow("only punctuation") << "*&^%$" << 0;
    QTest::newRow("SQL in the box") << "'); DROP TABLE kb_articles; --" << 0;
}

void TestRepositories::kbSearchIgnoresOperators()
{
    QFETCH(QString, text);
    QFETCH(int, expectedHits);
    KbRepository kb(m_store->database());
    QVERIFY(!kb.upsert(article("Sepsis early warning", "How the sepsis model scores vitals.")));
    QCOMPARE(int(kb.search(text).size()), expectedHits);
    QCOMPARE(kb.search(QStringLiteral("sepsis")).size(), std::size_t(1));
}

void TestRepositories::kbKeepsVersionHistory()
{
    KbRepository kb(m_store->database());
    hss::KbArticle a = article("Onboarding checklist", "v1");
    QVERIFY(!kb.upsert(a));
    a.body = "v2";
    a.version = 2;
    QVERIFY(!kb.upsert(a));
    QCOMPARE(kb.versions(a.id), (std::vector<int> {2, 1}));
    QCOMPARE(kb.find(a.id)->body, std::string("v2"));
}

void TestRepositories::kbKeepsTranslationsEditorsAndTheServersHistory()
{
    KbRepository kb(m_store->database());
    hss::KbArticle source = article("Dose units", "<p>Use µg.</p>");
    source.version = 3;
    QVERIFY(!kb.upsert(source));
    hss::KbArticle german = article("Dosiseinheiten", "<p>µg verwenden.</p>");
    german.language = "de";
    german.translationOf = source.id;
    german.sourceVersion = 2;
    german.editedBy = hss::Uuid::createV7();
    QVERIFY(!kb.upsert(german));
    QVERIFY(kb.find(german.id) == german);
    QVERIFY(!kb.find(source.id)->translationOf);
    // A pull page read before an edit this console already stored brings the older version: it is ignored.
    hss::KbArticle older = source;
    older.version = 2;
    older.body = "<p>Use mg.</p>";
    QVERIFY(!kb.upsert(older));
    QCOMPARE(kb.find(source.id)->version, 3);
    QCOMPARE(kb.find(source.id)->body, std::string("<p>Use µg.</p>"));

    const auto translations = kb.translationsOf(source.id);
    QCOMPARE(translations.size(), std::size_t(1));
    QCOMPARE(translations[0].id, german.id);
    QCOMPARE(translations[0].language, QStringLiteral("de"));
    QCOMPARE(translations[0].sourceVersion, 2);
    QVERIFY(kb.translationsOf(german.id).empty());

    // The server's history replaces what this console recorded and adds the versions it never saw.
    const QString editor = QString::fromStdString(german.editedBy->toString());
    QVERIFY(!kb.storeVersions(source.id,
                              {{1, QStringLiteral("Dose units"), QStringLiteral("<p>Use mg.</p>"), 1000, editor,
                                QStringLiteral("First draft")},
                               {3, QStringLiteral("Dose units"), QStringLiteral("<p>Use µg.</p>"), 3000, editor,
                                QStringLiteral("Rolled back to version 1")}}));
    QCOMPARE(kb.versions(source.id), (std::vector<int> {3, 1}));
    const auto first = kb.versionText(source.id, 1);
    QVERIFY(first);
    QCOMPARE(first->body, QStringLiteral("<p>Use mg.</p>"));
    QCOMPARE(first->note, QStringLiteral("First draft"));
    QCOMPARE(first->changedBy, editor);
    QCOMPARE(kb.versionText(source.id, 3)->note, QStringLiteral("Rolled back to version 1"));
}

void TestRepositories::outboxPushesEmergenciesFirstAndOnce()
{
    OutboxRepository outbox(m_store->database());
    QVERIFY(!outbox.enqueue("m1", "ticket", "t1", hss::Priority::Low, "{}", 1));
    QVERIFY(!outbox.enqueue("m2", "ticket", "t2", hss::Priority::Emergency, "{}", 2));
    QVERIFY(!outbox.enqueue("m3", "ticket", "t3", hss::Priority::Critical, "{}", 3));
    QVERIFY(!outbox.enqueue("m4", "ticket", "t4", hss::Priority::Emergency, "{}", 4));
    QVERIFY(outbox.enqueue("m2", "ticket", "t2", hss::Priority::Emergency, "{}", 5).has_value());
    QStringList order;
    for (const auto& entry : outbox.nextBatch(10)) {
        order << entry.mutationId;
    }
    QCOMPARE(order, (QStringList {"m2", "m4", "m3", "m1"}));
    QVERIFY(!outbox.acknowledge({QStringLiteral("m2"), QStringLiteral("m4")}));
    QCOMPARE(outbox.pendingCount(), qint64(2));
}

void TestRepositories::trainingAndFeedbackRoundTrip()
{
    TrainingRepository training(m_store->database());
    hss::Course course;
    course.id = hss::Uuid::createV7();
    course.title = "Medical AI certification";
    course.learningPath = hss::LearningPath::HealthcareProfessional;
    course.certificationProgram = hss::CertificationProgram::MedicalAi;
    hss::CourseModule module;
    module.id = hss::Uuid::createV7();
    module.title = "Reading model confidence";
    module.order = 1;
    module.durationMinutes = 20;
    course.modules.push_back(module);
    QVERIFY(!training.upsertCourse(course));
    QVERIFY(!training.upsertCourse(course));
    QCOMPARE(training.courses().size(), std::size_t(1));
    QVERIFY(training.courses().front() == course);

    hss::Enrollment enrollment;
    enrollment.id = hss::Uuid::createV7();
    enrollment.courseId = course.id;
    enrollment.userId = hss::Uuid::createV7();
    enrollment.status = hss::EnrollmentStatus::InProgress;
    enrollment.completedModuleIds = {module.id};
    enrollment.enrolledAt = 1764144000000;
    QVERIFY(!training.upsertEnrollment(enrollment));
    QVERIFY(training.enrollmentsOf(enrollment.userId).front() == enrollment);

    hss::Certificate certificate;
    certificate.id = hss::Uuid::createV7();
    certificate.userId = enrollment.userId;
    certificate.courseId = course.id;
    certificate.program = hss::CertificationProgram::MedicalAi;
    certificate.issuedAt = 1764144000000;
    certificate.expiresAt = certificate.issuedAt + 365LL * 24 * 3600 * 1000;
    certificate.serial = "HSS-MAI-0001";
    QVERIFY(!training.upsertCertificate(certificate));
    QVERIFY(training.certificatesOf(certificate.userId).front() == certificate);

    FeedbackRepository feedback(m_store->database());
    hss::Feedback f;
    f.id = hss::Uuid::createV7();
    f.authorId = hss::Uuid::createV7();
    f.csatScore = 4;
    f.comment = "Quick and clear answer";
    f.category = hss::FeedbackCategory::Support;
    f.sentimentScore = 0.6;
    f.createdAt = 1764144000000;
    QVERIFY(!feedback.add(f));
    QVERIFY(feedback.recent(5).front() == f);
}

QTEST_GUILESS_MAIN(TestRepositories)
#include "TestRepositories.moc"
