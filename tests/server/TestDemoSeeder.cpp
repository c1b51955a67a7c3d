// SPDX-License-Identifier: MIT
#include <QtTest>
#include <map>
#include <set>
#include <sstream>

#include "app/DemoSeeder.h"
#include "auth/PasswordHasher.h"
#include "hss/KbWorkflow.h"
#include "hss/ManualClock.h"
#include "hss/triage/Triage.h"
#include "security/FieldCipher.h"
#include "storage/Database.h"
#include "storage/FeedbackRepository.h"
#include "storage/KbRepository.h"
#include "storage/KbVersionRepository.h"
#include "storage/TicketRepository.h"
#include "storage/TrainingRepository.h"
#include "storage/UsageFiguresRepository.h"
#include "storage/UserRepository.h"

using namespace hss::server;

class TestDemoSeeder final : public QObject
{
    Q_OBJECT

private slots:
    void seedsEverythingOnceAndPrintsWorkingPasswords();
};

void TestDemoSeeder::seedsEverythingOnceAndPrintsWorkingPasswords()
{
    QTemporaryDir dir;
    Database database({}, dir.path().toStdString(), 1, 4);
    const FieldCipher cipher = FieldCipher::loadOrCreate("", dir.path().toStdString());
    const PasswordHasher hasher(PasswordHasher::Parameters {1, 8192 * 1024});
    const hss::ManualClock clock(1764144000000);
    std::ostringstream out;
    QVERIFY(DemoSeeder(database, cipher, hasher, clock).seed(out));

    TicketQuery all;
    all.limit = TicketQuery::maxLimit;
    std::set<hss::Priority> priorities;
    std::set<hss::Category> categories;
    std::set<hss::TicketStatus> statuses;
    std::set<hss::Channel> channels;
    TicketRepository tickets(database, cipher);
    std::int64_t total = 0;
    for (all.offset = 0;; all.offset += all.limit) {
        const TicketPage page = tickets.list(all);
        total = page.total;
        for (const hss::Ticket& ticket : page.tickets) {
            priorities.insert(ticket.priority);
            categories.insert(ticket.category);
            statuses.insert(ticket.status);
            channels.insert(ticket.channel);
            QVERIFY2(hss::validate(ticket).ok(), ticket.title.c_str());
            // Emergencies are only those whose text triage flags: no "video will not play" among them.
            QCOMPARE(ticket.priority == hss::Priority::Emergency,
                     hss::triage::triage({ticket.title, ticket.description, ticket.category}).emergency);
        }
        if (static_cast<int>(page.tickets.size()) < all.limit) {
            break;
        }
    }
    QVERIFY(total >= 200);
    QCOMPARE(priorities.size(), hss::allPriorities.size());
    QCOMPARE(categories.size(), hss::allCategories.size());
    QCOMPARE(statuses.size(), hss::allTicketStatuses.size());
    QCOMPARE(channels.size(), hss::allChannels.size());

    KbQuery everything;
    everything.limit = KbQuery::maxLimit;
    QCOMPARE(KbRepository(database).count(everything), 59);
    // The editing side: every workflow state, histories of several versions, translations (one stale).
    std::set<hss::ArticleStatus> states;
    std::set<std::string> languages;
    std::map<std::string, hss::KbArticle> byId;
    int versioned = 0;
    for (const hss::KbArticle& article : KbRepository(database).search(everything)) {
        QVERIFY2(hss::validate(article).ok(), article.title.c_str());
        states.insert(article.status);
        languages.insert(article.language);
        byId.emplace(article.id.toString(), article);
        const auto history = hss::server::KbVersionRepository(database).list(article.id.toString());
        QCOMPARE(history.empty() ? 0 : history.front().version, article.version);
        versioned += history.size() >= 2 ? 1 : 0;
    }
    QCOMPARE(states.size(), hss::allArticleStatuses.size());
    QCOMPARE(languages, (std::set<std::string> {"de", "en", "es", "fr"}));
    QVERIFY(versioned >= 3);
    int stale = 0;
    for (const auto& [id, article] : byId) {
        if (article.translationOf) {
            stale += hss::KbWorkflow::isStale(article, byId.at(article.translationOf->toString())) ? 1 : 0;
        }
    }
    QCOMPARE(stale, 1);
    QCOMPARE(TrainingRepository(database).listCourses().size(), std::size_t(10));
    QVERIFY(FeedbackRepository(database).analytics({}).count >= 50);
    // Scored like feedback given through the API: both praise and complaints are in the demo.
    bool positive = false;
    bool negative = false;
    for (const hss::Feedback& entry : FeedbackRepository(database).list({})) {
        QVERIFY(entry.sentimentScore.has_value());
        positive = positive || *entry.sentimentScore > 0.2;
        negative = negative || *entry.sentimentScore < -0.2;
    }
    QVERIFY(positive && negative);
    // Safety outcomes on clinical tickets (every kind) and half a year of weekly usage figures for the medical
    // dashboard, so its 30-day view has readings too.
    std::set<hss::metrics::SafetyOutcome> outcomes;
    FeedbackQuery recent;
    recent.limit = FeedbackQuery::maxLimit;
    for (const hss::Feedback& entry : FeedbackRepository(database).list(recent)) {
        if (entry.safetyOutcome) {
            QVERIFY(entry.ticketId.has_value());
            outcomes.insert(*entry.safetyOutcome);
        }
    }
    QCOMPARE(outcomes.size(), std::size_t(3));
    // Most satisfaction scores rate a resolved ticket, so the dashboards show CSAT per team.
    int ratedTickets = 0;
    for (const hss::Feedback& entry : FeedbackRepository(database).list(recent)) {
        if (entry.csatScore && entry.ticketId) {
            const auto rated = tickets.find(entry.ticketId->toString());
            QVERIFY(rated.ok());
            const hss::Ticket& ticket = rated.value();
            QVERIFY(ticket.status == hss::TicketStatus::Resolved || ticket.status == hss::TicketStatus::Closed);
            QVERIFY(entry.createdAt >= ticket.resolvedAt.value_or(0));
            ++ratedTickets;
        }
    }
    QVERIFY(ratedTickets >= 30);
    const auto usage = UsageFiguresRepository(database).list(0, clock.nowMs());
    QCOMPARE(usage.size(), std::size_t(26));
    const std::int64_t monthAgo = clock.nowMs() - 30 * 24 * 3600 * std::int64_t {1000};
    QVERIFY(std::count_if(usage.begin(), usage.end(),
                          [monthAgo](const hss::UsageReport& report) { return report.figures.period.from >= monthAgo; })
            >= 3);
    for (const hss::UsageReport& report : usage) {
        QVERIFY(hss::validate(report).ok());
        QVERIFY(report.figures.period.to <= clock.nowMs());
        QVERIFY(report.figures.activeProfessionals < report.figures.licensedProfessionals);
    }

    // Every role has a user, and each printed password opens its account.
    UserRepository users(database, cipher);
    std::set<hss::Role> roles;
    std::istringstream lines(out.str());
    std::string line;
    int checked = 0;
    while (std::getline(lines, line)) {
        std::istringstream words(line);
        std::string username;
        std::string password;
        words >> username >> password;
        auto account = users.findByUsername(username);
        if (!account || password.size() != 16) {
            continue;
        }
        QVERIFY2(hasher.verify(password, account.value().passwordHash), username.c_str());
        roles.insert(account.value().user.roles.begin(), account.value().user.roles.end());
        if (account.value().user.roles.count(hss::Role::Admin)) {
            QVERIFY(account.value().totpSecret.has_value());
        }
        ++checked;
    }
    QCOMPARE(checked, 7);
    QCOMPARE(roles.size(), hss::allRoles.size());

    std::ostringstream again;
    QVERIFY(!DemoSeeder(database, cipher, hasher, clock).seed(again));
    QCOMPARE(tickets.list(all).total, total);
}

QTEST_GUILESS_MAIN(TestDemoSeeder)
#include "TestDemoSeeder.moc"
