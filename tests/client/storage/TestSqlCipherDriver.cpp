// SPDX-License-Identifier: MIT
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlIndex>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QSqlTableModel>
#include <QtTest>
#include <array>

#include "storage/sqlcipher/SqlCipherDriver.h"

using hss::client::SqlCipherDriver;

namespace {

using RawKey = std::array<unsigned char, 32>;

RawKey makeKey(unsigned char seed)
{
    RawKey key {};
    for (std::size_t i = 0; i < key.size(); ++i) {
        key[i] = static_cast<unsigned char>(seed + i * 7);
    }
    return key;
}

QString hexKey(const RawKey& key)
{
    return QString::fromLatin1(QByteArray(reinterpret_cast<const char*>(key.data()), key.size()).toHex());
}

struct RunResult
{
    int exitCode = -1;
    QString out;
    QString err;
};

RunResult runTool(const QString& program, const QStringList& arguments, const QByteArray& input)
{
    QProcess process;
    process.start(program, arguments);
    RunResult result;
    if (!process.waitForStarted(10000)) {
        result.err = process.errorString();
        return result;
    }
    process.write(input);
    process.closeWriteChannel();
    process.waitForFinished(30000);
    result.exitCode = process.exitCode();
    result.out = QString::fromUtf8(process.readAllStandardOutput());
    result.err = QString::fromUtf8(process.readAllStandardError());
    return result;
}

} // namespace

class TestSqlCipherDriver final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void refusesToOpenWithoutKey();
    void boundValuesRoundTrip_data();
    void boundValuesRoundTrip();
    void namedPlaceholders();
    void transactionsCommitAndRollBack();
    void lastInsertIdAndRowsAffected();
    void errorsReachTheCaller_data();
    void errorsReachTheCaller();
    void wrongKeyIsRefused();
    void fileIsEncrypted();
    void sqlcipherToolReadsWithRawKeyAndSqliteRefuses();
    void worksWithQtSqlModels();
    void backwardNavigation();
    void rekeyReencrypts();

private:
    QSqlDatabase openDatabase(const QString& connection, const RawKey& key);

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_path;
    int m_connectionCounter = 0;
};

void TestSqlCipherDriver::initTestCase()
{
    SqlCipherDriver::registerDriver();
    QVERIFY(QSqlDatabase::isDriverAvailable(QStringLiteral("QSQLCIPHER")));
}

void TestSqlCipherDriver::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_path = m_dir->filePath(QStringLiteral("store.db"));
}

void TestSqlCipherDriver::cleanup()
{
    for (const QString& name : QSqlDatabase::connectionNames()) {
        QSqlDatabase::database(name, false).close();
        QSqlDatabase::removeDatabase(name);
    }
}

QSqlDatabase TestSqlCipherDriver::openDatabase(const QString& connection, const RawKey& key)
{
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLCIPHER"), connection);
    db.setDatabaseName(m_path);
    static_cast<SqlCipherDriver*>(db.driver())->setRawKey(key.data(), static_cast<int>(key.size()));
    db.open();
    return db;
}

void TestSqlCipherDriver::refusesToOpenWithoutKey()
{
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLCIPHER"), QStringLiteral("nokey"));
    db.setDatabaseName(m_path);
    QVERIFY(!db.open());
    QVERIFY2(db.lastError().text().contains(QStringLiteral("No encryption key")), qPrintable(db.lastError().text()));
    QVERIFY(!QFile::exists(m_path));
}

void TestSqlCipherDriver::boundValuesRoundTrip_data()
{
    QTest::addColumn<QVariant>("value");
    QTest::addColumn<QVariant>("expected");
    QTest::newRow("int") << QVariant(42) << QVariant(qint64(42));
    QTest::newRow("negative 64-bit") << QVariant(qint64(-9000000000123LL)) << QVariant(qint64(-9000000000123LL));
    QTest::newRow("bool true") << QVariant(true) << QVariant(qint64(1));
    QTest::newRow("double") << QVariant(0.125) << QVariant(0.125);
    QTest::newRow("unicode text") << QVariant(QStringLiteral("Müller – 病院 🚑"))
                                  << QVariant(QStringLiteral("Müller – 病院 🚑"));
    QTest::newRow("text with quote and NUL-free binary-looking")
        << QVariant(QStringLiteral("a'b\"c;DROP TABLE t")) << QVariant(QStringLiteral("a'b\"c;DROP TABLE t"));
    QTest::newRow("blob with zero bytes")
        << QVariant(QByteArray("\x00\x01\xff\x00", 4)) << QVariant(QByteArray("\x00\x01\xff\x00", 4));
    QTest::newRow("date-time as UTC ISO text")
        << QVariant(QDateTime(QDate(2026, 11, 26), QTime(8, 30, 0, 125), Qt::UTC))
        << QVariant(QStringLiteral("2026-11-26T08:30:00.125Z"));
    QTest::newRow("null") << QVariant(QMetaType(QMetaType::QString)) << QVariant();
}

