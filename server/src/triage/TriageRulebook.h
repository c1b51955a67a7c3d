// SPDX-License-Identifier: MIT
#pragma once

#include <memory>
#include <mutex>
#include <vector>

#include "hss/triage/TriageRuleSet.h"

namespace hss::server {

class Database;

/// The triage rules the server applies: the compiled-in defaults plus the phrases admins stored (table
/// triage_phrases). Built once at start and rebuilt after each change; requests take a shared_ptr to the current
/// set, so a change never disturbs a triage in flight. Safe to use from any thread.
class TriageRulebook final
{
public:
    /// Loads the stored phrases from \a database. Throws when they cannot be read.
    explicit TriageRulebook(Database& database);

    /// The rules to triage with now.
    std::shared_ptr<const triage::TriageRuleSet> current() const;

    /// The phrases admins stored, as last loaded or installed.
    std::vector<triage::TriagePhrase> storedPhrases() const;

    /// Makes \a stored (just committed to the database) the admin phrases in effect.
    void install(std::vector<triage::TriagePhrase> stored);

    /// Held by a writer from storing phrases until install(), so two changes cannot install in the wrong order.
    [[nodiscard]] std::unique_lock<std::mutex> lockForChange() { return std::unique_lock(m_changeMutex); }

private:
    std::mutex m_changeMutex;
    mutable std::mutex m_mutex;
    std::vector<triage::TriagePhrase> m_stored;
    std::shared_ptr<const triage::TriageRuleSet> m_rules;
};

} // namespace hss::server
