// SPDX-License-Identifier: MIT
// SyncApi's pull over real TLS: the page it decodes (each row's JSON moved, not copied) is exactly what the page
// codec reads, the next page's cursor is handed out as soon as the answer arrives, before it is decoded, and the
// decoding runs off the thread that receives the answer.
#include <QtTest>

#include "ScriptedHttpsServer.h"
#include "ServerProcess.h"
#include "SyncTestSupport.h"
#include "hss/Comment.h"
#include "sync/SyncApi.h"

using namespace hss::client;
using hss::test::await;
using hss::test::ScriptedHttpsServer;

namespace {

QString cursorAt(std::int64_t sequence)
{
    return QString::fromStdString(hss::sync::formatCursor(sequence));
}

/// A page with a ticket, a comment and a tombstone, as the server writes it.
hss::sync::PullPage samplePage(bool hasMore)
{
    const hss::Ticket ticket = hss::test::sampleTicket("Pulled over TLS");
    hss::Comment comment;
    comment.id = hss::Uuid::createV7();
    comment.ticketId = ticket.id;
    comment.authorId = hss::Uuid::createV7();
    comment.body = "A comment with \"quotes\" and \"cursor\":\"c99\" inside its text";
    comment.createdAt = ticket.createdAt;
    hss::sync::Change commentChange;
    commentChange.entity = hss::sync::SyncEntity::Comment;
    commentChange.id = comment.id;
    commentChange.sequence = 2;
    commentChange.hlc = hss::test::serverHlc();
    commentChange.data = toJson(comment);
    hss::sync::Change tombstone;
    tombstone.entity = hss::sync::SyncEntity::Ticket;
    tombstone.id = hss::Uuid::createV7();
    tombstone.sequence = 3;
    tombstone.revision = 4;
    tombstone.deleted = true;
    tombstone.hlc = hss::test::serverHlc();
    return hss::test::pageOf({hss::test::ticketChange(ticket, 1), commentChange, tombstone}, 3, hasMore);
}

} // namespace

class TestSyncApiPages final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void pageIsDecodedWholeAndTheNextCursorComesFirst();
    void lastPageGivesNoHint();
    void brokenPageIsABadResponse();
    void pageIsDecodedOffTheReceivingThread();

private:
    /// Serves \a body to one pull from \a cursor; returns the result, the hints given meanwhile and the thread on
    /// which the result was reported (where the page was decoded).
    ApiResult<hss::sync::PullPage> pullOnce(const QByteArray& body, const QString& cursor,
                                            QList<QPair<QString, QString>>& hints, bool& hintBeforeResult,
                                            QThread** decodedOn = nullptr);

    std::unique_ptr<hss::test::TestCertificates> m_certificates;
};

void TestSyncApiPages::initTestCase()
{
    m_certificates = std::make_unique<hss::test::TestCertificates>();
    QVERIFY2(m_certificates->isValid(), qPrintable(m_certificates->error()));
}

ApiResult<hss::sync::PullPage> TestSyncApiPages::pullOnce(const QByteArray& body, const QString& cursor,
                                                          QList<QPair<QString, QString>>& hints, bool& hintBeforeResult,
                                                          QThread** decodedOn)
{
    ScriptedHttpsServer server;
    if (!server.listen(m_certificates->certificateFile(), m_certificates->keyFile())) {
        qWarning("%s", qPrintable(server.error()));
        return SyncApiError {SyncApiError::Kind::Unreachable, 0, {}, server.error()};
    }
    ScriptedHttpsServer::Answer answer;
    answer.body = body;
    server.answers = {answer};
    SyncApi api;
    QString error;
    if (!api.configure(QUrl(QStringLiteral("https://127.0.0.1:%1").arg(server.port())), m_certificates->caFile(),
                       &error)) {
        return SyncApiError {SyncApiError::Kind::Tls, 0, {}, error};
    }
    api.setTokens(QStringLiteral("access-token"), QString());
    QFuture<ApiResult<hss::sync::PullPage>> future;
    hintBeforeResult = false;
    api.setNextPageHint([&](const QString& requested, const QString& next) {
        hints.append({requested, next});
        hintBeforeResult = !future.isFinished();
    });
    future = api.pull(cursor, 1000, 0);
    // Attached before the answer can arrive (that needs this thread's event loop), so it runs where the result is
    // reported.
    QFuture<QThread*> reportedOn =
        future.then(QtFuture::Launch::Sync,
                    [](const QFuture<ApiResult<hss::sync::PullPage>>&) { return QThread::currentThread(); });
    auto result = await(future);
    if (decodedOn != nullptr) {
        *decodedOn = await(reportedOn);
    }
    return result;
}

