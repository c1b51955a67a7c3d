// SPDX-License-Identifier: MIT
#pragma once

#include <Poco/Data/Session.h>

#include "Database.h"

namespace hss::server {

/// Whether \a session's transaction has failed and can only roll back: PostgreSQL's state after an error, in which
/// COMMIT silently rolls back. Asked of libpq, without a round trip; always false on SQLite, which has no such state.
bool transactionFailed(Poco::Data::Session& session, Database::Backend backend);

} // namespace hss::server
