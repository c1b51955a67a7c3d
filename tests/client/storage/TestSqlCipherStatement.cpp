// SPDX-License-Identifier: MIT
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>
#include <memory>

#include "StoreTestSupport.h"
#include "storage/LocalStore.h"
#include "storage/sqlcipher/SqlCipherStatement.h"

using namespace hss::client;

/// SqlCipherStatement, the C-API reader the KPI facts use: every column type as QSqlQuery wrote it, parameters,
/// and errors reported instead of rows silently missing.
class TestSqlCipherStatement final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void readsEveryColumnType();
    void bindsNumberedParametersMoreThanOnce();
    void reportsWhatFailed();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<LocalStore> m_store;
};

void TestSqlCipherStatement::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_store = std::make_unique<LocalStore>(QStringLiteral("statement"));
    const auto key = hss::test::makeKey(3);
    const auto error = m_store->open(m_dir->filePath(QStringLiteral("store.db")), hss::test::keySpan(key),
                                     LocalStore::OpenMode::CreateIfMissing);
    QVERIFY2(!error, error ? qPrintable(error->message) : "");
    QSqlQuery query(m_store->database());
    QVERIFY(query.exec(QStringLiteral("CREATE TABLE sample (n INTEGER, r REAL, t TEXT, b BLOB)")));
    QVERIFY(query.prepare(QStringLiteral("INSERT INTO sample VALUES (?, ?, ?, ?)")));
    query.addBindValue(qint64(-9007199254740993));
    query.addBindValue(-0.25);
    query.addBindValue(QStringLiteral("Zürich team ✓"));
    query.addBindValue(QByteArray("\x01\x00\x02", 3));
    QVERIFY(query.exec());
    QVERIFY(query.exec(QStringLiteral("INSERT INTO sample VALUES (NULL, NULL, NULL, NULL)")));
}

void TestSqlCipherStatement::cleanup()
{
    m_store.reset();
    m_dir.reset();
}

void TestSqlCipherStatement::readsEveryColumnType()
{
    SqlCipherStatement row(m_store->database(), "SELECT n, r, t, b FROM sample ORDER BY rowid");
    QVERIFY2(row.isValid(), qPrintable(row.errorText()));
    QVERIFY(row.next());
    QCOMPARE(row.integer(0), std::int64_t(-9007199254740993));
    QCOMPARE(row.real(1), -0.25);
    QCOMPARE(QString::fromUtf8(row.text(2).data(), static_cast<qsizetype>(row.text(2).size())),
             QStringLiteral("Zürich team ✓"));
    QCOMPARE(row.blob(3).toByteArray(), QByteArray("\x01\x00\x02", 3));
    for (int column = 0; column < 4; ++column) {
        QVERIFY(!row.isNull(column));
    }
    QVERIFY(row.next());
    for (int column = 0; column < 4; ++column) {
        QVERIFY(row.isNull(column));
    }
    QVERIFY(row.text(2).empty());
    QVERIFY(row.blob(3).isEmpty());
    QVERIFY(!row.next());
    QVERIFY(row.errorText().isEmpty());
}

void TestSqlCipherStatement::bindsNumberedParametersMoreThanOnce()
{
    SqlCipherStatement row(m_store->database(), "SELECT count(*) FROM sample WHERE n >= ?1 AND n < ?2 OR n = ?2");
    QVERIFY(row.bind(1, -9007199254740993) && row.bind(2, 0));
    QVERIFY(row.next());
    QCOMPARE(row.integer(0), std::int64_t(1));
    QVERIFY(!row.bind(3, 1));
    QVERIFY(!row.errorText().isEmpty());
}

void TestSqlCipherStatement::reportsWhatFailed()
{
    SqlCipherStatement misspelt(m_store->database(), "SELECT n FROM no_such_table");
    QVERIFY(!misspelt.isValid());
    QVERIFY2(misspelt.errorText().contains(QStringLiteral("no_such_table")), qPrintable(misspelt.errorText()));
    QVERIFY(!misspelt.next());

    SqlCipherStatement stepping(m_store->database(), "SELECT abs(-9223372036854775807 - 1)");
    QVERIFY(stepping.isValid());
    QVERIFY(!stepping.next());
    QVERIFY2(stepping.errorText().contains(QStringLiteral("overflow")), qPrintable(stepping.errorText()));

    SqlCipherStatement notSqlCipher(QSqlDatabase(), "SELECT 1");
    QVERIFY(!notSqlCipher.isValid());
    QVERIFY(!notSqlCipher.errorText().isEmpty());
}

QTEST_GUILESS_MAIN(TestSqlCipherStatement)

#include "TestSqlCipherStatement.moc"
