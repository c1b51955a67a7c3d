// SPDX-License-Identifier: MIT
#pragma once

#include <cstdint>
#include <vector>

#include <Poco/Data/Session.h>

#include "Database.h"
#include "hss/triage/TriagePhrase.h"

namespace hss::server {

/// The triage phrases admins added (table triage_phrases, one row per phrase in the order given). Cheap to
/// construct; not thread-safe itself.
class TriagePhraseRepository final
{
public:
    explicit TriagePhraseRepository(Database& database);

    /// The stored phrases in their order (empty when never set). Throws std::runtime_error on a row that no longer
    /// passes validation, so a damaged table is reported instead of half-applied.
    std::vector<triage::TriagePhrase> load(Poco::Data::Session& session);

    /// Replaces all stored phrases; \a session must be inside a write transaction.
    void replace(Poco::Data::Session& session, const std::vector<triage::TriagePhrase>& phrases, std::int64_t nowMs);

private:
    std::string sql(std::string_view text) const;

    Database& m_database;
};

} // namespace hss::server
