// SPDX-License-Identifier: MIT
#include "SyncStatusWidget.h"

#include <QDateTime>
#include <QLocale>

namespace hss::client {

namespace {

QString timeText(qint64 ms)
{
    const QDateTime when = QDateTime::fromMSecsSinceEpoch(ms);
    const QLocale locale;
    // Today's times without the date; older ones with it, so "offline since" a day ago is not misread.
    return when.date() == QDate::currentDate() ? locale.toString(when.time(), QLocale::ShortFormat)
                                               : locale.toString(when, QLocale::ShortFormat);
}

} // namespace

SyncStatusWidget::SyncStatusWidget(QWidget* parent)
    : QLabel(parent)
{
    setObjectName(QStringLiteral("syncStatus"));
    setAccessibleName(tr("Sync status"));
    setTextFormat(Qt::PlainText);
    setStatus(SyncStatus());
}

void SyncStatusWidget::setStatus(const SyncStatus& status)
{
    setText(describe(status));
    setToolTip(status.lastError);
    const bool attention = status.state == SyncStatus::State::Offline
        || status.state == SyncStatus::State::SignInRequired || status.state == SyncStatus::State::AccountDisabled
        || status.state == SyncStatus::State::Incompatible || status.conflictsToReview > 0 || status.rejectedCount > 0;
    setStyleSheet(attention ? QStringLiteral("color: #8a4b00; font-weight: bold;") : QString());
}

QString SyncStatusWidget::describe(const SyncStatus& status)
{
    QStringList parts;
    switch (status.state) {
    case SyncStatus::State::Stopped:
        parts << tr("Not syncing");
        break;
    case SyncStatus::State::Connecting:
        parts << tr("Connecting…");
        break;
    case SyncStatus::State::Online:
        parts << (status.initialSyncDone ? tr("Online") : tr("Online, first sync running"));
        break;
    case SyncStatus::State::Offline:
        parts << (status.offlineSinceMs ? tr("Offline since %1").arg(timeText(*status.offlineSinceMs)) : tr("Offline"));
        if (status.nextAttemptMs) {
            parts << tr("next try %1").arg(timeText(*status.nextAttemptMs));
        }
        break;
    case SyncStatus::State::SignInRequired:
        parts << tr("Sign-in needed to sync");
        break;
    case SyncStatus::State::AccountDisabled:
        parts << tr("Account disabled: sync stopped");
        break;
    case SyncStatus::State::Incompatible:
        parts << tr("Update needed: this console and the server cannot sync (changes kept)");
        break;
    }
    // Singular and plural spelled out: there is no English translation file to resolve "%n change(s)".
    if (status.pendingCount == 0) {
        parts << tr("all changes sent");
    } else {
        parts << (status.pendingCount == 1 ? tr("1 change waiting")
                                           : tr("%1 changes waiting").arg(status.pendingCount));
    }
    if (status.rejectedCount > 0) {
        parts << (status.rejectedCount == 1 ? tr("1 change refused")
                                            : tr("%1 changes refused").arg(status.rejectedCount));
    }
    if (status.conflictsToReview > 0) {
        parts << (status.conflictsToReview == 1 ? tr("1 conflict to review")
                                                : tr("%1 conflicts to review").arg(status.conflictsToReview));
    }
    parts << (status.lastSyncMs ? tr("last sync %1").arg(timeText(*status.lastSyncMs)) : tr("never synced"));
    return parts.join(QStringLiteral(" · "));
}

} // namespace hss::client
