// SPDX-License-Identifier: MIT
// What the console's queue asks of the store beyond the views: sort orders chosen by clicking a column, and a
// search that also finds a ticket by its number.
#include <QtTest>

#include "../storage/StoreTestSupport.h"
#include "storage/LocalStore.h"
#include "storage/TicketRepository.h"

using namespace hss::client;
using hss::test::makeTicket;

class TestTicketQueueQuery final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void sortsByChosenColumn_data();
    void sortsByChosenColumn();
    void searchMatchesTitleOrNumber();
    void pagesDoNotOverlap();

private:
    std::vector<QString> titles(const TicketQuery& query) const;

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<LocalStore> m_store;
};

void TestTicketQueueQuery::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_store = std::make_unique<LocalStore>(QStringLiteral("queue"));
    const auto key = hss::test::makeKey(7);
    const auto error = m_store->open(m_dir->filePath(QStringLiteral("store.db")), hss::test::keySpan(key),
                                     LocalStore::OpenMode::CreateIfMissing);
    QVERIFY2(!error, error ? qPrintable(error->message) : "");
    TicketRepository tickets(m_store->database());
    const struct
    {
        const char* title;
        hss::Priority priority;
        std::optional<std::int64_t> number;
        std::int64_t updatedAt;
    } rows[] = {
        {"Bravo printer offline", hss::Priority::Low, 42, 3000},
        {"alpha monitor alarm silent", hss::Priority::Emergency, 7, 1000},
        {"Charlie ticket 42 follow-up", hss::Priority::High, 9, 2000},
        {"Delta created offline", hss::Priority::Medium, std::nullopt, 4000},
    };
    for (const auto& row : rows) {
        hss::Ticket ticket = makeTicket(row.title, row.priority);
        ticket.number = row.number;
        ticket.updatedAt = row.updatedAt;
        QVERIFY(!tickets.upsert(ticket));
    }
}

void TestTicketQueueQuery::cleanup()
{
    m_store.reset();
    m_dir.reset();
}

std::vector<QString> TestTicketQueueQuery::titles(const TicketQuery& query) const
{
    std::vector<QString> result;
    for (const QueueEntry& entry : TicketRepository(m_store->database()).query(query)) {
        result.push_back(QString::fromStdString(entry.ticket.title).section(u' ', 0, 0));
    }
    return result;
}

void TestTicketQueueQuery::sortsByChosenColumn_data()
{
    QTest::addColumn<int>("sort");
    QTest::addColumn<bool>("descending");
    QTest::addColumn<QStringList>("expected");
    using Sort = TicketQuery::Sort;
    QTest::newRow("severity (the queue's own order)")
        << int(Sort::Severity) << false
        << QStringList {QStringLiteral("alpha"), QStringLiteral("Charlie"), QStringLiteral("Delta"),
                        QStringLiteral("Bravo")};
    QTest::newRow("title, case-insensitive") << int(Sort::Title) << false
                                             << QStringList {QStringLiteral("alpha"), QStringLiteral("Bravo"),
                                                             QStringLiteral("Charlie"), QStringLiteral("Delta")};
    QTest::newRow("title, descending") << int(Sort::Title) << true
                                       << QStringList {QStringLiteral("Delta"), QStringLiteral("Charlie"),
                                                       QStringLiteral("Bravo"), QStringLiteral("alpha")};
    QTest::newRow("number, not yet numbered first") << int(Sort::Number) << false
                                                    << QStringList {QStringLiteral("Delta"), QStringLiteral("alpha"),
                                                                    QStringLiteral("Charlie"), QStringLiteral("Bravo")};
    QTest::newRow("updated, newest first") << int(Sort::Updated) << true
                                           << QStringList {QStringLiteral("Delta"), QStringLiteral("Bravo"),
                                                           QStringLiteral("Charlie"), QStringLiteral("alpha")};
}

void TestTicketQueueQuery::sortsByChosenColumn()
{
    QFETCH(int, sort);
    QFETCH(bool, descending);
    QFETCH(QStringList, expected);
    TicketQuery query;
    query.sort = static_cast<TicketQuery::Sort>(sort);
    query.descending = descending;
    const auto got = titles(query);
    QCOMPARE(QStringList(got.begin(), got.end()), expected);
}

void TestTicketQueueQuery::searchMatchesTitleOrNumber()
{
    TicketQuery query;
    query.sort = TicketQuery::Sort::Title;
    query.titleFilter = QStringLiteral("42");
    // #42 by its number, and the ticket whose title mentions 42.
    auto got = titles(query);
    QCOMPARE(QStringList(got.begin(), got.end()), (QStringList {QStringLiteral("Bravo"), QStringLiteral("Charlie")}));
    QCOMPARE(TicketRepository(m_store->database()).count(query), qint64(2));
    query.titleFilter = QStringLiteral("ALARM");
    got = titles(query);
    QCOMPARE(QStringList(got.begin(), got.end()), QStringList {QStringLiteral("alpha")});
    // Wildcards are text, not patterns.
    query.titleFilter = QStringLiteral("%");
    QVERIFY(titles(query).empty());
}

void TestTicketQueueQuery::pagesDoNotOverlap()
{
    TicketQuery query;
    query.sort = TicketQuery::Sort::Title;
    query.limit = 3;
    auto first = titles(query);
    query.offset = 3;
    const auto second = titles(query);
    QCOMPARE(first.size(), std::size_t(3));
    QCOMPARE(second.size(), std::size_t(1));
    first.insert(first.end(), second.begin(), second.end());
    QCOMPARE(QStringList(first.begin(), first.end()),
             (QStringList {QStringLiteral("alpha"), QStringLiteral("Bravo"), QStringLiteral("Charlie"),
                           QStringLiteral("Delta")}));
}

QTEST_GUILESS_MAIN(TestTicketQueueQuery)
#include "TestTicketQueueQuery.moc"
