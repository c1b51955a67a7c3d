// SPDX-License-Identifier: MIT
#pragma once

#include <QSqlDatabase>
#include <QString>
#include <QStringList>

#include "QueryCases.h"
#include "Samples.h"

namespace hss::bench {

/// The timings of one query case on both stores.
struct CaseTiming
{
    Samples encrypted;
    Samples plain;
    QueryOutcome encryptedResult; ///< from the first (warm-up) run
    QueryOutcome plainResult;
    QString error; ///< set when the stores disagree or a result changed between runs
};

/// Runs \a queryCase \a warmup times untimed and then \a repeat times timed on each store, alternating which store
/// goes first in every round, so that the noise of a shared machine falls on both alike.
CaseTiming timeCase(const QueryCase& queryCase, const QSqlDatabase& encrypted, const QSqlDatabase& plain, int warmup,
                    int repeat);

/// Column headers of a query timing table whose first column is called \a first.
QStringList queryTableHeaders(const QString& first);

/// The cells after the name: rows (as "returned of \a matches" when \a matches >= 0), median and p95 for both
/// stores, the ratio, the case's targets and whether the encrypted median meets them.
QStringList queryTableCells(const QueryCase& queryCase, const CaseTiming& timing, qint64 matches);

} // namespace hss::bench
