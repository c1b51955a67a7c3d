// SPDX-License-Identifier: MIT
#include "hss/sync/SyncEntity.h"

#include "../EnumTable.h"

namespace hss::sync {

namespace {

constexpr hss::detail::EnumTable<SyncEntity, 8> table {"sync entity",
                                                       {{
                                                           {SyncEntity::Ticket, "ticket"},
                                                           {SyncEntity::Comment, "comment"},
                                                           {SyncEntity::KbArticle, "kb_article"},
                                                           {SyncEntity::Course, "course"},
                                                           {SyncEntity::Enrollment, "enrollment"},
                                                           {SyncEntity::Feedback, "feedback"},
                                                           {SyncEntity::KbVote, "kb_vote"},
                                                           {SyncEntity::UsageFigures, "usage_figures"},
                                                       }}};

} // namespace

std::string_view toString(SyncEntity syncEntity)
{
    return table.name(syncEntity);
}

Result<SyncEntity> syncEntityFromString(std::string_view text, std::string_view field)
{
    return table.parse(text, field);
}

} // namespace hss::sync