void TestSqlCipherDriver::boundValuesRoundTrip()
{
    QFETCH(QVariant, value);
    QFETCH(QVariant, expected);
    QSqlDatabase db = openDatabase(QStringLiteral("values"), makeKey(1));
    QVERIFY2(db.isOpen(), qPrintable(db.lastError().text()));
    QSqlQuery query(db);
    QVERIFY2(query.exec(QStringLiteral("CREATE TABLE t (v)")), qPrintable(query.lastError().text()));
    QVERIFY(query.prepare(QStringLiteral("INSERT INTO t (v) VALUES (?)")));
    query.addBindValue(value);
    QVERIFY2(query.exec(), qPrintable(query.lastError().text()));
    QVERIFY(query.exec(QStringLiteral("SELECT v FROM t")));
    QVERIFY(query.next());
    if (expected.isNull()) {
        QVERIFY(query.isNull(0));
    } else {
        QCOMPARE(query.value(0), expected);
        QCOMPARE(query.value(0).typeId(), expected.typeId());
    }
    QVERIFY(!query.next());
}

void TestSqlCipherDriver::namedPlaceholders()
{
    QSqlDatabase db = openDatabase(QStringLiteral("named"), makeKey(2));
    QSqlQuery query(db);
    QVERIFY(query.exec(QStringLiteral("CREATE TABLE t (a INTEGER, b TEXT)")));
    QVERIFY(query.prepare(QStringLiteral("INSERT INTO t (b, a) VALUES (:b, :a)")));
    query.bindValue(QStringLiteral(":a"), 7);
    query.bindValue(QStringLiteral(":b"), QStringLiteral("seven"));
    QVERIFY2(query.exec(), qPrintable(query.lastError().text()));
    QVERIFY(query.exec(QStringLiteral("SELECT a, b FROM t")));
    QVERIFY(query.next());
    QCOMPARE(query.value(0).toInt(), 7);
    QCOMPARE(query.value(1).toString(), QStringLiteral("seven"));
}

void TestSqlCipherDriver::transactionsCommitAndRollBack()
{
    {
        QSqlDatabase db = openDatabase(QStringLiteral("tx"), makeKey(3));
        QSqlQuery query(db);
        QVERIFY(query.exec(QStringLiteral("CREATE TABLE t (v INTEGER)")));
        QVERIFY(db.transaction());
        QVERIFY(query.exec(QStringLiteral("INSERT INTO t VALUES (1)")));
        QVERIFY(db.commit());
        QVERIFY(db.transaction());
        QVERIFY(query.exec(QStringLiteral("INSERT INTO t VALUES (2)")));
        QVERIFY(db.rollback());
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("tx"));
    QSqlDatabase reopened = openDatabase(QStringLiteral("tx2"), makeKey(3));
    QSqlQuery query(reopened);
    QVERIFY(query.exec(QStringLiteral("SELECT group_concat(v) FROM t")));
    QVERIFY(query.next());
    QCOMPARE(query.value(0).toString(), QStringLiteral("1"));
}

void TestSqlCipherDriver::lastInsertIdAndRowsAffected()
{
    QSqlDatabase db = openDatabase(QStringLiteral("ids"), makeKey(4));
    QSqlQuery query(db);
    QVERIFY(query.exec(QStringLiteral("CREATE TABLE t (id INTEGER PRIMARY KEY AUTOINCREMENT, v TEXT)")));
    QVERIFY(query.exec(QStringLiteral("INSERT INTO t (v) VALUES ('a')")));
    QVERIFY(query.exec(QStringLiteral("INSERT INTO t (v) VALUES ('b')")));
    QCOMPARE(query.lastInsertId().toLongLong(), 2);
    QVERIFY(query.exec(QStringLiteral("UPDATE t SET v = 'c'")));
    QCOMPARE(query.numRowsAffected(), 2);
}

