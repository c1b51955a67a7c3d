// SPDX-License-Identifier: MIT
#include "hss/Version.h"

#include "hss/BuildInfo.h"

namespace hss {

std::string_view productVersion()
{
    return HSS_VERSION_STRING;
}

std::string_view productName()
{
    return HSS_PRODUCT_NAME;
}

} // namespace hss
