// SPDX-License-Identifier: MIT
#pragma once

#include <array>
#include <string_view>

#include "hss/Result.h"

namespace hss {

/// Kind of knowledge-base content.
enum class KbContentType {
    Article,
    Video,
    Faq,
    ReleaseNotes,
    MedicalGuideline,
};

/// Every KbContentType value in declaration order.
inline constexpr std::array<KbContentType, 5> allKbContentTypes {
    KbContentType::Article,          KbContentType::Video, KbContentType::Faq, KbContentType::ReleaseNotes,
    KbContentType::MedicalGuideline,
};

/// The stable wire name, e.g. "article".
std::string_view toString(KbContentType kbContentType);

/// Parses a wire name; anything else gives UnknownValue naming \a field.
Result<KbContentType> kbContentTypeFromString(std::string_view text, std::string_view field = "content_type");

} // namespace hss
