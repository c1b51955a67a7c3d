// SPDX-License-Identifier: MIT
#pragma once

#include <cstdint>
#include <string>

#include <Poco/Data/Session.h>

#include "../settings/OrganisationSettings.h"
#include "Database.h"

namespace hss::server {

/// The organisation settings admins stored (table organisation_settings, one row); the shipped defaults with
/// revision 0 while none were stored. Cheap to construct; not thread-safe itself.
class OrganisationSettingsRepository final
{
public:
    explicit OrganisationSettingsRepository(Database& database);

    /// The stored settings, or the defaults (revision 0).
    OrganisationSettings load(Poco::Data::Session& session);

    /// Stores the values of \a settings as revision \a expectedRevision + 1 if the stored revision is still
    /// \a expectedRevision (0: none stored); false, and nothing written, otherwise. \a session must be inside a write
    /// transaction.
    bool save(Poco::Data::Session& session, const OrganisationSettings& settings, std::int64_t expectedRevision,
              std::int64_t nowMs, const std::string& userId);

private:
    Database& m_database;
};

} // namespace hss::server
