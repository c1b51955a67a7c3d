// SPDX-License-Identifier: MIT
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "hss/Result.h"

namespace hss::sentiment {

/// What a token stands for: a word, an exclamation mark, or a clause break (. , ; : ? and line ends), which ends
/// the reach of negators and intensifiers.
enum class TokenKind {
    Word,
    Exclamation,
    ClauseBreak,
};

/// One token; text views into the Tokenizer's buffer.
struct Token
{
    std::string_view text;
    TokenKind kind = TokenKind::Word;
};

/// Splits UTF-8 text into lower-cased words and punctuation marks that matter for sentiment. Words are runs of
/// letters, digits and non-ASCII characters; an apostrophe or hyphen inside a word stays ("didn't", "life-saving");
/// typographic apostrophes become ASCII ones. Only ASCII is lower-cased. The buffers are reused between calls, so
/// one Tokenizer over many texts allocates only when a text is longer than any before.
class Tokenizer final
{
public:
    /// Tokenises \a text; the tokens stay valid until the next call. InvalidEncoding (field "text") when \a text
    /// is not well-formed UTF-8; then there are no tokens.
    Status tokenize(std::string_view text);

    /// The tokens of the last tokenize().
    const std::vector<Token>& tokens() const noexcept { return m_tokens; }

private:
    std::string m_buffer;
    std::vector<Token> m_tokens;
};

} // namespace hss::sentiment
