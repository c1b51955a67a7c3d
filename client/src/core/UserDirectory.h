// SPDX-License-Identifier: MIT
#pragma once

#include <QObject>
#include <QString>
#include <chrono>
#include <optional>
#include <vector>

#include "storage/DirectoryPerson.h"

namespace hss {
class Clock;
}

namespace hss::client {

class ConsoleSession;

/// The people who may hold tickets, for the assignee picker: fetched from the server (GET /api/users/directory)
/// after sign-in and after sync rounds (at most every refreshInterval()), kept in the encrypted store and read from
/// it when the store opens, so the picker works offline.
class UserDirectory final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(UserDirectory)

public:
    UserDirectory(ConsoleSession& session, const Clock& clock, QObject* parent = nullptr);

    /// Everyone known, by username.
    const std::vector<DirectoryPerson>& people() const { return m_people; }
    /// The people who may hold a ticket of \a team (every team when empty) that is medical or not, by username.
    std::vector<DirectoryPerson> eligible(const QString& team, bool medical) const;
    /// The person with \a id, if known.
    std::optional<DirectoryPerson> find(const Uuid& id) const;

    /// Fetches now when signed in on the server (otherwise does nothing).
    void refresh();
    void setRefreshInterval(std::chrono::milliseconds interval) { m_interval = interval; }
    std::chrono::milliseconds refreshInterval() const { return m_interval; }

signals:
    /// people() changed (loaded from the store, fetched, or cleared on close).
    void changed();

private:
    void load();
    void refreshIfDue();
    void store(std::vector<DirectoryPerson> people);

    ConsoleSession& m_session;
    const Clock& m_clock;
    std::vector<DirectoryPerson> m_people;
    std::chrono::milliseconds m_interval {std::chrono::minutes(3)};
    std::optional<qint64> m_lastFetchMs;
    bool m_fetching = false;
};

} // namespace hss::client
