// SPDX-License-Identifier: MIT
#include <QSqlQuery>
#include <QtTest>

#include <nlohmann/json.hpp>

#include "SyncTestSupport.h"
#include "hss/sync/Mutation.h"
#include "storage/CommentRepository.h"
#include "storage/OutboxRepository.h"
#include "storage/TicketRepository.h"
#include "sync/LocalChanges.h"

using namespace hss::client;
using hss::test::await;
using hss::test::sampleTicket;

namespace {

hss::sync::Mutation mutationOf(const OutboxEntry& entry)
{
    return hss::sync::mutationFromJson(nlohmann::json::parse(entry.payload.toStdString())).value();
}

} // namespace

class TestLocalChanges final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void createWritesRowAndOutboxEntry();
    void failedOutboxWriteRollsBackTheRow();
    void failedRowWriteLeavesNoOutboxEntry();
    void offlineEditsFoldIntoOneUnsentMutation();
    void sentEntriesAreNeverChanged();
    void twoStatusMovesStayInOrder();
    void forbiddenStatusChangeWritesNothing();
    void outboxGoesMostSevereFirstAndKeepsTicketOrder();
    void commentsNeedASignedInUser();

private:
    std::vector<OutboxEntry> outbox();
    void breakTable(const QString& table);

    std::unique_ptr<hss::test::StoreFixture> m_store;
    std::unique_ptr<LocalChanges> m_changes;
};

void TestLocalChanges::init()
{
    m_store = std::make_unique<hss::test::StoreFixture>();
    QVERIFY(m_store->opened);
    m_changes = std::make_unique<LocalChanges>(m_store->worker, m_store->hlc, m_store->clock);
    m_changes->setUserId(hss::Uuid::createV7());
}

void TestLocalChanges::cleanup()
{
    m_changes.reset();
    m_store.reset();
}

std::vector<OutboxEntry> TestLocalChanges::outbox()
{
    return m_store->run<std::vector<OutboxEntry>>(
        [](LocalStore& store) { return OutboxRepository(store.database()).nextBatch(1000); });
}

void TestLocalChanges::breakTable(const QString& table)
{
    // A trigger that fails every insert: the store refuses the write half-way through the change.
    const bool created = m_store->run<bool>([table](LocalStore& store) {
        QSqlQuery query(store.database());
        return query.exec(QStringLiteral("CREATE TRIGGER broken_%1 BEFORE INSERT ON %1"
                                         " BEGIN SELECT RAISE(ABORT, 'disk on fire'); END")
                              .arg(table));
    });
    QVERIFY(created);
}

void TestLocalChanges::createWritesRowAndOutboxEntry()
{
    QSignalSpy changed(m_changes.get(), &LocalChanges::changed);
    const auto created = await(m_changes->createTicket(sampleTicket("Ventilator alarm model drifts")));
    QVERIFY2(created.ok(), created.ok() ? "" : describe(created.error()).c_str());
    QCOMPARE(changed.count(), 1);
    const hss::Uuid id = created.value().id;
    const auto stored = m_store->run<std::optional<hss::Ticket>>(
        [id](LocalStore& store) { return TicketRepository(store.database()).find(id); });
    QVERIFY(stored.has_value());
    QCOMPARE(stored->revision, std::int64_t(0));
    QVERIFY(!stored->number.has_value());

    const auto entries = outbox();
    QCOMPARE(entries.size(), std::size_t(1));
    const auto mutation = mutationOf(entries.front());
    QVERIFY(mutation.kind == hss::sync::MutationKind::Create);
    QCOMPARE(mutation.entityId, id);
    QCOMPARE(mutation.mutationId.version(), 7);
    QCOMPARE(mutation.baseRevision, std::int64_t(0));
    QCOMPARE(mutation.hlc.nodeId, std::string("console-test"));
    QVERIFY(mutation.fields["number"].is_null());
    QCOMPARE(mutation.fields["title"].get<std::string>(), std::string("Ventilator alarm model drifts"));
    QCOMPARE(entries.front().priorityRank, hss::severityRank(hss::Priority::Medium));
}

