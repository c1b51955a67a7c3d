// SPDX-License-Identifier: MIT
#include <QAbstractTableModel>
#include <QTemporaryDir>
#include <QtTest>

#include "core/dashboard/CsvWriter.h"

using hss::client::CsvWriter;

namespace {

/// Two columns, three rows of awkward text.
class AwkwardModel final : public QAbstractTableModel
{
public:
    int rowCount(const QModelIndex& parent = {}) const override { return parent.isValid() ? 0 : 3; }
    int columnCount(const QModelIndex& parent = {}) const override { return parent.isValid() ? 0 : 2; }
    QVariant data(const QModelIndex& index, int role) const override
    {
        if (role != Qt::DisplayRole) {
            return {};
        }
        static const QStringList cells {QStringLiteral("Ward 3B, ICU"),  QStringLiteral("12.5"),
                                        QStringLiteral("Said \"help\""), QVariant().toString(),
                                        QStringLiteral("two\nlines"),    QStringLiteral("-3")};
        return cells[index.row() * 2 + index.column()];
    }
    QVariant headerData(int section, Qt::Orientation, int role) const override
    {
        return role == Qt::DisplayRole ? QVariant(section == 0 ? QStringLiteral("Team") : QStringLiteral("Value"))
                                       : QVariant();
    }
};

} // namespace

/// CSV as spreadsheets read it (RFC 4180), and what a chart's "Save data" writes.
class TestCsvWriter final : public QObject
{
    Q_OBJECT

private slots:
    void quotesOnlyWhatNeedsIt_data();
    void quotesOnlyWhatNeedsIt();
    void modelWithHeaderAndCrLf();
    void saveWritesUtf8AndReportsErrors();
};

void TestCsvWriter::quotesOnlyWhatNeedsIt_data()
{
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("expected");
    QTest::newRow("plain text stays bare") << "tier1"
                                           << "tier1";
    QTest::newRow("empty stays empty") << ""
                                       << "";
    QTest::newRow("number stays bare") << "87.5"
                                       << "87.5";
    QTest::newRow("negative number is not a formula") << "-0.25"
                                                      << "-0.25";
    QTest::newRow("comma is quoted") << "Ward 3B, ICU"
                                     << "\"Ward 3B, ICU\"";
    QTest::newRow("quote is doubled") << "Said \"help\""
                                      << "\"Said \"\"help\"\"\"";
    QTest::newRow("line break is quoted") << "two\nlines"
                                          << "\"two\nlines\"";
    QTest::newRow("carriage return is quoted") << "a\rb"
                                               << "\"a\rb\"";
    QTest::newRow("leading space is kept by quoting") << " padded"
                                                      << "\" padded\"";
    QTest::newRow("formula is defused") << "=HYPERLINK(\"x\")"
                                        << "\"'=HYPERLINK(\"\"x\"\")\"";
    QTest::newRow("at sign is defused") << "@SUM(A1)"
                                        << "'@SUM(A1)";
    QTest::newRow("umlaut passes through") << "Bühler"
                                           << "Bühler";
}

void TestCsvWriter::quotesOnlyWhatNeedsIt()
{
    QFETCH(QString, value);
    QFETCH(QString, expected);
    QCOMPARE(CsvWriter::field(value), expected);
}

void TestCsvWriter::modelWithHeaderAndCrLf()
{
    const AwkwardModel model;
    QCOMPARE(CsvWriter::fromModel(model),
             QStringLiteral("Team,Value\r\n"
                            "\"Ward 3B, ICU\",12.5\r\n"
                            "\"Said \"\"help\"\"\",\r\n"
                            "\"two\nlines\",-3\r\n"));
}

void TestCsvWriter::saveWritesUtf8AndReportsErrors()
{
    QTemporaryDir dir;
    const AwkwardModel model;
    const QString path = dir.filePath(QStringLiteral("data.csv"));
    QVERIFY(!CsvWriter::save(model, path));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(QString::fromUtf8(file.readAll()), CsvWriter::fromModel(model));

    const auto error = CsvWriter::save(model, dir.filePath(QStringLiteral("missing/folder/data.csv")));
    QVERIFY(error);
    QVERIFY(!error->isEmpty());
}

QTEST_GUILESS_MAIN(TestCsvWriter)
#include "TestCsvWriter.moc"
