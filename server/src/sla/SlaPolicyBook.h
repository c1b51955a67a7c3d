// SPDX-License-Identifier: MIT
#pragma once

#include <cstdint>
#include <memory>
#include <mutex>

#include "hss/Result.h"
#include "hss/sla/SlaCalculator.h"
#include "hss/sla/SlaConfiguration.h"

namespace hss::server {

class Database;

/// The SLA calendars and policies in effect: the shipped defaults (emergency targets from the environment) until an
/// admin stores a configuration (table sla_configuration), then the stored one. Computations take a shared_ptr to the
/// current calculator, so a change never disturbs one in flight. Safe to use from any thread.
class SlaPolicyBook final
{
public:
    struct Installed
    {
        sla::SlaConfiguration configuration;
        std::shared_ptr<const sla::SlaCalculator> calculator;
        std::int64_t revision = 0; ///< 0 for the shipped defaults.
    };

    /// The defaults only, until load() or install().
    explicit SlaPolicyBook(const sla::SlaDefaults& defaults);

    /// Installs the stored configuration if its revision is newer than the one in effect; true when it did. A stored
    /// document that no longer compiles (e.g. its time zone left the system) is logged and the one in effect kept:
    /// the clocks of medical emergencies must keep running. Throws when the database cannot be read.
    bool load(Database& database);

    std::shared_ptr<const sla::SlaCalculator> calculator() const;
    Installed current() const;

    /// A calculator for \a configuration, or why it cannot be used (an unknown time zone, say).
    static Result<std::shared_ptr<const sla::SlaCalculator>> compile(const sla::SlaConfiguration& configuration);

    /// Makes \a installed the configuration in effect unless a newer revision already is.
    void install(Installed installed);

    /// Held by a writer from storing a configuration until install(), so two changes cannot install out of order.
    [[nodiscard]] std::unique_lock<std::mutex> lockForChange() { return std::unique_lock(m_changeMutex); }

private:
    mutable std::mutex m_mutex;
    std::mutex m_changeMutex;
    Installed m_installed;
};

} // namespace hss::server
