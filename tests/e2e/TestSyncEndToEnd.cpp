// SPDX-License-Identifier: MIT
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QtTest>

#include <nlohmann/json.hpp>

#include "DemoSeed.h"
#include "ServerProcess.h"
#include "SyncConsole.h"
#include "core/PinnedTls.h"
#include "core/StoreWorker.h"
#include "hss/sync/Mutation.h"
#include "storage/TrainingRepository.h"
#include "sync/SyncSessionGuard.h"

using hss::test::SyncConsole;

namespace {

constexpr int demoTickets = 240;
constexpr int demoArticles = 59; // 50 to read plus the editing set (workflow states, translations)
constexpr int demoCourses = 10;

template <class T>
T await(QFuture<T> future)
{
    QDeadlineTimer deadline(60000);
    while (!future.isFinished() && !deadline.hasExpired()) {
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
    }
    if (!future.isFinished()) {
        qFatal("timed out");
    }
    return future.result();
}

} // namespace

/// The console's sync core against the real hss-server over TLS, with the demo data set.
class TestSyncEndToEnd final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void initialSyncFetchesEverythingVisible();
    void editOnOneConsoleReachesAnother();
    void offlineEditsAllArriveAfterReconnect();
    void duplicatePushIsAppliedOnce();
    void disabledUserLosesTheDeviceKey();

private:
    std::unique_ptr<SyncConsole> console(const QString& user = QStringLiteral("sofia"));
    /// Signs in as the demo admin (password and TOTP) and disables the user through the admin API.
    void disableUser(const hss::Uuid& userId);
    /// A course in the console's store that its user is not enrolled in (empty when there is none).
    static hss::Course courseNotTakenBy(SyncConsole& console);
    /// GET path as user (signed in with password only), decoded; discarded JSON on failure.
    nlohmann::json getJson(const QString& user, const QString& path);

    std::unique_ptr<hss::test::TestCertificates> m_certificates;
    std::unique_ptr<hss::test::ServerProcess> m_server;
    hss::test::DemoAccounts m_accounts;
    QMap<QString, QString> m_passwords;
};

void TestSyncEndToEnd::initTestCase()
{
    m_certificates = std::make_unique<hss::test::TestCertificates>();
    QVERIFY2(m_certificates->isValid(), qPrintable(m_certificates->error()));
    m_server = std::make_unique<hss::test::ServerProcess>(*m_certificates);
    QString error;
    m_accounts = hss::test::seedDemo(*m_server, *m_certificates, &error);
    m_passwords = m_accounts.passwords;
    QVERIFY2(m_passwords.contains(QStringLiteral("sofia")), qPrintable(error));
    QVERIFY2(m_server->start(), qPrintable(m_server->error()));
}

std::unique_ptr<SyncConsole> TestSyncEndToEnd::console(const QString& user)
{
    auto created = std::make_unique<SyncConsole>();
    QString error;
    if (!created->open(m_server->baseUrl(), m_certificates->caFile(), user, m_passwords.value(user), &error)) {
        qWarning() << "console did not open:" << error;
        return nullptr;
    }
    return created;
}

void TestSyncEndToEnd::initialSyncFetchesEverythingVisible()
{
    auto supervisor = console();
    QVERIFY(supervisor);
    QElapsedTimer timer;
    timer.start();
    QVERIFY(supervisor->syncUntilIdle());
    qInfo() << "initial sync of the demo server took" << timer.elapsed() << "ms";
    QCOMPARE(supervisor->rowCount(QStringLiteral("tickets")), qint64(demoTickets));
    QCOMPARE(supervisor->rowCount(QStringLiteral("kb_articles")), qint64(demoArticles));
    QCOMPARE(supervisor->rowCount(QStringLiteral("courses")), qint64(demoCourses));
    QVERIFY(supervisor->rowCount(QStringLiteral("comments")) > 0);
    const auto status = supervisor->engine().status();
    QCOMPARE(status.state, hss::client::SyncStatus::State::Online);
    QVERIFY(status.initialSyncDone);
    QCOMPARE(status.pendingCount, qint64(0));
    for (const hss::Ticket& ticket : supervisor->tickets()) {
        QVERIFY(ticket.number.has_value());
        QVERIFY(ticket.revision >= 1);
    }

    // An agent sees only the tickets of their teams.
    auto agent = console(QStringLiteral("amir"));
    QVERIFY(agent);
    QVERIFY(agent->syncUntilIdle());
    const qint64 visible = agent->rowCount(QStringLiteral("tickets"));
    QVERIFY(visible > 0 && visible < demoTickets);
    for (const hss::Ticket& ticket : agent->tickets()) {
        QVERIFY2(ticket.team == "tier1" || ticket.team == "integration" || ticket.assigneeId == agent->userId(),
                 ticket.team.c_str());
    }
}

