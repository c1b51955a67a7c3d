// SPDX-License-Identifier: MIT
#include "IdleLockPolicy.h"

#include <chrono>

#include "AdminApi.h"
#include "core/ConsoleSession.h"
#include "core/FutureSupport.h"
#include "core/IdleLock.h"

namespace hss::client {

IdleLockPolicy::IdleLockPolicy(ConsoleSession& session, QObject* parent)
    : QObject(parent)
    , m_session(session)
    , m_api(std::make_unique<AdminApi>(session))
{
    connect(&m_session, &ConsoleSession::opened, this, &IdleLockPolicy::refresh);
    // Signed in offline, then the server came back: ask then.
    connect(&m_session, &ConsoleSession::stateChanged, this, [this](ConsoleSession::State state) {
        if (state == ConsoleSession::State::Online) {
            refresh();
        }
    });
}

IdleLockPolicy::~IdleLockPolicy() = default;

void IdleLockPolicy::refresh()
{
    if (!m_api->isOnline()) {
        return;
    }
    whenFinished(m_api->loadSettings(), this, [this](const ApiResult<OrganisationSettings>& answer) {
        if (answer.ok()) {
            apply(answer.value().idleLockMinutes);
        }
    });
}

void IdleLockPolicy::apply(int minutes)
{
    if (minutes < 1) {
        return;
    }
    const std::chrono::minutes timeout(minutes);
    m_session.setIdleTimeout(timeout);
    if (StoreSession* store = m_session.store(); store != nullptr && store->isUnlocked()) {
        store->idleLock()->setTimeout(timeout);
    }
    emit applied(minutes);
}

} // namespace hss::client
