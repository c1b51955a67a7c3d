// SPDX-License-Identifier: MIT
#include <QDirIterator>
#include <QSqlQuery>
#include <QtTest>

#include "StoreTestSupport.h"
#include "storage/CommentRepository.h"
#include "storage/ConflictNoteRepository.h"
#include "storage/KbRepository.h"
#include "storage/LocalStore.h"
#include "storage/OutboxRepository.h"
#include "storage/SchemaMigrator.h"
#include "storage/TicketRepository.h"
#include "storage/sqlcipher/SqlCipherDriver.h"

using namespace hss::client;
using hss::test::fileBytes;
using hss::test::keySpan;
using hss::test::makeKey;

class TestLocalStore final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void freshStoreHasLatestSchemaAndVerifiedSettings();
    void reopenKeepsData();
    void wrongKeyLeavesFileUntouched();
    void refusedFiles_data();
    void refusedFiles();
    void missingStoreIsDamageWhenItMustExist();
    void upgradesFromVersionOne();
    void upgradesFromVersionTwo();
    void failedMigrationRollsBack();
    void newerSchemaIsRefused();
    void canaryTextNeverReachesDiskInClear();
    void rekeyReencryptsTheFile();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_path;
};

void TestLocalStore::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_path = m_dir->filePath(QStringLiteral("alice@server.hss"));
}

void TestLocalStore::freshStoreHasLatestSchemaAndVerifiedSettings()
{
    LocalStore store(QStringLiteral("fresh"));
    const auto key = makeKey(1);
    const auto error = store.open(m_path, keySpan(key), LocalStore::OpenMode::CreateIfMissing);
    QVERIFY2(!error, error ? qPrintable(error->message) : "");
    QCOMPARE(store.schemaVersion(), SchemaMigrator::standard().latestVersion());
    QSqlQuery query(store.database());
    const QList<QPair<QString, QString>> expected {{"PRAGMA journal_mode", "wal"},      {"PRAGMA synchronous", "2"},
                                                   {"PRAGMA foreign_keys", "1"},        {"PRAGMA secure_delete", "1"},
                                                   {"PRAGMA cipher_page_size", "4096"}, {"PRAGMA temp_store", "2"}};
    for (const auto& [pragma, value] : expected) {
        QVERIFY(query.exec(pragma));
        QVERIFY(query.next());
        QCOMPARE(query.value(0).toString(), value);
    }
    const QStringList tables = store.database().tables();
    for (const char* table :
         {"tickets", "comments", "ticket_events", "kb_articles", "kb_article_versions", "courses", "enrollments",
          "certificates", "feedback", "users", "settings", "outbox", "sync_state", "audit_local"}) {
        QVERIFY2(tables.contains(QLatin1String(table)), table);
    }
}

void TestLocalStore::reopenKeepsData()
{
    const auto key = makeKey(2);
    const hss::Ticket ticket = hss::test::makeTicket("Infusion pump dosage suggestion wrong");
    {
        LocalStore store(QStringLiteral("first"));
        QVERIFY(!store.open(m_path, keySpan(key), LocalStore::OpenMode::CreateIfMissing));
        QVERIFY(!TicketRepository(store.database()).upsert(ticket));
    }
    LocalStore store(QStringLiteral("second"));
    QVERIFY(!store.open(m_path, keySpan(key), LocalStore::OpenMode::MustExist));
    const auto found = TicketRepository(store.database()).find(ticket.id);
    QVERIFY(found.has_value());
    QCOMPARE(found->title, ticket.title);
}

