// SPDX-License-Identifier: MIT
#include "hss/KbContentType.h"

#include "EnumTable.h"

namespace hss {

namespace {

constexpr detail::EnumTable<KbContentType, 5> table {"content type",
                                                     {{
                                                         {KbContentType::Article, "article"},
                                                         {KbContentType::Video, "video"},
                                                         {KbContentType::Faq, "faq"},
                                                         {KbContentType::ReleaseNotes, "release_notes"},
                                                         {KbContentType::MedicalGuideline, "medical_guideline"},
                                                     }}};

} // namespace

std::string_view toString(KbContentType kbContentType)
{
    return table.name(kbContentType);
}

Result<KbContentType> kbContentTypeFromString(std::string_view text, std::string_view field)
{
    return table.parse(text, field);
}

} // namespace hss
