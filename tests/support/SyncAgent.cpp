// SPDX-License-Identifier: MIT
// hss-sync-agent: a headless console for fault tests. It opens (or creates) an encrypted store, makes local edits
// through LocalChanges and syncs with a real server through SyncEngine, so a test can kill -9 it at any moment and
// start it again on the same store.
//
//   hss-sync-agent --store DIR --password PW [--server URL --ca FILE --user NAME] [--batch N] [--timeout S]
//                  COMMAND [COMMAND ...]
//   create --tickets N [--priority P]   new tickets (team from --team, default tier1)
//   edit --tickets N --edits M          M description edits spread over the first N tickets (by id)
//   comment --tickets N --comments M    M comments spread over the first N tickets (by id)
//   sync --until-idle                   push and pull until nothing is left to do (exit 2 on --timeout)
//   dump | dump-comments | status       tickets / comments as JSON lines sorted by id; outbox counts as JSON
//
// The password unlocks the store and signs in. Progress lines ("push-start N", "push-done A R", "pulled N",
// "idle") go to stdout, unbuffered, so a test can time its kill.
#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QDir>
#include <QTextStream>
#include <algorithm>
#include <cstdio>

#include <nlohmann/json.hpp>

#include "core/StoreSession.h"
#include "core/StoreWorker.h"
#include "hss/HybridLogicalClock.h"
#include "hss/StdRandomSource.h"
#include "hss/SystemClock.h"
#include "storage/CommentRepository.h"
#include "storage/OutboxRepository.h"
#include "storage/SyncStateRepository.h"
#include "storage/TicketRepository.h"
#include "sync/DeviceIdentity.h"
#include "sync/LocalChanges.h"
#include "sync/SyncApi.h"
#include "sync/SyncEngine.h"

using namespace hss;
using namespace hss::client;

namespace {

const QString userIdKey = QStringLiteral("agent_user_id");

enum Exit { Ok = 0, Failed = 1, TimedOut = 2, Disabled = 3, SignIn = 4, Usage = 64 };

void say(const QString& line)
{
    std::fputs(qPrintable(line + QLatin1Char('\n')), stdout);
    std::fflush(stdout);
}

template <class T>
std::optional<T> await(QFuture<T> future, int timeoutMs = 120000)
{
    QDeadlineTimer deadline(timeoutMs);
    while (!future.isFinished() && !deadline.hasExpired()) {
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
    }
    if (!future.isFinished()) {
        return std::nullopt;
    }
    return future.result();
}

struct Options
{
    QString store;
    QString password;
    QString server;
    QString ca;
    QString user;
    QString team = QStringLiteral("tier1");
    int batch = static_cast<int>(sync::maxPushBatch);
    int timeoutSeconds = 300;
};

/// Value of "--name value" in args from index i on, or fallback.
int intArg(const QStringList& args, const QString& name, int fallback)
{
    const qsizetype at = args.indexOf(name);
    return at >= 0 && at + 1 < args.size() ? args[at + 1].toInt() : fallback;
}

class Agent final
{
public:
    explicit Agent(Options options)
        : m_options(std::move(options))
        , m_session(QDir(m_options.store).filePath(QStringLiteral("store.db")),
                    QDir(m_options.store).filePath(QStringLiteral("store.key")),
                    m_options.user.isEmpty() ? QStringLiteral("agent") : m_options.user, m_clock)
    { }

    int open()
    {
        QDir().mkpath(m_options.store);
        const auto outcome = await(m_session.unlock(m_options.password));
        if (!outcome || outcome->code != UnlockOutcome::Code::Unlocked) {
            say(QStringLiteral("error: cannot open the store: ")
                + (outcome ? outcome->message : QStringLiteral("timeout")));
            return Failed;
        }
        const auto identity =
            await(worker().run<DeviceIdentity>([](LocalStore& store) { return DeviceIdentity::loadOrCreate(store); }));
        if (!identity || identity->deviceId.empty()) {
            say(QStringLiteral("error: cannot read the device identity"));
            return Failed;
        }
        m_hlc = std::make_unique<HybridLogicalClock>(m_clock, identity->deviceId);
        if (identity->lastHlc) {
            (void)m_hlc->receive(*identity->lastHlc);
        }
        m_changes = std::make_unique<LocalChanges>(worker(), *m_hlc, m_clock);
        const auto userId = await(worker().run<QString>([](LocalStore& store) {
            return SyncStateRepository(store.database()).value(userIdKey).value_or(QString());
        }));
        if (userId && !userId->isEmpty()) {
            m_changes->setUserId(Uuid::parse(userId->toStdString()).valueOr(Uuid()));
        }
        return Ok;
    }

