// SPDX-License-Identifier: MIT
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include <nlohmann/json_fwd.hpp>

#include "hss/ArticleStatus.h"
#include "hss/KbCategory.h"
#include "hss/KbContentType.h"
#include "hss/Result.h"
#include "hss/Uuid.h"

namespace hss {

/// A knowledge-base article (or video, FAQ, release notes, medical guideline) in one language and version.
/// JSON keys: id, title, body, category, content_type, status, language, version, video_url, helpful_votes,
/// not_helpful_votes, updated_at, author_id, edited_by, translation_of, source_version (the last three may be
/// absent or null: written by servers and consoles from before editing and translations).
struct KbArticle
{
    Uuid id;
    std::string title; ///< 1..limits::titleMax characters, one line.
    std::string body; ///< Rich text (HTML allowed, rendered sanitised), 0..limits::articleBodyMax characters.
    KbCategory category = KbCategory::GettingStarted;
    KbContentType contentType = KbContentType::Article;
    ArticleStatus status = ArticleStatus::Draft;
    std::string language = "en"; ///< BCP-47-like tag: "en", "de", "fr", "es", "pt-BR", "zh-Hant".
    int version = 1; ///< >= 1, increased on every published change.
    std::optional<std::string> videoUrl; ///< https:// only, <= limits::urlMax characters.
    std::int64_t helpfulVotes = 0; ///< >= 0.
    std::int64_t notHelpfulVotes = 0; ///< >= 0.
    std::int64_t updatedAt = 0;
    Uuid authorId;
    std::optional<Uuid> editedBy; ///< Who saved the current version; publishing needs someone else (four eyes).
    std::optional<Uuid> translationOf; ///< The article this one translates; none for an original.
    std::optional<int> sourceVersion; ///< The source's version this translation was made from; set with translationOf.

    /// Member-wise equality.
    friend bool operator==(const KbArticle&, const KbArticle&) = default;
};

/// True for a language tag of the form ll or lll, optionally followed by -RR (region), -nnn (UN region) or
/// -Ssss (script); e.g. "en", "de-CH", "es-419", "zh-Hant".
bool isValidLanguageTag(std::string_view tag) noexcept;

/// Success, or the first broken rule with the JSON name of its field.
Status validate(const KbArticle& article);

/// The JSON object for \a article.
nlohmann::json toJson(const KbArticle& article);

/// Decodes and validates an article.
Result<KbArticle> kbArticleFromJson(const nlohmann::json& json);

} // namespace hss
