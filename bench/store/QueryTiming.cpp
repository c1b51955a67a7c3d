// SPDX-License-Identifier: MIT
#include "QueryTiming.h"

#include <algorithm>

#include "Formatting.h"

namespace hss::bench {

CaseTiming timeCase(const QueryCase& queryCase, const QSqlDatabase& encrypted, const QSqlDatabase& plain, int warmup,
                    int repeat)
{
    CaseTiming timing;
    const QSqlDatabase* stores[] = {&encrypted, &plain};
    Samples* samples[] = {&timing.encrypted, &timing.plain};
    QueryOutcome* results[] = {&timing.encryptedResult, &timing.plainResult};
    const int untimed = std::max(warmup, 1); // the first run also records the result to compare against
    for (int round = 0; round < untimed + repeat; ++round) {
        for (int turn = 0; turn < 2; ++turn) {
            const int side = (round + turn) % 2;
            const QueryOutcome outcome = queryCase.run(*stores[side]);
            if (round == 0) {
                *results[side] = outcome;
            } else if (outcome.fingerprint != results[side]->fingerprint) {
                timing.error = QStringLiteral("%1: the result changed between runs").arg(queryCase.name);
            }
            if (round >= untimed) {
                samples[side]->add(outcome.milliseconds);
            }
        }
    }
    if (timing.encryptedResult.fingerprint != timing.plainResult.fingerprint) {
        timing.error = QStringLiteral("%1: the stores disagree (%2 vs %3 rows)")
                           .arg(queryCase.name)
                           .arg(timing.encryptedResult.rows)
                           .arg(timing.plainResult.rows);
    }
    return timing;
}

QStringList queryTableHeaders(const QString& first)
{
    return {first,
            QStringLiteral(">rows"),
            QStringLiteral(">enc. median ms"),
            QStringLiteral(">enc. p95 ms"),
            QStringLiteral(">plain median ms"),
            QStringLiteral(">plain p95 ms"),
            QStringLiteral(">ratio"),
            QStringLiteral("target"),
            QStringLiteral("met")};
}

QStringList queryTableCells(const QueryCase& queryCase, const CaseTiming& timing, qint64 matches)
{
    const double encrypted = timing.encrypted.median();
    const double plain = timing.plain.median();
    QStringList targets;
    QStringList missed;
    if (queryCase.targetMs) {
        targets << QStringLiteral("< %1 ms").arg(*queryCase.targetMs);
        if (encrypted >= *queryCase.targetMs) {
            missed << QStringLiteral("time");
        }
    }
    if (queryCase.hasRatioTarget) {
        targets << QStringLiteral("ratio ≤ %1").arg(ratioTarget);
        if (plain > 0.0 && encrypted / plain > ratioTarget) {
            missed << QStringLiteral("ratio");
        }
    }
    const QString met = targets.isEmpty() ? QStringLiteral("–")
        : missed.isEmpty()                ? QStringLiteral("yes")
                                          : QStringLiteral("**no** (%1)").arg(missed.join(QLatin1String(", ")));
    const QString rows = matches >= 0 ? QStringLiteral("%1 of %2").arg(timing.encryptedResult.rows).arg(matches)
                                      : QString::number(timing.encryptedResult.rows);
    return {rows,
            formatMs(encrypted),
            formatMs(timing.encrypted.p95()),
            formatMs(plain),
            formatMs(timing.plain.p95()),
            formatRatio(encrypted, plain),
            targets.join(QLatin1String(", ")),
            met};
}

} // namespace hss::bench
