// SPDX-License-Identifier: MIT
#include "TlsContextFactory.h"

#include <Poco/Exception.h>

#include "ConfigError.h"
#include "ServerConfig.h"

namespace hss::server {

namespace {

// Mozilla server-side TLS guidelines, "intermediate" configuration (TLS 1.2 suites; 1.3 uses OpenSSL's set).
constexpr const char* intermediateCiphers = "ECDHE-ECDSA-AES128-GCM-SHA256:ECDHE-RSA-AES128-GCM-SHA256:"
                                            "ECDHE-ECDSA-AES256-GCM-SHA384:ECDHE-RSA-AES256-GCM-SHA384:"
                                            "ECDHE-ECDSA-CHACHA20-POLY1305:ECDHE-RSA-CHACHA20-POLY1305:"
                                            "DHE-RSA-AES128-GCM-SHA256:DHE-RSA-AES256-GCM-SHA384:"
                                            "DHE-RSA-CHACHA20-POLY1305";

} // namespace

Poco::Net::Context::Ptr createServerTlsContext(const ServerConfig& config)
{
    config.requireTls();
    Poco::Net::Context::Params params;
    params.certificateFile = config.string("tls.certificateFile");
    params.privateKeyFile = config.string("tls.privateKeyFile");
    params.verificationMode = Poco::Net::Context::VERIFY_NONE; // clients authenticate with tokens, not certificates
    params.cipherList = intermediateCiphers;
    params.dhUse2048Bits = true;
    Poco::Net::Context::Ptr context;
    try {
        context = new Poco::Net::Context(Poco::Net::Context::TLS_SERVER_USE, params);
    } catch (const Poco::Exception& error) {
        throw ConfigError("cannot load the TLS certificate '" + params.certificateFile + "' or key '"
                          + params.privateKeyFile + "': " + error.displayText());
    }
    const bool modern = config.string("tls.profile") == "modern";
    context->requireMinimumProtocol(modern ? Poco::Net::Context::PROTO_TLSV1_3 : Poco::Net::Context::PROTO_TLSV1_2);
    context->enableSessionCache(true, "hss-server");
    context->preferServerCiphers();
    return context;
}

} // namespace hss::server