void TestSyncApiPages::pageIsDecodedWholeAndTheNextCursorComesFirst()
{
    const hss::sync::PullPage sent = samplePage(true);
    QList<QPair<QString, QString>> hints;
    bool hintBeforeResult = false;
    const auto result = pullOnce(QByteArray::fromStdString(toJson(sent).dump()), cursorAt(0), hints, hintBeforeResult);
    QVERIFY2(result.ok(), qPrintable(result.ok() ? QString() : result.error().message));
    QVERIFY(result.value() == sent); // every row, its data and the tombstone's null, as the codec reads them
    QCOMPARE(hints.size(), 1);
    QCOMPARE(hints.first().first, cursorAt(0));
    QCOMPARE(hints.first().second, cursorAt(3)); // the page's own cursor, not the one quoted in a comment
    QVERIFY(hintBeforeResult);
}

void TestSyncApiPages::lastPageGivesNoHint()
{
    const hss::sync::PullPage sent = samplePage(false);
    QList<QPair<QString, QString>> hints;
    bool hintBeforeResult = false;
    const auto result = pullOnce(QByteArray::fromStdString(toJson(sent).dump()), cursorAt(0), hints, hintBeforeResult);
    QVERIFY(result.ok());
    QVERIFY(result.value() == sent);
    QVERIFY(hints.isEmpty());
}

void TestSyncApiPages::brokenPageIsABadResponse()
{
    // A tombstone carrying data breaks the protocol: still refused when the rows' data is moved aside to decode.
    nlohmann::json json = toJson(samplePage(true));
    json["changes"][2]["data"] = nlohmann::json {{"title", "not allowed"}};
    QList<QPair<QString, QString>> hints;
    bool hintBeforeResult = false;
    const auto result = pullOnce(QByteArray::fromStdString(json.dump()), cursorAt(0), hints, hintBeforeResult);
    QVERIFY(!result.ok());
    QCOMPARE(result.error().kind, SyncApiError::Kind::BadResponse);
    QVERIFY2(result.error().message.contains(QStringLiteral("tombstone")), qPrintable(result.error().message));
}

void TestSyncApiPages::pageIsDecodedOffTheReceivingThread()
{
    // A page of an initial sync takes tens of milliseconds to parse and decode: not on the thread that runs the
    // engine (the UI's), which receives the answers.
    const hss::sync::PullPage sent = samplePage(true);
    QList<QPair<QString, QString>> hints;
    bool hintBeforeResult = false;
    QThread* decodedOn = nullptr;
    const auto result =
        pullOnce(QByteArray::fromStdString(toJson(sent).dump()), cursorAt(0), hints, hintBeforeResult, &decodedOn);
    QVERIFY(result.ok());
    QVERIFY(result.value() == sent);
    QVERIFY(decodedOn != nullptr);
    QVERIFY(decodedOn != QThread::currentThread());
    QCOMPARE(hints.size(), 1); // the hint still comes from the receiving thread, before the decoding
}

QTEST_GUILESS_MAIN(TestSyncApiPages)
#include "TestSyncApiPages.moc"
