// SPDX-License-Identifier: MIT
#include "PushRound.h"

#include <QHash>
#include <QSet>

#include <nlohmann/json.hpp>

#include "storage/LocalStore.h"
#include "storage/TicketRepository.h"
#include "storage/Transaction.h"

namespace hss::client {

namespace {

using sync::MutationKind;
using sync::MutationOutcome;
using sync::MutationResult;

const QString ticketEntity = QStringLiteral("ticket");

nlohmann::json parsePayload(const QByteArray& payload)
{
    return nlohmann::json::parse(payload.constData(), payload.constData() + payload.size(), nullptr, false);
}

/// Unsent updates of the ticket that were based on fromRevision now build on toRevision.
std::optional<StoreError> rebaseUnsent(OutboxRepository& outbox, const QString& ticketId, std::int64_t fromRevision,
                                       std::int64_t toRevision)
{
    for (const OutboxEntry& entry : outbox.pendingFor(ticketEntity, ticketId)) {
        if (entry.sent) {
            continue;
        }
        nlohmann::json json = parsePayload(entry.payload);
        if (!json.is_object() || json.value("kind", "") != "update"
            || json.value("base_revision", std::int64_t {-1}) != fromRevision) {
            continue;
        }
        json["base_revision"] = toRevision;
        if (auto error =
                outbox.replaceUnsentPayload(entry.seq, QByteArray::fromStdString(json.dump()), entry.priorityRank)) {
            return error;
        }
    }
    return std::nullopt;
}

std::optional<StoreError> recordTicketResult(const QSqlDatabase& db, OutboxRepository& outbox,
                                             const sync::Mutation& mutation, const MutationResult& result)
{
    TicketRepository tickets(db);
    const auto localRevision = tickets.revisionOf(mutation.entityId);
    if (!localRevision) {
        return std::nullopt;
    }
    const QString id = QString::fromStdString(mutation.entityId.toString());
    if (mutation.kind == MutationKind::Create) {
        if (*localRevision == 0) {
            if (auto error = tickets.setServerIdentity(mutation.entityId, result.revision, result.ticketNumber)) {
                return error;
            }
        }
        // Edits made while the create was on its way were based on revision 1, what a create becomes.
        return rebaseUnsent(outbox, id, 1, result.revision);
    }
    // Taken as sent on top of the base, with nobody else's change in between: the server's row is our base plus
    // this patch, which the edits still waiting here already build on.
    const bool exactlyOurs = mutation.kind == MutationKind::Update && result.outcome == MutationOutcome::Applied
        && result.revision == mutation.baseRevision + 1;
    if (!exactlyOurs) {
        return std::nullopt;
    }
    if (*localRevision == mutation.baseRevision) {
        if (auto error = tickets.setServerIdentity(mutation.entityId, result.revision, std::nullopt)) {
            return error;
        }
    }
    return rebaseUnsent(outbox, id, mutation.baseRevision, result.revision);
}

} // namespace

PushBatch PushRound::take(LocalStore& store, int limit, const std::string& deviceId)
{
    PushBatch batch;
    batch.request.deviceId = deviceId;
    QSqlDatabase db = store.database();
    Transaction transaction(db);
    if (!transaction.isActive()) {
        batch.error = transaction.error();
        return batch;
    }
    OutboxRepository outbox(db);
    std::vector<qint64> sent;
    QSet<QString> waitFor; // tickets whose further updates wait for the answer to one in this batch
    for (OutboxEntry& entry : outbox.nextBatch(limit)) {
        if (entry.entity == ticketEntity) {
            if (entry.kind == QLatin1String("update") && waitFor.contains(entry.entityId)) {
                continue;
            }
            if (entry.kind == QLatin1String("update") || entry.sent) {
                waitFor.insert(entry.entityId);
            }
        }
        auto mutation = sync::mutationFromJson(parsePayload(entry.payload));
        if (!mutation) {
            // Never dropped: the entry stays in the outbox for a person to see.
            const QString reason = QStringLiteral("the console could not encode this change: %1")
                                       .arg(QString::fromStdString(describe(mutation.error())));
            if (auto error = outbox.markRejected(entry.mutationId, reason)) {
                batch.error = error;
                return batch;
            }
            continue;
        }
        sent.push_back(entry.seq);
        batch.request.mutations.push_back(std::move(mutation).value());
        batch.entries.push_back(std::move(entry));
    }
    if (auto error = outbox.markSent(sent)) {
        batch.error = error;
        return batch;
    }
    batch.error = transaction.commit();
    if (batch.error) {
        batch.entries.clear();
        batch.request.mutations.clear();
    }
    return batch;
}

PushOutcome PushRound::acknowledge(LocalStore& store, const PushBatch& batch, const sync::PushResponse& response)
{
    PushOutcome outcome;
    QHash<QString, const MutationResult*> results;
    for (const MutationResult& result : response.results) {
        results.insert(QString::fromStdString(result.mutationId.toString()), &result);
    }
    QSqlDatabase db = store.database();
    Transaction transaction(db);
    if (!transaction.isActive()) {
        outcome.error = transaction.error();
        return outcome;
    }
    OutboxRepository outbox(db);
    for (std::size_t i = 0; i < batch.entries.size(); ++i) {
        const OutboxEntry& entry = batch.entries[i];
        const MutationResult* result = results.value(entry.mutationId);
        if (!result) {
            ++outcome.unanswered;
            continue;
        }
        std::optional<StoreError> error;
        if (result->outcome == MutationOutcome::Rejected) {
            error = outbox.markRejected(entry.mutationId, QString::fromStdString(result->reason));
            ++outcome.rejected;
        } else {
            error = outbox.acknowledge({entry.mutationId});
            if (!error && entry.entity == ticketEntity) {
                error = recordTicketResult(db, outbox, batch.request.mutations[i], *result);
            }
            ++outcome.acknowledged;
            outcome.conflicts += result->outcome == MutationOutcome::Conflict ? 1 : 0;
        }
        if (error) {
            outcome.error = error;
            return outcome;
        }
    }
    outcome.error = transaction.commit();
    return outcome;
}

std::optional<StoreError> PushRound::rejectAll(LocalStore& store, const PushBatch& batch, const QString& reason)
{
    QSqlDatabase db = store.database();
    Transaction transaction(db);
    OutboxRepository outbox(db);
    for (const OutboxEntry& entry : batch.entries) {
        if (auto error = outbox.markRejected(entry.mutationId, reason)) {
            return error;
        }
    }
    return transaction.commit();
}

void PushRound::recordFailure(LocalStore& store, const PushBatch& batch, const QString& error, bool mayHaveArrived)
{
    QSqlDatabase db = store.database();
    Transaction transaction(db);
    OutboxRepository outbox(db);
    std::vector<qint64> neverArrived;
    for (const OutboxEntry& entry : batch.entries) {
        (void)outbox.recordFailure(entry.seq, error);
        // Only entries that were unsent when taken: one sent by an earlier attempt stays in doubt.
        if (!mayHaveArrived && !entry.sent) {
            neverArrived.push_back(entry.seq);
        }
    }
    (void)outbox.markUnsent(neverArrived);
    (void)transaction.commit();
}

} // namespace hss::client