    int run(const QStringList& commands)
    {
        for (qsizetype i = 0; i < commands.size(); ++i) {
            const QString& command = commands[i];
            const QStringList rest = commands.mid(i + 1);
            int status = Usage;
            if (command == QLatin1String("create")) {
                status = create(intArg(rest, QStringLiteral("--tickets"), 1), rest);
            } else if (command == QLatin1String("edit")) {
                status = edit(intArg(rest, QStringLiteral("--tickets"), 1), intArg(rest, QStringLiteral("--edits"), 1));
            } else if (command == QLatin1String("comment")) {
                status = comment(intArg(rest, QStringLiteral("--tickets"), 1),
                                 intArg(rest, QStringLiteral("--comments"), 1));
            } else if (command == QLatin1String("sync")) {
                status = syncUntilIdle();
            } else if (command == QLatin1String("dump")) {
                status = dumpTickets();
            } else if (command == QLatin1String("dump-comments")) {
                status = dumpComments();
            } else if (command == QLatin1String("status")) {
                status = printStatus();
            } else if (command.startsWith(QLatin1String("--"))) {
                ++i; // an option of the previous command and its value
                continue;
            } else {
                say(QStringLiteral("error: unknown command ") + command);
            }
            if (status != Ok) {
                return status;
            }
        }
        return Ok;
    }

private:
    StoreWorker& worker() { return *m_session.worker(); }

    std::vector<Ticket> firstTickets(int count)
    {
        auto tickets =
            await(worker().run<std::vector<Ticket>>([](LocalStore& store) {
                TicketQuery everything;
                everything.view = TicketQuery::View::Everything;
                everything.limit = 1'000'000;
                std::vector<Ticket> result;
                for (QueueEntry& entry : TicketRepository(store.database()).query(everything)) {
                    result.push_back(std::move(entry.ticket));
                }
                std::sort(result.begin(), result.end(), [](const Ticket& a, const Ticket& b) { return a.id < b.id; });
                return result;
            })).value_or(std::vector<Ticket> {});
        tickets.resize(std::min<std::size_t>(tickets.size(), static_cast<std::size_t>(std::max(count, 0))));
        return tickets;
    }

    int create(int count, const QStringList& args)
    {
        const qsizetype at = args.indexOf(QStringLiteral("--priority"));
        const Priority priority = at >= 0 && at + 1 < args.size()
            ? priorityFromString(args[at + 1].toStdString()).valueOr(Priority::Medium)
            : Priority::Medium;
        for (int i = 0; i < count; ++i) {
            Ticket draft;
            draft.title = "Agent ticket " + std::to_string(i + 1) + " from " + m_hlc->nodeId().substr(0, 16);
            draft.description = "Made by hss-sync-agent.";
            draft.priority = priority;
            draft.status = TicketStatus::New;
            draft.channel = Channel::Phone;
            draft.requesterName = "Clinic front desk";
            draft.team = m_options.team.toStdString();
            const auto created = await(m_changes->createTicket(draft));
            if (!created || !created->ok()) {
                say(QStringLiteral("error: create failed: ")
                    + (created ? QString::fromStdString(describe(created->error())) : QStringLiteral("timeout")));
                return Failed;
            }
        }
        say(QStringLiteral("created %1").arg(count));
        return Ok;
    }

