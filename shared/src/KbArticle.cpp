// SPDX-License-Identifier: MIT
#include "hss/KbArticle.h"

#include <limits>

#include <nlohmann/json.hpp>

#include "FieldRules.h"
#include "JsonObjectReader.h"
#include "hss/Limits.h"
#include "hss/Timestamp.h"

namespace hss {

namespace {

using detail::Lines;

constexpr std::string_view httpsScheme = "https://";
constexpr std::int64_t int64Max = std::numeric_limits<std::int64_t>::max();

bool allOf(std::string_view text, bool (*predicate)(char))
{
    for (const char c : text) {
        if (!predicate(c)) {
            return false;
        }
    }
    return true;
}

bool isLower(char c)
{
    return c >= 'a' && c <= 'z';
}

bool isUpper(char c)
{
    return c >= 'A' && c <= 'Z';
}

bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}

bool isValidSubtag(std::string_view subtag)
{
    if (subtag.size() == 2) {
        return allOf(subtag, isUpper);
    }
    if (subtag.size() == 3) {
        return allOf(subtag, isDigit);
    }
    return subtag.size() == 4 && isUpper(subtag[0]) && allOf(subtag.substr(1), isLower);
}

/// https:// followed by a non-empty host without user info, no spaces and no control characters.
Status checkVideoUrl(const std::optional<std::string>& url)
{
    if (!url) {
        return okStatus();
    }
    if (auto text = detail::checkText("video_url", *url, limits::urlMax, true, Lines::Single); !text) {
        return text;
    }
    const std::string_view view(*url);
    const auto invalid = Error {ErrorCode::InvalidArgument, "video_url", "must be an https:// URL with a host"};
    if (!view.starts_with(httpsScheme)) {
        return invalid;
    }
    const std::string_view rest = view.substr(httpsScheme.size());
    const std::string_view authority = rest.substr(0, rest.find_first_of("/?#"));
    if (authority.empty() || authority.find('@') != std::string_view::npos
        || view.find_first_of(" \\") != std::string_view::npos) {
        return invalid;
    }
    return okStatus();
}

nlohmann::json optionalJson(const std::optional<std::string>& value)
{
    return value ? nlohmann::json(*value) : nlohmann::json(nullptr);
}

nlohmann::json optionalJson(const std::optional<Uuid>& value)
{
    return value ? nlohmann::json(value->toString()) : nlohmann::json(nullptr);
}

Status checkTranslation(const KbArticle& article)
{
    if (article.translationOf.has_value() != article.sourceVersion.has_value()) {
        return Error {ErrorCode::InvalidArgument, "source_version", "is set exactly when translation_of is set"};
    }
    if (!article.translationOf) {
        return okStatus();
    }
    if (*article.translationOf == article.id) {
        return Error {ErrorCode::InvalidArgument, "translation_of", "an article cannot translate itself"};
    }
    if (auto id = detail::checkId("translation_of", *article.translationOf); !id) {
        return id;
    }
    return detail::checkRange("source_version", *article.sourceVersion, 1, std::numeric_limits<int>::max());
}

} // namespace

bool isValidLanguageTag(std::string_view tag) noexcept
{
    const std::size_t dash = tag.find('-');
    const std::string_view primary = tag.substr(0, dash);
    if (primary.size() < 2 || primary.size() > 3 || !allOf(primary, isLower)) {
        return false;
    }
    return dash == std::string_view::npos || isValidSubtag(tag.substr(dash + 1));
}

Status validate(const KbArticle& article)
{
    using namespace detail;
    return firstFailure({
        checkId("id", article.id),
        checkText("title", article.title, limits::titleMax, true, Lines::Single),
        checkText("body", article.body, limits::articleBodyMax, false, Lines::Multi),
        isValidLanguageTag(article.language)
            ? okStatus()
            : Error {ErrorCode::InvalidArgument, "language", "not a language tag such as \"en\" or \"de-CH\""},
        checkRange("version", article.version, 1, std::numeric_limits<int>::max()),
        checkVideoUrl(article.videoUrl),
        checkRange("helpful_votes", article.helpfulVotes, 0, int64Max),
        checkRange("not_helpful_votes", article.notHelpfulVotes, 0, int64Max),
        checkTimestamp("updated_at", article.updatedAt),
        checkId("author_id", article.authorId),
        article.editedBy ? checkId("edited_by", *article.editedBy) : okStatus(),
        checkTranslation(article),
    });
}

nlohmann::json toJson(const KbArticle& article)
{
    return nlohmann::json {
        {"id", article.id.toString()},
        {"title", article.title},
        {"body", article.body},
        {"category", toString(article.category)},
        {"content_type", toString(article.contentType)},
        {"status", toString(article.status)},
        {"language", article.language},
        {"version", article.version},
        {"video_url", optionalJson(article.videoUrl)},
        {"helpful_votes", article.helpfulVotes},
        {"not_helpful_votes", article.notHelpfulVotes},
        {"updated_at", formatTimestamp(article.updatedAt)},
        {"author_id", article.authorId.toString()},
        {"edited_by", optionalJson(article.editedBy)},
        {"translation_of", optionalJson(article.translationOf)},
        {"source_version", article.sourceVersion ? nlohmann::json(*article.sourceVersion) : nlohmann::json(nullptr)},
    };
}

Result<KbArticle> kbArticleFromJson(const nlohmann::json& json)
{
    detail::JsonObjectReader reader(json);
    KbArticle article;
    reader.uuid("id", article.id);
    reader.string("title", article.title);
    reader.string("body", article.body);
    reader.enumeration("category", article.category, &kbCategoryFromString);
    reader.enumeration("content_type", article.contentType, &kbContentTypeFromString);
    reader.enumeration("status", article.status, &articleStatusFromString);
    reader.string("language", article.language);
    reader.integer("version", article.version);
    reader.optionalString("video_url", article.videoUrl);
    reader.integer("helpful_votes", article.helpfulVotes);
    reader.integer("not_helpful_votes", article.notHelpfulVotes);
    reader.timestamp("updated_at", article.updatedAt);
    reader.uuid("author_id", article.authorId);
    reader.optionalUuid("edited_by", article.editedBy);
    reader.optionalUuid("translation_of", article.translationOf);
    reader.optionalInteger("source_version", article.sourceVersion);
    if (auto status = reader.finish(); !status) {
        return status.error();
    }
    if (auto valid = validate(article); !valid) {
        return valid.error();
    }
    return article;
}

} // namespace hss
