// SPDX-License-Identifier: MIT
#pragma once

#include <QSqlDatabase>
#include <optional>
#include <vector>

#include "StoreError.h"
#include "hss/Feedback.h"

namespace hss::client {

/// Feedback and CSAT entries, newest first.
class FeedbackRepository final
{
public:
    explicit FeedbackRepository(QSqlDatabase db);

    /// Adds the entry; the same id twice is a no-op.
    std::optional<StoreError> add(const Feedback& feedback);
    /// Inserts or replaces the entry (the server may have added a sentiment score).
    std::optional<StoreError> upsert(const Feedback& feedback);
    std::optional<StoreError> remove(const Uuid& id);
    std::vector<Feedback> recent(int limit) const;

private:
    QSqlDatabase m_db;
};

} // namespace hss::client
