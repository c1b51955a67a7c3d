// SPDX-License-Identifier: MIT
#pragma once

#include <array>
#include <string_view>

#include "hss/Result.h"

namespace hss {

/// Review workflow state of a knowledge-base article.
enum class ArticleStatus {
    Draft,
    Review,
    MedicalReview,
    Published,
    Archived,
};

/// Every ArticleStatus value in declaration order.
inline constexpr std::array<ArticleStatus, 5> allArticleStatuses {
    ArticleStatus::Draft,     ArticleStatus::Review,   ArticleStatus::MedicalReview,
    ArticleStatus::Published, ArticleStatus::Archived,
};

/// The stable wire name, e.g. "draft".
std::string_view toString(ArticleStatus articleStatus);

/// Parses a wire name; anything else gives UnknownValue naming \a field.
Result<ArticleStatus> articleStatusFromString(std::string_view text, std::string_view field = "status");

} // namespace hss
