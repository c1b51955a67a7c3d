// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

namespace hss::client {

/// Article bodies are HTML written by editors and synced from the server; this makes them safe to render and
/// gives their plain text for the version diff.
class KnowledgeBaseHtml final
{
public:
    /// Keeps a small set of formatting tags (paragraphs, emphasis, lists, headings, tables, code, links). Drops
    /// script, style, iframe, object, embed, form controls and their content, every other tag (keeping its text),
    /// every image (its alt text stays, in brackets: nothing is loaded from elsewhere) and every attribute except
    /// href on links (http, https and mailto only), title, and colspan/rowspan on table cells.
    static QString sanitize(const QString& html);
    /// The text of \a html: tags removed, block ends as line breaks, the common entities decoded.
    static QString toPlainText(const QString& html);
    /// Whether a link may be opened in the system browser: http, https or mailto.
    static bool isOpenableLink(const QString& url);
};

} // namespace hss::client