void TestLocalChanges::failedOutboxWriteRollsBackTheRow()
{
    const auto created = await(m_changes->createTicket(sampleTicket("Dosage assistant rounding")));
    QVERIFY(created.ok());
    breakTable(QStringLiteral("outbox"));
    // The outbox entry of the create is still unsent, so the edit folds into it (an UPDATE): make a new ticket.
    QSignalSpy changed(m_changes.get(), &LocalChanges::changed);
    const hss::Ticket draft = sampleTicket("Second ticket");
    const auto failed = await(m_changes->createTicket(draft));
    QVERIFY(!failed.ok());
    QCOMPARE(failed.error().code, hss::ErrorCode::Internal);
    QCOMPARE(changed.count(), 0);
    const auto stored = m_store->run<std::optional<hss::Ticket>>(
        [id = draft.id](LocalStore& store) { return TicketRepository(store.database()).find(id); });
    QVERIFY2(!stored.has_value(), "the ticket row must roll back with its outbox entry");
    QCOMPARE(outbox().size(), std::size_t(1));

    // The same for a comment.
    const auto comment =
        await(m_changes->addComment(created.value().id, "Checked on ward 3", hss::CommentVisibility::InternalNote));
    QVERIFY(!comment.ok());
    const auto comments = m_store->run<std::size_t>([id = created.value().id](LocalStore& store) {
        return CommentRepository(store.database()).forTicket(id).size();
    });
    QCOMPARE(comments, std::size_t(0));
}

void TestLocalChanges::failedRowWriteLeavesNoOutboxEntry()
{
    breakTable(QStringLiteral("tickets"));
    const auto failed = await(m_changes->createTicket(sampleTicket("Never stored")));
    QVERIFY(!failed.ok());
    QCOMPARE(outbox().size(), std::size_t(0));
}

void TestLocalChanges::offlineEditsFoldIntoOneUnsentMutation()
{
    hss::Ticket server = sampleTicket("Sepsis alert fires late");
    server.revision = 7;
    server.number = 42;
    m_store->run<bool>([server](LocalStore& store) { return !TicketRepository(store.database()).upsert(server); });

    hss::sync::TicketPatch first;
    first.title = "Sepsis alert fires 20 min late";
    first.priority = hss::Priority::High;
    QVERIFY(await(m_changes->updateTicket(server.id, first)).ok());
    hss::sync::TicketPatch second;
    second.title = "Sepsis alert fires 25 min late";
    second.team = "medical";
    second.priority = hss::Priority::High; // unchanged by now: dropped
    const auto updated = await(m_changes->updateTicket(server.id, second));
    QVERIFY(updated.ok());
    QCOMPARE(updated.value().title, std::string("Sepsis alert fires 25 min late"));
    QCOMPARE(updated.value().revision, std::int64_t(7));

    const auto entries = outbox();
    QCOMPARE(entries.size(), std::size_t(1));
    const auto mutation = mutationOf(entries.front());
    QVERIFY(mutation.kind == hss::sync::MutationKind::Update);
    QCOMPARE(mutation.baseRevision, std::int64_t(7));
    const nlohmann::json expected {
        {"title", "Sepsis alert fires 25 min late"}, {"priority", "high"}, {"team", "medical"}};
    QCOMPARE(QString::fromStdString(mutation.fields.dump()), QString::fromStdString(expected.dump()));
    QCOMPARE(entries.front().priorityRank, hss::severityRank(hss::Priority::High));

    // An edit to the values already shown changes nothing and queues nothing.
    const auto same = await(m_changes->updateTicket(server.id, second));
    QVERIFY(same.ok());
    QCOMPARE(outbox().size(), std::size_t(1));
}

void TestLocalChanges::sentEntriesAreNeverChanged()
{
    hss::Ticket server = sampleTicket("PACS viewer crash");
    server.revision = 3;
    m_store->run<bool>([server](LocalStore& store) { return !TicketRepository(store.database()).upsert(server); });
    hss::sync::TicketPatch first;
    first.title = "PACS viewer crash on load";
    QVERIFY(await(m_changes->updateTicket(server.id, first)).ok());
    const auto before = outbox();
    m_store->run<bool>(
        [seq = before.front().seq](LocalStore& store) { return !OutboxRepository(store.database()).markSent({seq}); });
    hss::sync::TicketPatch second;
    second.description = "Crashes when a CT series loads";
    QVERIFY(await(m_changes->updateTicket(server.id, second)).ok());
    const auto after = outbox();
    QCOMPARE(after.size(), std::size_t(2));
    QCOMPARE(after.front().payload, before.front().payload);
    QCOMPARE(mutationOf(after.back()).baseRevision, std::int64_t(3));
}

