// SPDX-License-Identifier: MIT
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

class QTextStream;

namespace hss::bench {

/// A table printed as GitHub Markdown with aligned columns, so the benchmark output can be pasted as it is.
class MarkdownTable final
{
public:
    /// \a headers names the columns; a header starting with '>' is right-aligned (the '>' is not printed).
    explicit MarkdownTable(const QStringList& headers);

    void addRow(const QStringList& cells);
    void print(QTextStream& out) const;

private:
    QStringList m_headers;
    QList<bool> m_rightAligned;
    QList<QStringList> m_rows;
};

} // namespace hss::bench
