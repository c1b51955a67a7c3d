// SPDX-License-Identifier: MIT
#include "hss/ArticleStatus.h"

#include "EnumTable.h"

namespace hss {

namespace {

constexpr detail::EnumTable<ArticleStatus, 5> table {"article status",
                                                     {{
                                                         {ArticleStatus::Draft, "draft"},
                                                         {ArticleStatus::Review, "review"},
                                                         {ArticleStatus::MedicalReview, "medical_review"},
                                                         {ArticleStatus::Published, "published"},
                                                         {ArticleStatus::Archived, "archived"},
                                                     }}};

} // namespace

std::string_view toString(ArticleStatus articleStatus)
{
    return table.name(articleStatus);
}

Result<ArticleStatus> articleStatusFromString(std::string_view text, std::string_view field)
{
    return table.parse(text, field);
}

} // namespace hss
