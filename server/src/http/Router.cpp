// SPDX-License-Identifier: MIT
#include "Router.h"

#include <algorithm>

namespace hss::server {

namespace {

std::vector<std::string> segments(const std::string& path)
{
    std::vector<std::string> parts;
    std::string::size_type start = 0;
    while (start <= path.size()) {
        const auto slash = path.find('/', start);
        const auto end = slash == std::string::npos ? path.size() : slash;
        parts.push_back(path.substr(start, end - start));
        if (slash == std::string::npos) {
            break;
        }
        start = slash + 1;
    }
    return parts;
}

bool isParameter(const std::string& segment)
{
    return segment.size() > 2 && segment.front() == '{' && segment.back() == '}';
}

} // namespace

void Router::add(std::string pathTemplate, std::vector<std::string> methods, Factory factory)
{
    m_routes.push_back({std::move(pathTemplate), std::move(methods), std::move(factory)});
}

std::optional<Router::Match> Router::match(const std::string& path) const
{
    const auto wanted = segments(path);
    std::optional<Match> best;
    // A literal segment beats a parameter: /api/health/history is not /api/health/{service}.
    for (const Route& route : m_routes) {
        const auto pattern = segments(route.pathTemplate);
        if (pattern.size() != wanted.size()) {
            continue;
        }
        Match match {&route, {}};
        bool ok = true;
        for (std::size_t i = 0; i < pattern.size() && ok; ++i) {
            if (isParameter(pattern[i])) {
                ok = !wanted[i].empty();
                match.params[pattern[i].substr(1, pattern[i].size() - 2)] = wanted[i];
            } else {
                ok = pattern[i] == wanted[i];
            }
        }
        if (ok && (!best || match.params.size() < best->params.size())) {
            best = std::move(match);
        }
    }
    return best;
}

std::vector<std::string> Router::describe() const
{
    std::vector<std::string> lines;
    for (const Route& route : m_routes) {
        for (const std::string& method : route.methods) {
            lines.push_back(method + " " + route.pathTemplate);
        }
    }
    std::sort(lines.begin(), lines.end());
    return lines;
}

} // namespace hss::server
