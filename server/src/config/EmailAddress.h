// SPDX-License-Identifier: MIT
#pragma once

#include <string_view>

namespace hss::server {

/// Whether \a address is a bare e-mail address (local@domain, one '@', no spaces, angle brackets, quotes, commas
/// or line breaks): enough to keep header injection and obvious typos away from SMTP; the relay judges the rest.
bool isPlainEmailAddress(std::string_view address);

} // namespace hss::server
