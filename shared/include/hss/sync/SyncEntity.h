// SPDX-License-Identifier: MIT
#pragma once

#include <array>
#include <string_view>

#include "hss/Result.h"

namespace hss::sync {

/// What a synced row is; the wire name also names the entity in pull changes and push mutations.
enum class SyncEntity {
    Ticket,
    Comment,
    KbArticle,
    Course,
    Enrollment,
    Feedback,
    KbVote, ///< push only: a user's vote on an article (the article itself comes back through the feed)
    UsageFigures, ///< pull only: the organisation's usage figures for clinical adoption (hss::UsageReport)
};

/// Every SyncEntity value in declaration order.
inline constexpr std::array<SyncEntity, 8> allSyncEntities {
    SyncEntity::Ticket,     SyncEntity::Comment,  SyncEntity::KbArticle, SyncEntity::Course,
    SyncEntity::Enrollment, SyncEntity::Feedback, SyncEntity::KbVote,    SyncEntity::UsageFigures,
};

/// The stable wire name, e.g. "ticket".
std::string_view toString(SyncEntity syncEntity);

/// Parses a wire name; anything else gives UnknownValue naming \a field.
Result<SyncEntity> syncEntityFromString(std::string_view text, std::string_view field = "entity");

} // namespace hss::sync
