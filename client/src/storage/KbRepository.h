// SPDX-License-Identifier: MIT
#pragma once

#include <QSqlDatabase>
#include <QString>
#include <optional>
#include <vector>

#include "StatementCache.h"
#include "StoreError.h"
#include "hss/KbArticle.h"

namespace hss::client {

/// One full-text search hit, best first.
struct KbSearchHit
{
    Uuid id;
    QString title;
    QString snippet; ///< matched words between [ and ]
    double score = 0.0;
};

/// Knowledge-base articles with their version history and a ranked FTS4 search. Keep one object for a batch of
/// writes: it compiles each statement once.
class KbRepository final
{
public:
    explicit KbRepository(QSqlDatabase db);

    /// Inserts or updates the article and records its version in the history.
    std::optional<StoreError> upsert(const KbArticle& article);
    std::optional<KbArticle> find(const Uuid& id) const;
    /// Deletes the article with its history and its search entry.
    std::optional<StoreError> remove(const Uuid& id);
    /// Full-text search over title (weighted 3×) and body; words are all required, the last one as a prefix.
    std::vector<KbSearchHit> search(const QString& text, int limit = 20) const;
    /// The versions kept for an article, newest first.
    std::vector<int> versions(const Uuid& id) const;

    /// The FTS query for the user's words: letters and digits only, lower case, so no FTS operator can be typed.
    static QString matchExpression(const QString& text);

private:
    QSqlDatabase m_db;
    StatementCache m_statements;
};

} // namespace hss::client
