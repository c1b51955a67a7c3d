// SPDX-License-Identifier: MIT
#include <QTemporaryDir>
#include <QtTest>
#include <algorithm>

#include "StoreTestSupport.h"
#include "storage/LocalStore.h"
#include "storage/TicketRepository.h"

using namespace hss::client;
using hss::test::keySpan;
using hss::test::makeKey;

/// Client migration 9: "All open" in its default order comes out of the tickets_queue_order index already sorted, so
/// a page deep in the queue skips index entries instead of sorting every open ticket again (hss-bench-queue: 130–170
/// ms per page beyond row 30,000 before, 9 ms after). The pages still add up to the one order.
class TestQueueOrderIndex final : public QObject
{
    Q_OBJECT

private slots:
    void allOpenPagesComeFromTheIndexInOrder();
};

void TestQueueOrderIndex::allOpenPagesComeFromTheIndexInOrder()
{
    QTemporaryDir dir;
    LocalStore store(QStringLiteral("queue-order"));
    const auto key = makeKey(9);
    const auto opened =
        store.open(dir.filePath(QStringLiteral("store.db")), keySpan(key), LocalStore::OpenMode::CreateIfMissing);
    QVERIFY2(!opened, opened ? qPrintable(opened->message) : "");
    TicketRepository tickets(store.database());
    constexpr std::int64_t start = 1764144000000;
    for (int i = 0; i < 60; ++i) {
        hss::Ticket ticket =
            hss::test::makeTicket("Queue order " + std::to_string(i),
                                  hss::allPriorities.at(static_cast<std::size_t>(i % 5)), start + (i * 7 % 60) * 60000);
        if (i % 9 == 0) {
            ticket.status = hss::TicketStatus::Resolved; // not open: never in the view
        }
        const std::optional<qint64> due = i % 3 == 0 ? std::nullopt : std::optional<qint64>(start + (i % 11) * 600000);
        QVERIFY(!tickets.upsert(ticket, due));
    }

    TicketQuery page;
    page.view = TicketQuery::View::AllOpen;
    page.offset = 20;
    page.limit = 10;
    const QString plan = tickets.queryPlan(page);
    QVERIFY2(plan.contains(QStringLiteral("tickets_queue_order")), qPrintable(plan));
    QVERIFY2(!plan.contains(QStringLiteral("TEMP B-TREE")), qPrintable(plan));

    // Page by page, the same order as one query of everything, and the order the view promises.
    TicketQuery all = page;
    all.offset = 0;
    all.limit = 1000;
    const std::vector<QueueEntry> everything = tickets.query(all);
    QCOMPARE(static_cast<qint64>(everything.size()), tickets.count(all));
    std::vector<QString> paged;
    for (page.offset = 0;; page.offset += page.limit) {
        const std::vector<QueueEntry> entries = tickets.query(page);
        for (const QueueEntry& entry : entries) {
            paged.push_back(QString::fromStdString(entry.ticket.id.toString()));
        }
        if (static_cast<int>(entries.size()) < page.limit) {
            break;
        }
    }
    QCOMPARE(paged.size(), everything.size());
    for (std::size_t i = 0; i < paged.size(); ++i) {
        QCOMPARE(paged[i], QString::fromStdString(everything[i].ticket.id.toString()));
    }
    for (std::size_t i = 1; i < everything.size(); ++i) {
        // Most severe first (a lower index in allPriorities is more severe).
        const auto rank = [](const QueueEntry& entry) {
            return std::find(hss::allPriorities.begin(), hss::allPriorities.end(), entry.ticket.priority)
                - hss::allPriorities.begin();
        };
        QVERIFY(rank(everything[i - 1]) <= rank(everything[i]));
    }
}

QTEST_GUILESS_MAIN(TestQueueOrderIndex)
#include "TestQueueOrderIndex.moc"