void TestSyncEndToEnd::editOnOneConsoleReachesAnother()
{
    auto first = console();
    auto second = console();
    QVERIFY(first && second);
    QVERIFY(first->syncUntilIdle());
    QVERIFY(second->syncUntilIdle()); // now waiting on a long poll
    const hss::Ticket target = first->tickets().front();

    hss::sync::TicketPatch patch;
    patch.title = "Edited on console one";
    patch.priority = hss::Priority::Critical;
    QElapsedTimer timer;
    timer.start();
    QVERIFY(await(first->changes().updateTicket(target.id, patch)).ok());
    const auto comment =
        await(first->changes().addComment(target.id, "Called the clinic back", hss::CommentVisibility::PublicReply));
    QVERIFY(comment.ok());
    QTRY_COMPARE_WITH_TIMEOUT(second->ticket(target.id)->title, std::string("Edited on console one"), 10000);
    qInfo() << "change visible on the other console after" << timer.elapsed() << "ms";
    QVERIFY(second->ticket(target.id)->priority == hss::Priority::Critical);
    QTRY_VERIFY_WITH_TIMEOUT(
        [&] {
            for (const auto& c : second->comments(target.id)) {
                if (c.id == comment.value().id) {
                    return true;
                }
            }
            return false;
        }(),
        10000);
    QTRY_COMPARE_WITH_TIMEOUT(first->engine().status().pendingCount, qint64(0), 10000);
    QVERIFY(first->syncUntilIdle());
    QCOMPARE(first->ticket(target.id)->revision, second->ticket(target.id)->revision);
    QCOMPARE(first->ticket(target.id)->revision, target.revision + 1);
}

void TestSyncEndToEnd::offlineEditsAllArriveAfterReconnect()
{
    auto clinic = console();
    QVERIFY(clinic);
    QVERIFY(clinic->syncUntilIdle());
    const auto all = clinic->tickets();
    const std::vector<hss::Ticket> edited(all.begin(), all.begin() + 50);

    const int port = m_server->port();
    m_server->stop();
    QTRY_COMPARE_WITH_TIMEOUT(clinic->engine().status().state, hss::client::SyncStatus::State::Offline, 35000);
    const qint64 offlineSince = *clinic->engine().status().offlineSinceMs;
    for (int k = 0; k < 500; ++k) {
        hss::sync::TicketPatch patch;
        patch.description = "offline edit " + std::to_string(k);
        QVERIFY(await(clinic->changes().updateTicket(edited[static_cast<std::size_t>(k % 50)].id, patch)).ok());
    }
    const auto comment = await(clinic->changes().addComment(edited.front().id, "Written while the server was down",
                                                            hss::CommentVisibility::InternalNote));
    QVERIFY(comment.ok());
    // Feedback given and a course taken up offline, with the first module done before reconnecting.
    hss::Feedback draft;
    draft.csatScore = 4;
    draft.comment = "Given while the server was down";
    draft.category = hss::FeedbackCategory::Training;
    const auto feedback = await(clinic->changes().submitFeedback(draft));
    QVERIFY(feedback.ok());
    const hss::Course course = courseNotTakenBy(*clinic);
    QVERIFY(!course.modules.empty());
    const auto enrolled = await(clinic->changes().enrol(course.id));
    QVERIFY(enrolled.ok());
    hss::Enrollment progress = enrolled.value();
    progress.status = hss::EnrollmentStatus::InProgress;
    progress.completedModuleIds = {course.modules.front().id};
    QVERIFY(await(clinic->changes().updateEnrollment(progress)).ok());
    // Edits fold into one mutation per ticket (an edit racing a failed push attempt may start a second one).
    QTRY_VERIFY(clinic->engine().status().pendingCount >= 53);
    QVERIFY(clinic->engine().status().pendingCount < 100);
    qInfo() << "500 offline edits and a comment wait as" << clinic->engine().status().pendingCount << "mutations";
    QCOMPARE(clinic->engine().status().state, hss::client::SyncStatus::State::Offline);
    QCOMPARE(*clinic->engine().status().offlineSinceMs, offlineSince);

    m_server->setEnvironmentValue(QStringLiteral("HSS_PORT"), QString::number(port));
    QVERIFY2(m_server->start(), qPrintable(m_server->error()));
    QElapsedTimer drain;
    drain.start();
    QTRY_COMPARE_WITH_TIMEOUT(clinic->engine().status().pendingCount, qint64(0), 30000);
    qInfo() << "outbox drained" << drain.elapsed() << "ms after the server came back";
    QCOMPARE(clinic->engine().status().rejectedCount, qint64(0));
    QVERIFY(clinic->syncUntilIdle());
    QCOMPARE(clinic->engine().status().state, hss::client::SyncStatus::State::Online);
    QCOMPARE(clinic->engine().status().conflictsToReview, qint64(0));

    auto other = console();
    QVERIFY(other);
    QVERIFY(other->syncUntilIdle());
    for (int i = 0; i < 50; ++i) {
        const auto there = other->ticket(edited[static_cast<std::size_t>(i)].id);
        QVERIFY(there.has_value());
        QCOMPARE(there->description, "offline edit " + std::to_string(450 + i));
        QVERIFY(there->revision > edited[static_cast<std::size_t>(i)].revision);
        QVERIFY(*clinic->ticket(there->id) == *there);
    }
    const auto comments = other->comments(edited.front().id);
    QCOMPARE(std::count_if(comments.begin(), comments.end(),
                           [&](const hss::Comment& c) { return c.id == comment.value().id; }),
             std::ptrdiff_t(1));

    // The feedback is on the server once, by this user; the enrolment with its progress is on the second console.
    const nlohmann::json listed = getJson(QStringLiteral("sofia"), QStringLiteral("/api/feedback?limit=200"));
    int copies = 0;
    for (const nlohmann::json& item : listed.at("items")) {
        if (item.at("id") == feedback.value().id.toString()) {
            ++copies;
            QCOMPARE(item.at("author_id"), clinic->userId().toString());
            QCOMPARE(item.at("comment"), "Given while the server was down");
        }
    }
    QCOMPARE(copies, 1);
    const auto taken = await(
        other->worker().run<std::vector<hss::Enrollment>>([user = clinic->userId()](hss::client::LocalStore& store) {
            return hss::client::TrainingRepository(store.database()).enrollmentsOf(user);
        }));
    QCOMPARE(std::count_if(taken.begin(), taken.end(),
                           [&](const hss::Enrollment& e) { return e.id == enrolled.value().id; }),
             std::ptrdiff_t(1));
    for (const hss::Enrollment& e : taken) {
        if (e.id == enrolled.value().id) {
            QVERIFY(e.courseId == course.id);
            QVERIFY(e.status == hss::EnrollmentStatus::InProgress);
            QVERIFY(e.completedModuleIds == progress.completedModuleIds);
        }
    }
}