void TestSqlCipherDriver::errorsReachTheCaller_data()
{
    QTest::addColumn<QString>("sql");
    QTest::addColumn<QString>("expected");
    QTest::newRow("syntax error") << "SELEC 1"
                                  << "syntax error";
    QTest::newRow("missing table") << "SELECT * FROM nowhere"
                                   << "no such table";
    QTest::newRow("unique violation") << "INSERT INTO t (id) VALUES (1)"
                                      << "UNIQUE constraint failed";
    QTest::newRow("two statements") << "SELECT 1; SELECT 2"
                                    << "only one SQL statement";
}

void TestSqlCipherDriver::errorsReachTheCaller()
{
    QFETCH(QString, sql);
    QFETCH(QString, expected);
    QSqlDatabase db = openDatabase(QStringLiteral("errors"), makeKey(5));
    QSqlQuery query(db);
    QVERIFY(query.exec(QStringLiteral("CREATE TABLE t (id INTEGER PRIMARY KEY)")));
    QVERIFY(query.exec(QStringLiteral("INSERT INTO t (id) VALUES (1)")));
    QVERIFY(!query.exec(sql));
    QVERIFY2(query.lastError().text().contains(expected), qPrintable(query.lastError().text()));
}

void TestSqlCipherDriver::wrongKeyIsRefused()
{
    {
        QSqlDatabase db = openDatabase(QStringLiteral("k1"), makeKey(6));
        QSqlQuery query(db);
        QVERIFY(query.exec(QStringLiteral("CREATE TABLE t (v)")));
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("k1"));
    const QByteArray before = [&] {
        QFile file(m_path);
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }();
    QSqlDatabase wrong = openDatabase(QStringLiteral("k2"), makeKey(7));
    QVERIFY(!wrong.isOpen());
    QVERIFY2(wrong.lastError().text().contains(QStringLiteral("not a database of this user")),
             qPrintable(wrong.lastError().text()));
    QFile file(m_path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), before);
}

