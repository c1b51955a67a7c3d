// SPDX-License-Identifier: MIT
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "DemoSeeder.h"
#include "hss/KbArticle.h"

namespace hss {
class Clock;
}

namespace hss::server {

class Database;

/// The knowledge base's editing side in the demo data set: an article in every workflow state (a draft, one in
/// review, a clinical one waiting for medical review, an archived one), version histories of two or three versions,
/// and German, French and Spanish translations of published articles, one of them stale because its source has a
/// newer version. Every version is stored the way the API stores it (version rows, sync feed).
class DemoKnowledgeBase final
{
public:
    DemoKnowledgeBase(Database& database, const Clock& clock, const std::vector<SeededUser>& staff);

    /// Stores the articles; returns how many.
    int seed();

private:
    /// A new article by \a author, \a daysAgo days old.
    KbArticle write(const std::string& title, const std::string& body, KbCategory category, KbContentType type,
                    const std::string& author, std::int64_t daysAgo,
                    const std::optional<KbArticle>& source = std::nullopt, const std::string& language = "en");
    /// The next version of \a article's text by \a editor, \a daysAgo days old.
    KbArticle revise(const KbArticle& article, const std::string& title, const std::string& body,
                     const std::string& editor, std::int64_t daysAgo, const std::string& note);
    /// \a article moved to \a status (no new version).
    KbArticle move(const KbArticle& article, ArticleStatus status);
    Uuid idOf(const std::string& username) const;

    Database& m_database;
    const Clock& m_clock;
    const std::vector<SeededUser>& m_staff;
};

} // namespace hss::server
