// SPDX-License-Identifier: MIT
#pragma once

#include "../http/Router.h"

namespace hss::server {

struct ServerServices;

/// Every REST route of the server. services may be null only to list the routes (--routes): the factories
/// are then never called.
Router buildApiRouter(ServerServices* services);

} // namespace hss::server
