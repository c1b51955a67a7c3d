// SPDX-License-Identifier: MIT
#include "PostgresCopyRows.h"

#include <charconv>

namespace hss::server {

PostgresCopyRows::PostgresCopyRows(std::size_t reserveBytes)
{
    m_text.reserve(reserveBytes);
}

void PostgresCopyRows::separate()
{
    if (m_rowStarted) {
        m_text += '\t';
    }
    m_rowStarted = true;
}

void PostgresCopyRows::field(std::string_view text)
{
    separate();
    for (const char c : text) {
        switch (c) {
        case '\\':
            m_text += "\\\\";
            break;
        case '\t':
            m_text += "\\t";
            break;
        case '\n':
            m_text += "\\n";
            break;
        case '\r':
            m_text += "\\r";
            break;
        default:
            m_text += c;
        }
    }
}

void PostgresCopyRows::field(std::int64_t number)
{
    separate();
    char digits[24];
    const auto end = std::to_chars(digits, digits + sizeof digits, number).ptr;
    m_text.append(digits, end);
}

void PostgresCopyRows::endRow()
{
    m_text += '\n';
    m_rowStarted = false;
    ++m_rows;
}

void PostgresCopyRows::clear()
{
    m_text.clear();
    m_rows = 0;
    m_rowStarted = false;
}

} // namespace hss::server
