// SPDX-License-Identifier: MIT
#pragma once

#include <QString>
#include <QStringList>
#include <optional>
#include <set>

#include <nlohmann/json.hpp>

#include "hss/Role.h"
#include "hss/Uuid.h"

namespace hss::client {

/// One person of the server's user directory (GET /api/users/directory): who may hold tickets.
struct DirectoryPerson
{
    Uuid id;
    QString username;
    QString displayName;
    std::set<Role> roles;
    QStringList teams;

    bool hasRole(Role role) const { return roles.contains(role); }
    /// "Display Name (username)", the text the assignee picker shows and filters on.
    QString label() const;

    friend bool operator==(const DirectoryPerson&, const DirectoryPerson&) = default;
};

/// The wire and storage form: {id, username, display_name, roles, teams}.
nlohmann::json toJson(const DirectoryPerson& person);
/// Decodes one directory entry; std::nullopt when a member is missing or malformed.
std::optional<DirectoryPerson> directoryPersonFromJson(const nlohmann::json& json);

} // namespace hss::client
