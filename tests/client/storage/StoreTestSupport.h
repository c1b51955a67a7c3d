// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QFile>
#include <QString>
#include <array>
#include <span>

#include "hss/Ticket.h"

namespace hss::test {

using RawKey = std::array<unsigned char, 32>;

inline RawKey makeKey(unsigned char seed)
{
    RawKey key {};
    for (std::size_t i = 0; i < key.size(); ++i) {
        key[i] = static_cast<unsigned char>(seed * 31 + i * 7 + 1);
    }
    return key;
}

inline std::span<const unsigned char> keySpan(const RawKey& key)
{
    return {key.data(), key.size()};
}

inline QByteArray fileBytes(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

inline Ticket makeTicket(const std::string& title, Priority priority = Priority::Medium,
                         std::int64_t createdAt = 1764144000000)
{
    Ticket t;
    t.id = Uuid::createV7();
    t.title = title;
    t.description = "Description of " + title;
    t.priority = priority;
    t.category = Category::Technical;
    t.status = TicketStatus::Open;
    t.channel = Channel::Email;
    t.requesterName = "Dr. Ada Example";
    t.requesterEmail = "ada@clinic.example";
    t.team = "tier1";
    t.createdAt = createdAt;
    t.updatedAt = createdAt;
    return t;
}

} // namespace hss::test
