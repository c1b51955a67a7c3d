// SPDX-License-Identifier: MIT
#include "hss/sync/KbVote.h"

#include <nlohmann/json.hpp>

#include "../FieldRules.h"
#include "../JsonObjectReader.h"

namespace hss::sync {

nlohmann::json toJson(const KbVote& vote)
{
    return nlohmann::json {{"article_id", vote.articleId.toString()}, {"helpful", vote.helpful}};
}

Result<KbVote> kbVoteFromJson(const nlohmann::json& json)
{
    detail::JsonObjectReader reader(json);
    KbVote vote;
    reader.uuid("article_id", vote.articleId);
    reader.boolean("helpful", vote.helpful);
    if (auto status = reader.finish(); !status) {
        return status.error();
    }
    if (auto valid = detail::checkId("article_id", vote.articleId); !valid) {
        return valid.error();
    }
    return vote;
}

} // namespace hss::sync
