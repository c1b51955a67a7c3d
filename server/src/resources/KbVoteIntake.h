// SPDX-License-Identifier: MIT
#pragma once

#include <cstdint>

#include <Poco/Data/Session.h>

#include "../auth/Principal.h"
#include "hss/KbArticle.h"
#include "hss/Result.h"
#include "hss/sync/KbVote.h"

namespace hss::server {

class KbRepository;

/// The rules every helpful / not helpful vote follows, through POST /api/kb/articles/{id}/vote or a sync push
/// ("kb_vote"): the voter is the person signed in, only published articles take votes, and a person has one vote per
/// article (the same vote again changes nothing, the other one moves it). Runs in the caller's transaction.
/// Returns the article with its new counts; NotFound for an unknown or unpublished article.
Result<KbArticle> castKbVote(KbRepository& repository, Poco::Data::Session& session, const Principal& principal,
                             const sync::KbVote& vote, std::int64_t nowMs);

} // namespace hss::server
