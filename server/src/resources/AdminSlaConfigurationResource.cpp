// SPDX-License-Identifier: MIT
#include "AdminSlaConfigurationResource.h"

#include <optional>

#include <Poco/Net/HTTPServerRequest.h>
#include <Poco/Net/HTTPServerResponse.h>

#include "../app/ServerServices.h"
#include "../authz/AuditTrail.h"
#include "../http/HttpErrors.h"
#include "../http/JsonResponse.h"
#include "../http/RequestBody.h"
#include "../sla/SlaEngine.h"
#include "../storage/AuditLogRepository.h"
#include "../storage/SlaConfigurationRepository.h"
#include "../storage/WriteQueue.h"
#include "AdminAccess.h"
#include "hss/Clock.h"

namespace hss::server {

namespace {

constexpr const char* invalidCode = "invalid_sla_configuration";

nlohmann::json answer(const SlaPolicyBook::Installed& installed,
                      const std::optional<SlaConfigurationRepository::Stored>& stored)
{
    nlohmann::json json {{"revision", installed.revision},
                         {"configuration", sla::toJson(installed.configuration)},
                         {"defaults", installed.revision == 0}};
    if (stored && stored->revision == installed.revision) {
        json["updated_at"] = stored->updatedAt;
        json["updated_by"] = stored->updatedBy;
    }
    return json;
}

std::optional<std::int64_t> expectedRevision(const nlohmann::json& body)
{
    const auto it = body.find("revision");
    if (it == body.end()) {
        return std::nullopt;
    }
    if (!it->is_number_integer() || it->get<std::int64_t>() < 0) {
        throw BadRequest("revision: the revision you edited (a whole number, 0 for the shipped defaults)", invalidCode);
    }
    return it->get<std::int64_t>();
}

} // namespace

AdminSlaConfigurationResource::AdminSlaConfigurationResource(ServerServices& services, const PathParams&)
    : m_services(services)
{ }

void AdminSlaConfigurationResource::get(Poco::Net::HTTPServerRequest& request, Poco::Net::HTTPServerResponse& response)
{
    AdminAccess::requireUserManager(m_services, request);
    SlaPolicyBook& policies = *m_services.slaEngine.policies();
    policies.load(m_services.database); // another instance may have stored a newer one
    std::optional<SlaConfigurationRepository::Stored> stored;
    {
        Poco::Data::Session session = m_services.database.session();
        stored = SlaConfigurationRepository(m_services.database).load(session);
    }
    sendJson(response, Poco::Net::HTTPResponse::HTTP_OK, answer(policies.current(), stored));
}

void AdminSlaConfigurationResource::put(Poco::Net::HTTPServerRequest& request, Poco::Net::HTTPServerResponse& response)
{
    const Principal admin = AdminAccess::requireUserManager(m_services, request);
    const nlohmann::json body = readJsonObject(request, m_services.maxBodyBytes);
    const std::optional<std::int64_t> expected = expectedRevision(body);
    const auto document = body.find("configuration");
    if (document == body.end() || !document->is_object()) {
        throw BadRequest("configuration: an object with calendars and policies is required", invalidCode);
    }
    auto configuration = sla::slaConfigurationFromJson(*document);
    if (!configuration) {
        throw BadRequest(describe(configuration.error()), invalidCode);
    }
    auto calculator = SlaPolicyBook::compile(configuration.value());
    if (!calculator) {
        throw BadRequest(describe(calculator.error()), invalidCode);
    }

    SlaPolicyBook& policies = *m_services.slaEngine.policies();
    const nlohmann::json stored = sla::toJson(configuration.value());
    const AuditEntry entry = m_services.audit.entryFor(request, &admin, "sla_configuration.update", "sla_configuration",
                                                       "sla_configuration", "success", stored.dump());
    const std::int64_t now = m_services.clock.nowMs();
    std::int64_t revision = 0;
    {
        const auto changing = policies.lockForChange();
        m_services.writes.run([&](Poco::Data::Session& session) {
            SlaConfigurationRepository repository(m_services.database);
            const std::int64_t current = repository.revision(session);
            if (expected && *expected != current) {
                throw Conflict("the SLA configuration was changed meanwhile (revision " + std::to_string(current)
                               + ", you edited " + std::to_string(*expected) + "): load it again");
            }
            revision = repository.save(session, stored.dump(), now, admin.userId);
            AuditLogRepository(m_services.database).appendAll(session, {entry});
        });
        policies.install({std::move(configuration.value()), std::move(calculator.value()), revision});
    }
    m_services.slaEngine.replanner().wake();
    sendJson(response, Poco::Net::HTTPResponse::HTTP_OK,
             answer(policies.current(), SlaConfigurationRepository::Stored {"", revision, now, admin.userId}));
}

} // namespace hss::server
