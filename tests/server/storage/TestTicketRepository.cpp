// SPDX-License-Identifier: MIT
#include <QtTest>
#include <atomic>
#include <set>
#include <thread>
#include <vector>

#include "StorageFixture.h"
#include "storage/TicketRepository.h"

using hss::Category;
using hss::ErrorCode;
using hss::Priority;
using hss::Ticket;
using hss::TicketStatus;
using hss::Uuid;
using hss::server::TicketQuery;
using hss::server::TicketRepository;
using hss::server::TicketSort;

class TestTicketRepository final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void createAssignsNumbersAndFindsBack_data();
    void createAssignsNumbersAndFindsBack();
    void concurrentCreatesGetDistinctNumbers_data();
    void concurrentCreatesGetDistinctNumbers();
    void rejectedCreate_data();
    void rejectedCreate();
    void hostileIdsAreNotFound_data();
    void hostileIdsAreNotFound();
    void updateChecksRevision_data();
    void updateChecksRevision();
    void removeDeletes_data();
    void removeDeletes();
    void listFilters_data();
    void listFilters();
    void listPagesAndSorts_data();
    void listPagesAndSorts();

private:
    TicketRepository repository(const QString& backend);
    static Ticket makeTicket(const std::string& team, const std::string& title,
                             std::int64_t createdAt = 1'700'000'000'000);

    hss::test::StorageFixture m_fixture;
};

void TestTicketRepository::initTestCase()
{
    QVERIFY2(m_fixture.start(), qPrintable(m_fixture.error()));
}

TicketRepository TestTicketRepository::repository(const QString& backend)
{
    return TicketRepository(m_fixture.database(backend), m_fixture.cipher());
}

Ticket TestTicketRepository::makeTicket(const std::string& team, const std::string& title, std::int64_t createdAt)
{
    Ticket ticket;
    ticket.id = Uuid::createV7();
    ticket.title = title;
    ticket.description = "Model output drifted after the update.\nSecond line.";
    ticket.requesterName = "Dr. Ada Example";
    ticket.requesterEmail = "ada@example.org";
    ticket.team = team;
    ticket.createdAt = createdAt;
    ticket.updatedAt = createdAt;
    return ticket;
}

void TestTicketRepository::createAssignsNumbersAndFindsBack_data()
{
    hss::test::StorageFixture::backendRows();
}

void TestTicketRepository::createAssignsNumbersAndFindsBack()
{
    QFETCH(QString, backend);
    auto tickets = repository(backend);
    Ticket first = makeTicket("numbers", "First");
    first.medicalCaseRef = "MC-2026-00042";
    first.assigneeId = Uuid::createV7();
    first.priority = Priority::Emergency;
    first.firstResponseAt = first.createdAt + 5;
    first.number = 999; // ignored: the server assigns numbers
    const auto created = tickets.create(first);
    QVERIFY2(created.ok(), created.ok() ? "" : describe(created.error()).c_str());
    const auto second = tickets.create(makeTicket("numbers", "Second"));
    QVERIFY(second.ok());
    QCOMPARE(*second.value().number, *created.value().number + 1);
    QCOMPARE(created.value().revision, 1);

    const auto found = tickets.find(first.id.toString());
    QVERIFY(found.ok());
    Ticket expected = first;
    expected.number = created.value().number;
    expected.revision = 1;
    QCOMPARE(found.value(), expected);
}

void TestTicketRepository::concurrentCreatesGetDistinctNumbers_data()
{
    hss::test::StorageFixture::backendRows();
}

