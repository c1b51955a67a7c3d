// SPDX-License-Identifier: MIT
#pragma once

#include <string>

#include <Poco/Util/ServerApplication.h>

namespace hss::server {

/// hss-server: reads the configuration, opens the database and serves the REST API over HTTPS until it is
/// asked to stop. Options: --help, --version, --config=FILE. A bad configuration stops it at start-up with
/// a one-line message on stderr and a non-zero exit code.
class ServerApp final : public Poco::Util::ServerApplication
{
protected:
    void initialize(Poco::Util::Application& self) override;
    void defineOptions(Poco::Util::OptionSet& options) override;
    void handleOption(const std::string& name, const std::string& value) override;
    int main(const std::vector<std::string>& args) override;

private:
    void printHelp() const;

    bool m_exitEarly = false;
    std::string m_configFile;
};

} // namespace hss::server
