// SPDX-License-Identifier: MIT
#include <QFile>
#include <QtTest>

#include "StorageFixture.h"
#include "storage/CommentRepository.h"
#include "storage/TicketRepository.h"
#include "storage/UserRepository.h"

using hss::Comment;
using hss::Ticket;
using hss::Uuid;
using hss::server::CommentRepository;
using hss::server::TicketRepository;
using hss::server::UserAccount;
using hss::server::UserRepository;

/// A stolen database file or dump must not reveal protected fields: canary strings written through the
/// repositories must appear nowhere in the SQLite file and its WAL, nor in pg_dump output, while the unprotected
/// title (the positive control) does.
class TestProtectedFields final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void canaryNeverStoredInPlaintext_data();
    void canaryNeverStoredInPlaintext();

private:
    QByteArray storedBytes(const QString& backend);

    hss::test::StorageFixture m_fixture;
};

void TestProtectedFields::initTestCase()
{
    QVERIFY2(m_fixture.start(), qPrintable(m_fixture.error()));
}

QByteArray TestProtectedFields::storedBytes(const QString& backend)
{
    if (backend == QStringLiteral("postgresql")) {
        return m_fixture.cluster().dump(QString::fromLatin1(hss::test::StorageFixture::sharedName));
    }
    QByteArray bytes;
    for (const QString& suffix : {QString(), QStringLiteral("-wal")}) {
        QFile file(m_fixture.sharedSqliteFile() + suffix);
        if (file.open(QIODevice::ReadOnly)) {
            bytes += file.readAll();
        }
    }
    return bytes;
}

void TestProtectedFields::canaryNeverStoredInPlaintext_data()
{
    QTest::addColumn<QString>("backend");
    QTest::addColumn<QString>("field");
    for (const auto& backend : hss::test::storageBackends) {
        const QByteArray name = backend.toUtf8();
        QTest::addRow("%s: ticket description", name.constData()) << backend << QStringLiteral("description");
        QTest::addRow("%s: medical case reference", name.constData()) << backend << QStringLiteral("caseRef");
        QTest::addRow("%s: comment body", name.constData()) << backend << QStringLiteral("comment");
        QTest::addRow("%s: TOTP secret", name.constData()) << backend << QStringLiteral("totp");
    }
}

void TestProtectedFields::canaryNeverStoredInPlaintext()
{
    QFETCH(QString, backend);
    QFETCH(QString, field);
    auto& database = m_fixture.database(backend);
    const std::string canary = "CANARY-" + Uuid::createV7().toString();
    const std::string title = "visible-title-" + Uuid::createV7().toString();

    Ticket ticket;
    ticket.id = Uuid::createV7();
    ticket.title = title;
    ticket.description = field == QStringLiteral("description") ? "Patient note " + canary : "plain";
    ticket.requesterName = "Requester";
    ticket.createdAt = 1'700'000'000'000;
    ticket.updatedAt = ticket.createdAt;
    if (field == QStringLiteral("caseRef")) {
        ticket.medicalCaseRef = canary;
    }
    TicketRepository tickets(database, m_fixture.cipher());
    QVERIFY(tickets.create(ticket).ok());
    if (field == QStringLiteral("comment")) {
        Comment comment {Uuid::createV7(), ticket.id, Uuid::createV7(), "Lab value " + canary, {}, ticket.createdAt};
        QVERIFY(CommentRepository(database, m_fixture.cipher()).add(comment).ok());
        QCOMPARE(CommentRepository(database, m_fixture.cipher()).listForTicket(ticket.id.toString()).front().body,
                 comment.body);
    }
    if (field == QStringLiteral("totp")) {
        UserAccount account;
        account.user.id = Uuid::createV7();
        account.user.username = "totp." + Uuid::createV7().toString().substr(24);
        account.user.displayName = "Totp User";
        account.user.email = "totp@example.org";
        account.user.roles = {hss::Role::Admin};
        account.passwordHash = "$argon2id$v=19$m=65536,t=2,p=1$stub";
        account.totpSecret = canary;
        UserRepository users(database, m_fixture.cipher());
        QVERIFY(users.create(account).ok());
        QCOMPARE(users.findById(account.user.id.toString()).value().totpSecret, std::optional(canary));
    }
    // Reading back through the repository gives the plaintext...
    const auto found = tickets.find(ticket.id.toString());
    QVERIFY(found.ok());
    QCOMPARE(found.value().description, ticket.description);
    QCOMPARE(found.value().medicalCaseRef, ticket.medicalCaseRef);
    // ...while the stored bytes hold the title but not the canary.
    const QByteArray bytes = storedBytes(backend);
    QVERIFY(!bytes.isEmpty());
    QVERIFY2(bytes.contains(QByteArray::fromStdString(title)), "positive control: the title must be found");
    QVERIFY2(!bytes.contains(QByteArray::fromStdString(canary)), "a protected value is stored in plaintext");
}

QTEST_GUILESS_MAIN(TestProtectedFields)
#include "TestProtectedFields.moc"
