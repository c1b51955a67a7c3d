// SPDX-License-Identifier: MIT
#include "KbVoteIntake.h"

#include "../storage/KbRepository.h"

namespace hss::server {

Result<KbArticle> castKbVote(KbRepository& repository, Poco::Data::Session& session, const Principal& principal,
                             const sync::KbVote& vote, std::int64_t nowMs)
{
    const Error notFound {ErrorCode::NotFound, "article_id", "no knowledge-base article with this id"};
    auto user = Uuid::parse(principal.userId);
    if (!user) {
        return notFound; // no person to count the vote for
    }
    const std::string id = vote.articleId.toString();
    const auto found = repository.findMany(session, {id});
    // Drafts and articles in review are not shown to readers, so they take no votes either.
    if (found.empty() || found.begin()->second.status != ArticleStatus::Published) {
        return notFound;
    }
    return repository.vote(session, id, user.value(), vote.helpful, nowMs);
}

} // namespace hss::server