hss::Course TestSyncEndToEnd::courseNotTakenBy(SyncConsole& console)
{
    using Catalogue = std::pair<std::vector<hss::Course>, std::vector<hss::Enrollment>>;
    const auto [courses, taken] =
        await(console.worker().run<Catalogue>([user = console.userId()](hss::client::LocalStore& store) {
            hss::client::TrainingRepository training(store.database());
            return Catalogue {training.courses(), training.enrollmentsOf(user)};
        }));
    for (const hss::Course& course : courses) {
        if (std::none_of(taken.begin(), taken.end(),
                         [&](const hss::Enrollment& e) { return e.courseId == course.id; })) {
            return course;
        }
    }
    return {};
}

nlohmann::json TestSyncEndToEnd::getJson(const QString& user, const QString& path)
{
    hss::client::SyncApi api;
    QString error;
    if (!api.configure(QUrl(m_server->baseUrl()), m_certificates->caFile(), &error)) {
        qWarning() << error;
        return nullptr;
    }
    const auto signedIn = await(api.login(user, m_passwords.value(user), QString()));
    if (!signedIn.ok()) {
        qWarning() << signedIn.error().message;
        return nullptr;
    }
    QNetworkAccessManager network;
    QNetworkRequest request(QUrl(m_server->baseUrl() + path));
    request.setSslConfiguration(*hss::client::pinnedTlsConfiguration(m_certificates->caFile(), &error));
    request.setRawHeader("Authorization", "Bearer " + signedIn.value().accessToken.toUtf8());
    std::unique_ptr<QNetworkReply> reply(network.get(request));
    QDeadlineTimer deadline(15000);
    while (!reply->isFinished() && !deadline.hasExpired()) {
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
    }
    const QByteArray body = reply->readAll();
    return nlohmann::json::parse(body.constData(), body.constData() + body.size(), nullptr, false);
}

