// SPDX-License-Identifier: MIT
#include "hss/sentiment/Lexicon.h"

#include <algorithm>

#include "LexiconEntries.h"

namespace hss::sentiment {

const Lexicon& Lexicon::builtIn()
{
    static const Lexicon lexicon;
    return lexicon;
}

Lexicon::Lexicon()
{
    // Domain entries come second so they override a general word with the same spelling.
    for (const auto entries : {detail::generalEntries(), detail::domainEntries()}) {
        for (const detail::LexiconEntry& entry : entries) {
            m_valences.insert_or_assign(entry.term, entry.value);
            m_longestPhrase =
                std::max(m_longestPhrase, static_cast<std::size_t>(std::ranges::count(entry.term, ' ')) + 1);
        }
    }
    for (const detail::LexiconEntry& entry : detail::intensifierEntries()) {
        m_intensities.insert_or_assign(entry.term, entry.value);
    }
    m_negators.insert(detail::negatorWords().begin(), detail::negatorWords().end());
    m_contrasts.insert(detail::contrastWords().begin(), detail::contrastWords().end());
}

const std::pair<const std::string_view, double>* Lexicon::find(std::string_view term) const
{
    const auto found = m_valences.find(term);
    return found == m_valences.end() ? nullptr : &*found;
}

std::optional<double> Lexicon::intensity(std::string_view word) const
{
    const auto found = m_intensities.find(word);
    if (found == m_intensities.end()) {
        return std::nullopt;
    }
    return found->second;
}

} // namespace hss::sentiment