void TestLocalStore::wrongKeyLeavesFileUntouched()
{
    {
        LocalStore store(QStringLiteral("owner"));
        const auto key = makeKey(3);
        QVERIFY(!store.open(m_path, keySpan(key), LocalStore::OpenMode::CreateIfMissing));
        QVERIFY(!TicketRepository(store.database()).upsert(hss::test::makeTicket("kept")));
    }
    const QByteArray before = fileBytes(m_path);
    LocalStore other(QStringLiteral("other"));
    const auto otherKey = makeKey(4);
    const auto error = other.open(m_path, keySpan(otherKey), LocalStore::OpenMode::MustExist);
    QVERIFY(error.has_value());
    QCOMPARE(error->code, StoreError::Code::WrongKeyOrForeign);
    QVERIFY2(error->message.contains(QStringLiteral("re-sync")), qPrintable(error->message));
    QVERIFY(!other.isOpen());
    QCOMPARE(fileBytes(m_path), before);
    QVERIFY(!QFile::exists(m_path + QStringLiteral("-wal")) || QFileInfo(m_path + QStringLiteral("-wal")).size() == 0);
}

void TestLocalStore::refusedFiles_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<int>("expectedCode");
    QTest::addColumn<QString>("expectedText");
    QTest::newRow("text file of two pages")
        << QByteArray(8192, 'x') << int(StoreError::Code::WrongKeyOrForeign) << "not written with this key";
    QTest::newRow("odd size") << QByteArray(5000, '\x17') << int(StoreError::Code::Damaged) << "damaged";
    QTest::newRow("plain SQLite header") << QByteArray("SQLite format 3").append('\0').append(QByteArray(4080, '\0'))
                                         << int(StoreError::Code::WrongKeyOrForeign) << "unencrypted SQLite";
}

