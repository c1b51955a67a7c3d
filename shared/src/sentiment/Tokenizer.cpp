// SPDX-License-Identifier: MIT
#include "hss/sentiment/Tokenizer.h"

#include <cstdint>

#include "hss/Utf8.h"

namespace hss::sentiment {

namespace {

bool isAsciiWordChar(unsigned char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
}

bool isClauseBreak(char c)
{
    return c == '.' || c == ',' || c == ';' || c == ':' || c == '?' || c == '\n' || c == '\r';
}

/// The length of the UTF-8 sequence starting with \a lead (the text is known to be well-formed).
std::size_t sequenceLength(unsigned char lead)
{
    return lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4;
}

std::uint32_t decode(std::string_view bytes)
{
    const auto byte = [&](std::size_t i) { return static_cast<std::uint32_t>(static_cast<unsigned char>(bytes[i])); };
    switch (bytes.size()) {
    case 2:
        return ((byte(0) & 0x1F) << 6) | (byte(1) & 0x3F);
    case 3:
        return ((byte(0) & 0x0F) << 12) | ((byte(1) & 0x3F) << 6) | (byte(2) & 0x3F);
    default:
        return ((byte(0) & 0x07) << 18) | ((byte(1) & 0x3F) << 12) | ((byte(2) & 0x3F) << 6) | (byte(3) & 0x3F);
    }
}

/// Non-ASCII characters are letters, except spaces and the General Punctuation block (dashes, quotes, ellipsis).
bool isNonAsciiSeparator(std::uint32_t codePoint)
{
    return codePoint == 0xA0 || codePoint == 0xAB || codePoint == 0xBB || (codePoint >= 0x2000 && codePoint <= 0x206F)
        || codePoint == 0x3000;
}

} // namespace

Status Tokenizer::tokenize(std::string_view text)
{
    m_tokens.clear();
    m_buffer.clear();
    if (!isValidUtf8(text)) {
        return Error {ErrorCode::InvalidEncoding, "text", "text is not valid UTF-8"};
    }
    // Reserving up front keeps the token views stable: the buffer never grows beyond the text's size.
    m_buffer.reserve(text.size());
    std::size_t wordStart = std::string::npos;
    const auto endWord = [&] {
        if (wordStart == std::string::npos) {
            return;
        }
        // An apostrophe or hyphen only joins letters: drop the ones hanging at the end ("patients'").
        std::size_t end = m_buffer.size();
        while (end > wordStart && (m_buffer[end - 1] == '\'' || m_buffer[end - 1] == '-')) {
            --end;
        }
        if (end > wordStart) {
            m_tokens.push_back({std::string_view(m_buffer).substr(wordStart, end - wordStart), TokenKind::Word});
        }
        wordStart = std::string::npos;
    };
    const auto pushMark = [&](char mark, TokenKind kind) {
        endWord();
        m_buffer.push_back(mark);
        m_tokens.push_back({std::string_view(m_buffer).substr(m_buffer.size() - 1), kind});
    };
    for (std::size_t i = 0; i < text.size();) {
        const auto c = static_cast<unsigned char>(text[i]);
        if (c < 0x80) {
            if (isAsciiWordChar(c)) {
                if (wordStart == std::string::npos) {
                    wordStart = m_buffer.size();
                }
                m_buffer.push_back(static_cast<char>(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c));
            } else if ((c == '\'' || c == '-') && wordStart != std::string::npos) {
                m_buffer.push_back(static_cast<char>(c));
            } else if (c == '!') {
                pushMark('!', TokenKind::Exclamation);
            } else if (isClauseBreak(static_cast<char>(c))) {
                pushMark(static_cast<char>(c), TokenKind::ClauseBreak);
            } else {
                endWord();
            }
            ++i;
            continue;
        }
        const std::size_t length = sequenceLength(c);
        const std::uint32_t codePoint = decode(text.substr(i, length));
        if ((codePoint == 0x2019 || codePoint == 0x2018) && wordStart != std::string::npos) {
            m_buffer.push_back('\''); // "didn’t" as typed on phones and in word processors
        } else if (codePoint == 0x2026) {
            pushMark('.', TokenKind::ClauseBreak);
        } else if (isNonAsciiSeparator(codePoint)) {
            endWord();
        } else {
            if (wordStart == std::string::npos) {
                wordStart = m_buffer.size();
            }
            m_buffer.append(text.substr(i, length));
        }
        i += length;
    }
    endWord();
    return okStatus();
}

} // namespace hss::sentiment
