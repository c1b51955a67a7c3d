// SPDX-License-Identifier: MIT
#pragma once

#include <cstdint>
#include <optional>

#include <nlohmann/json.hpp>

#include "hss/HlcTimestamp.h"
#include "hss/Result.h"
#include "hss/Uuid.h"
#include "hss/sla/SlaReport.h"
#include "hss/sync/SyncEntity.h"

namespace hss {
class JsonTextWriter;
} // namespace hss

namespace hss::sync {

/// One row of the pull feed: the current state of an entity, or a tombstone when it was deleted.
/// JSON keys: entity, id, sequence, revision, deleted, hlc, data (null for a tombstone); a live ticket's change also
/// has "sla" (every SLA clock in the compact form of hss::sla::toCompactJson, or null for a ticket without SLA
/// history), so the console can show the server's clocks offline; the object form of hss::sla::toJson is read too.
/// Other changes have no "sla" key.
struct Change
{
    SyncEntity entity = SyncEntity::Ticket;
    Uuid id;
    std::int64_t sequence = 1; ///< Server commit order (>= 1); the cursor moves past it.
    std::int64_t revision = 1; ///< The entity's server revision (>= 1); the base of the console's next edit.
    bool deleted = false; ///< A tombstone: the console deletes its copy.
    HlcTimestamp hlc; ///< When the server stored this state.
    nlohmann::json data; ///< The entity's JSON object (as its own codec writes it); null for a tombstone.
    std::optional<sla::SlaReport> sla; ///< A live ticket's SLA clocks when the server has its history.

    /// Member-wise equality.
    friend bool operator==(const Change&, const Change&) = default;
};

/// Success, or the first broken rule with the JSON name of its field. data is not decoded here: the console
/// decodes it with the entity's own codec (ticketFromJson, commentFromJson, ...).
Status validate(const Change& change);

/// The JSON object for \a change.
nlohmann::json toJson(const Change& change);
/// The same object, with \a change's data moved into it rather than copied.
nlohmann::json toJson(Change&& change);
/// Writes toJson(change) as text, without building it.
void writeJson(JsonTextWriter& out, const Change& change);

/// Decodes and validates a change.
Result<Change> changeFromJson(const nlohmann::json& json);

} // namespace hss::sync
