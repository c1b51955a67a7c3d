// SPDX-License-Identifier: MIT
#pragma once

#include "../editor/EditorTestSupport.h"

namespace hss::test {

/// Stores an article as the pull feed does (KbRepository::upsert also records its version) and returns it.
inline KbArticle storeArticle(EditorFixture& store, const std::string& title, const std::string& body,
                              KbCategory category, ArticleStatus status = ArticleStatus::Published, int version = 1,
                              Uuid id = Uuid::createV7())
{
    KbArticle article;
    article.id = id;
    article.title = title;
    article.body = body;
    article.category = category;
    article.status = status;
    article.version = version;
    article.authorId = Uuid::createV7();
    article.updatedAt = editorStartMs - (10 - version) * hourMs;
    const bool stored = store.run<bool>(
        [article](client::LocalStore& s) { return !client::KbRepository(s.database()).upsert(article); });
    return stored ? article : KbArticle {};
}

} // namespace hss::test
