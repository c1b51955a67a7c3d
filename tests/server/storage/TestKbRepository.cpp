// SPDX-License-Identifier: MIT
#include <QtTest>

#include "StorageFixture.h"
#include "storage/KbRepository.h"
#include "storage/KbVersionRepository.h"
#include "storage/WriteTransaction.h"

using hss::ArticleStatus;
using hss::ErrorCode;
using hss::KbArticle;
using hss::KbCategory;
using hss::Uuid;
using hss::server::KbQuery;
using hss::server::KbRepository;

class TestKbRepository final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void createAndFind_data();
    void createAndFind();
    void search_data();
    void search();
    void updateKeepsEveryContentVersion_data();
    void updateKeepsEveryContentVersion();
    void votesOncePerUser_data();
    void votesOncePerUser();

private:
    static KbArticle makeArticle(const std::string& title, const std::string& body);

    hss::test::StorageFixture m_fixture;
};

void TestKbRepository::initTestCase()
{
    QVERIFY2(m_fixture.start(), qPrintable(m_fixture.error()));
}

KbArticle TestKbRepository::makeArticle(const std::string& title, const std::string& body)
{
    KbArticle article;
    article.id = Uuid::createV7();
    article.title = title;
    article.body = body;
    article.status = ArticleStatus::Published;
    article.updatedAt = 1'700'000'000'000;
    article.authorId = Uuid::createV7();
    return article;
}

void TestKbRepository::createAndFind_data()
{
    hss::test::StorageFixture::backendRows();
}

void TestKbRepository::createAndFind()
{
    QFETCH(QString, backend);
    KbRepository kb(m_fixture.database(backend));
    KbArticle article = makeArticle("Reset a password", "<p>Steps</p>");
    article.videoUrl = "https://video.example.org/reset";
    QVERIFY(kb.create(article).ok());
    QCOMPARE(kb.find(article.id.toString()).value(), article);
    QCOMPARE(kb.create(article).error().code, ErrorCode::Conflict);
    QCOMPARE(kb.find("../../kb/" + article.id.toString()).error().code, ErrorCode::NotFound);
}

void TestKbRepository::search_data()
{
    QTest::addColumn<QString>("backend");
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("onlyCategory");
    QTest::addColumn<int>("expected");
    for (const auto& backend : hss::test::storageBackends) {
        const QByteArray name = backend.toUtf8();
        QTest::addRow("%s: title, other case", name.constData()) << backend << QStringLiteral("VPN") << false << 2;
        QTest::addRow("%s: body text", name.constData()) << backend << QStringLiteral("certificate") << false << 1;
        QTest::addRow("%s: percent is literal", name.constData()) << backend << QStringLiteral("100%") << false << 1;
        QTest::addRow("%s: underscore is literal", name.constData()) << backend << QStringLiteral("a_b") << false << 1;
        QTest::addRow("%s: backslash is literal", name.constData()) << backend << QStringLiteral("C:\\") << false << 1;
        QTest::addRow("%s: category filter", name.constData()) << backend << QStringLiteral("VPN") << true << 1;
        QTest::addRow("%s: quote does not break SQL", name.constData()) << backend << QStringLiteral("'") << false << 0;
    }
}

void TestKbRepository::search()
{
    QFETCH(QString, backend);
    QFETCH(QString, text);
    QFETCH(bool, onlyCategory);
    QFETCH(int, expected);
    KbRepository kb(m_fixture.database(backend));
    // A unique marker in every title keeps this test's articles apart from other rows.
    const std::string marker = Uuid::createV7().toString();
    std::vector<KbArticle> articles {makeArticle(marker + " Connect the VPN", "Open the client."),
                                     makeArticle(marker + " vpn drops", "Renew the certificate."),
                                     makeArticle(marker + " CPU at 100% load", "Check a_b settings."),
                                     makeArticle(marker + " Paths", "Use C:\\data for the export.")};
    articles[1].category = KbCategory::Troubleshooting;
    for (const auto& article : articles) {
        QVERIFY(kb.create(article).ok());
    }
    KbQuery query;
    query.text = text.toStdString();
    query.limit = KbQuery::maxLimit;
    if (onlyCategory) {
        query.category = KbCategory::Troubleshooting;
    }
    int found = 0;
    for (const auto& article : kb.search(query)) {
        found += article.title.starts_with(marker) ? 1 : 0;
    }
    QCOMPARE(found, expected);
}