    int edit(int ticketCount, int edits)
    {
        const auto tickets = firstTickets(ticketCount);
        if (tickets.empty()) {
            say(QStringLiteral("error: no tickets to edit"));
            return Failed;
        }
        for (int k = 0; k < edits; ++k) {
            const Ticket& ticket = tickets[static_cast<std::size_t>(k) % tickets.size()];
            sync::TicketPatch patch;
            patch.description = "agent edit " + std::to_string(k + 1) + " of " + std::to_string(edits);
            const auto updated = await(m_changes->updateTicket(ticket.id, patch));
            if (!updated || !updated->ok()) {
                say(QStringLiteral("error: edit failed: ")
                    + (updated ? QString::fromStdString(describe(updated->error())) : QStringLiteral("timeout")));
                return Failed;
            }
        }
        say(QStringLiteral("edited %1").arg(edits));
        return Ok;
    }

    int comment(int ticketCount, int comments)
    {
        const auto tickets = firstTickets(ticketCount);
        if (tickets.empty() || m_changes->userId().isNil()) {
            say(QStringLiteral("error: comments need tickets and a user who signed in once (run sync first)"));
            return Failed;
        }
        for (int k = 0; k < comments; ++k) {
            const Ticket& ticket = tickets[static_cast<std::size_t>(k) % tickets.size()];
            const auto added = await(m_changes->addComment(ticket.id, "agent comment " + std::to_string(k + 1),
                                                           CommentVisibility::InternalNote));
            if (!added || !added->ok()) {
                say(QStringLiteral("error: comment failed"));
                return Failed;
            }
        }
        say(QStringLiteral("commented %1").arg(comments));
        return Ok;
    }

    int signIn(SyncApi& api)
    {
        QString error;
        if (!api.configure(QUrl(m_options.server), m_options.ca, &error)) {
            say(QStringLiteral("error: ") + error);
            return Usage;
        }
        const auto signedIn = await(api.login(m_options.user, m_options.password));
        if (!signedIn || !signedIn->ok()) {
            say(QStringLiteral("error: sign-in failed: ")
                + (signedIn ? signedIn->error().message : QStringLiteral("timeout")));
            return signedIn && signedIn->error().isTransient() ? Failed : SignIn;
        }
        const QString userId = QString::fromStdString(signedIn->value().user.id.toString());
        m_changes->setUserId(signedIn->value().user.id);
        await(worker().run<bool>([userId](LocalStore& store) {
            return !SyncStateRepository(store.database()).setValue(userIdKey, userId);
        }));
        return Ok;
    }

    int syncUntilIdle()
    {
        SyncApi api;
        const QDeadlineTimer deadline(static_cast<qint64>(m_options.timeoutSeconds) * 1000);
        int signedIn = signIn(api);
        // The server may still be starting: keep trying to sign in until the deadline.
        while (signedIn == Failed && !deadline.hasExpired()) {
            QDeadlineTimer pause(500);
            while (!pause.hasExpired()) {
                QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
            }
            signedIn = signIn(api);
        }
        if (signedIn != Ok) {
            return deadline.hasExpired() ? TimedOut : signedIn;
        }
        SyncEngineSettings settings;
        settings.pushBatch = m_options.batch;
        settings.backoff.initial = std::chrono::milliseconds(200);
        settings.backoff.maximum = std::chrono::seconds(2);
        SyncEngine engine(worker(), api, *m_hlc, m_clock, m_random, settings);
        int exitCode = -1;
        QObject::connect(&engine, &SyncEngine::pushStarting,
                         [](int count) { say(QStringLiteral("push-start %1").arg(count)); });
        QObject::connect(&engine, &SyncEngine::pushFinished, [](int acknowledged, int rejected) {
            say(QStringLiteral("push-done %1 %2").arg(acknowledged).arg(rejected));
        });
        QObject::connect(&engine, &SyncEngine::pageApplied, [](int changes) {
            if (changes > 0) {
                say(QStringLiteral("pulled %1").arg(changes));
            }
        });
        QObject::connect(&engine, &SyncEngine::idle, [&] {
            say(QStringLiteral("idle"));
            engine.stop();
            exitCode = Ok;
        });
        QObject::connect(&engine, &SyncEngine::accountDisabled, [&] {
            say(QStringLiteral("account-disabled"));
            exitCode = Disabled;
        });
        QObject::connect(&engine, &SyncEngine::signInRequired, [&] { exitCode = SignIn; });
        engine.start();
        while (exitCode < 0 && !deadline.hasExpired()) {
            QCoreApplication::processEvents(QEventLoop::AllEvents | QEventLoop::WaitForMoreEvents, 50);
        }
        if (exitCode == Disabled) {
            say(m_session.forgetDevice() ? QStringLiteral("device-forgotten") : QStringLiteral("forget-failed"));
        }
        engine.stop();
        return exitCode < 0 ? TimedOut : exitCode;
    }

