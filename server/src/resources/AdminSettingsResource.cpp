// SPDX-License-Identifier: MIT
#include "AdminSettingsResource.h"

#include <Poco/Net/HTTPServerRequest.h>
#include <Poco/Net/HTTPServerResponse.h>

#include "../app/ServerServices.h"
#include "../authz/AccessPolicy.h"
#include "../authz/AuditTrail.h"
#include "../authz/Authenticator.h"
#include "../http/HttpErrors.h"
#include "../http/JsonResponse.h"
#include "../http/RequestBody.h"
#include "../settings/OrganisationSettings.h"
#include "../storage/AuditLogRepository.h"
#include "../storage/OrganisationSettingsRepository.h"
#include "../storage/WriteQueue.h"
#include "AdminAccess.h"
#include "hss/Clock.h"

namespace hss::server {

namespace {

constexpr const char* invalidCode = "invalid_settings";

std::int64_t expectedRevision(const nlohmann::json& body)
{
    const auto it = body.find("revision");
    if (it == body.end() || !it->is_number_integer() || it->get<std::int64_t>() < 0) {
        throw BadRequest("revision: the revision you edited is required (a whole number, 0 for the shipped defaults)",
                         invalidCode);
    }
    return it->get<std::int64_t>();
}

} // namespace

AdminSettingsResource::AdminSettingsResource(ServerServices& services, const PathParams&)
    : m_services(services)
{ }

void AdminSettingsResource::get(Poco::Net::HTTPServerRequest& request, Poco::Net::HTTPServerResponse& response)
{
    const Principal principal = m_services.authenticator.authenticate(request);
    bool admin = false;
    if (AccessPolicy::canManageUsers(principal)) {
        try {
            AdminAccess::requireUserManager(m_services, request); // the stored roles, not only the token's
            admin = true;
        } catch (const Forbidden&) {
            admin = false;
        }
    }
    Poco::Data::Session session = m_services.database.session();
    const OrganisationSettings settings = OrganisationSettingsRepository(m_services.database).load(session);
    sendJson(response, Poco::Net::HTTPResponse::HTTP_OK, settings.toJson(admin));
}

void AdminSettingsResource::put(Poco::Net::HTTPServerRequest& request, Poco::Net::HTTPServerResponse& response)
{
    const Principal admin = AdminAccess::requireUserManager(m_services, request);
    const nlohmann::json body = readJsonObject(request, m_services.maxBodyBytes);
    const std::int64_t expected = expectedRevision(body);
    auto edited = OrganisationSettings::fromJson(body);
    if (!edited) {
        throw BadRequest(edited.error().message, invalidCode);
    }
    OrganisationSettings stored = edited.value();
    const std::int64_t now = m_services.clock.nowMs();
    m_services.writes.run([&](Poco::Data::Session& session) {
        OrganisationSettingsRepository repository(m_services.database);
        const OrganisationSettings before = repository.load(session);
        if (before.revision != expected || !repository.save(session, stored, expected, now, admin.userId)) {
            throw Conflict("the settings were changed meanwhile (revision " + std::to_string(before.revision)
                           + ", you edited " + std::to_string(expected) + "): load them again");
        }
        const nlohmann::json detail {{"before", before.valuesJson()}, {"after", stored.valuesJson()}};
        AuditLogRepository(m_services.database)
            .appendAll(session,
                       {m_services.audit.entryFor(request, &admin, "settings.update", "organisation_settings",
                                                  "organisation_settings", "success", detail.dump())});
    });
    if (m_services.settingsSaved) {
        m_services.settingsSaved();
    }
    stored.revision = expected + 1;
    stored.updatedAt = now;
    stored.updatedBy = admin.userId;
    sendJson(response, Poco::Net::HTTPResponse::HTTP_OK, stored.toJson(true));
}

} // namespace hss::server
