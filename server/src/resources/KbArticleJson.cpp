// SPDX-License-Identifier: MIT
#include "KbArticleJson.h"

#include <limits>

#include "../http/HttpErrors.h"
#include "BodyReader.h"
#include "hss/KbWorkflow.h"
#include "hss/Timestamp.h"
#include "hss/Utf8.h"

namespace hss::server {

namespace {

std::optional<std::string> noteFrom(const BodyReader& reader)
{
    auto note = reader.optionalString("note");
    if (note) {
        const auto length = utf8Length(*note);
        if (!length) {
            throw ValidationFailed("note: is not valid UTF-8", "note");
        }
        if (*length > kbNoteMax) {
            throw ValidationFailed("note: at most " + std::to_string(kbNoteMax) + " characters", "note");
        }
        if (note->empty()) {
            note.reset();
        }
    }
    return note;
}

} // namespace

int kbVersionFromBody(const BodyReader& reader, const char* key)
{
    const std::int64_t value = reader.integer(key, 1);
    if (value > std::numeric_limits<int>::max()) {
        throw ValidationFailed(std::string(key) + ": the number is too large", key);
    }
    return static_cast<int>(value);
}

KbCreateRequest kbCreateFromBody(const nlohmann::json& body)
{
    const BodyReader reader(body,
                            {"title", "body", "category", "content_type", "language", "video_url", "translation_of"});
    KbCreateRequest request;
    request.translationOf = reader.optionalUuid("translation_of");
    KbArticle& article = request.article;
    article.title = reader.string("title");
    article.body = reader.string("body");
    article.language = reader.string("language");
    article.videoUrl = reader.optionalString("video_url");
    if (request.translationOf) {
        // Checked for type and value only: a translation takes both from its source.
        article.category = reader.optionalEnumeration("category", &kbCategoryFromString).value_or(article.category);
        article.contentType =
            reader.optionalEnumeration("content_type", &kbContentTypeFromString).value_or(article.contentType);
    } else {
        article.category = reader.enumeration("category", &kbCategoryFromString);
        article.contentType = reader.enumeration("content_type", &kbContentTypeFromString);
    }
    return request;
}

KbEditRequest kbEditFromBody(const nlohmann::json& body)
{
    const BodyReader reader(
        body, {"base_version", "title", "body", "category", "content_type", "video_url", "note", "source_version"});
    KbEditRequest request;
    request.baseVersion = kbVersionFromBody(reader, "base_version");
    request.title = reader.string("title");
    request.body = reader.string("body");
    request.category = reader.enumeration("category", &kbCategoryFromString);
    request.contentType = reader.enumeration("content_type", &kbContentTypeFromString);
    request.videoUrl = reader.optionalString("video_url");
    request.note = noteFrom(reader);
    if (reader.find("source_version")) {
        request.sourceVersion = kbVersionFromBody(reader, "source_version");
    }
    return request;
}

nlohmann::json kbArticleJson(KbRepository& repository, Poco::Data::Session& session, const KbArticle& article)
{
    nlohmann::json json = toJson(article);
    if (article.translationOf) {
        const auto source = repository.find(session, article.translationOf->toString());
        json["translation_stale"] = source && KbWorkflow::isStale(article, source.value());
    }
    return json;
}

nlohmann::json kbVersionJson(const KbArticleVersion& version)
{
    return {
        {"version", version.version},
        {"title", version.title},
        {"body", version.body},
        {"category", toString(version.category)},
        {"content_type", toString(version.contentType)},
        {"video_url", version.videoUrl ? nlohmann::json(*version.videoUrl) : nlohmann::json(nullptr)},
        {"edited_by", version.editedBy.toString()},
        {"edited_at", formatTimestamp(version.editedAt)},
        {"note", version.note ? nlohmann::json(*version.note) : nlohmann::json(nullptr)},
    };
}

} // namespace hss::server
