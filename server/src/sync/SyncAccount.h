// SPDX-License-Identifier: MIT
#pragma once

#include "../auth/Principal.h"

namespace hss::server {

struct ServerServices;

/// Sync checks the account on every request, not just the token: a console of a disabled user must stop at its
/// next pull (403 "account_disabled", which tells it to lock and delete its key), not when its token runs out.
void requireActiveAccount(ServerServices& services, const Principal& principal);

} // namespace hss::server
