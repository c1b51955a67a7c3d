// SPDX-License-Identifier: MIT
#include <iostream>

#include <Poco/Exception.h>

#include "app/ServerApp.h"

int main(int argc, char** argv)
{
    try {
        hss::server::ServerApp app;
        return app.run(argc, argv);
    } catch (const Poco::Exception& error) {
        std::cerr << "hss-server: " << error.displayText() << std::endl;
        return Poco::Util::Application::EXIT_USAGE;
    }
}
