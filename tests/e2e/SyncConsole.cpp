// SPDX-License-Identifier: MIT
#include "SyncConsole.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QSqlQuery>
#include <algorithm>

#include "core/StoreWorker.h"
#include "storage/CommentRepository.h"
#include "storage/TicketRepository.h"
#include "sync/DeviceIdentity.h"

namespace hss::test {

namespace {

template <class T>
std::optional<T> await(QFuture<T> future, int timeoutMs = 60000)
{
    QDeadlineTimer deadline(timeoutMs);
    while (!future.isFinished() && !deadline.hasExpired()) {
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
    }
    return future.isFinished() ? std::optional<T>(future.result()) : std::nullopt;
}

} // namespace

SyncConsole::SyncConsole(std::int64_t clockOffsetMs)
    : m_clock(clockOffsetMs)
{ }

SyncConsole::~SyncConsole()
{
    m_engine.reset();
    m_changes.reset();
    m_session.reset();
}

bool SyncConsole::open(const QString& serverUrl, const QString& caFile, const QString& user, const QString& password,
                       QString* error)
{
    m_session = std::make_unique<client::StoreSession>(m_dir.filePath(QStringLiteral("store.db")),
                                                       m_dir.filePath(QStringLiteral("store.key")), user, m_clock);
    const auto unlocked = await(m_session->unlock(password));
    if (!unlocked || unlocked->code != client::UnlockOutcome::Code::Unlocked) {
        *error = QStringLiteral("unlock failed: ") + (unlocked ? unlocked->message : QStringLiteral("timeout"));
        return false;
    }
    const auto identity = await(worker().run<client::DeviceIdentity>(
        [](client::LocalStore& store) { return client::DeviceIdentity::loadOrCreate(store); }));
    if (!identity || identity->deviceId.empty()) {
        *error = QStringLiteral("no device identity");
        return false;
    }
    m_hlc = std::make_unique<HybridLogicalClock>(m_clock, identity->deviceId);
    m_changes = std::make_unique<client::LocalChanges>(worker(), *m_hlc, m_clock);
    if (!m_api.configure(QUrl(serverUrl), caFile, error)) {
        return false;
    }
    const auto signedIn = await(m_api.login(user, password));
    if (!signedIn || !signedIn->ok()) {
        *error =
            QStringLiteral("sign-in failed: ") + (signedIn ? signedIn->error().message : QStringLiteral("timeout"));
        return false;
    }
    m_changes->setUserId(signedIn->value().user.id);
    client::SyncEngineSettings settings;
    settings.backoff.initial = std::chrono::milliseconds(100);
    settings.backoff.maximum = std::chrono::seconds(1);
    m_engine = std::make_unique<client::SyncEngine>(worker(), m_api, *m_hlc, m_clock, m_random, settings);
    QObject::connect(m_changes.get(), &client::LocalChanges::changed, m_engine.get(),
                     &client::SyncEngine::notifyLocalChange);
    QObject::connect(m_engine.get(), &client::SyncEngine::idle, m_engine.get(), [this] { ++m_idleCount; });
    return true;
}

bool SyncConsole::syncUntilIdle(int timeoutMs)
{
    const int before = m_idleCount;
    if (m_engine->isRunning()) {
        m_engine->syncNow();
    } else {
        m_engine->start();
    }
    QDeadlineTimer deadline(timeoutMs);
    while (m_idleCount == before && !deadline.hasExpired()) {
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
    }
    return m_idleCount > before;
}

std::vector<Ticket> SyncConsole::tickets()
{
    auto all = await(worker().run<std::vector<Ticket>>([](client::LocalStore& store) {
                   client::TicketQuery everything;
                   everything.view = client::TicketQuery::View::Everything;
                   everything.limit = 1'000'000;
                   std::vector<Ticket> result;
                   for (client::QueueEntry& entry : client::TicketRepository(store.database()).query(everything)) {
                       result.push_back(std::move(entry.ticket));
                   }
                   return result;
               })).value_or(std::vector<Ticket> {});
    std::sort(all.begin(), all.end(), [](const Ticket& a, const Ticket& b) { return a.id < b.id; });
    return all;
}

std::optional<Ticket> SyncConsole::ticket(const Uuid& id)
{
    return await(worker().run<std::optional<Ticket>>(
                     [id](client::LocalStore& store) { return client::TicketRepository(store.database()).find(id); }))
        .value_or(std::nullopt);
}

std::vector<Comment> SyncConsole::comments(const Uuid& ticketId)
{
    return await(worker().run<std::vector<Comment>>([ticketId](client::LocalStore& store) {
               return client::CommentRepository(store.database()).forTicket(ticketId);
           }))
        .value_or(std::vector<Comment> {});
}

qint64 SyncConsole::rowCount(const QString& table)
{
    return await(worker().run<qint64>([table](client::LocalStore& store) {
               QSqlQuery query(store.database());
               return query.exec(QStringLiteral("SELECT count(*) FROM ") + table) && query.next()
                   ? query.value(0).toLongLong()
                   : -1;
           }))
        .value_or(-1);
}

} // namespace hss::test
