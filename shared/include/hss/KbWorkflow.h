// SPDX-License-Identifier: MIT
#pragma once

#include <span>
#include <vector>

#include "hss/ArticleStatus.h"
#include "hss/KbArticle.h"
#include "hss/Result.h"
#include "hss/Role.h"

namespace hss {

/// The review workflow of knowledge-base articles, one table for the server and the console.
///
/// | from           | to                                   | who                                     |
/// |----------------|--------------------------------------|-----------------------------------------|
/// | draft          | review                               | editors (agent, medical agent, supervisor, admin) |
/// | review         | draft (changes requested)            | reviewers (supervisor, admin)           |
/// | review         | medical_review (clinical articles)   | reviewers                               |
/// | review         | published (other articles)           | reviewers                               |
/// | medical_review | draft, published                     | medical agents                          |
/// | published      | archived                             | reviewers                               |
/// | archived       | draft                                | reviewers                               |
///
/// Clinical articles (medical features, medical guidelines) cannot skip the medical review. Moving out of a review
/// state needs someone other than the editor of the current version (four eyes). Content is edited in draft by
/// editors; a reviewer may also edit a published or archived article, which sends it back to draft, so no text
/// reaches readers unreviewed.
class KbWorkflow final
{
public:
    KbWorkflow() = delete;

    /// True when publishing \a article needs a medical review first.
    static bool isClinical(const KbArticle& article) noexcept;

    /// True when the workflow has a step from \a from to \a to for an article that is (or is not) clinical.
    static bool canTransition(ArticleStatus from, ArticleStatus to, bool clinical) noexcept;

    /// Success, or InvalidTransition on "status" naming both states.
    static Status checkTransition(ArticleStatus from, ArticleStatus to, bool clinical);

    /// Every status reachable from \a from in one step, in declaration order.
    static std::vector<ArticleStatus> allowedTransitions(ArticleStatus from, bool clinical);

    /// True when someone with \a roles may make the step (the four-eyes rule is checked separately).
    static bool mayTransition(std::span<const Role> roles, ArticleStatus from, ArticleStatus to) noexcept;

    /// True when the step approves or rejects someone's work, so its editor may not make it.
    static bool needsSecondPerson(ArticleStatus from, ArticleStatus to) noexcept;

    /// True when someone with \a roles may create drafts and translations.
    static bool mayCreate(std::span<const Role> roles) noexcept;

    /// True when someone with \a roles may change the content of an article in \a status (edit or roll back).
    static bool mayEdit(std::span<const Role> roles, ArticleStatus status) noexcept;

    /// The status after a content change of an article in \a status: always draft.
    static ArticleStatus statusAfterEdit(ArticleStatus status) noexcept;

    /// True for roles that see drafts and articles in review, not only published ones.
    static bool seesUnpublished(std::span<const Role> roles) noexcept;

    /// True when \a translation was made from an older version of \a source than its current one.
    static bool isStale(const KbArticle& translation, const KbArticle& source) noexcept;
};

} // namespace hss
