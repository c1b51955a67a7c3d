// SPDX-License-Identifier: MIT
#include <QSqlQuery>
#include <QtTest>

#include "StoreTestSupport.h"
#include "storage/LocalStore.h"

using hss::client::LocalStore;

class TestStoreCrash final : public QObject
{
    Q_OBJECT

private slots:
    void killedWriterLosesNoCommittedTransaction();
};

void TestStoreCrash::killedWriterLosesNoCommittedTransaction()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("store.db"));
    const auto key = hss::test::makeKey(77);
    const QByteArray hexKey = QByteArray(reinterpret_cast<const char*>(key.data()), key.size()).toHex();
    int nextBatch = 0;
    int lastReported = -1;

    for (int round = 0; round < 3; ++round) {
        QProcess writer;
        writer.start(QStringLiteral(HSS_CRASH_WRITER), {path, QString::fromLatin1(hexKey), QString::number(nextBatch)});
        QVERIFY(writer.waitForStarted());
        const int target = nextBatch + 15 + round * 5;
        QByteArray output;
        QDeadlineTimer deadline(60000);
        while (!deadline.hasExpired()) {
            writer.waitForReadyRead(100);
            output += writer.readAllStandardOutput();
            if (output.contains(QByteArray("committed ") + QByteArray::number(target) + '\n')) {
                break;
            }
            QVERIFY2(writer.state() == QProcess::Running, writer.readAllStandardError().constData());
        }
        writer.kill(); // SIGKILL, most likely in the middle of the next batch
        writer.waitForFinished();
        output += writer.readAllStandardOutput();
        for (const QByteArray& line : output.split('\n')) {
            if (line.startsWith("committed ")) {
                lastReported = line.mid(10).toInt();
            }
        }
        QVERIFY(lastReported >= target);

        LocalStore store(QStringLiteral("after-crash-%1").arg(round));
        const auto error = store.open(path, hss::test::keySpan(key), LocalStore::OpenMode::MustExist);
        QVERIFY2(!error, error ? qPrintable(error->message) : "");
        QVERIFY(!store.checkIntegrity());
        QSqlQuery query(store.database());
        for (int batch = 0; batch <= lastReported + 1; ++batch) {
            query.prepare(QStringLiteral("SELECT count(*) FROM tickets WHERE title LIKE ?"));
            query.addBindValue(QStringLiteral("batch %1 row %").arg(batch));
            QVERIFY(query.exec() && query.next());
            const int rows = query.value(0).toInt();
            if (batch <= lastReported) {
                QVERIFY2(rows == 100, qPrintable(QStringLiteral("batch %1 has %2 rows").arg(batch).arg(rows)));
            } else {
                QVERIFY2(rows == 0 || rows == 100, qPrintable(QStringLiteral("half a batch: %1 rows").arg(rows)));
                nextBatch = rows == 100 ? batch + 1 : batch;
            }
        }
        if (nextBatch <= lastReported) {
            nextBatch = lastReported + 1;
        }
    }
}

QTEST_GUILESS_MAIN(TestStoreCrash)
#include "TestStoreCrash.moc"