void TestKbRepository::updateKeepsEveryContentVersion_data()
{
    hss::test::StorageFixture::backendRows();
}

void TestKbRepository::updateKeepsEveryContentVersion()
{
    QFETCH(QString, backend);
    hss::server::Database& database = m_fixture.database(backend);
    KbRepository kb(database);
    hss::server::KbVersionRepository versions(database);
    const KbArticle first = makeArticle("Label printer", "<p>one</p>");
    QVERIFY(kb.create(first).ok());
    KbArticle second = first;
    second.body = "<p>two</p>";
    second.version = 2;
    second.status = ArticleStatus::Draft;
    auto session = database.session();
    {
        hss::server::WriteTransaction transaction(session, database.backend());
        // Based on a version or status that is no longer stored: a conflict, nothing written.
        QVERIFY(kb.update(session, second, 2, first.status, std::nullopt).error().code == ErrorCode::Conflict);
        QVERIFY(kb.update(session, second, 1, ArticleStatus::Review, std::nullopt).error().code == ErrorCode::Conflict);
        QVERIFY(kb.update(session, second, 1, first.status, std::string("Second try")).ok());
        KbArticle inReview = second;
        inReview.status = ArticleStatus::Review; // status is not content: no version row
        QVERIFY(kb.update(session, inReview, 2, ArticleStatus::Draft, std::nullopt).ok());
        transaction.commit();
    }
    QVERIFY(kb.find(first.id.toString()).value().status == ArticleStatus::Review);
    const auto history = versions.list(first.id.toString());
    QCOMPARE(history.size(), std::size_t {2});
    QCOMPARE(history[0].version, 2);
    QCOMPARE(history[0].body, std::string("<p>two</p>"));
    QVERIFY(history[0].note == std::optional<std::string>("Second try"));
    QCOMPARE(history[1].body, std::string("<p>one</p>"));
    QVERIFY(history[1].editedBy == first.authorId); // no editor recorded: the author saved it
    QVERIFY(versions.find(session, first.id.toString(), 3).error().code == ErrorCode::NotFound);
}

void TestKbRepository::votesOncePerUser_data()
{
    hss::test::StorageFixture::backendRows();
}

void TestKbRepository::votesOncePerUser()
{
    QFETCH(QString, backend);
    KbRepository kb(m_fixture.database(backend));
    const KbArticle article = makeArticle("Votes", "Body");
    QVERIFY(kb.create(article).ok());
    const std::string id = article.id.toString();
    const Uuid alice = Uuid::createV7();
    const Uuid bob = Uuid::createV7();
    QCOMPARE(kb.vote(id, alice, true, 1).value().helpfulVotes, 1);
    QCOMPARE(kb.vote(id, alice, true, 2).value().helpfulVotes, 1); // same vote again: no change
    auto counts = kb.vote(id, bob, false, 3).value();
    QCOMPARE(counts.helpfulVotes, 1);
    QCOMPARE(counts.notHelpfulVotes, 1);
    counts = kb.vote(id, alice, false, 4).value(); // changed mind: the vote moves
    QCOMPARE(counts.helpfulVotes, 0);
    QCOMPARE(counts.notHelpfulVotes, 2);
    QCOMPARE(kb.vote(Uuid::createV7().toString(), alice, true, 5).error().code, ErrorCode::NotFound);
}

QTEST_GUILESS_MAIN(TestKbRepository)
#include "TestKbRepository.moc"
