// SPDX-License-Identifier: MIT
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

#include "../storage/StoreTestSupport.h"
#include "hss/Feedback.h"
#include "storage/FeedbackRepository.h"
#include "storage/KpiFactsRepository.h"
#include "storage/LocalStore.h"
#include "storage/SchemaMigrator.h"
#include "storage/TicketRepository.h"
#include "storage/sqlcipher/SqlCipherDriver.h"

using namespace hss::client;
using hss::test::keySpan;
using hss::test::makeKey;

/// Client migration 8 (covering indexes for the dashboards' KPI facts) on a store left at version 7: the indexes
/// appear, the stored tickets and feedback are untouched and the KPI reads still find them.
class TestDashboardMigration final : public QObject
{
    Q_OBJECT

private slots:
    void upgradesFromVersionSeven();
};

void TestDashboardMigration::upgradesFromVersionSeven()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("store.db"));
    const auto key = makeKey(8);
    const hss::Ticket ticket = hss::test::makeTicket("Dashboard migration", hss::Priority::High, 1764144000000);
    {
        SqlCipherDriver::registerDriver();
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLCIPHER"), QStringLiteral("v7"));
        db.setDatabaseName(path);
        static_cast<SqlCipherDriver*>(db.driver())->setRawKey(key.data(), static_cast<int>(key.size()));
        QVERIFY(db.open());
        QVERIFY(!SchemaMigrator::standard().migrate(db, 7));
        QCOMPARE(SchemaMigrator::currentVersion(db), 7);
        QVERIFY(!TicketRepository(db).upsert(ticket));
        hss::Feedback feedback;
        feedback.id = hss::Uuid::createV7();
        feedback.ticketId = ticket.id;
        feedback.authorId = hss::Uuid::createV7();
        feedback.csatScore = 4;
        feedback.createdAt = ticket.createdAt + 1000;
        QVERIFY(!FeedbackRepository(db).upsert(feedback));
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("v7"));

    LocalStore store(QStringLiteral("upgraded"));
    const auto error = store.open(path, keySpan(key), LocalStore::OpenMode::MustExist);
    QVERIFY2(!error, error ? qPrintable(error->message) : "");
    QSqlDatabase db = store.database();
    QVERIFY(SchemaMigrator::currentVersion(db) >= 8);
    QStringList indexes;
    QSqlQuery query(db);
    QVERIFY(query.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'index' ORDER BY name")));
    while (query.next()) {
        indexes << query.value(0).toString();
    }
    for (const char* name : {"tickets_kpi", "tickets_id_team", "feedback_kpi"}) {
        QVERIFY2(indexes.contains(QString::fromLatin1(name)), name);
    }

    const KpiFactsRepository facts(db);
    const hss::metrics::Period day {ticket.createdAt, ticket.createdAt + 24 * 3600 * 1000};
    const auto tickets = facts.tickets(day, ticket.createdAt + 5000);
    QVERIFY(tickets);
    QCOMPARE(tickets.value().size(), std::size_t(1));
    QCOMPARE(tickets.value()[0].team, std::string("tier1"));
    const auto feedback = facts.feedback(day);
    QVERIFY(feedback);
    QCOMPARE(feedback.value().size(), std::size_t(1));
    QCOMPARE(feedback.value()[0].team, std::string("tier1"));
    QVERIFY(feedback.value()[0].csatScore == std::optional<int>(4));
}

QTEST_GUILESS_MAIN(TestDashboardMigration)
#include "TestDashboardMigration.moc"
