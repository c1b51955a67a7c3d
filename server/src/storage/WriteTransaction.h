// SPDX-License-Identifier: MIT
#pragma once

#include <Poco/Data/Session.h>

#include "Database.h"

namespace hss::server {

/// A write transaction that rolls back unless commit() is called. On SQLite it is BEGIN IMMEDIATE, so the write
/// lock is taken up front and concurrent writers queue (busy timeout) instead of failing at their first write;
/// on PostgreSQL a plain BEGIN (read committed). Tickets written in it are dropped from the TicketReadCache again
/// when it ends. Not thread-safe: one per session and thread.
class WriteTransaction final
{
public:
    WriteTransaction(Poco::Data::Session& session, Database::Backend backend);
    ~WriteTransaction();

    WriteTransaction(const WriteTransaction&) = delete;
    WriteTransaction& operator=(const WriteTransaction&) = delete;

    /// Commits; throws if the database refuses (the transaction is then rolled back).
    void commit();

private:
    Poco::Data::Session& m_session;
    Database::Backend m_backend;
    bool m_open = true;
};

} // namespace hss::server
