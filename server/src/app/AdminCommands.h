// SPDX-License-Identifier: MIT
#pragma once

#include <iosfwd>

namespace hss::server {

class ServerConfig;

/// `hss-server create-admin`: reads five lines from \a in (username, display name, e-mail, password, password
/// again), checks them and the password policy, and stores a new admin with a fresh TOTP secret. Prints the
/// otpauth:// URI and the base32 secret to \a out once (never the password); prompts and problems go to \a err.
/// Opens the database of \a config itself. Returns 0 on success, 1 when the input is refused (also for a taken
/// username), 2 when the database cannot be opened or written.
int createAdmin(const ServerConfig& config, std::istream& in, std::ostream& out, std::ostream& err);

/// `hss-server audit-verify`: checks the hash chain of the audit log in the database of \a config. Prints
/// "audit chain intact: N records" and returns 0, or "audit chain broken at record N" and returns 1; returns 2
/// (with the reason on \a err) when the database cannot be opened.
int auditVerify(const ServerConfig& config, std::ostream& out, std::ostream& err);

} // namespace hss::server
