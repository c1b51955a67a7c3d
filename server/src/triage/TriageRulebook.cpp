// SPDX-License-Identifier: MIT
#include "TriageRulebook.h"

#include "../storage/Database.h"
#include "../storage/TriagePhraseRepository.h"

namespace hss::server {

TriageRulebook::TriageRulebook(Database& database)
{
    Poco::Data::Session session = database.session();
    install(TriagePhraseRepository(database).load(session));
}

std::shared_ptr<const triage::TriageRuleSet> TriageRulebook::current() const
{
    const std::lock_guard lock(m_mutex);
    return m_rules;
}

std::vector<triage::TriagePhrase> TriageRulebook::storedPhrases() const
{
    const std::lock_guard lock(m_mutex);
    return m_stored;
}

void TriageRulebook::install(std::vector<triage::TriagePhrase> stored)
{
    // Built outside the lock: compiling the rule set is the slow part and readers keep the old one meanwhile.
    auto rules = std::make_shared<const triage::TriageRuleSet>(triage::TriageRuleSet::defaults().withAdditions(stored));
    const std::lock_guard lock(m_mutex);
    m_stored = std::move(stored);
    m_rules = std::move(rules);
}

} // namespace hss::server
