// SPDX-License-Identifier: MIT
#pragma once

#include <QCoreApplication>
#include <QString>

#include "hss/ArticleStatus.h"
#include "hss/KbCategory.h"
#include "hss/KbContentType.h"

namespace hss::client {

/// Translated display names of the knowledge base's values.
class KbLabels final
{
    Q_DECLARE_TR_FUNCTIONS(KbLabels)

public:
    KbLabels() = delete;

    static QString category(KbCategory value);
    static QString status(ArticleStatus value);
    static QString contentType(KbContentType value);
    /// A stored time (ms since the epoch) in the user's local time.
    static QString time(qint64 ms);
};

} // namespace hss::client
