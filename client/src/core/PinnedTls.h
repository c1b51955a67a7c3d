// SPDX-License-Identifier: MIT
#pragma once

#include <QSslConfiguration>
#include <QString>
#include <optional>

namespace hss::client {

/// TLS settings that trust only the CA certificate(s) in the PEM file: never the system store, TLS 1.2 or later,
/// peer verification on. Every request to the server uses them; certificate errors are never ignored.
/// Returns nothing with *error set when the file cannot be read or holds no certificate.
std::optional<QSslConfiguration> pinnedTlsConfiguration(const QString& caCertificateFile, QString* error);

} // namespace hss::client
