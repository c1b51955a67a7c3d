// SPDX-License-Identifier: MIT
#pragma once

#include <QObject>
#include <memory>

namespace hss::client {

class AdminApi;
class ConsoleSession;

/// Applies the organisation's idle-lock time (GET /api/admin/settings, idle_lock_minutes) to the console: after
/// each sign-in or unlock while online, and at once when an admin saves a new time. Without an answer the
/// console keeps the time it has (15 minutes unless told otherwise).
class IdleLockPolicy final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(IdleLockPolicy)

public:
    explicit IdleLockPolicy(ConsoleSession& session, QObject* parent = nullptr);
    ~IdleLockPolicy() override;

    /// Asks the server for the time and applies it.
    void refresh();
    /// Uses \a minutes from now on (the open store's IdleLock and the next sign-ins).
    void apply(int minutes);

signals:
    /// A time from the server was applied.
    void applied(int minutes);

private:
    ConsoleSession& m_session;
    std::unique_ptr<AdminApi> m_api;
};

} // namespace hss::client
