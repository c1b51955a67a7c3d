// SPDX-License-Identifier: MIT
#pragma once

#include <nlohmann/json_fwd.hpp>

#include "hss/Result.h"
#include "hss/Uuid.h"

namespace hss::sync {

/// A user's helpful / not helpful vote on a knowledge-base article, pushed as the fields of a "kb_vote" Create
/// mutation whose entity id is the article id (one vote per user and article: a later vote replaces it).
/// JSON keys: article_id, helpful.
struct KbVote
{
    Uuid articleId;
    bool helpful = true;

    /// Member-wise equality.
    friend bool operator==(const KbVote&, const KbVote&) = default;
};

/// The JSON object for \a vote.
nlohmann::json toJson(const KbVote& vote);

/// Decodes a vote: both keys required, nothing else allowed, a non-nil article id.
Result<KbVote> kbVoteFromJson(const nlohmann::json& json);

} // namespace hss::sync
