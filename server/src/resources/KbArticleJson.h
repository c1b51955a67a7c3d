// SPDX-License-Identifier: MIT
#pragma once

#include <optional>
#include <string>

#include <Poco/Data/Session.h>
#include <nlohmann/json.hpp>

#include "../storage/KbRepository.h"
#include "../storage/KbVersionRepository.h"
#include "hss/KbArticle.h"

namespace hss::server {

class BodyReader;

// Request and response bodies of the knowledge-base editing endpoints, as the OpenAPI document defines them
// (KbArticleCreate, KbArticleUpdate, KbArticleStatusChange, KbArticleRollback, KbArticleVersion). Readers throw
// ValidationFailed (422) naming the field for an unknown or missing field, a wrong JSON type or an unknown enum value;
// limits are checked later by hss::validate().

/// Longest note an editor may give a version, in characters.
inline constexpr std::size_t kbNoteMax = 500;

/// A POST /api/kb/articles body.
struct KbCreateRequest
{
    KbArticle article; ///< title, body, language, video_url; category and content type unless a translation
    std::optional<Uuid> translationOf;
};

/// A PUT /api/kb/articles/{id} body: the content of the next version.
struct KbEditRequest
{
    int baseVersion = 0;
    std::string title;
    std::string body;
    KbCategory category = KbCategory::GettingStarted;
    KbContentType contentType = KbContentType::Article;
    std::optional<std::string> videoUrl;
    std::optional<std::string> note;
    std::optional<int> sourceVersion;
};

/// Reads a create body; category and content_type may be left out for a translation (the source's are used).
/// A version number from a request body (\a key, at least 1); 422 naming \a key when it is not one.
int kbVersionFromBody(const BodyReader& reader, const char* key);

KbCreateRequest kbCreateFromBody(const nlohmann::json& body);

/// Reads an edit body.
KbEditRequest kbEditFromBody(const nlohmann::json& body);

/// The article as the API answers it: hss::toJson(article), plus "translation_stale" for a translation (true when its
/// source has a newer version than the one it was made from).
nlohmann::json kbArticleJson(KbRepository& repository, Poco::Data::Session& session, const KbArticle& article);

/// One entry of GET /api/kb/articles/{id}/versions.
nlohmann::json kbVersionJson(const KbArticleVersion& version);

} // namespace hss::server