void TestLocalChanges::twoStatusMovesStayInOrder()
{
    hss::Ticket server = sampleTicket("HL7 feed stalls");
    server.status = hss::TicketStatus::InProgress;
    server.revision = 2;
    m_store->run<bool>([server](LocalStore& store) { return !TicketRepository(store.database()).upsert(server); });
    hss::sync::TicketPatch resolve;
    resolve.status = hss::TicketStatus::Resolved;
    QVERIFY(await(m_changes->updateTicket(server.id, resolve)).ok());
    hss::sync::TicketPatch close;
    close.status = hss::TicketStatus::Closed;
    close.title = "HL7 feed stalls after restart";
    QVERIFY(await(m_changes->updateTicket(server.id, close)).ok());
    // in_progress → closed is not allowed in one step, so the two moves must reach the server one after the other.
    const auto entries = outbox();
    QCOMPARE(entries.size(), std::size_t(2));
    QCOMPARE(mutationOf(entries[0]).fields["status"].get<std::string>(), std::string("resolved"));
    QCOMPARE(mutationOf(entries[0]).fields["title"].get<std::string>(), std::string("HL7 feed stalls after restart"));
    QCOMPARE(mutationOf(entries[1]).fields.dump(), std::string(R"({"status":"closed"})"));
}

void TestLocalChanges::forbiddenStatusChangeWritesNothing()
{
    hss::Ticket server = sampleTicket("Closed long ago");
    server.status = hss::TicketStatus::Closed;
    m_store->run<bool>([server](LocalStore& store) { return !TicketRepository(store.database()).upsert(server); });
    hss::sync::TicketPatch reopen;
    reopen.status = hss::TicketStatus::InProgress;
    const auto refused = await(m_changes->updateTicket(server.id, reopen));
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().code, hss::ErrorCode::InvalidTransition);
    QCOMPARE(outbox().size(), std::size_t(0));
}

void TestLocalChanges::outboxGoesMostSevereFirstAndKeepsTicketOrder()
{
    const auto low = await(m_changes->createTicket(sampleTicket("Printer queue", hss::Priority::Low)));
    const auto emergency =
        await(m_changes->createTicket(sampleTicket("Stroke triage misses", hss::Priority::Emergency)));
    const auto critical = await(m_changes->createTicket(sampleTicket("ICU monitor gap", hss::Priority::Critical)));
    QVERIFY(low.ok() && emergency.ok() && critical.ok());
    // A comment on the low ticket, then the ticket is raised to emergency: the create must still go first.
    QVERIFY(
        await(m_changes->addComment(low.value().id, "Also affects ward 2", hss::CommentVisibility::PublicReply)).ok());
    m_store->run<bool>([](LocalStore& store) {
        OutboxRepository outbox(store.database());
        std::vector<qint64> all;
        for (const auto& entry : outbox.nextBatch(100)) {
            all.push_back(entry.seq);
        }
        return !outbox.markSent(all); // freeze them, so the raise below is a new entry
    });
    hss::sync::TicketPatch raise;
    raise.priority = hss::Priority::Emergency;
    QVERIFY(await(m_changes->updateTicket(low.value().id, raise)).ok());

    QStringList order;
    for (const auto& entry : outbox()) {
        const auto mutation = mutationOf(entry);
        order << QString::fromStdString(
            std::string(toString(mutation.entity)) + ":" + std::string(toString(mutation.kind)) + ":"
            + (mutation.entity == hss::sync::SyncEntity::Comment
                   ? "low"
                   : (mutation.entityId == low.value().id
                          ? "low"
                          : (mutation.entityId == emergency.value().id ? "emergency" : "critical"))));
    }
    QCOMPARE(order,
             (QStringList {"ticket:create:low", "ticket:create:emergency", "comment:create:low", "ticket:update:low",
                           "ticket:create:critical"}));
}

void TestLocalChanges::commentsNeedASignedInUser()
{
    const auto created = await(m_changes->createTicket(sampleTicket("Anonymous note")));
    QVERIFY(created.ok());
    m_changes->setUserId(hss::Uuid());
    const auto refused =
        await(m_changes->addComment(created.value().id, "who wrote this?", hss::CommentVisibility::InternalNote));
    QVERIFY(!refused.ok());
    QCOMPARE(outbox().size(), std::size_t(1));
}

QTEST_GUILESS_MAIN(TestLocalChanges)
#include "TestLocalChanges.moc"
