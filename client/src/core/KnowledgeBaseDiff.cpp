// SPDX-License-Identifier: MIT
#include "KnowledgeBaseDiff.h"

#include <QRegularExpression>
#include <QStringList>
#include <algorithm>

namespace hss::client {

namespace {

using Kind = KnowledgeBaseDiff::Kind;
using Piece = KnowledgeBaseDiff::Piece;

/// Each word with the spacing that follows it, so joining the tokens gives back the text.
QStringList tokens(const QString& text)
{
    static const QRegularExpression word(QStringLiteral("\\S+\\s*"));
    QStringList result;
    const qsizetype lead = text.indexOf(QRegularExpression(QStringLiteral("\\S")));
    if (lead > 0) {
        result << text.left(lead);
    }
    auto it = word.globalMatch(text);
    while (it.hasNext()) {
        result << it.next().captured(0);
    }
    return result;
}

void add(std::vector<Piece>& pieces, Kind kind, const QString& text)
{
    if (!pieces.empty() && pieces.back().kind == kind) {
        pieces.back().text += text;
    } else {
        pieces.push_back({kind, text});
    }
}

/// Longest common subsequence of words (spacing ignored) over a[from..), b[from..) up to the given ends.
void diffMiddle(const QStringList& a, const QStringList& b, qsizetype aBegin, qsizetype aEnd, qsizetype bBegin,
                qsizetype bEnd, std::vector<Piece>& pieces)
{
    const qsizetype n = aEnd - aBegin;
    const qsizetype m = bEnd - bBegin;
    if (n > KnowledgeBaseDiff::maxWordsCompared && m > KnowledgeBaseDiff::maxWordsCompared) {
        for (qsizetype i = aBegin; i < aEnd; ++i) {
            add(pieces, Kind::Deleted, a[i]);
        }
        for (qsizetype j = bBegin; j < bEnd; ++j) {
            add(pieces, Kind::Inserted, b[j]);
        }
        return;
    }
    // lengths[i][j]: LCS of a[aBegin+i..aEnd) and b[bBegin+j..bEnd).
    std::vector<int> lengths(static_cast<std::size_t>((n + 1) * (m + 1)), 0);
    const auto at = [m](qsizetype i, qsizetype j) { return static_cast<std::size_t>(i * (m + 1) + j); };
    for (qsizetype i = n - 1; i >= 0; --i) {
        for (qsizetype j = m - 1; j >= 0; --j) {
            lengths[at(i, j)] = a[aBegin + i].trimmed() == b[bBegin + j].trimmed()
                ? lengths[at(i + 1, j + 1)] + 1
                : std::max(lengths[at(i + 1, j)], lengths[at(i, j + 1)]);
        }
    }
    qsizetype i = 0;
    qsizetype j = 0;
    while (i < n || j < m) {
        if (i < n && j < m && a[aBegin + i].trimmed() == b[bBegin + j].trimmed()) {
            add(pieces, Kind::Same, b[bBegin + j]);
            ++i;
            ++j;
        } else if (i < n && (j == m || lengths[at(i + 1, j)] >= lengths[at(i, j + 1)])) {
            add(pieces, Kind::Deleted, a[aBegin + i]);
            ++i;
        } else {
            add(pieces, Kind::Inserted, b[bBegin + j]);
            ++j;
        }
    }
}

} // namespace

std::vector<Piece> KnowledgeBaseDiff::compare(const QString& older, const QString& newer)
{
    const QStringList a = tokens(older);
    const QStringList b = tokens(newer);
    std::vector<Piece> pieces;
    // Edits are usually local: the shared start and end need no table.
    qsizetype prefix = 0;
    while (prefix < a.size() && prefix < b.size() && a[prefix] == b[prefix]) {
        ++prefix;
    }
    qsizetype suffix = 0;
    while (suffix < a.size() - prefix && suffix < b.size() - prefix
           && a[a.size() - 1 - suffix] == b[b.size() - 1 - suffix]) {
        ++suffix;
    }
    for (qsizetype i = 0; i < prefix; ++i) {
        add(pieces, Kind::Same, a[i]);
    }
    diffMiddle(a, b, prefix, a.size() - suffix, prefix, b.size() - suffix, pieces);
    for (qsizetype i = a.size() - suffix; i < a.size(); ++i) {
        add(pieces, Kind::Same, a[i]);
    }
    return pieces;
}

QString KnowledgeBaseDiff::toHtml(const std::vector<Piece>& pieces)
{
    QString html;
    for (const Piece& piece : pieces) {
        QString text = piece.text.toHtmlEscaped();
        text.replace(QLatin1Char('\n'), QStringLiteral("<br>"));
        switch (piece.kind) {
        case Kind::Same:
            html += text;
            break;
        case Kind::Inserted:
            html += QStringLiteral("<span style=\"background-color:#d4f7d4; color:#0b5d0b; text-decoration:underline\">"
                                   "%1</span>")
                        .arg(text);
            break;
        case Kind::Deleted:
            html += QStringLiteral("<span style=\"background-color:#fbd9d9; color:#8a1010; "
                                   "text-decoration:line-through\">%1</span>")
                        .arg(text);
            break;
        }
    }
    return html;
}

} // namespace hss::client
