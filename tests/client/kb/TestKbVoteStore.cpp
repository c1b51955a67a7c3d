// SPDX-License-Identifier: MIT
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

#include "../storage/StoreTestSupport.h"
#include "storage/KbRepository.h"
#include "storage/LocalStore.h"
#include "storage/SchemaMigrator.h"
#include "storage/sqlcipher/SqlCipherDriver.h"

using namespace hss;
using namespace hss::client;
using hss::test::keySpan;
using hss::test::makeKey;

/// The console's own KB votes in a real SQCipher store: schema step 6 on a store that version 5 left, and the
/// one-vote-per-person bookkeeping KbRepository keeps until the server's counts arrive.
class TestKbVoteStore final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void upgradesFromVersionFive();
    void oneVotePerPersonMovesTheCounts();

private:
    QTemporaryDir m_dir;
    QString m_path;
};

void TestKbVoteStore::init()
{
    QVERIFY(m_dir.isValid());
    m_path = m_dir.filePath(QStringLiteral("store-%1.db").arg(QDateTime::currentMSecsSinceEpoch()));
}

void TestKbVoteStore::upgradesFromVersionFive()
{
    const auto key = makeKey(5);
    const QString articleId = QStringLiteral("0190a0b0-0000-7000-8000-000000000001");
    {
        // A store as version 5 left it: an article, and no table for votes yet.
        SqlCipherDriver::registerDriver();
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLCIPHER"), QStringLiteral("v5"));
        db.setDatabaseName(m_path);
        static_cast<SqlCipherDriver*>(db.driver())->setRawKey(key.data(), static_cast<int>(key.size()));
        QVERIFY(db.open());
        QVERIFY(!SchemaMigrator::standard().migrate(db, 5));
        QCOMPARE(SchemaMigrator::currentVersion(db), 5);
        QVERIFY(!db.tables().contains(QStringLiteral("kb_votes")));
        QSqlQuery query(db);
        QVERIFY(query.exec(
            QStringLiteral(
                "INSERT INTO kb_articles (id, title, body, category, content_type, status, language, version, "
                "author_id,"
                " updated_at, helpful_votes) VALUES ('%1', 'Sepsis alert tuning', 'How thresholds work',"
                " 'medical_features', 'article', 'published', 'en', 1, '0190a0b0-0000-7000-8000-000000000002', 1, 4)")
                .arg(articleId)));
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("v5"));
    LocalStore store(QStringLiteral("upgraded"));
    const auto error = store.open(m_path, keySpan(key), LocalStore::OpenMode::MustExist);
    QVERIFY2(!error, error ? qPrintable(error->message) : "");
    QCOMPARE(store.schemaVersion(), SchemaMigrator::standard().latestVersion());
    KbRepository articles(store.database());
    const Uuid id = Uuid::parse(articleId.toStdString()).value();
    const Uuid user = Uuid::createV7();
    QVERIFY(!articles.ownVote(id, user));
    const auto voted = articles.recordVote(id, user, true, 10);
    QVERIFY2(voted, voted ? "" : voted.error().message.c_str());
    QCOMPARE(voted.value().helpfulVotes, 5);
    QCOMPARE(articles.ownVote(id, user), std::optional<bool>(true));
}

void TestKbVoteStore::oneVotePerPersonMovesTheCounts()
{
    const auto key = makeKey(6);
    LocalStore store(QStringLiteral("votes"));
    QVERIFY(!store.open(m_path, keySpan(key), LocalStore::OpenMode::CreateIfMissing));
    KbRepository articles(store.database());
    KbArticle article;
    article.id = Uuid::createV7();
    article.title = "Pump alarms";
    article.status = ArticleStatus::Published;
    article.authorId = Uuid::createV7();
    article.helpfulVotes = 10;
    article.notHelpfulVotes = 2;
    article.updatedAt = 1;
    QVERIFY(!articles.upsert(article));
    const Uuid ann = Uuid::createV7();
    const Uuid otto = Uuid::createV7();

    QCOMPARE(articles.recordVote(article.id, ann, false, 2).value().notHelpfulVotes, 3);
    QCOMPARE(articles.recordVote(article.id, ann, false, 3).value().notHelpfulVotes, 3); // the same again
    const KbArticle moved = articles.recordVote(article.id, ann, true, 4).value(); // a change of mind
    QCOMPARE(moved.helpfulVotes, 11);
    QCOMPARE(moved.notHelpfulVotes, 2);
    QCOMPARE(articles.recordVote(article.id, otto, false, 5).value().notHelpfulVotes, 3);
    QCOMPARE(articles.ownVote(article.id, ann), std::optional<bool>(true));
    QCOMPARE(articles.ownVote(article.id, otto), std::optional<bool>(false));
    const KbArticle stored = articles.find(article.id).value();
    QCOMPARE(stored.helpfulVotes, 11);
    QCOMPARE(stored.notHelpfulVotes, 3);

    const auto unknown = articles.recordVote(Uuid::createV7(), ann, true, 6);
    QVERIFY(!unknown);
    QCOMPARE(unknown.error().code, ErrorCode::NotFound);
    // The pulled article replaces the local counts; the person's own vote stays.
    article.helpfulVotes = 50;
    QVERIFY(!articles.upsert(article));
    QCOMPARE(articles.find(article.id).value().helpfulVotes, 50);
    QCOMPARE(articles.ownVote(article.id, ann), std::optional<bool>(true));
}

QTEST_GUILESS_MAIN(TestKbVoteStore)
#include "TestKbVoteStore.moc"
