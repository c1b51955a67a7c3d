// SPDX-License-Identifier: MIT
#include "hss/FeedbackCategory.h"

#include "EnumTable.h"

namespace hss {

namespace {

constexpr detail::EnumTable<FeedbackCategory, 6> table {"feedback category",
                                                        {{
                                                            {FeedbackCategory::Product, "product"},
                                                            {FeedbackCategory::Support, "support"},
                                                            {FeedbackCategory::Training, "training"},
                                                            {FeedbackCategory::Documentation, "documentation"},
                                                            {FeedbackCategory::Clinical, "clinical"},
                                                            {FeedbackCategory::Other, "other"},
                                                        }}};

} // namespace

std::string_view toString(FeedbackCategory feedbackCategory)
{
    return table.name(feedbackCategory);
}

Result<FeedbackCategory> feedbackCategoryFromString(std::string_view text, std::string_view field)
{
    return table.parse(text, field);
}

} // namespace hss
