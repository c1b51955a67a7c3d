// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <optional>

#include "hss/Result.h"
#include "hss/sla/SlaReport.h"

namespace hss::client {

/// The store's form of an SLA report (ticket_sla.clocks): every field of every clock in about 100 bytes, instead of
/// the API's JSON text (about 1.3 KB, and the biggest cost of an initial sync: encoding it, then encrypting it).
///
/// Layout, version 1: a version byte, then evaluatedAt, then the three clocks in allSlaClockKinds order, each as a
/// flag byte (state, paused, which optional times follow), the policy id (length, UTF-8), startedAt, stoppedAt and
/// dueAt if present, targetMs, elapsedMs, the escalation level, and the upcoming events (count; kind byte, level,
/// at, clockStartedAt). Integers are LEB128 varints; times are zigzag varints relative to evaluatedAt (startedAt)
/// or to the clock's startedAt (the others), so a typical time takes 1 to 5 bytes. remainingMs is not stored: it is
/// targetMs - elapsedMs by definition.
class TicketSlaCodec final
{
public:
    static constexpr char version = 1;

    static QByteArray encode(const sla::SlaReport& report);
    /// What encode() wrote; InvalidArgument (field "clocks") for anything else, truncated or trailing bytes included.
    static Result<sla::SlaReport> decode(QByteArrayView bytes);
    /// decode() into \a report, reusing its strings' and vectors' storage (for reading many rows); on an error
    /// \a report holds part of what was read.
    static std::optional<Error> decode(QByteArrayView bytes, sla::SlaReport& report);
};

} // namespace hss::client
