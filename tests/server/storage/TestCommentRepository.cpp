// SPDX-License-Identifier: MIT
#include <QtTest>

#include "StorageFixture.h"
#include "storage/CommentRepository.h"
#include "storage/TicketRepository.h"

using hss::Comment;
using hss::CommentVisibility;
using hss::ErrorCode;
using hss::Ticket;
using hss::Uuid;
using hss::server::CommentRepository;
using hss::server::TicketRepository;

class TestCommentRepository final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void addAndListInOrder_data();
    void addAndListInOrder();
    void rejectedAdd_data();
    void rejectedAdd();
    void deletingTicketDeletesComments_data();
    void deletingTicketDeletesComments();

private:
    Uuid createTicket(const QString& backend);
    static Comment makeComment(const Uuid& ticketId, std::int64_t at, const std::string& body);

    hss::test::StorageFixture m_fixture;
};

void TestCommentRepository::initTestCase()
{
    QVERIFY2(m_fixture.start(), qPrintable(m_fixture.error()));
}

Uuid TestCommentRepository::createTicket(const QString& backend)
{
    Ticket ticket;
    ticket.id = Uuid::createV7();
    ticket.title = "With comments";
    ticket.requesterName = "Requester";
    ticket.createdAt = 1'700'000'000'000;
    ticket.updatedAt = ticket.createdAt;
    TicketRepository(m_fixture.database(backend), m_fixture.cipher()).create(ticket).value();
    return ticket.id;
}

Comment TestCommentRepository::makeComment(const Uuid& ticketId, std::int64_t at, const std::string& body)
{
    return Comment {Uuid::createV7(), ticketId, Uuid::createV7(), body, CommentVisibility::InternalNote, at};
}

void TestCommentRepository::addAndListInOrder_data()
{
    hss::test::StorageFixture::backendRows();
}

void TestCommentRepository::addAndListInOrder()
{
    QFETCH(QString, backend);
    CommentRepository comments(m_fixture.database(backend), m_fixture.cipher());
    const Uuid ticket = createTicket(backend);
    const Comment later = makeComment(ticket, 2000, "second\nwith two lines");
    const Comment earlier = makeComment(ticket, 1000, "first");
    QVERIFY(comments.add(later).ok());
    QVERIFY(comments.add(earlier).ok());
    QCOMPARE(comments.listForTicket(ticket.toString()), std::vector<Comment>({earlier, later}));
    QVERIFY(comments.listForTicket("../" + ticket.toString()).empty());
}

void TestCommentRepository::rejectedAdd_data()
{
    QTest::addColumn<QString>("backend");
    QTest::addColumn<QString>("problem");
    QTest::addColumn<int>("code");
    for (const auto& backend : hss::test::storageBackends) {
        const QByteArray name = backend.toUtf8();
        QTest::addRow("%s: unknown ticket", name.constData())
            << backend << QStringLiteral("ticket") << static_cast<int>(ErrorCode::NotFound);
        QTest::addRow("%s: duplicate id", name.constData())
            << backend << QStringLiteral("duplicate") << static_cast<int>(ErrorCode::Conflict);
        QTest::addRow("%s: empty body", name.constData())
            << backend << QStringLiteral("body") << static_cast<int>(ErrorCode::MissingField);
    }
}

void TestCommentRepository::rejectedAdd()
{
    QFETCH(QString, backend);
    QFETCH(QString, problem);
    QFETCH(int, code);
    CommentRepository comments(m_fixture.database(backend), m_fixture.cipher());
    Comment comment = makeComment(createTicket(backend), 1000, "text");
    if (problem == QStringLiteral("ticket")) {
        comment.ticketId = Uuid::createV7();
    } else if (problem == QStringLiteral("duplicate")) {
        QVERIFY(comments.add(comment).ok());
    } else {
        comment.body.clear();
    }
    QCOMPARE(static_cast<int>(comments.add(comment).error().code), code);
}

void TestCommentRepository::deletingTicketDeletesComments_data()
{
    hss::test::StorageFixture::backendRows();
}

void TestCommentRepository::deletingTicketDeletesComments()
{
    QFETCH(QString, backend);
    CommentRepository comments(m_fixture.database(backend), m_fixture.cipher());
    const Uuid ticket = createTicket(backend);
    QVERIFY(comments.add(makeComment(ticket, 1, "gone soon")).ok());
    QVERIFY(TicketRepository(m_fixture.database(backend), m_fixture.cipher()).remove(ticket.toString(), 1).ok());
    QVERIFY(comments.listForTicket(ticket.toString()).empty());
}

QTEST_GUILESS_MAIN(TestCommentRepository)
#include "TestCommentRepository.moc"
