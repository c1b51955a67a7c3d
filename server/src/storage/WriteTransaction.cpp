// SPDX-License-Identifier: MIT
#include "WriteTransaction.h"

#include "TicketReadCache.h"

using namespace Poco::Data::Keywords;

namespace hss::server {

WriteTransaction::WriteTransaction(Poco::Data::Session& session, Database::Backend backend)
    : m_session(session)
    , m_backend(backend)
{
    if (m_backend == Database::Backend::SQLite) {
        // Poco's begin() is a deferred BEGIN; IMMEDIATE avoids the lock upgrade that deadlocks two writers.
        m_session << "BEGIN IMMEDIATE", now;
    } else {
        m_session.begin();
    }
    TicketReadCache::transactionBegan();
}

WriteTransaction::~WriteTransaction()
{
    if (!m_open) {
        return;
    }
    try {
        if (m_backend == Database::Backend::SQLite) {
            m_session << "ROLLBACK", now;
        } else {
            m_session.rollback();
        }
    } catch (...) {
        // A destructor must not throw; the connection drops the transaction when it closes anyway.
    }
    TicketReadCache::transactionEnded();
}

void WriteTransaction::commit()
{
    if (m_backend == Database::Backend::SQLite) {
        m_session << "COMMIT", now;
    } else {
        m_session.commit();
    }
    m_open = false;
    TicketReadCache::transactionEnded();
}

} // namespace hss::server
