// SPDX-License-Identifier: MIT
#include "SyncSessionGuard.h"

#include "SyncEngine.h"
#include "core/StoreSession.h"

namespace hss::client {

SyncSessionGuard::SyncSessionGuard(SyncEngine& engine, StoreSession& session, QObject* parent)
    : QObject(parent)
    , m_engine(engine)
    , m_session(session)
{
    // Queued: the engine finishes its own bookkeeping before the store it writes to is locked.
    connect(&m_engine, &SyncEngine::accountDisabled, this, &SyncSessionGuard::forget, Qt::QueuedConnection);
}

void SyncSessionGuard::forget()
{
    m_engine.stop();
    const bool removed = m_session.forgetDevice();
    emit deviceForgotten(removed);
}

} // namespace hss::client
