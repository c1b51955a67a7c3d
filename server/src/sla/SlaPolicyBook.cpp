// SPDX-License-Identifier: MIT
#include "SlaPolicyBook.h"

#include <stdexcept>
#include <utility>

#include <Poco/Logger.h>
#include <nlohmann/json.hpp>

#include "../storage/Database.h"
#include "../storage/SlaConfigurationRepository.h"
#include "hss/sla/TimeZoneDatabase.h"

namespace hss::server {

SlaPolicyBook::SlaPolicyBook(const sla::SlaDefaults& defaults)
{
    m_installed.configuration = sla::defaultSlaConfiguration(defaults);
    auto calculator = compile(m_installed.configuration);
    if (!calculator) {
        throw std::runtime_error("SLA configuration: " + calculator.error().message);
    }
    m_installed.calculator = std::move(calculator.value());
}

bool SlaPolicyBook::load(Database& database)
{
    std::optional<SlaConfigurationRepository::Stored> stored;
    {
        Poco::Data::Session session = database.session();
        stored = SlaConfigurationRepository(database).load(session);
    }
    if (!stored || stored->revision <= current().revision) {
        return false;
    }
    const nlohmann::json json = nlohmann::json::parse(stored->document, nullptr, false);
    auto configuration = sla::slaConfigurationFromJson(json);
    auto calculator = configuration ? compile(configuration.value())
                                    : Result<std::shared_ptr<const sla::SlaCalculator>>(configuration.error());
    if (!calculator) {
        Poco::Logger::get("hss.sla").error(
            "SLA configuration revision %s cannot be used, keeping the one in effect: %s",
            std::to_string(stored->revision), calculator.error().message);
        return false;
    }
    install({std::move(configuration.value()), std::move(calculator.value()), stored->revision});
    return true;
}

std::shared_ptr<const sla::SlaCalculator> SlaPolicyBook::calculator() const
{
    const std::lock_guard lock(m_mutex);
    return m_installed.calculator;
}

SlaPolicyBook::Installed SlaPolicyBook::current() const
{
    const std::lock_guard lock(m_mutex);
    return m_installed;
}

Result<std::shared_ptr<const sla::SlaCalculator>> SlaPolicyBook::compile(const sla::SlaConfiguration& configuration)
{
    // The zone files are only read while the calculator is made; it keeps the zones it uses.
    const sla::TimeZoneDatabase zones;
    auto calculator = sla::SlaCalculator::create(configuration, zones);
    if (!calculator) {
        return calculator.error();
    }
    return std::make_shared<const sla::SlaCalculator>(std::move(calculator.value()));
}

void SlaPolicyBook::install(Installed installed)
{
    const std::lock_guard lock(m_mutex);
    if (installed.revision >= m_installed.revision) {
        m_installed = std::move(installed);
    }
}

} // namespace hss::server
