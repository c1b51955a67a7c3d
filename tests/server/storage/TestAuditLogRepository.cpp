// SPDX-License-Identifier: MIT
#include <QtTest>
#include <atomic>
#include <memory>
#include <thread>
#include <vector>

#include <Poco/Data/Session.h>
#include <Poco/DigestEngine.h>
#include <Poco/Exception.h>
#include <Poco/SHA2Engine.h>
#include <nlohmann/json.hpp>

#include "StorageFixture.h"
#include "storage/AuditLogRepository.h"

using hss::server::AuditEntry;
using hss::server::AuditLogRepository;
using hss::server::Database;
using namespace Poco::Data::Keywords;

class TestAuditLogRepository final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void hashCoversTheCanonicalText_data();
    void hashCoversTheCanonicalText();
    void appendBuildsChain_data();
    void appendBuildsChain();
    void batchKeepsEveryCharacter_data();
    void batchKeepsEveryCharacter();
    void largeBatchContinuesTheChain_data();
    void largeBatchContinuesTheChain();
    void concurrentAppendsNeverFork_data();
    void concurrentAppendsNeverFork();
    void rowsCannotBeChanged_data();
    void rowsCannotBeChanged();
    void verifyNamesFirstBrokenRecord_data();
    void verifyNamesFirstBrokenRecord();

private:
    // A fresh database per test: the tamper test breaks its chain on purpose.
    std::unique_ptr<Database> freshDatabase(const QString& backend, QString* url = nullptr);
    static AuditEntry entry(int n);

    hss::test::StorageFixture m_fixture;
};

void TestAuditLogRepository::initTestCase()
{
    QVERIFY2(m_fixture.start(), qPrintable(m_fixture.error()));
}

std::unique_ptr<Database> TestAuditLogRepository::freshDatabase(const QString& backend, QString* url)
{
    const QString fresh = m_fixture.freshUrl(backend);
    if (url) {
        *url = fresh;
    }
    return std::make_unique<Database>(fresh.toStdString(), m_fixture.folder().toStdString(), 1, 8);
}

AuditEntry TestAuditLogRepository::entry(int n)
{
    return AuditEntry {1'700'000'000'000 + n,
                       "user-" + std::to_string(n),
                       "agent" + std::to_string(n),
                       "ticket.read",
                       "ticket",
                       "ticket-" + std::to_string(n),
                       "127.0.0.1",
                       "success",
                       "read \"quoted\" \xc3\xa4 detail"};
}

void TestAuditLogRepository::hashCoversTheCanonicalText_data()
{
    // Bytes, not QString: the record must also hash text that is not valid UTF-8.
    QTest::addColumn<QByteArray>("actorName");
    QTest::addColumn<QByteArray>("detail");
    QTest::newRow("plain") << QByteArray("Sofia Agent") << QByteArray();
    QTest::newRow("punctuation") << QByteArray("O'Brien, J. <ward 3> {night} [x]") << QByteArray("a/b ~ `ok` 100%");
    QTest::newRow("quotes and backslash") << QByteArray("say \"hi\"") << QByteArray("C:\\temp");
    QTest::newRow("control characters") << QByteArray("tab\there") << QByteArray("line\nbreak \x01");
    QTest::newRow("non-ASCII") << QByteArray("Zoë Ångström") << QByteArray("naïve ✓");
    QTest::newRow("DEL") << QByteArray("a\x7f") << QByteArray("b");
    QTest::newRow("invalid UTF-8") << QByteArray("caf\xe9") << QByteArray("\xff\xc3");
}

void TestAuditLogRepository::hashCoversTheCanonicalText()
{
    QFETCH(QByteArray, actorName);
    QFETCH(QByteArray, detail);
    AuditEntry entry {1'795'680'000'123,
                      "0190a1b2-c3d4-7e5f-8a9b-0c1d2e3f4a5b",
                      actorName.toStdString(),
                      "ticket.read",
                      "ticket",
                      "0190a1b2-c3d4-7e5f-8a9b-0c1d2e3f4a5c",
                      "192.0.2.7",
                      "success",
                      detail.toStdString()};
    // The chain's definition: SHA-256 of the previous hash and the record as nlohmann::json's compact dump, keys
    // sorted. Records written before any faster encoder must keep verifying.
    const nlohmann::json record {
        {"seq", 4711},
        {"at", entry.at},
        {"actor_id", entry.actorId},
        {"actor_name", entry.actorName},
        {"action", entry.action},
        {"object_type", entry.objectType},
        {"object_id", entry.objectId},
        {"source_ip", entry.sourceIp},
        {"outcome", entry.outcome},
        {"detail", entry.detail},
    };
    const std::string previous = AuditLogRepository::genesisHash();
    Poco::SHA2Engine engine(Poco::SHA2Engine::SHA_256);
    engine.update(previous);
    engine.update(record.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace));
    QCOMPARE(AuditLogRepository::computeHash(previous, 4711, entry), Poco::DigestEngine::digestToHex(engine.digest()));
}