void TestTicketRepository::concurrentCreatesGetDistinctNumbers()
{
    QFETCH(QString, backend);
    auto tickets = repository(backend);
    constexpr int threads = 4;
    constexpr int perThread = 10;
    std::vector<std::vector<std::int64_t>> numbers(threads);
    std::atomic<int> failures {0};
    std::vector<std::thread> workers;
    for (int t = 0; t < threads; ++t) {
        workers.emplace_back([&, t] {
            for (int i = 0; i < perThread; ++i) {
                try {
                    const auto created = tickets.create(makeTicket("parallel", "Parallel"));
                    created.ok() ? numbers[t].push_back(*created.value().number) : void(++failures);
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
    std::set<std::int64_t> distinct;
    for (const auto& list : numbers) {
        distinct.insert(list.begin(), list.end());
    }
    QCOMPARE(static_cast<int>(distinct.size()), threads * perThread);
}

void TestTicketRepository::rejectedCreate_data()
{
    QTest::addColumn<QString>("backend");
    QTest::addColumn<QString>("problem");
    QTest::addColumn<int>("code");
    for (const auto& backend : hss::test::storageBackends) {
        QTest::addRow("%s: duplicate id", qPrintable(backend))
            << backend << QStringLiteral("duplicate") << static_cast<int>(ErrorCode::Conflict);
        QTest::addRow("%s: empty title", qPrintable(backend))
            << backend << QStringLiteral("title") << static_cast<int>(ErrorCode::MissingField);
        QTest::addRow("%s: bad medical case ref", qPrintable(backend))
            << backend << QStringLiteral("caseRef") << static_cast<int>(ErrorCode::InvalidArgument);
    }
}

void TestTicketRepository::rejectedCreate()
{
    QFETCH(QString, backend);
    QFETCH(QString, problem);
    QFETCH(int, code);
    auto tickets = repository(backend);
    Ticket ticket = makeTicket("rejected", "Rejected");
    if (problem == QStringLiteral("duplicate")) {
        QVERIFY(tickets.create(ticket).ok());
    } else if (problem == QStringLiteral("title")) {
        ticket.title.clear();
    } else {
        ticket.medicalCaseRef = "../etc/passwd";
    }
    const auto result = tickets.create(ticket);
    QVERIFY(!result.ok());
    QCOMPARE(static_cast<int>(result.error().code), code);
}

void TestTicketRepository::hostileIdsAreNotFound_data()
{
    QTest::addColumn<QString>("backend");
    QTest::addColumn<QString>("id");
    for (const auto& backend : hss::test::storageBackends) {
        QTest::addRow("%s: path traversal", qPrintable(backend)) << backend << QStringLiteral("../../etc/passwd");
        QTest::addRow("%s: SQL injection", qPrintable(backend)) << backend << QStringLiteral("' OR '1'='1");
        QTest::addRow("%s: unknown UUID", qPrintable(backend))
            << backend << QString::fromStdString(Uuid::createV7().toString());
        QTest::addRow("%s: empty", qPrintable(backend)) << backend << QString();
    }
}

void TestTicketRepository::hostileIdsAreNotFound()
{
    QFETCH(QString, backend);
    QFETCH(QString, id);
    auto tickets = repository(backend);
    QVERIFY(tickets.create(makeTicket("hostile", "Exists")).ok());
    const auto found = tickets.find(id.toStdString());
    QVERIFY(!found.ok());
    QCOMPARE(found.error().code, ErrorCode::NotFound);
    QCOMPARE(tickets.remove(id.toStdString(), 1).error().code, ErrorCode::NotFound);
}

void TestTicketRepository::updateChecksRevision_data()
{
    hss::test::StorageFixture::backendRows();
}

void TestTicketRepository::updateChecksRevision()
{
    QFETCH(QString, backend);
    auto tickets = repository(backend);
    const Ticket created = tickets.create(makeTicket("update", "Before")).value();
    Ticket edit = created;
    edit.title = "After";
    edit.status = TicketStatus::InProgress;
    edit.description = "changed text";
    edit.updatedAt = created.updatedAt + 1000;
    const auto updated = tickets.update(edit, created.revision);
    QVERIFY(updated.ok());
    QCOMPARE(updated.value().revision, 2);
    QCOMPARE(tickets.find(created.id.toString()).value(), updated.value());

    // A second client still based on revision 1 loses.
    Ticket stale = created;
    stale.title = "Stale";
    const auto conflict = tickets.update(stale, created.revision);
    QVERIFY(!conflict.ok());
    QCOMPARE(conflict.error().code, ErrorCode::Conflict);
    QCOMPARE(tickets.find(created.id.toString()).value().title, std::string("After"));

    Ticket unknown = makeTicket("update", "Unknown");
    QCOMPARE(tickets.update(unknown, 1).error().code, ErrorCode::NotFound);
}

void TestTicketRepository::removeDeletes_data()
{
    hss::test::StorageFixture::backendRows();
}

void TestTicketRepository::removeDeletes()
{
    QFETCH(QString, backend);
    auto tickets = repository(backend);
    const Ticket created = tickets.create(makeTicket("remove", "Doomed")).value();
    QVERIFY(tickets.remove(created.id.toString(), 1).ok());
    QCOMPARE(tickets.find(created.id.toString()).error().code, ErrorCode::NotFound);
    QCOMPARE(tickets.remove(created.id.toString(), 1).error().code, ErrorCode::NotFound);
}

void TestTicketRepository::listFilters_data()
{
    QTest::addColumn<QString>("backend");
    QTest::addColumn<QString>("filter");
    QTest::addColumn<int>("expected");
    for (const auto& backend : hss::test::storageBackends) {
        const QByteArray name = backend.toUtf8();
        QTest::addRow("%s: no filter", name.constData()) << backend << QStringLiteral("none") << 5;
        QTest::addRow("%s: status", name.constData()) << backend << QStringLiteral("status") << 1;
        QTest::addRow("%s: priority", name.constData()) << backend << QStringLiteral("priority") << 2;
        QTest::addRow("%s: category", name.constData()) << backend << QStringLiteral("category") << 1;
        QTest::addRow("%s: assignee", name.constData()) << backend << QStringLiteral("assignee") << 1;
        QTest::addRow("%s: title text, any case", name.constData()) << backend << QStringLiteral("text") << 2;
        QTest::addRow("%s: text with wildcard is literal", name.constData())
            << backend << QStringLiteral("percent") << 1;
        QTest::addRow("%s: text never matches description", name.constData())
            << backend << QStringLiteral("description") << 0;
        QTest::addRow("%s: created range", name.constData()) << backend << QStringLiteral("range") << 3;
        QTest::addRow("%s: teams any of", name.constData()) << backend << QStringLiteral("teams") << 5;
        QTest::addRow("%s: empty team list", name.constData()) << backend << QStringLiteral("noTeams") << 0;
    }
}

void TestTicketRepository::listFilters()
{
    QFETCH(QString, backend);
    QFETCH(QString, filter);
    QFETCH(int, expected);
    auto tickets = repository(backend);
    const std::string team = "filters-" + Uuid::createV7().toString();
    const Uuid assignee = Uuid::createV7();
    const std::int64_t base = 1'700'000'000'000;
    std::vector<Ticket> seed {makeTicket(team, "Printer offline", base), makeTicket(team, "PRINTER jam", base + 10),
                              makeTicket(team, "100% CPU", base + 20), makeTicket(team, "Login fails", base + 30),
                              makeTicket(team, "Model drift", base + 40)};
    seed[0].status = TicketStatus::Resolved;
    seed[0].resolvedAt = base + 1;
    seed[1].priority = Priority::Critical;
    seed[2].priority = Priority::Critical;
    seed[3].category = Category::MedicalClinical;
    seed[4].assigneeId = assignee;
    for (const auto& ticket : seed) {
        QVERIFY(tickets.create(ticket).ok());
    }
    TicketQuery query;
    query.team = team;
    if (filter == QStringLiteral("status")) {
        query.status = TicketStatus::Resolved;
    } else if (filter == QStringLiteral("priority")) {
        query.priority = Priority::Critical;
    } else if (filter == QStringLiteral("category")) {
        query.category = Category::MedicalClinical;
    } else if (filter == QStringLiteral("assignee")) {
        query.assigneeId = assignee;
    } else if (filter == QStringLiteral("text")) {
        query.text = "printer";
    } else if (filter == QStringLiteral("percent")) {
        query.text = "0%";
    } else if (filter == QStringLiteral("description")) {
        query.text = "drifted after";
    } else if (filter == QStringLiteral("range")) {
        query.createdFrom = base + 10;
        query.createdTo = base + 30;
    } else if (filter == QStringLiteral("teams")) {
        query.team.reset();
        query.teamsAnyOf = std::vector<std::string> {"elsewhere", team};
    } else if (filter == QStringLiteral("noTeams")) {
        query.teamsAnyOf = std::vector<std::string> {};
    }
    const auto page = tickets.list(query);
    QCOMPARE(page.total, expected);
    QCOMPARE(static_cast<int>(page.tickets.size()), expected);
}

void TestTicketRepository::listPagesAndSorts_data()
{
    QTest::addColumn<QString>("backend");
    QTest::addColumn<int>("sort");
    QTest::addColumn<bool>("descending");
    QTest::addColumn<QString>("firstTitle");
    for (const auto& backend : hss::test::storageBackends) {
        const QByteArray name = backend.toUtf8();
        QTest::addRow("%s: newest first", name.constData())
            << backend << static_cast<int>(TicketSort::CreatedAt) << true << "E";
        QTest::addRow("%s: oldest first", name.constData())
            << backend << static_cast<int>(TicketSort::CreatedAt) << false << "A";
        QTest::addRow("%s: title descending", name.constData())
            << backend << static_cast<int>(TicketSort::Title) << true << "E";
        QTest::addRow("%s: most severe first", name.constData())
            << backend << static_cast<int>(TicketSort::Priority) << true << "C";
        QTest::addRow("%s: number ascending", name.constData())
            << backend << static_cast<int>(TicketSort::Number) << false << "A";
    }
}

void TestTicketRepository::listPagesAndSorts()
{
    QFETCH(QString, backend);
    QFETCH(int, sort);
    QFETCH(bool, descending);
    QFETCH(QString, firstTitle);
    auto tickets = repository(backend);
    const std::string team = "paging-" + Uuid::createV7().toString();
    const std::int64_t base = 1'700'000'000'000;
    for (int i = 0; i < 5; ++i) {
        Ticket ticket = makeTicket(team, std::string(1, static_cast<char>('A' + i)), base + i);
        ticket.priority = i == 2 ? Priority::Emergency : Priority::Low;
        QVERIFY(tickets.create(ticket).ok());
    }
    TicketQuery query;
    query.team = team;
    query.sort = static_cast<TicketSort>(sort);
    query.descending = descending;
    query.limit = 2;
    const auto first = tickets.list(query);
    QCOMPARE(first.total, 5);
    QCOMPARE(static_cast<int>(first.tickets.size()), 2);
    QCOMPARE(QString::fromStdString(first.tickets.front().title), firstTitle);
    query.offset = 4;
    QCOMPARE(static_cast<int>(tickets.list(query).tickets.size()), 1);
    query.offset = 0;
    query.limit = 100000; // clamped to the maximum page size, not refused
    QCOMPARE(static_cast<int>(tickets.list(query).tickets.size()), 5);
    QCOMPARE(hss::server::ticketSortFromName("priority"), std::optional(TicketSort::Priority));
    QVERIFY(!hss::server::ticketSortFromName("password_hash; DROP TABLE tickets").has_value());
}

QTEST_GUILESS_MAIN(TestTicketRepository)
#include "TestTicketRepository.moc"
