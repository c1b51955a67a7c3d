// SPDX-License-Identifier: MIT
#pragma once

#include <Poco/Data/Session.h>

#include "../auth/Principal.h"
#include "hss/sync/Mutation.h"
#include "hss/sync/MutationResult.h"

namespace hss::server {

struct ServerServices;

/// Applies pushed mutations of a person's own records inside SyncPusher's transaction. Feedback is append-only and
/// follows POST /api/feedback's rules (acceptFeedback(): the author is the signed-in user). An enrolment carries the
/// whole row and follows the enrolment rules (checkEnrollment()); a copy made offline for a course the user was
/// already enrolled in merges into that enrolment (hss::sync::mergeEnrollment()) and its id becomes a tombstone.
/// Broken rules come back as Rejected with the reason; storage failures are thrown.
class SyncPersonalWriter final
{
public:
    explicit SyncPersonalWriter(ServerServices& services);

    sync::MutationResult createFeedback(Poco::Data::Session& session, const Principal& principal,
                                        const sync::Mutation& mutation);
    /// A create or an update: either way the fields hold the whole enrolment.
    sync::MutationResult saveEnrollment(Poco::Data::Session& session, const Principal& principal,
                                        const sync::Mutation& mutation);

private:
    ServerServices& m_services;
};

} // namespace hss::server
