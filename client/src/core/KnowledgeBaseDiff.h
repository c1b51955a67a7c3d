// SPDX-License-Identifier: MIT
#pragma once

#include <QString>
#include <vector>

namespace hss::client {

/// A word-level diff between two versions of an article's text, for the history view.
class KnowledgeBaseDiff final
{
public:
    enum class Kind {
        Same,
        Inserted,
        Deleted,
    };

    /// A run of words (with the spacing between them) that both texts share, or that only one holds.
    struct Piece
    {
        Kind kind = Kind::Same;
        QString text;

        friend bool operator==(const Piece&, const Piece&) = default;
    };

    /// The pieces that turn \a older into \a newer, in reading order; deletions come before the insertions that
    /// replace them. Words are compared exactly (case and punctuation count). A changed middle part longer than
    /// maxWordsCompared words on both sides is shown as deleted and inserted as a whole.
    static std::vector<Piece> compare(const QString& older, const QString& newer);
    /// The pieces as HTML: inserted words green and underlined, deleted ones red and struck through.
    static QString toHtml(const std::vector<Piece>& pieces);

    static constexpr qsizetype maxWordsCompared = 4000;
};

} // namespace hss::client
