// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QSqlDatabase>
#include <QString>
#include <functional>
#include <optional>
#include <vector>

#include "WorkloadGenerator.h"

namespace hss::bench {

/// One timed run of a query case: the repository call only (building the fingerprint is not timed).
struct QueryOutcome
{
    double milliseconds = 0.0;
    qint64 rows = 0; ///< rows returned, or the count for a count query
    QByteArray fingerprint; ///< hash of the result ids in order, to prove both stores answered the same
};

/// A read the console makes, run through the production repositories on either store.
struct QueryCase
{
    enum class Group {
        Queue,
        Search,
        Other,
    };

    QString name;
    Group group = Group::Other;
    std::optional<double> targetMs; ///< the issue's time target, if it has one
    bool hasRatioTarget = false; ///< the encrypted/plain ratio must stay at or under the issue's limit
    std::function<QueryOutcome(const QSqlDatabase&)> run;
    /// How many rows the query matches before its LIMIT (untimed), if that is worth showing.
    std::function<qint64(const QSqlDatabase&)> matches;
    /// For a proposed statement: the name of the current case it would replace.
    QString replaces;
};

/// The queue views, filtered and count queries and KB searches of issue 3, parameterised from \a workload.
std::vector<QueryCase> storeQueryCases(const Workload& workload);

/// How many KB articles match \a phrase in KbRepository::search() (untimed helper).
qint64 kbMatchCount(const QSqlDatabase& db, const QString& phrase);

/// The KB search phrases storeQueryCases() uses, as a user types them (the last word is searched as a prefix).
QStringList kbSearchPhrases();

} // namespace hss::bench
