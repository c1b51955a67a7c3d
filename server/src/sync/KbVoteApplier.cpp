// SPDX-License-Identifier: MIT
#include "KbVoteApplier.h"

#include "../app/ServerServices.h"
#include "../resources/KbVoteIntake.h"
#include "../storage/KbRepository.h"
#include "hss/Clock.h"
#include "hss/sync/KbVote.h"

namespace hss::server {

sync::MutationResult applyKbVote(ServerServices& services, Poco::Data::Session& session, const Principal& principal,
                                 const sync::Mutation& mutation)
{
    const auto rejected = [&mutation](std::string reason) {
        return sync::MutationResult {
            mutation.mutationId, sync::MutationOutcome::Rejected, std::move(reason), 0, {}, {}};
    };
    auto vote = sync::kbVoteFromJson(mutation.fields);
    if (!vote) {
        return rejected(describe(vote.error()));
    }
    if (vote.value().articleId != mutation.entityId) {
        return rejected("fields.article_id differs from entity_id");
    }
    KbRepository repository(services.database);
    auto voted = castKbVote(repository, session, principal, vote.value(), services.clock.nowMs());
    if (!voted) {
        return rejected(describe(voted.error()));
    }
    return sync::MutationResult {
        mutation.mutationId, sync::MutationOutcome::Applied, {}, voted.value().version, {}, {}};
}

} // namespace hss::server
