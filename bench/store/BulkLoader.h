// SPDX-License-Identifier: MIT
#pragma once

#include <QSqlDatabase>
#include <QString>
#include <functional>
#include <optional>

#include "WorkloadGenerator.h"
#include "storage/StoreError.h"

namespace hss::bench {

class MarkdownTable;

/// Fills the encrypted and the plain store with the same workload through the production repositories, in
/// transactions of a fixed size. Batches alternate between the stores (and which goes first), so both see the same
/// machine noise; only the time inside each transaction is counted.
class BulkLoader final
{
public:
    using Progress = std::function<void(const QString&)>;

    BulkLoader(QSqlDatabase encrypted, QSqlDatabase plain, int batchSize, Progress progress);

    /// Inserts tickets, then comments, then KB articles, adding one row per kind to \a table (see tableHeaders()).
    /// Returns false (after reporting through the progress callback) if an insert fails.
    bool load(const Workload& workload, MarkdownTable& table);
    static QStringList tableHeaders();

private:
    using InsertOne = std::function<std::optional<client::StoreError>(const QSqlDatabase&, std::size_t)>;
    bool insertAll(std::size_t count, const InsertOne& insertOne, double* encryptedMs, double* plainMs);

    QSqlDatabase m_encrypted;
    QSqlDatabase m_plain;
    std::size_t m_batchSize;
    Progress m_progress;
};

} // namespace hss::bench
