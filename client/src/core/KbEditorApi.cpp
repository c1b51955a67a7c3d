// SPDX-License-Identifier: MIT
#include "KbEditorApi.h"

#include <nlohmann/json.hpp>

#include "core/ApiCall.h"
#include "hss/Timestamp.h"

namespace hss::client {

namespace {

using Json = nlohmann::json;
using apicall::badAnswer;
using apicall::call;

ApiResult<KbArticle> articleFrom(const Json& json)
{
    Json article = json;
    if (article.is_object()) {
        article.erase("translation_stale"); // computed by the server for display; the console computes its own
    }
    auto decoded = kbArticleFromJson(article);
    if (!decoded) {
        return badAnswer(QString::fromStdString(describe(decoded.error())));
    }
    return std::move(decoded).value();
}

QString text(const Json& json, const char* key)
{
    const auto it = json.find(key);
    return it != json.end() && it->is_string() ? QString::fromStdString(it->get<std::string>()) : QString();
}

ApiResult<std::vector<KbVersionText>> versionsFrom(const Json& json)
{
    if (!json.is_object() || !json.contains("items") || !json["items"].is_array()) {
        return badAnswer(QStringLiteral("items"));
    }
    std::vector<KbVersionText> versions;
    for (const Json& item : json["items"]) {
        if (!item.is_object() || !item.value("version", Json()).is_number_integer()) {
            return badAnswer(QStringLiteral("version"));
        }
        KbVersionText version;
        version.version = item["version"].get<int>();
        version.title = text(item, "title");
        version.body = text(item, "body");
        version.changedBy = text(item, "edited_by");
        version.note = text(item, "note");
        version.changedAt = parseTimestamp(text(item, "edited_at").toStdString()).valueOr(0);
        versions.push_back(std::move(version));
    }
    return versions;
}

QString articlePath(const Uuid& id, const char* tail = "")
{
    return QStringLiteral("/api/kb/articles/%1%2").arg(QString::fromStdString(id.toString()), QLatin1String(tail));
}

Json contentOf(const KbDraft& draft)
{
    Json body {{"title", draft.title.toStdString()},
               {"body", draft.body.toStdString()},
               {"category", std::string(toString(draft.category))},
               {"content_type", std::string(toString(draft.contentType))}};
    body["video_url"] = draft.videoUrl.isEmpty() ? Json() : Json(draft.videoUrl.toStdString());
    return body;
}

} // namespace

KbEditorApi::KbEditorApi(ConsoleSession& session)
    : m_session(session)
{ }

bool KbEditorApi::isOnline() const
{
    return apicall::isOnline(m_session);
}

QFuture<ApiResult<KbArticle>> KbEditorApi::fetch(const Uuid& id)
{
    return call<KbArticle>(m_session, "GET", articlePath(id), nullptr, articleFrom);
}

QFuture<ApiResult<KbArticle>> KbEditorApi::create(const KbDraft& draft)
{
    Json body = contentOf(draft);
    body["language"] = draft.language.toStdString();
    if (draft.translationOf) {
        body["translation_of"] = draft.translationOf->toString();
    }
    return call<KbArticle>(m_session, "POST", QStringLiteral("/api/kb/articles"), body, articleFrom);
}

QFuture<ApiResult<KbArticle>> KbEditorApi::update(const Uuid& id, int baseVersion, const KbDraft& draft,
                                                  const QString& note, std::optional<int> upToDateWith)
{
    Json body = contentOf(draft);
    body["base_version"] = baseVersion;
    if (!note.trimmed().isEmpty()) {
        body["note"] = note.trimmed().toStdString();
    }
    if (upToDateWith) {
        body["source_version"] = *upToDateWith;
    }
    return call<KbArticle>(m_session, "PUT", articlePath(id), body, articleFrom);
}

QFuture<ApiResult<KbArticle>> KbEditorApi::transition(const Uuid& id, int baseVersion, ArticleStatus to,
                                                      const QString& note)
{
    Json body {{"base_version", baseVersion}, {"status", std::string(toString(to))}};
    if (!note.trimmed().isEmpty()) {
        body["note"] = note.trimmed().toStdString();
    }
    return call<KbArticle>(m_session, "POST", articlePath(id, "/status"), body, articleFrom);
}

QFuture<ApiResult<KbArticle>> KbEditorApi::rollback(const Uuid& id, int baseVersion, int toVersion)
{
    const Json body {{"base_version", baseVersion}, {"to_version", toVersion}};
    return call<KbArticle>(m_session, "POST", articlePath(id, "/rollback"), body, articleFrom);
}

QFuture<ApiResult<std::vector<KbVersionText>>> KbEditorApi::versions(const Uuid& id)
{
    return call<std::vector<KbVersionText>>(m_session, "GET", articlePath(id, "/versions"), nullptr, versionsFrom);
}

} // namespace hss::client
