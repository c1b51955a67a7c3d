// SPDX-License-Identifier: MIT
#include "UserDirectory.h"

#include <algorithm>

#include "ConsoleSession.h"
#include "FutureSupport.h"
#include "StoreWorker.h"
#include "hss/Clock.h"
#include "storage/LocalStore.h"
#include "storage/UserDirectoryRepository.h"
#include "sync/SyncApi.h"

namespace hss::client {

UserDirectory::UserDirectory(ConsoleSession& session, const Clock& clock, QObject* parent)
    : QObject(parent)
    , m_session(session)
    , m_clock(clock)
{
    connect(&m_session, &ConsoleSession::opened, this, [this] {
        load();
        refreshIfDue();
    });
    connect(&m_session, &ConsoleSession::aboutToClose, this, [this] {
        m_people.clear();
        m_lastFetchMs.reset();
        emit changed();
    });
    connect(&m_session, &ConsoleSession::stateChanged, this, [this](ConsoleSession::State state) {
        if (state == ConsoleSession::State::Online) {
            refreshIfDue();
        }
    });
    // After each successful sync round, but not more often than the interval.
    connect(&m_session, &ConsoleSession::syncStatusChanged, this, [this](const SyncStatus& status) {
        if (status.state == SyncStatus::State::Online && status.lastSyncMs) {
            refreshIfDue();
        }
    });
    if (m_session.worker()) {
        load();
    }
}

std::vector<DirectoryPerson> UserDirectory::eligible(const QString& team, bool medical) const
{
    std::vector<DirectoryPerson> result;
    std::copy_if(m_people.begin(), m_people.end(), std::back_inserter(result), [&](const DirectoryPerson& person) {
        return (team.isEmpty() || person.teams.contains(team)) && (!medical || person.hasRole(Role::MedicalAgent));
    });
    return result;
}

std::optional<DirectoryPerson> UserDirectory::find(const Uuid& id) const
{
    const auto found = std::find_if(m_people.begin(), m_people.end(),
                                    [&id](const DirectoryPerson& person) { return person.id == id; });
    return found == m_people.end() ? std::nullopt : std::optional(*found);
}

void UserDirectory::load()
{
    StoreWorker* worker = m_session.worker();
    if (!worker) {
        return;
    }
    whenFinished(worker->run<std::vector<DirectoryPerson>>(
                     [](LocalStore& store) { return UserDirectoryRepository(store.database()).all(); }),
                 this, [this](const std::vector<DirectoryPerson>& people) {
                     if (m_session.worker() && m_people != people) {
                         m_people = people;
                         emit changed();
                     }
                 });
}

void UserDirectory::refreshIfDue()
{
    const qint64 now = m_clock.nowMs();
    if (m_lastFetchMs && now - *m_lastFetchMs < m_interval.count()) {
        return;
    }
    refresh();
}

void UserDirectory::refresh()
{
    // The server opens nothing else until a reset password is changed.
    if (m_fetching || !m_session.api() || !m_session.api()->hasSession() || m_session.passwordChangeRequired()) {
        return;
    }
    m_fetching = true;
    m_lastFetchMs = m_clock.nowMs();
    whenFinished(m_session.api()->requestJson("GET", QStringLiteral("/api/users/directory")), this,
                 [this](const ApiResult<nlohmann::json>& answer) {
                     m_fetching = false;
                     if (!answer.ok() || !answer.value().is_object() || !answer.value().contains("items")
                         || !answer.value()["items"].is_array()) {
                         m_lastFetchMs.reset(); // try again on the next sync round
                         return;
                     }
                     std::vector<DirectoryPerson> people;
                     for (const auto& item : answer.value()["items"]) {
                         if (auto person = directoryPersonFromJson(item)) {
                             people.push_back(std::move(*person));
                         }
                     }
                     std::sort(people.begin(), people.end(), [](const DirectoryPerson& a, const DirectoryPerson& b) {
                         return a.username < b.username;
                     });
                     store(std::move(people));
                 });
}

void UserDirectory::store(std::vector<DirectoryPerson> people)
{
    StoreWorker* worker = m_session.worker();
    if (!worker) {
        return;
    }
    if (people != m_people) {
        m_people = people;
        emit changed();
    }
    (void)worker->run<bool>([people = std::move(people)](LocalStore& store) {
        return !UserDirectoryRepository(store.database()).replaceAll(people);
    });
}

} // namespace hss::client