void TestAuditLogRepository::appendBuildsChain_data()
{
    hss::test::StorageFixture::backendRows();
}

void TestAuditLogRepository::appendBuildsChain()
{
    QFETCH(QString, backend);
    auto database = freshDatabase(backend);
    AuditLogRepository audit(*database);
    QVERIFY(!audit.verify().has_value());
    std::string previous = AuditLogRepository::genesisHash();
    for (int i = 1; i <= 5; ++i) {
        const auto record = audit.append(entry(i));
        QCOMPARE(record.seq, i);
        QCOMPARE(record.prevHash, previous);
        QCOMPARE(record.hash, AuditLogRepository::computeHash(previous, i, entry(i)));
        previous = record.hash;
    }
    const auto records = audit.list(0, 100);
    QCOMPARE(static_cast<int>(records.size()), 5);
    QCOMPARE(records[2].entry, entry(3));
    QCOMPARE(static_cast<int>(audit.list(3, 100).size()), 2);
    QVERIFY(!audit.verify().has_value());
}

void TestAuditLogRepository::batchKeepsEveryCharacter_data()
{
    hss::test::StorageFixture::backendRows();
}

void TestAuditLogRepository::batchKeepsEveryCharacter()
{
    // PostgreSQL gets a batch in COPY's text format: what is special there must come back as data.
    QFETCH(QString, backend);
    auto database = freshDatabase(backend);
    AuditLogRepository audit(*database);
    const std::vector<std::string> texts {"",
                                          "NULL",
                                          "say \"hi\"",
                                          "C:\\temp\\",
                                          "{braces}, commas, \"quoted\" words",
                                          "{\"a\",\"b\"}",
                                          "tab\there, line\nbreak \x01, carriage\rreturn",
                                          "\\N",
                                          "\\.",
                                          "end of line\n",
                                          " leading and trailing spaces ",
                                          "Zo\u00eb \u00c5ngstr\u00f6m \u2713",
                                          "'single' quotes; DROP TABLE audit_log; --"};
    std::vector<AuditEntry> entries;
    for (std::size_t i = 0; i < texts.size(); ++i) {
        AuditEntry made = entry(static_cast<int>(i));
        made.actorName = texts[i];
        made.detail = texts[texts.size() - 1 - i];
        made.objectId = texts[i];
        entries.push_back(made);
    }
    audit.appendAll(entries);
    const auto stored = audit.list(0, 100);
    QCOMPARE(stored.size(), entries.size());
    for (std::size_t i = 0; i < entries.size(); ++i) {
        QCOMPARE(stored[i].entry, entries[i]);
    }
    QVERIFY(!audit.verify().has_value());
}

void TestAuditLogRepository::largeBatchContinuesTheChain_data()
{
    hss::test::StorageFixture::backendRows();
}

void TestAuditLogRepository::largeBatchContinuesTheChain()
{
    // More records than one statement takes on either backend, after a record already stored.
    QFETCH(QString, backend);
    auto database = freshDatabase(backend);
    AuditLogRepository audit(*database);
    audit.append(entry(0));
    std::vector<AuditEntry> entries;
    for (int i = 1; i <= 10000; ++i) {
        entries.push_back(entry(i));
    }
    const auto appended = audit.appendAll(entries);
    QCOMPARE(appended.back().seq, std::int64_t(10001));
    const auto tail = audit.list(9990, 100);
    QCOMPARE(tail.size(), std::size_t(11));
    QCOMPARE(tail.back().entry, entry(10000));
    QCOMPARE(tail.back().hash, appended.back().hash);
    QVERIFY(!audit.verify().has_value());
}

void TestAuditLogRepository::concurrentAppendsNeverFork_data()
{
    hss::test::StorageFixture::backendRows();
}

