// SPDX-License-Identifier: MIT
#pragma once

#include <QLabel>

#include "sync/SyncStatus.h"

namespace hss::client {

/// The always-visible sync line in the status bar: online or offline since when, changes waiting, last sync and
/// conflicts that need a person.
class SyncStatusWidget final : public QLabel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SyncStatusWidget)

public:
    explicit SyncStatusWidget(QWidget* parent = nullptr);

    void setStatus(const hss::client::SyncStatus& status);
    /// The text shown for \a status (times in the local time zone).
    static QString describe(const SyncStatus& status);
};

} // namespace hss::client
