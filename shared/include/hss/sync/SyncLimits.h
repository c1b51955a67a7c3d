// SPDX-License-Identifier: MIT
#pragma once

#include <cstddef>

/// Size limits of the sync protocol, shared by the console (which splits its outbox) and the server (which refuses).
namespace hss::sync {

/// Largest "fields" object of one mutation, in bytes of compact JSON text: room for a full-length description
/// plus every other field, small enough that one push stays bounded.
inline constexpr std::size_t maxFieldsBytes = std::size_t {256} * 1024;

/// Most mutations in one push; a console with a longer outbox pushes in several rounds.
inline constexpr std::size_t maxPushBatch = 500;

/// Longest reason text in a mutation result (code points).
inline constexpr std::size_t maxReasonLength = 2'000;

/// Most field names listed in one mutation result's conflict_fields.
inline constexpr std::size_t maxConflictFields = 64;

/// Longest field name in conflict_fields (code points).
inline constexpr std::size_t maxFieldNameLength = 64;

} // namespace hss::sync