void TestAuditLogRepository::concurrentAppendsNeverFork()
{
    QFETCH(QString, backend);
    auto database = freshDatabase(backend);
    AuditLogRepository audit(*database);
    constexpr int threads = 4;
    constexpr int perThread = 15;
    std::atomic<int> failures {0};
    std::vector<std::thread> workers;
    for (int t = 0; t < threads; ++t) {
        workers.emplace_back([&, t] {
            for (int i = 0; i < perThread; ++i) {
                try {
                    audit.append(entry(t * 100 + i));
                } catch (...) {
                    ++failures;
                }
            }
        });
    }
    for (auto& worker : workers) {
        worker.join();
    }
    QCOMPARE(failures.load(), 0);
    QCOMPARE(static_cast<int>(audit.list(0, 1000).size()), threads * perThread);
    QVERIFY(!audit.verify().has_value());
}

void TestAuditLogRepository::rowsCannotBeChanged_data()
{
    QTest::addColumn<QString>("backend");
    QTest::addColumn<QString>("statement");
    for (const auto& backend : hss::test::storageBackends) {
        const QByteArray name = backend.toUtf8();
        QTest::addRow("%s: update", name.constData()) << backend << QStringLiteral("UPDATE audit_log SET detail = 'x'");
        QTest::addRow("%s: delete one", name.constData())
            << backend << QStringLiteral("DELETE FROM audit_log WHERE seq = 1");
        QTest::addRow("%s: delete all", name.constData()) << backend << QStringLiteral("DELETE FROM audit_log");
    }
    QTest::newRow("postgresql: truncate") << QStringLiteral("postgresql") << QStringLiteral("TRUNCATE audit_log");
}

void TestAuditLogRepository::rowsCannotBeChanged()
{
    QFETCH(QString, backend);
    QFETCH(QString, statement);
    auto database = freshDatabase(backend);
    AuditLogRepository audit(*database);
    audit.append(entry(1));
    audit.append(entry(2));
    auto session = database->session();
    QVERIFY_THROWS_EXCEPTION(Poco::Exception, session << statement.toStdString(), now);
    QCOMPARE(static_cast<int>(audit.list(0, 10).size()), 2);
    QVERIFY(!audit.verify().has_value());
}

void TestAuditLogRepository::verifyNamesFirstBrokenRecord_data()
{
    QTest::addColumn<QString>("backend");
    QTest::addColumn<QString>("tamper");
    QTest::addColumn<int>("firstBroken");
    for (const auto& backend : hss::test::storageBackends) {
        const QByteArray name = backend.toUtf8();
        QTest::addRow("%s: modified detail", name.constData()) << backend << QStringLiteral("modify") << 3;
        QTest::addRow("%s: modified with recomputed hash", name.constData()) << backend << QStringLiteral("forge") << 4;
        QTest::addRow("%s: deleted record", name.constData()) << backend << QStringLiteral("delete") << 3;
    }
}

void TestAuditLogRepository::verifyNamesFirstBrokenRecord()
{
    QFETCH(QString, backend);
    QFETCH(QString, tamper);
    QFETCH(int, firstBroken);
    QString url;
    auto database = freshDatabase(backend, &url);
    AuditLogRepository audit(*database);
    for (int i = 1; i <= 6; ++i) {
        audit.append(entry(i));
    }
    AuditEntry forged = entry(3);
    forged.detail = "tampered";
    const auto prevHash = audit.list(2, 1).front().prevHash;
    QString change = QStringLiteral("UPDATE audit_log SET detail = 'tampered' WHERE seq = 3");
    if (tamper == QStringLiteral("forge")) {
        change = QStringLiteral("UPDATE audit_log SET detail = 'tampered', hash = '%1' WHERE seq = 3")
                     .arg(QString::fromStdString(AuditLogRepository::computeHash(prevHash, 3, forged)));
    } else if (tamper == QStringLiteral("delete")) {
        change = QStringLiteral("DELETE FROM audit_log WHERE seq = 3");
    }
    if (backend == QStringLiteral("sqlite")) {
        // As someone with the file in hand would: a plain connection, the guard triggers dropped.
        Poco::Data::Session raw("sqlite", url.mid(QStringLiteral("sqlite:").size()).toStdString());
        raw << "DROP TRIGGER audit_log_no_update", now;
        raw << "DROP TRIGGER audit_log_no_delete", now;
        raw << change.toStdString(), now;
    } else {
        const QString databaseName = url.section(QLatin1Char('/'), -1);
        QVERIFY2(m_fixture.cluster().superuserSql(
                     QStringLiteral("ALTER TABLE audit_log DISABLE TRIGGER audit_log_no_change; ") + change, nullptr,
                     databaseName),
                 qPrintable(m_fixture.cluster().error()));
    }
    const auto broken = audit.verify();
    QVERIFY(broken.has_value());
    QCOMPARE(*broken, firstBroken);
}

QTEST_GUILESS_MAIN(TestAuditLogRepository)
#include "TestAuditLogRepository.moc"
