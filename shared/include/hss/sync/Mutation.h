// SPDX-License-Identifier: MIT
#pragma once

#include <cstdint>

#include <nlohmann/json.hpp>

#include "hss/HlcTimestamp.h"
#include "hss/Result.h"
#include "hss/Uuid.h"
#include "hss/sync/MutationKind.h"
#include "hss/sync/SyncEntity.h"

namespace hss::sync {

/// One change a console made offline, queued in its outbox and pushed later. The console makes mutationId, so a
/// push retried after a crash is applied once. JSON keys: mutation_id, entity, entity_id, kind, base_revision,
/// fields, device_time (ISO-8601 text), hlc (HlcTimestamp::toString() text).
struct Mutation
{
    Uuid mutationId;
    SyncEntity entity = SyncEntity::Ticket;
    Uuid entityId; ///< The entity's UUID; for a create, made by the console.
    MutationKind kind = MutationKind::Update;
    std::int64_t baseRevision = 0; ///< The server revision the console's edit started from; 0 for a create.
    nlohmann::json fields = nlohmann::json::object(); ///< Changed fields keyed as in the entity's JSON.
    std::int64_t deviceTimeMs = 0; ///< The console's wall clock, for display only: the merge orders by hlc.
    HlcTimestamp hlc; ///< Orders concurrent edits of the same field.

    /// Member-wise equality.
    friend bool operator==(const Mutation&, const Mutation&) = default;
};

/// Whether an entity accepts a kind of mutation. Tickets: create, update, delete. Comments and feedback: create
/// only (append-only records). Enrollments: create and update. KB articles and courses: none (they are edited
/// online and only pulled). validate() does not check this, so the server can answer such a mutation with
/// Rejected instead of refusing the whole push.
bool isMutationAllowed(SyncEntity entity, MutationKind kind);

/// Success, or the first broken rule with the JSON name of its field: non-nil ids, base_revision >= 0 (and 0 for a
/// create), fields an object of at most maxFieldsBytes of JSON text, device_time in range, a usable hlc.
Status validate(const Mutation& mutation);

/// The JSON object for \a mutation.
nlohmann::json toJson(const Mutation& mutation);

/// Decodes and validates a mutation.
Result<Mutation> mutationFromJson(const nlohmann::json& json);

} // namespace hss::sync