void TestLocalStore::refusedFiles()
{
    QFETCH(QByteArray, content);
    QFETCH(int, expectedCode);
    QFETCH(QString, expectedText);
    {
        QFile file(m_path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(content);
    }
    LocalStore store(QStringLiteral("refused"));
    const auto key = makeKey(5);
    const auto error = store.open(m_path, keySpan(key), LocalStore::OpenMode::MustExist);
    QVERIFY(error.has_value());
    QCOMPARE(int(error->code), expectedCode);
    QVERIFY2(error->message.contains(expectedText), qPrintable(error->message));
    QCOMPARE(fileBytes(m_path), content);
}

void TestLocalStore::missingStoreIsDamageWhenItMustExist()
{
    LocalStore store(QStringLiteral("missing"));
    const auto key = makeKey(6);
    const auto error = store.open(m_path, keySpan(key), LocalStore::OpenMode::MustExist);
    QVERIFY(error.has_value());
    QCOMPARE(error->code, StoreError::Code::Damaged);
    QVERIFY(!QFile::exists(m_path));
}

void TestLocalStore::upgradesFromVersionOne()
{
    const auto key = makeKey(7);
    {
        // A store as version 1 left it, with an article written before the search index existed.
        SqlCipherDriver::registerDriver();
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLCIPHER"), QStringLiteral("v1"));
        db.setDatabaseName(m_path);
        static_cast<SqlCipherDriver*>(db.driver())->setRawKey(key.data(), static_cast<int>(key.size()));
        QVERIFY(db.open());
        QVERIFY(!SchemaMigrator::standard().migrate(db, 1));
        QCOMPARE(SchemaMigrator::currentVersion(db), 1);
        QSqlQuery query(db);
        QVERIFY(query.exec(QStringLiteral(
            "INSERT INTO kb_articles (id, title, body, category, content_type, status, language, version, author_id,"
            " updated_at) VALUES ('0190a0b0-0000-7000-8000-000000000001', 'Sepsis alert tuning', 'How thresholds work',"
            " 'medical_features', 'article', 'published', 'en', 1, '0190a0b0-0000-7000-8000-000000000002', 1)")));
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("v1"));
    LocalStore store(QStringLiteral("upgraded"));
    const auto error = store.open(m_path, keySpan(key), LocalStore::OpenMode::MustExist);
    QVERIFY2(!error, error ? qPrintable(error->message) : "");
    QCOMPARE(store.schemaVersion(), SchemaMigrator::standard().latestVersion());
    const auto hits = KbRepository(store.database()).search(QStringLiteral("sepsis"));
    QCOMPARE(hits.size(), std::size_t(1));
    QCOMPARE(hits.front().title, QStringLiteral("Sepsis alert tuning"));
}

void TestLocalStore::upgradesFromVersionTwo()
{
    const auto key = makeKey(9);
    {
        // A store as version 2 left it, with a change waiting in the outbox.
        SqlCipherDriver::registerDriver();
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLCIPHER"), QStringLiteral("v2"));
        db.setDatabaseName(m_path);
        static_cast<SqlCipherDriver*>(db.driver())->setRawKey(key.data(), static_cast<int>(key.size()));
        QVERIFY(db.open());
        QVERIFY(!SchemaMigrator::standard().migrate(db, 2));
        QSqlQuery query(db);
        QVERIFY(query.exec(QStringLiteral(
            "INSERT INTO outbox (mutation_id, entity, entity_id, priority_rank, payload, created_at) VALUES"
            " ('0190a0b0-0000-7000-8000-000000000009', 'ticket', '0190a0b0-0000-7000-8000-000000000001', 4, '{}', "
            "1)")));
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("v2"));
    LocalStore store(QStringLiteral("upgraded"));
    const auto error = store.open(m_path, keySpan(key), LocalStore::OpenMode::MustExist);
    QVERIFY2(!error, error ? qPrintable(error->message) : "");
    QCOMPARE(store.schemaVersion(), SchemaMigrator::standard().latestVersion());
    const auto entries = OutboxRepository(store.database()).nextBatch(10);
    QCOMPARE(entries.size(), std::size_t(1));
    QCOMPARE(entries.front().state, OutboxEntry::State::Pending);
    QVERIFY(!entries.front().sent);
    QCOMPARE(entries.front().ticketId, QStringLiteral("0190a0b0-0000-7000-8000-000000000001"));
    QCOMPARE(ConflictNoteRepository(store.database()).unacknowledgedCount(), qint64(0));
}

void TestLocalStore::failedMigrationRollsBack()
{
    const auto key = makeKey(8);
    {
        LocalStore store(QStringLiteral("base"));
        QVERIFY(!store.open(m_path, keySpan(key), LocalStore::OpenMode::CreateIfMissing));
    }
    SqlCipherDriver::registerDriver();
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLCIPHER"), QStringLiteral("failing"));
    db.setDatabaseName(m_path);
    static_cast<SqlCipherDriver*>(db.driver())->setRawKey(key.data(), static_cast<int>(key.size()));
    QVERIFY(db.open());
    // Every released step as a no-op, then a step one past the latest that fails half-way.
    const int latest = SchemaMigrator::standard().latestVersion();
    std::vector<MigrationStep> withBrokenStep;
    for (int version = 1; version <= latest; ++version) {
        withBrokenStep.push_back({version, [](QSqlDatabase&, QString*) { return true; }});
    }
    withBrokenStep.push_back({latest + 1, [](QSqlDatabase& target, QString* error) {
                                  QSqlQuery query(target);
                                  query.exec(QStringLiteral("CREATE TABLE half_done (a)"));
                                  *error = QStringLiteral("the new step broke on purpose");
                                  return false;
                              }});
    const auto error = SchemaMigrator(withBrokenStep).migrate(db);
    QVERIFY(error.has_value());
    QCOMPARE(error->code, StoreError::Code::MigrationFailed);
    QVERIFY2(error->message.contains(QStringLiteral("broke on purpose")), qPrintable(error->message));
    QCOMPARE(SchemaMigrator::currentVersion(db), latest);
    QVERIFY(!db.tables().contains(QStringLiteral("half_done")));
    db.close();
    db = QSqlDatabase();
    QSqlDatabase::removeDatabase(QStringLiteral("failing"));
}

void TestLocalStore::newerSchemaIsRefused()
{
    const auto key = makeKey(9);
    {
        LocalStore store(QStringLiteral("future"));
        QVERIFY(!store.open(m_path, keySpan(key), LocalStore::OpenMode::CreateIfMissing));
        QSqlQuery query(store.database());
        QVERIFY(query.exec(QStringLiteral("PRAGMA user_version = 99")));
    }
    LocalStore store(QStringLiteral("older-console"));
    const auto error = store.open(m_path, keySpan(key), LocalStore::OpenMode::MustExist);
    QVERIFY(error.has_value());
    QCOMPARE(error->code, StoreError::Code::NewerSchema);
}

void TestLocalStore::canaryTextNeverReachesDiskInClear()
{
    const QByteArray canary("CANARY-7f3a-PATIENT-JANE-ROE-DOB-1961");
    const auto key = makeKey(10);
    LocalStore store(QStringLiteral("canary"));
    QVERIFY(!store.open(m_path, keySpan(key), LocalStore::OpenMode::CreateIfMissing));
    TicketRepository tickets(store.database());
    CommentRepository comments(store.database());
    for (int i = 0; i < 200; ++i) {
        hss::Ticket ticket = hss::test::makeTicket("Ticket " + std::to_string(i));
        ticket.description = canary.toStdString() + " description " + std::to_string(i);
        ticket.medicalCaseRef = "MC-2026-" + std::to_string(1000 + i);
        QVERIFY(!tickets.upsert(ticket));
        hss::Comment comment;
        comment.id = hss::Uuid::createV7();
        comment.ticketId = ticket.id;
        comment.authorId = hss::Uuid::createV7();
        comment.body = canary.toStdString() + " comment";
        comment.createdAt = ticket.createdAt;
        QVERIFY(!comments.add(comment));
    }
    // Deleted rows must not linger in free pages either (secure_delete).
    QVERIFY(!tickets.remove(tickets.query({}).front().ticket.id));

    const auto scan = [&](const QString& when) {
        const QString tempRoot = QDir::tempPath();
        QDirIterator files(tempRoot, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
        int scanned = 0;
        while (files.hasNext()) {
            const QString file = files.next();
            QVERIFY2(!fileBytes(file).contains(canary), qPrintable(when + QStringLiteral(": canary found in ") + file));
            ++scanned;
        }
        QVERIFY(scanned >= 1);
    };
    QVERIFY(QFileInfo(m_path + QStringLiteral("-wal")).size() > 0);
    scan(QStringLiteral("while open"));
    store.close();
    scan(QStringLiteral("after close"));
}

void TestLocalStore::rekeyReencryptsTheFile()
{
    const auto oldKey = makeKey(11);
    const auto newKey = makeKey(12);
    const hss::Ticket ticket = hss::test::makeTicket("survives rekey");
    {
        LocalStore store(QStringLiteral("rekey"));
        QVERIFY(!store.open(m_path, keySpan(oldKey), LocalStore::OpenMode::CreateIfMissing));
        QVERIFY(!TicketRepository(store.database()).upsert(ticket));
        const auto error = store.rekey(keySpan(newKey));
        QVERIFY2(!error, error ? qPrintable(error->message) : "");
    }
    LocalStore withOld(QStringLiteral("rekey-old"));
    QVERIFY(withOld.open(m_path, keySpan(oldKey), LocalStore::OpenMode::MustExist).has_value());
    LocalStore withNew(QStringLiteral("rekey-new"));
    const auto error = withNew.open(m_path, keySpan(newKey), LocalStore::OpenMode::MustExist);
    QVERIFY2(!error, error ? qPrintable(error->message) : "");
    QVERIFY(TicketRepository(withNew.database()).find(ticket.id).has_value());
}

QTEST_GUILESS_MAIN(TestLocalStore)
#include "TestLocalStore.moc"
