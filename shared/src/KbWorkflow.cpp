// SPDX-License-Identifier: MIT
#include "hss/KbWorkflow.h"

#include <algorithm>
#include <initializer_list>
#include <string>

namespace hss {

namespace {

using enum ArticleStatus;

bool hasAny(std::span<const Role> roles, std::initializer_list<Role> wanted)
{
    return std::any_of(roles.begin(), roles.end(),
                       [&](Role role) { return std::find(wanted.begin(), wanted.end(), role) != wanted.end(); });
}

bool isEditor(std::span<const Role> roles)
{
    return hasAny(roles, {Role::Agent, Role::MedicalAgent, Role::Supervisor, Role::Admin});
}

bool isReviewer(std::span<const Role> roles)
{
    return hasAny(roles, {Role::Supervisor, Role::Admin});
}

} // namespace

bool KbWorkflow::isClinical(const KbArticle& article) noexcept
{
    return article.category == KbCategory::MedicalFeatures || article.contentType == KbContentType::MedicalGuideline;
}

bool KbWorkflow::canTransition(ArticleStatus from, ArticleStatus to, bool clinical) noexcept
{
    switch (from) {
    case Draft:
        return to == Review;
    case Review:
        return to == Draft || (clinical ? to == MedicalReview : to == Published);
    case MedicalReview:
        return to == Draft || to == Published;
    case Published:
        return to == Archived;
    case Archived:
        return to == Draft;
    }
    return false;
}

Status KbWorkflow::checkTransition(ArticleStatus from, ArticleStatus to, bool clinical)
{
    if (canTransition(from, to, clinical)) {
        return okStatus();
    }
    std::string message =
        "an article cannot go from " + std::string(toString(from)) + " to " + std::string(toString(to));
    if (clinical && from == Review && to == Published) {
        message += ": a clinical article needs a medical review first";
    }
    return Error {ErrorCode::InvalidTransition, "status", message};
}

std::vector<ArticleStatus> KbWorkflow::allowedTransitions(ArticleStatus from, bool clinical)
{
    std::vector<ArticleStatus> next;
    for (const ArticleStatus to : allArticleStatuses) {
        if (canTransition(from, to, clinical)) {
            next.push_back(to);
        }
    }
    return next;
}

bool KbWorkflow::mayTransition(std::span<const Role> roles, ArticleStatus from, ArticleStatus /*to*/) noexcept
{
    switch (from) {
    case Draft:
        return isEditor(roles);
    case MedicalReview:
        return hasAny(roles, {Role::MedicalAgent});
    case Review:
    case Published:
    case Archived:
        return isReviewer(roles);
    }
    return false;
}

bool KbWorkflow::needsSecondPerson(ArticleStatus from, ArticleStatus to) noexcept
{
    return (from == Review || from == MedicalReview) && to != Draft;
}

bool KbWorkflow::mayCreate(std::span<const Role> roles) noexcept
{
    return isEditor(roles);
}

bool KbWorkflow::mayEdit(std::span<const Role> roles, ArticleStatus status) noexcept
{
    switch (status) {
    case Draft:
        return isEditor(roles);
    case Published:
    case Archived:
        return isReviewer(roles);
    case Review:
    case MedicalReview:
        return false;
    }
    return false;
}

ArticleStatus KbWorkflow::statusAfterEdit(ArticleStatus) noexcept
{
    return Draft;
}

bool KbWorkflow::seesUnpublished(std::span<const Role> roles) noexcept
{
    return isEditor(roles);
}

bool KbWorkflow::isStale(const KbArticle& translation, const KbArticle& source) noexcept
{
    return translation.translationOf == source.id && translation.sourceVersion
        && *translation.sourceVersion < source.version;
}

} // namespace hss