    int dumpTickets()
    {
        for (const Ticket& ticket : firstTickets(1'000'000)) {
            say(QString::fromStdString(toJson(ticket).dump()));
        }
        return Ok;
    }

    int dumpComments()
    {
        const auto lines = await(worker().run<QStringList>([](LocalStore& store) {
            TicketQuery everything;
            everything.view = TicketQuery::View::Everything;
            everything.limit = 1'000'000;
            std::vector<Comment> all;
            CommentRepository comments(store.database());
            for (const QueueEntry& entry : TicketRepository(store.database()).query(everything)) {
                for (Comment& comment : comments.forTicket(entry.ticket.id)) {
                    all.push_back(std::move(comment));
                }
            }
            std::sort(all.begin(), all.end(), [](const Comment& a, const Comment& b) { return a.id < b.id; });
            QStringList result;
            for (const Comment& comment : all) {
                result << QString::fromStdString(toJson(comment).dump());
            }
            return result;
        }));
        for (const QString& line : lines.value_or(QStringList {})) {
            say(line);
        }
        return Ok;
    }

    int printStatus()
    {
        const auto counts = await(worker().run<std::pair<qint64, qint64>>([](LocalStore& store) {
            const OutboxRepository outbox(store.database());
            return std::pair {outbox.pendingCount(), outbox.rejectedCount()};
        }));
        if (!counts) {
            return Failed;
        }
        say(QString::fromStdString(nlohmann::json {{"pending", counts->first}, {"rejected", counts->second}}.dump()));
        return Ok;
    }

    Options m_options;
    SystemClock m_clock;
    StdRandomSource m_random;
    StoreSession m_session;
    std::unique_ptr<HybridLogicalClock> m_hlc;
    std::unique_ptr<LocalChanges> m_changes;
};

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QStringList args = QCoreApplication::arguments().mid(1);
    Options options;
    const auto take = [&args](const QString& name, QString& into) {
        const qsizetype at = args.indexOf(name);
        if (at >= 0 && at + 1 < args.size()) {
            into = args[at + 1];
            args.remove(at, 2);
        }
    };
    QString batch;
    QString timeout;
    take(QStringLiteral("--store"), options.store);
    take(QStringLiteral("--password"), options.password);
    take(QStringLiteral("--server"), options.server);
    take(QStringLiteral("--ca"), options.ca);
    take(QStringLiteral("--user"), options.user);
    take(QStringLiteral("--team"), options.team);
    take(QStringLiteral("--batch"), batch);
    take(QStringLiteral("--timeout"), timeout);
    options.batch = batch.isEmpty() ? options.batch : batch.toInt();
    options.timeoutSeconds = timeout.isEmpty() ? options.timeoutSeconds : timeout.toInt();
    args.removeAll(QStringLiteral("--until-idle"));
    if (options.store.isEmpty() || options.password.isEmpty() || args.isEmpty()) {
        say(QStringLiteral("usage: hss-sync-agent --store DIR --password PW [--server URL --ca FILE --user NAME]"
                           " [--batch N] [--timeout S] COMMAND..."));
        return Usage;
    }
    if (args.contains(QStringLiteral("sync"))
        && (options.server.isEmpty() || options.ca.isEmpty() || options.user.isEmpty())) {
        say(QStringLiteral("error: sync needs --server, --ca and --user"));
        return Usage;
    }
    Agent agent(options);
    if (const int opened = agent.open(); opened != Ok) {
        return opened;
    }
    return agent.run(args);
}