void TestSyncEndToEnd::duplicatePushIsAppliedOnce()
{
    auto clinic = console();
    QVERIFY(clinic);
    QVERIFY(clinic->syncUntilIdle());
    clinic->engine().stop();
    const hss::Ticket target = clinic->tickets().back();

    hss::sync::Mutation edit;
    edit.mutationId = hss::Uuid::createV7();
    edit.entity = hss::sync::SyncEntity::Ticket;
    edit.entityId = target.id;
    edit.kind = hss::sync::MutationKind::Update;
    edit.baseRevision = target.revision;
    edit.fields = {{"title", "Pushed twice, applied once"}};
    edit.deviceTimeMs = QDateTime::currentMSecsSinceEpoch();
    edit.hlc = hss::HlcTimestamp {edit.deviceTimeMs, 0, "console-duplicate"};
    hss::sync::Mutation note;
    note.mutationId = hss::Uuid::createV7();
    note.entity = hss::sync::SyncEntity::Comment;
    note.entityId = hss::Uuid::createV7();
    note.kind = hss::sync::MutationKind::Create;
    hss::Comment comment;
    comment.id = note.entityId;
    comment.ticketId = target.id;
    comment.authorId = clinic->userId();
    comment.body = "Sent twice";
    comment.createdAt = edit.deviceTimeMs;
    note.fields = toJson(comment);
    note.deviceTimeMs = edit.deviceTimeMs;
    note.hlc = hss::HlcTimestamp {edit.deviceTimeMs, 1, "console-duplicate"};
    const hss::sync::PushRequest request {"console-duplicate", {edit, note}};

    const auto first = await(clinic->api().push(request));
    QVERIFY2(first.ok(), first.ok() ? "" : qPrintable(first.error().message));
    const auto second = await(clinic->api().push(request)); // the answer was "lost": the same batch again
    QVERIFY(second.ok());
    QCOMPARE(first.value().results.size(), std::size_t(2));
    QVERIFY(first.value().results == second.value().results);
    QVERIFY(first.value().results[0].outcome == hss::sync::MutationOutcome::Applied);
    QCOMPARE(first.value().results[0].revision, target.revision + 1);

    auto other = console();
    QVERIFY(other);
    QVERIFY(other->syncUntilIdle());
    QCOMPARE(other->ticket(target.id)->title, std::string("Pushed twice, applied once"));
    QCOMPARE(other->ticket(target.id)->revision, target.revision + 1);
    const auto comments = other->comments(target.id);
    QCOMPARE(
        std::count_if(comments.begin(), comments.end(), [](const hss::Comment& c) { return c.body == "Sent twice"; }),
        std::ptrdiff_t(1));
}

void TestSyncEndToEnd::disableUser(const hss::Uuid& userId)
{
    QProcess oathtool;
    oathtool.start(QStringLiteral("oathtool"),
                   {QStringLiteral("--totp"), QStringLiteral("-b"), m_accounts.adminTotpSecret});
    QVERIFY2(oathtool.waitForFinished(10000) && oathtool.exitCode() == 0, "oathtool (oath-toolkit) is needed");
    const QString code = QString::fromLatin1(oathtool.readAllStandardOutput()).trimmed();
    hss::client::SyncApi admin;
    QString error;
    QVERIFY(admin.configure(QUrl(m_server->baseUrl()), m_certificates->caFile(), &error));
    const auto signedIn = await(admin.login(QStringLiteral("admin"), m_passwords.value("admin"), code));
    QVERIFY2(signedIn.ok(), signedIn.ok() ? "" : qPrintable(signedIn.error().message));

    QNetworkAccessManager network;
    QNetworkRequest request(
        QUrl(m_server->baseUrl() + QStringLiteral("/api/admin/users/") + QString::fromStdString(userId.toString())));
    request.setSslConfiguration(*hss::client::pinnedTlsConfiguration(m_certificates->caFile(), &error));
    request.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
    request.setRawHeader("Authorization", "Bearer " + signedIn.value().accessToken.toUtf8());
    std::unique_ptr<QNetworkReply> reply(network.put(request, R"({"active":false})"));
    QTRY_VERIFY_WITH_TIMEOUT(reply->isFinished(), 15000);
    QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
}

void TestSyncEndToEnd::disabledUserLosesTheDeviceKey()
{
    auto agent = console(QStringLiteral("grace"));
    QVERIFY(agent);
    hss::client::SyncSessionGuard guard(agent->engine(), agent->session());
    QSignalSpy forgotten(&guard, &hss::client::SyncSessionGuard::deviceForgotten);
    QVERIFY(agent->syncUntilIdle()); // now on a long poll
    QVERIFY(QFile::exists(agent->keyFilePath()));

    disableUser(agent->userId());
    agent->engine().syncNow(); // instead of waiting for the long poll to end
    QTRY_COMPARE_WITH_TIMEOUT(forgotten.count(), 1, 30000);
    QCOMPARE(forgotten.front().at(0).toBool(), true);
    QVERIFY(agent->engine().status().state == hss::client::SyncStatus::State::AccountDisabled);
    QVERIFY(!agent->engine().isRunning());
    QVERIFY(!agent->session().isUnlocked());
    QVERIFY(!QFile::exists(agent->keyFilePath()));
}

QTEST_GUILESS_MAIN(TestSyncEndToEnd)
#include "TestSyncEndToEnd.moc"
