// SPDX-License-Identifier: MIT
#pragma once

#include <QSqlDatabase>
#include <optional>
#include <vector>

#include "DirectoryPerson.h"
#include "StoreError.h"

namespace hss::client {

/// The server's user directory as last fetched, in the store's users table, so the assignee picker works offline.
class UserDirectoryRepository final
{
public:
    explicit UserDirectoryRepository(QSqlDatabase db);

    /// Replaces the whole directory in one transaction (people gone from the server's answer are gone here too).
    std::optional<StoreError> replaceAll(const std::vector<DirectoryPerson>& people);
    /// Everyone stored, by username.
    std::vector<DirectoryPerson> all() const;

private:
    QSqlDatabase m_db;
};

} // namespace hss::client
