// SPDX-License-Identifier: MIT
#include "SyncAccount.h"

#include "../app/ServerServices.h"
#include "../http/HttpErrors.h"
#include "../storage/UserRepository.h"

namespace hss::server {

void requireActiveAccount(ServerServices& services, const Principal& principal)
{
    auto account = UserRepository(services.database, services.cipher).findById(principal.userId);
    if (!account || !account.value().user.active) {
        throw Forbidden(accountDisabledMessage, "account_disabled");
    }
}

} // namespace hss::server
