// SPDX-License-Identifier: MIT
#pragma once

#include <functional>
#include <optional>
#include <string>
#include <vector>

#include <Poco/Data/Session.h>
#include <Poco/Net/HTTPServerRequest.h>

#include "../app/ServerServices.h"
#include "../auth/Principal.h"
#include "../storage/KbRepository.h"
#include "hss/KbArticle.h"
#include "hss/Role.h"

namespace hss::server {

/// The common part of every change to one knowledge-base article: the caller (editors only: anyone else gets 403
/// whether the article exists or not), the article (404), the version the change is based on (409
/// version_conflict), one write job that stores the change with its audit record and sync feed entry, and a
/// "denied" audit record for every 403.
class KbArticleEditor final
{
public:
    /// What a change makes of the current article: the article to store, the note of its version row (when its
    /// version moved on) and the audit record's detail (never the text of the article).
    struct Change
    {
        KbArticle article;
        std::optional<std::string> note;
        std::string detail;
    };
    using Edit =
        std::function<Change(Poco::Data::Session& session, KbRepository& repository, const KbArticle& current)>;

    /// Authenticates the caller of \a request for the article \a id (the path parameter).
    KbArticleEditor(ServerServices& services, Poco::Net::HTTPServerRequest& request, std::string id);

    const Principal& principal() const { return m_principal; }
    const std::vector<Role>& roles() const { return m_roles; }

    /// Runs \a edit on the current article in one write job and stores what it returns, audited as \a action;
    /// returns the article as the API answers it. \a edit throws HttpErrors to refuse.
    nlohmann::json change(const std::string& action, int baseVersion, const Edit& edit);

    /// Throws 409 under_review while the article is in review, 403 when the caller may not edit it in its state.
    void requireEditable(const KbArticle& current) const;

private:
    ServerServices& m_services;
    Poco::Net::HTTPServerRequest& m_request;
    std::string m_id;
    Principal m_principal;
    std::vector<Role> m_roles;
};

} // namespace hss::server