void TestSqlCipherDriver::fileIsEncrypted()
{
    QSqlDatabase db = openDatabase(QStringLiteral("enc"), makeKey(8));
    QSqlQuery query(db);
    QVERIFY(query.exec(QStringLiteral("CREATE TABLE t (v TEXT)")));
    QVERIFY(query.exec(QStringLiteral("INSERT INTO t VALUES ('CANARY-PATIENT-TEXT-4711')")));
    db.close();
    QFile file(m_path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    QVERIFY(!bytes.startsWith("SQLite format 3"));
    QVERIFY(!bytes.contains("CANARY-PATIENT-TEXT-4711"));
    QCOMPARE(bytes.size() % 4096, 0);
}

void TestSqlCipherDriver::sqlcipherToolReadsWithRawKeyAndSqliteRefuses()
{
    const RawKey key = makeKey(9);
    {
        QSqlDatabase db = openDatabase(QStringLiteral("cli"), key);
        QSqlQuery query(db);
        QVERIFY(query.exec(QStringLiteral("CREATE TABLE t (v TEXT)")));
        QVERIFY(query.exec(QStringLiteral("INSERT INTO t VALUES ('row written by the console')")));
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("cli"));
    const QByteArray script =
        QStringLiteral("PRAGMA key = \"x'%1'\";\nPRAGMA cipher_page_size = 4096;\nSELECT v FROM t;\n")
            .arg(hexKey(key))
            .toUtf8();
    const RunResult cipher = runTool(QStringLiteral("sqlcipher"), {m_path}, script);
    QVERIFY2(cipher.out.contains(QStringLiteral("row written by the console")), qPrintable(cipher.out + cipher.err));

    const RunResult plain = runTool(QStringLiteral("sqlite3"), {m_path, QStringLiteral("SELECT v FROM t;")}, {});
    QVERIFY(plain.exitCode != 0);
    QVERIFY2(plain.err.contains(QStringLiteral("not a database")) || plain.err.contains(QStringLiteral("encrypted")),
             qPrintable(plain.err));
    QVERIFY(!plain.out.contains(QStringLiteral("row written")));
}

void TestSqlCipherDriver::worksWithQtSqlModels()
{
    QSqlDatabase db = openDatabase(QStringLiteral("model"), makeKey(10));
    QSqlQuery query(db);
    QVERIFY(query.exec(QStringLiteral("CREATE TABLE people (id INTEGER PRIMARY KEY, name TEXT NOT NULL)")));
    for (int i = 1; i <= 300; ++i) {
        query.prepare(QStringLiteral("INSERT INTO people (id, name) VALUES (?, ?)"));
        query.addBindValue(i);
        query.addBindValue(QStringLiteral("person %1").arg(i));
        QVERIFY(query.exec());
    }
    QSqlTableModel model(nullptr, db);
    model.setTable(QStringLiteral("people"));
    QVERIFY2(model.select(), qPrintable(model.lastError().text()));
    while (model.canFetchMore()) {
        model.fetchMore();
    }
    QCOMPARE(model.rowCount(), 300);
    QCOMPARE(model.record().count(), 2);
    QCOMPARE(db.primaryIndex(QStringLiteral("people")).fieldName(0), QStringLiteral("id"));
    QCOMPARE(model.data(model.index(299, 1)).toString(), QStringLiteral("person 300"));
    QVERIFY(model.setData(model.index(0, 1), QStringLiteral("renamed")));
    QVERIFY2(model.submitAll(), qPrintable(model.lastError().text()));
    QVERIFY(query.exec(QStringLiteral("SELECT name FROM people WHERE id = 1")));
    QVERIFY(query.next());
    QCOMPARE(query.value(0).toString(), QStringLiteral("renamed"));
    QVERIFY(db.tables().contains(QStringLiteral("people")));
}

void TestSqlCipherDriver::backwardNavigation()
{
    QSqlDatabase db = openDatabase(QStringLiteral("nav"), makeKey(11));
    QSqlQuery query(db);
    QVERIFY(query.exec(QStringLiteral("CREATE TABLE t (v INTEGER)")));
    QVERIFY(query.exec(QStringLiteral("INSERT INTO t VALUES (1)")));
    QVERIFY(query.exec(QStringLiteral("INSERT INTO t VALUES (2)")));
    QVERIFY(query.exec(QStringLiteral("INSERT INTO t VALUES (3)")));
    QVERIFY(query.exec(QStringLiteral("SELECT v FROM t ORDER BY v")));
    QVERIFY(query.last());
    QCOMPARE(query.value(0).toInt(), 3);
    QVERIFY(query.first());
    QCOMPARE(query.value(0).toInt(), 1);
    QVERIFY(query.seek(1));
    QCOMPARE(query.value(0).toInt(), 2);
    QVERIFY(query.previous());
    QCOMPARE(query.value(0).toInt(), 1);
}

void TestSqlCipherDriver::rekeyReencrypts()
{
    const RawKey oldKey = makeKey(12);
    const RawKey newKey = makeKey(13);
    {
        QSqlDatabase db = openDatabase(QStringLiteral("rk"), oldKey);
        QSqlQuery query(db);
        QVERIFY(query.exec(QStringLiteral("CREATE TABLE t (v TEXT)")));
        QVERIFY(query.exec(QStringLiteral("INSERT INTO t VALUES ('kept')")));
        QVERIFY(static_cast<SqlCipherDriver*>(db.driver())->rekey(newKey.data(), static_cast<int>(newKey.size())));
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("rk"));
    QSqlDatabase old = openDatabase(QStringLiteral("rk-old"), oldKey);
    QVERIFY(!old.isOpen());
    QSqlDatabase fresh = openDatabase(QStringLiteral("rk-new"), newKey);
    QVERIFY2(fresh.isOpen(), qPrintable(fresh.lastError().text()));
    QSqlQuery query(fresh);
    QVERIFY(query.exec(QStringLiteral("SELECT v FROM t")));
    QVERIFY(query.next());
    QCOMPARE(query.value(0).toString(), QStringLiteral("kept"));
}

QTEST_GUILESS_MAIN(TestSqlCipherDriver)
#include "TestSqlCipherDriver.moc"
