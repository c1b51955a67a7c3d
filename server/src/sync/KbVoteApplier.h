// SPDX-License-Identifier: MIT
#pragma once

#include <Poco/Data/Session.h>

#include "../auth/Principal.h"
#include "hss/sync/Mutation.h"
#include "hss/sync/MutationResult.h"

namespace hss::server {

struct ServerServices;

/// Applies a pushed "kb_vote" Create inside SyncPusher's transaction with the rules of
/// POST /api/kb/articles/{id}/vote (castKbVote()). Applied answers carry the article's version as the revision; the
/// article with its new counts goes out in the feed. A vote that breaks a rule (unknown or unpublished article,
/// missing or malformed field, entity id not the article id) comes back Rejected with the reason.
sync::MutationResult applyKbVote(ServerServices& services, Poco::Data::Session& session, const Principal& principal,
                                 const sync::Mutation& mutation);

} // namespace hss::server
