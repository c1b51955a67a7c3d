// SPDX-License-Identifier: MIT
#pragma once

#include <functional>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include <Poco/Net/HTTPRequestHandler.h>

namespace hss::server {

/// Values of the {named} segments of a matched path.
using PathParams = std::map<std::string, std::string>;

/// Maps path templates such as "/api/tickets/{id}/comments" to resource factories. Templates match whole
/// segments; a {param} matches one non-empty segment.
class Router final
{
public:
    using Factory = std::function<std::unique_ptr<Poco::Net::HTTPRequestHandler>(const PathParams&)>;

    struct Route
    {
        std::string pathTemplate;
        std::vector<std::string> methods; ///< what the resource answers; others get 405 from it
        Factory factory;
        std::vector<std::string> segments; ///< pathTemplate split at '/', made by add()
    };

    struct Match
    {
        const Route* route = nullptr;
        PathParams params;
    };

    void add(std::string pathTemplate, std::vector<std::string> methods, Factory factory);
    std::optional<Match> match(const std::string& path) const;
    const std::vector<Route>& routes() const { return m_routes; }

    /// "METHOD /path/{param}" per line, sorted: what `hss-server --routes` prints.
    std::vector<std::string> describe() const;

private:
    std::vector<Route> m_routes;
};

} // namespace hss::server
