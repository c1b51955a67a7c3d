// SPDX-License-Identifier: MIT
#include "hss/Channel.h"

#include "EnumTable.h"

namespace hss {

namespace {

constexpr detail::EnumTable<Channel, 4> table {"channel",
                                               {{
                                                   {Channel::Email, "email"},
                                                   {Channel::Phone, "phone"},
                                                   {Channel::Chat, "chat"},
                                                   {Channel::Web, "web"},
                                               }}};

} // namespace

std::string_view toString(Channel channel)
{
    return table.name(channel);
}

Result<Channel> channelFromString(std::string_view text, std::string_view field)
{
    return table.parse(text, field);
}

} // namespace hss
