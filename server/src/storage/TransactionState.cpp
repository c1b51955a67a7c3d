// SPDX-License-Identifier: MIT
#include "TransactionState.h"

#include <Poco/Any.h>
#include <Poco/Data/PostgreSQL/SessionImpl.h>

#include <libpq-fe.h>

namespace hss::server {

bool transactionFailed(Poco::Data::Session& session, Database::Backend backend)
{
    if (backend != Database::Backend::PostgreSQL) {
        return false;
    }
    // The same handle StatementCache reads its connection from.
    auto* handle = Poco::AnyCast<Poco::Data::PostgreSQL::SessionHandle*>(session.getProperty("handle"));
    return handle != nullptr && PQtransactionStatus(static_cast<PGconn*>(*handle)) == PQTRANS_INERROR;
}

} // namespace hss::server
