// SPDX-License-Identifier: MIT
#include "Router.h"

#include <algorithm>
#include <array>
#include <stdexcept>
#include <string_view>

namespace hss::server {

namespace {

// More segments than any route has: such a path matches nothing.
constexpr std::size_t maxSegments = 16;

/// Splits \a path at '/' into \a parts (views into \a path); false when there are more than maxSegments.
bool splitPath(std::string_view path, std::array<std::string_view, maxSegments>& parts, std::size_t& count)
{
    count = 0;
    std::size_t start = 0;
    while (true) {
        if (count == maxSegments) {
            return false;
        }
        const auto slash = path.find('/', start);
        const auto end = slash == std::string_view::npos ? path.size() : slash;
        parts[count++] = path.substr(start, end - start);
        if (slash == std::string_view::npos) {
            return true;
        }
        start = slash + 1;
    }
}

bool isParameter(std::string_view segment)
{
    return segment.size() > 2 && segment.front() == '{' && segment.back() == '}';
}

} // namespace

void Router::add(std::string pathTemplate, std::vector<std::string> methods, Factory factory)
{
    std::vector<std::string> parts;
    std::array<std::string_view, maxSegments> views;
    std::size_t count = 0;
    if (!splitPath(pathTemplate, views, count)) {
        throw std::invalid_argument("route template has too many segments: " + pathTemplate);
    }
    parts.assign(views.begin(), views.begin() + static_cast<std::ptrdiff_t>(count));
    m_routes.push_back({std::move(pathTemplate), std::move(methods), std::move(factory), std::move(parts)});
}

std::optional<Router::Match> Router::match(const std::string& path) const
{
    // Runs for every request: the path is split into views, and parameters are copied for the winner only.
    std::array<std::string_view, maxSegments> wanted;
    std::size_t count = 0;
    if (!splitPath(path, wanted, count)) {
        return std::nullopt;
    }
    const Route* best = nullptr;
    std::size_t bestParameters = 0;
    // A literal segment beats a parameter: /api/health/history is not /api/health/{service}.
    for (const Route& route : m_routes) {
        if (route.segments.size() != count) {
            continue;
        }
        bool ok = true;
        std::size_t parameters = 0;
        for (std::size_t i = 0; i < count && ok; ++i) {
            if (isParameter(route.segments[i])) {
                ok = !wanted[i].empty();
                ++parameters;
            } else {
                ok = route.segments[i] == wanted[i];
            }
        }
        if (ok && (!best || parameters < bestParameters)) {
            best = &route;
            bestParameters = parameters;
        }
    }
    if (!best) {
        return std::nullopt;
    }
    Match match {best, {}};
    for (std::size_t i = 0; i < count; ++i) {
        const std::string& segment = best->segments[i];
        if (isParameter(segment)) {
            match.params.emplace(segment.substr(1, segment.size() - 2), std::string(wanted[i]));
        }
    }
    return match;
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
