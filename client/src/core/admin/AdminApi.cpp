// SPDX-License-Identifier: MIT
#include "AdminApi.h"

#include <QPromise>
#include <QUrl>
#include <memory>

#include <nlohmann/json.hpp>

#include "core/ApiCall.h"
#include "core/ConsoleSession.h"
#include "core/FutureSupport.h"
#include "sync/SyncApi.h"

namespace hss::client {

namespace {

using Json = nlohmann::json;
using apicall::badAnswer;
using apicall::call;
using Kind = SyncApiError::Kind;

QString text(const Json& json, const char* key)
{
    const auto it = json.is_object() ? json.find(key) : json.end();
    return it != json.end() && it->is_string() ? QString::fromStdString(it->get<std::string>()) : QString();
}

qint64 number(const Json& json, const char* key, qint64 fallback = 0)
{
    const auto it = json.is_object() ? json.find(key) : json.end();
    return it != json.end() && it->is_number_integer() ? it->get<qint64>() : fallback;
}

QStringList textList(const Json& json, const char* key)
{
    QStringList list;
    const auto it = json.is_object() ? json.find(key) : json.end();
    if (it != json.end() && it->is_array()) {
        for (const Json& item : *it) {
            if (item.is_string()) {
                list.append(QString::fromStdString(item.get<std::string>()));
            }
        }
    }
    return list;
}

Json toJsonList(const QStringList& list)
{
    Json array = Json::array();
    for (const QString& item : list) {
        array.push_back(item.toStdString());
    }
    return array;
}

ApiResult<SlaDocument> slaFromJson(const Json& json)
{
    if (!json.is_object() || !json.contains("configuration")) {
        return badAnswer(QStringLiteral("configuration"));
    }
    auto configuration = sla::slaConfigurationFromJson(json["configuration"]);
    if (!configuration) {
        return badAnswer(QString::fromStdString(describe(configuration.error())));
    }
    SlaDocument document;
    document.revision = number(json, "revision");
    document.configuration = std::move(configuration).value();
    document.defaults = json.value("defaults", false);
    return document;
}

ApiResult<EscalationMatrixDocument> matrixFromJson(const Json& json)
{
    if (!json.is_object() || !json.contains("levels") || !json["levels"].is_array()) {
        return badAnswer(QStringLiteral("levels"));
    }
    EscalationMatrixDocument document;
    document.revision = number(json, "revision");
    QList<EscalationLevelRow>& levels = document.levels;
    for (const Json& item : json["levels"]) {
        EscalationLevelRow row;
        row.level = static_cast<int>(number(item, "level", 1));
        row.team = text(item, "team");
        row.people = textList(item, "people");
        row.channels = textList(item, "channels");
        levels.append(row);
    }
    return document;
}

ApiResult<User> userFrom(const Json& json)
{
    auto user = userFromJson(json);
    if (!user) {
        return badAnswer(QString::fromStdString(describe(user.error())));
    }
    return std::move(user).value();
}

ApiResult<OrganisationSettings> settingsFromJson(const Json& json)
{
    if (!json.is_object() || !json.contains("idle_lock_minutes")) {
        return badAnswer(QStringLiteral("idle_lock_minutes"));
    }
    OrganisationSettings settings;
    settings.revision = number(json, "revision");
    settings.idleLockMinutes = static_cast<int>(number(json, "idle_lock_minutes", 15));
    if (const auto retention = json.find("retention"); retention != json.end() && retention->is_object()) {
        for (const auto& [key, value] : retention->items()) {
            if (value.is_number_integer()) {
                settings.retentionDays.append({QString::fromStdString(key), value.get<qint64>()});
            }
        }
    }
    return settings;
}

ApiResult<QList<NotificationChannelInfo>> channelsFromJson(const Json& json)
{
    const Json* list = &json;
    for (const char* key : {"channels", "items"}) {
        if (json.is_object() && json.contains(key)) {
            list = &json[key];
        }
    }
    if (!list->is_array()) {
        return badAnswer(QStringLiteral("channels"));
    }
    QList<NotificationChannelInfo> channels;
    for (const Json& item : *list) {
        NotificationChannelInfo info;
        info.channel = text(item, "channel");
        info.enabled = item.is_object() && item.value("enabled", false);
        info.target = text(item, "target");
        for (const char* key : {"default_recipient", "escalation_contact"}) {
            if (info.escalationContact.isEmpty()) {
                info.escalationContact = text(item, key);
            }
        }
        const Json& stats = item.contains("stats") ? item["stats"]
            : item.contains("last_24h")            ? item["last_24h"]
                                                   : item;
        info.sent = number(stats, "sent");
        info.failed = number(stats, "failed");
        info.pending = number(stats, "pending");
        channels.append(info);
    }
    return channels;
}

} // namespace

AdminApi::AdminApi(ConsoleSession& session)
    : m_session(session)
{ }

Uuid AdminApi::signedInUserId() const
{
    return m_session.user().id;
}

bool AdminApi::isOnline() const
{
    return apicall::isOnline(m_session);
}

QFuture<ApiResult<SlaDocument>> AdminApi::loadSlaConfiguration()
{
    return call<SlaDocument>(m_session, "GET", QStringLiteral("/api/admin/sla-configuration"), nullptr, slaFromJson);
}

QFuture<ApiResult<SlaDocument>> AdminApi::saveSlaConfiguration(const SlaDocument& document)
{
    const Json body {{"revision", document.revision}, {"configuration", sla::toJson(document.configuration)}};
    return call<SlaDocument>(m_session, "PUT", QStringLiteral("/api/admin/sla-configuration"), body, slaFromJson);
}

QFuture<ApiResult<EscalationMatrixDocument>> AdminApi::loadEscalationMatrix()
{
    return call<EscalationMatrixDocument>(m_session, "GET", QStringLiteral("/api/admin/escalation-matrix"), nullptr,
                                          matrixFromJson);
}

QFuture<ApiResult<EscalationMatrixDocument>> AdminApi::saveEscalationMatrix(const EscalationMatrixDocument& document)
{
    Json array = Json::array();
    for (const EscalationLevelRow& row : document.levels) {
        array.push_back({{"level", row.level},
                         {"team", row.team.toStdString()},
                         {"people", toJsonList(row.people)},
                         {"channels", toJsonList(row.channels)}});
    }
    return call<EscalationMatrixDocument>(m_session, "PUT", QStringLiteral("/api/admin/escalation-matrix"),
                                          Json {{"revision", document.revision}, {"levels", std::move(array)}},
                                          matrixFromJson);
}

QFuture<ApiResult<std::vector<User>>> AdminApi::listUsers()
{
    using Answer = ApiResult<std::vector<User>>;
    auto promise = std::make_shared<QPromise<Answer>>();
    promise->start();
    auto users = std::make_shared<std::vector<User>>();
    struct Page
    {
        std::vector<User> users;
        qint64 total = 0;
    };
    auto fetch = std::make_shared<std::function<void(qint64)>>();
    // The server pages by at most 200; the list keeps asking until it has them all.
    // Holds the session, not this: the pages may close (and delete their AdminApi) while a page is on its way.
    ConsoleSession* session = &m_session;
    *fetch = [session, promise, users, fetch](qint64 offset) {
        auto pageFuture =
            call<Page>(*session, "GET", QStringLiteral("/api/admin/users?limit=200&offset=%1").arg(offset), nullptr,
                       [](const Json& json) -> ApiResult<Page> {
                           if (!json.is_object() || !json.contains("items") || !json["items"].is_array()) {
                               return badAnswer(QStringLiteral("items"));
                           }
                           Page page;
                           page.total = number(json, "total");
                           for (const Json& item : json["items"]) {
                               auto user = userFrom(item);
                               if (!user.ok()) {
                                   return user.error();
                               }
                               page.users.push_back(user.value());
                           }
                           return page;
                       });
        whenFinished(pageFuture, session, [promise, users, fetch](const ApiResult<Page>& answer) {
            if (!answer.ok()) {
                promise->addResult(Answer(answer.error()));
                promise->finish();
                *fetch = nullptr; // breaks the lambda's reference to itself
                return;
            }
            users->insert(users->end(), answer.value().users.begin(), answer.value().users.end());
            const auto have = static_cast<qint64>(users->size());
            if (answer.value().users.empty() || have >= answer.value().total) {
                promise->addResult(Answer(*users));
                promise->finish();
                *fetch = nullptr;
                return;
            }
            (*fetch)(have);
        });
    };
    (*fetch)(0);
    return promise->future();
}

QFuture<ApiResult<User>> AdminApi::createUser(const NewUser& user)
{
    const Json body {{"username", user.username.toStdString()}, {"display_name", user.displayName.toStdString()},
                     {"email", user.email.toStdString()},       {"roles", toJsonList(user.roles)},
                     {"teams", toJsonList(user.teams)},         {"password", user.password.toStdString()}};
    return call<User>(m_session, "POST", QStringLiteral("/api/admin/users"), body, userFrom);
}

QFuture<ApiResult<User>> AdminApi::updateUser(const QString& userId, const UserChange& change)
{
    Json body = Json::object();
    if (change.roles) {
        body["roles"] = toJsonList(*change.roles);
    }
    if (change.teams) {
        body["teams"] = toJsonList(*change.teams);
    }
    if (change.active) {
        body["active"] = *change.active;
    }
    if (change.displayName) {
        body["display_name"] = change.displayName->toStdString();
    }
    if (change.email) {
        body["email"] = change.email->toStdString();
    }
    const QString path = QStringLiteral("/api/admin/users/") + QString::fromUtf8(QUrl::toPercentEncoding(userId));
    return call<User>(m_session, "PUT", path, body, userFrom);
}

QFuture<ApiResult<bool>> AdminApi::resetPassword(const QString& userId, const QString& newPassword)
{
    const Json body {{"new_password", newPassword.toStdString()}};
    const QString path =
        QStringLiteral("/api/admin/users/%1/password").arg(QString::fromUtf8(QUrl::toPercentEncoding(userId)));
    return call<bool>(m_session, "POST", path, body, [](const Json&) { return ApiResult<bool>(true); });
}

QFuture<ApiResult<QList<AdminRole>>> AdminApi::listRoles()
{
    return call<QList<AdminRole>>(m_session, "GET", QStringLiteral("/api/admin/roles"), nullptr,
                                  [](const Json& json) -> ApiResult<QList<AdminRole>> {
                                      if (!json.is_object() || !json.contains("items") || !json["items"].is_array()) {
                                          return badAnswer(QStringLiteral("items"));
                                      }
                                      QList<AdminRole> roles;
                                      for (const Json& item : json["items"]) {
                                          roles.append({text(item, "role"), text(item, "description")});
                                      }
                                      return roles;
                                  });
}

QFuture<ApiResult<OrganisationSettings>> AdminApi::loadSettings()
{
    return call<OrganisationSettings>(m_session, "GET", QStringLiteral("/api/admin/settings"), nullptr,
                                      settingsFromJson);
}

QFuture<ApiResult<OrganisationSettings>> AdminApi::saveSettings(const OrganisationSettings& settings)
{
    Json retention = Json::object();
    for (const auto& [key, days] : settings.retentionDays) {
        retention[key.toStdString()] = days;
    }
    Json body {{"revision", settings.revision}, {"idle_lock_minutes", settings.idleLockMinutes}};
    if (!settings.retentionDays.isEmpty()) {
        body["retention"] = std::move(retention);
    }
    return call<OrganisationSettings>(m_session, "PUT", QStringLiteral("/api/admin/settings"), body, settingsFromJson);
}

QFuture<ApiResult<QList<NotificationChannelInfo>>> AdminApi::listNotificationChannels()
{
    return call<QList<NotificationChannelInfo>>(m_session, "GET", QStringLiteral("/api/admin/notification-channels"),
                                                nullptr, channelsFromJson);
}

QFuture<ApiResult<ChannelTestResult>> AdminApi::testNotificationChannel(const QString& channel,
                                                                        const QString& recipient)
{
    Json body = Json::object();
    if (!recipient.isEmpty()) {
        body["recipient"] = recipient.toStdString();
    }
    const QString path = QStringLiteral("/api/admin/notification-channels/%1/test")
                             .arg(QString::fromUtf8(QUrl::toPercentEncoding(channel)));
    if (!isOnline()) {
        return apicall::failedNow<ChannelTestResult>(apicall::notConnected());
    }
    SyncApi* api = m_session.api();
    return thenOn(api->requestJson("POST", path, body), api, [](const ApiResult<Json>& answer) {
        using Answer = ApiResult<ChannelTestResult>;
        if (answer.ok()) {
            return Answer(ChannelTestResult {answer.value().is_object() && answer.value().value("delivered", false),
                                             text(answer.value(), "error")});
        }
        // 502: the server reached the channel and it refused; the channel's words arrive as the "error" member.
        if (answer.error().httpStatus == 502) {
            const QString why = answer.error().code.isEmpty() ? answer.error().message : answer.error().code;
            return Answer(ChannelTestResult {false, why});
        }
        return Answer(answer.error());
    });
}

} // namespace hss::client
