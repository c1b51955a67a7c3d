// SPDX-License-Identifier: MIT
#pragma once

#include <QList>
#include <utility>

#include "AdminPage.h"
#include "core/admin/AdminDocuments.h"

class QFormLayout;
class QPushButton;
class QSpinBox;

namespace hss::client {

/// Organisation settings: the idle time after which every console locks, and how long the server keeps data.
class OrganisationSettingsPage final : public AdminPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OrganisationSettingsPage)

public:
    OrganisationSettingsPage(AdminApi& api, QWidget* parent = nullptr);

    QString title() const override;
    QSpinBox* idleLockMinutes() const { return m_idleLock; }
    /// The spin box of retention period \a key ("audit_log_days"), or null.
    QSpinBox* retentionDays(const QString& key) const;
    qint64 revision() const { return m_settings.revision; }
    void save();

signals:
    /// The server stored a new idle-lock time: the console applies it now.
    void idleLockMinutesSaved(int minutes);

protected:
    void load() override;
    void setActionsEnabled(bool enabled) override;
    void showFieldError(const QString& field, const QString& message) override;

private:
    void showSettings(const OrganisationSettings& settings);

    OrganisationSettings m_settings;
    QSpinBox* m_idleLock;
    QFormLayout* m_retentionForm;
    QList<std::pair<QString, QSpinBox*>> m_retention;
    QPushButton* m_save;
};

} // namespace hss::client
