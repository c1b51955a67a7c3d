// SPDX-License-Identifier: MIT
#pragma once

#include <QObject>

namespace hss::client {

class StoreSession;
class SyncEngine;

/// Carries out what a disabled account means for this device: when the server says the account is disabled, sync
/// stops, the store locks and the wrapped key is deleted, so the data left on disk can no longer be opened here.
class SyncSessionGuard final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SyncSessionGuard)

public:
    /// Owns neither; both must outlive the guard.
    SyncSessionGuard(SyncEngine& engine, StoreSession& session, QObject* parent = nullptr);

signals:
    /// The device's key is gone (keyRemoved false: the file could not be deleted; the store is locked anyway).
    void deviceForgotten(bool keyRemoved);

private:
    void forget();

    SyncEngine& m_engine;
    StoreSession& m_session;
};

} // namespace hss::client
