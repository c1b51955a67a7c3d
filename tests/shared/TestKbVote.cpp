// SPDX-License-Identifier: MIT
#include <QtTest>

#include <nlohmann/json.hpp>

#include "hss/sync/KbVote.h"
#include "hss/sync/Mutation.h"
#include "hss/sync/SyncEntity.h"

namespace hsync = hss::sync;

class TestKbVote final : public QObject
{
    Q_OBJECT

private slots:
    void roundTrips();
    void entityIsPushOnlyCreate();
    void rejectsBadVotes_data();
    void rejectsBadVotes();
};

void TestKbVote::roundTrips()
{
    const hsync::KbVote vote {hss::Uuid::createV7(), false};
    const nlohmann::json json = hsync::toJson(vote);
    QCOMPARE(json.size(), std::size_t {2});
    QCOMPARE(QString::fromStdString(json.at("article_id").get<std::string>()),
             QString::fromStdString(vote.articleId.toString()));
    QCOMPARE(json.at("helpful").get<bool>(), false);
    const auto decoded = hsync::kbVoteFromJson(json);
    QVERIFY(decoded);
    QVERIFY(decoded.value() == vote);
    QCOMPARE(QString::fromStdString(std::string(hsync::toString(hsync::SyncEntity::KbVote))),
             QStringLiteral("kb_vote"));
    QVERIFY(hsync::syncEntityFromString("kb_vote").value() == hsync::SyncEntity::KbVote);
}

void TestKbVote::entityIsPushOnlyCreate()
{
    QVERIFY(hsync::isMutationAllowed(hsync::SyncEntity::KbVote, hsync::MutationKind::Create));
    QVERIFY(!hsync::isMutationAllowed(hsync::SyncEntity::KbVote, hsync::MutationKind::Update));
    QVERIFY(!hsync::isMutationAllowed(hsync::SyncEntity::KbVote, hsync::MutationKind::Delete));
}

void TestKbVote::rejectsBadVotes_data()
{
    QTest::addColumn<QString>("json");
    QTest::addColumn<QString>("field");

    const QString id = QString::fromStdString(hss::Uuid::createV7().toString());
    QTest::newRow("missing helpful") << QStringLiteral("{\"article_id\":\"%1\"}").arg(id) << QStringLiteral("helpful");
    QTest::newRow("missing article") << QStringLiteral("{\"helpful\":true}") << QStringLiteral("article_id");
    QTest::newRow("helpful as text") << QStringLiteral("{\"article_id\":\"%1\",\"helpful\":\"yes\"}").arg(id)
                                     << QStringLiteral("helpful");
    QTest::newRow("article not a uuid") << QStringLiteral("{\"article_id\":\"42\",\"helpful\":true}")
                                        << QStringLiteral("article_id");
    QTest::newRow("nil article") << QStringLiteral(
        "{\"article_id\":\"00000000-0000-0000-0000-000000000000\",\"helpful\":true}")
                                 << QStringLiteral("article_id");
    QTest::newRow("unknown field") << QStringLiteral("{\"article_id\":\"%1\",\"helpful\":true,\"weight\":5}").arg(id)
                                   << QStringLiteral("weight");
    QTest::newRow("not an object") << QStringLiteral("[true]") << QString();
}

void TestKbVote::rejectsBadVotes()
{
    QFETCH(QString, json);
    QFETCH(QString, field);

    const auto decoded = hsync::kbVoteFromJson(nlohmann::json::parse(json.toStdString()));
    QVERIFY(!decoded);
    if (!field.isEmpty()) {
        QCOMPARE(QString::fromStdString(decoded.error().field), field);
    }
    QVERIFY(!decoded.error().message.empty());
}

QTEST_GUILESS_MAIN(TestKbVote)
#include "TestKbVote.moc"
