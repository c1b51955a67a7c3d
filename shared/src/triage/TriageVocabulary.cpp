// SPDX-License-Identifier: MIT
#include "hss/triage/TriageVocabulary.h"

#include <map>
#include <stdexcept>
#include <string>

#include "SynonymGroups.h"
#include "hss/triage/TextNormalizer.h"

namespace hss::triage {

namespace {

using detail::synonymGroups;

const std::map<std::string, std::uint64_t, std::less<>>& stemMasks()
{
    static const std::map<std::string, std::uint64_t, std::less<>> masks = [] {
        std::map<std::string, std::uint64_t, std::less<>> built;
        const auto groups = synonymGroups();
        for (std::size_t i = 0; i < groups.size(); ++i) {
            for (const std::string_view word : groups[i].words) {
                const std::vector<std::string> tokens = normalizeText(word);
                if (tokens.size() != 1) {
                    throw std::logic_error("synonym group word is not one word: " + std::string(word));
                }
                built[stemWord(tokens.front())] |= std::uint64_t {1} << i;
            }
        }
        return built;
    }();
    return masks;
}

} // namespace

std::vector<std::string_view> synonymGroupNames()
{
    std::vector<std::string_view> names;
    for (const detail::SynonymGroup& group : synonymGroups()) {
        names.push_back(group.name);
    }
    return names;
}

std::span<const std::string_view> synonymGroupWords(std::string_view name)
{
    const auto index = synonymGroupIndex(name);
    return index ? synonymGroups()[*index].words : std::span<const std::string_view> {};
}

std::optional<std::size_t> synonymGroupIndex(std::string_view name)
{
    const auto groups = synonymGroups();
    for (std::size_t i = 0; i < groups.size(); ++i) {
        if (groups[i].name == name) {
            return i;
        }
    }
    return std::nullopt;
}

std::uint64_t synonymGroupsOfStem(std::string_view stem)
{
    const auto& masks = stemMasks();
    const auto it = masks.find(stem);
    return it == masks.end() ? 0 : it->second;
}

} // namespace hss::triage
