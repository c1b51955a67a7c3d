// SPDX-License-Identifier: MIT
#include "MarkdownTable.h"

#include <QTextStream>
#include <algorithm>

namespace hss::bench {

MarkdownTable::MarkdownTable(const QStringList& headers)
{
    for (const QString& header : headers) {
        const bool right = header.startsWith(QLatin1Char('>'));
        m_rightAligned << right;
        m_headers << (right ? header.mid(1) : header);
    }
}

void MarkdownTable::addRow(const QStringList& cells)
{
    m_rows << cells;
}

void MarkdownTable::print(QTextStream& out) const
{
    QList<qsizetype> widths;
    for (const QString& header : m_headers) {
        widths << std::max<qsizetype>(header.size(), 3);
    }
    for (const QStringList& row : m_rows) {
        for (qsizetype i = 0; i < row.size() && i < widths.size(); ++i) {
            widths[i] = std::max(widths[i], row[i].size());
        }
    }
    const auto printRow = [&](const QStringList& cells) {
        out << '|';
        for (qsizetype i = 0; i < widths.size(); ++i) {
            const QString cell = i < cells.size() ? cells[i] : QString();
            out << ' ' << (m_rightAligned[i] ? cell.rightJustified(widths[i]) : cell.leftJustified(widths[i])) << " |";
        }
        out << '\n';
    };
    printRow(m_headers);
    out << '|';
    for (qsizetype i = 0; i < widths.size(); ++i) {
        out << ' ' << QString(widths[i] - 1, QLatin1Char('-')) << (m_rightAligned[i] ? ':' : '-') << " |";
    }
    out << '\n';
    for (const QStringList& row : m_rows) {
        printRow(row);
    }
    out.flush();
}

} // namespace hss::bench
