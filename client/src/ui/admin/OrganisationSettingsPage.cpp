// SPDX-License-Identifier: MIT
#include "OrganisationSettingsPage.h"

#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

#include "core/FutureSupport.h"
#include "core/admin/AdminApi.h"

namespace hss::client {

namespace {

QString retentionLabel(const QString& key)
{
    if (key == QLatin1String("closed_tickets_days")) {
        return OrganisationSettingsPage::tr("Closed tickets (days, 0 = keep):");
    }
    if (key == QLatin1String("audit_log_days")) {
        return OrganisationSettingsPage::tr("Audit log, kept at least (days):");
    }
    if (key == QLatin1String("health_history_days")) {
        return OrganisationSettingsPage::tr("Server health history (days):");
    }
    if (key == QLatin1String("notification_log_days")) {
        return OrganisationSettingsPage::tr("Sent notifications (days):");
    }
    if (key == QLatin1String("sync_feed_days")) {
        return OrganisationSettingsPage::tr("Sync change records (days):");
    }
    return key + QLatin1Char(':');
}

} // namespace

OrganisationSettingsPage::OrganisationSettingsPage(AdminApi& api, QWidget* parent)
    : AdminPage(api, parent)
    , m_idleLock(new QSpinBox(this))
    , m_retentionForm(new QFormLayout)
    , m_save(new QPushButton(tr("&Save settings"), this))
{
    setObjectName(QStringLiteral("adminSettingsPage"));
    m_idleLock->setObjectName(QStringLiteral("idleLockMinutes"));
    m_idleLock->setAccessibleName(tr("Idle lock time in minutes"));
    m_idleLock->setRange(1, 240);
    m_idleLock->setSuffix(tr(" min"));
    m_save->setObjectName(QStringLiteral("settingsSave"));

    auto* lockBox = new QGroupBox(tr("Idle lock"), this);
    auto* lockForm = new QFormLayout(lockBox);
    lockForm->setFieldGrowthPolicy(QFormLayout::FieldsStayAtSizeHint);
    m_retentionForm->setFieldGrowthPolicy(QFormLayout::FieldsStayAtSizeHint);
    lockForm->addRow(tr("Lock consoles after &idle time:"), m_idleLock);
    auto* retentionBox = new QGroupBox(tr("Data retention"), this);
    auto* retentionLayout = new QVBoxLayout(retentionBox);
    auto* note = new QLabel(tr("The server deletes older data in small batches. The audit log is never deleted "
                               "early: its period is the least time it is kept."),
                            retentionBox);
    note->setWordWrap(true);
    retentionLayout->addWidget(note);
    retentionLayout->addLayout(m_retentionForm);
    contentLayout()->addWidget(lockBox);
    contentLayout()->addWidget(retentionBox);
    contentLayout()->addStretch(1);
    auto* buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(m_save);
    contentLayout()->addLayout(buttons);
    setActionsEnabled(false);
    setSavesWithRevision(true);

    connect(m_save, &QPushButton::clicked, this, &OrganisationSettingsPage::save);
}

QString OrganisationSettingsPage::title() const
{
    return tr("Idle lock and data retention");
}

QSpinBox* OrganisationSettingsPage::retentionDays(const QString& key) const
{
    for (const auto& [name, box] : m_retention) {
        if (name == key) {
            return box;
        }
    }
    return nullptr;
}

void OrganisationSettingsPage::load()
{
    whenFinished(api().loadSettings(), this, [this](const ApiResult<OrganisationSettings>& answer) {
        if (!answer.ok()) {
            failed(answer.error());
            return;
        }
        showSettings(answer.value());
        loaded();
    });
}

void OrganisationSettingsPage::showSettings(const OrganisationSettings& settings)
{
    m_settings = settings;
    m_idleLock->setValue(settings.idleLockMinutes);
    for (const auto& [key, days] : settings.retentionDays) {
        QSpinBox* box = retentionDays(key);
        if (box == nullptr) {
            box = new QSpinBox(this);
            box->setObjectName(QStringLiteral("retention_%1").arg(key));
            box->setRange(0, 36500);
            box->setAccessibleName(retentionLabel(key));
            m_retentionForm->addRow(retentionLabel(key), box);
            m_retention.append({key, box});
        }
        box->setValue(static_cast<int>(days));
    }
}

void OrganisationSettingsPage::save()
{
    OrganisationSettings settings = m_settings;
    settings.idleLockMinutes = m_idleLock->value();
    for (auto& [key, days] : settings.retentionDays) {
        if (const QSpinBox* box = retentionDays(key)) {
            days = box->value();
        }
    }
    setStatus(tr("Saving…"), false);
    setActionsEnabled(false);
    whenFinished(api().saveSettings(settings), this, [this](const ApiResult<OrganisationSettings>& answer) {
        if (!answer.ok()) {
            failed(answer.error());
            return;
        }
        showSettings(answer.value());
        emit idleLockMinutesSaved(answer.value().idleLockMinutes);
        saved(tr("Settings saved. Consoles lock after %n minute(s) without activity.", nullptr,
                 answer.value().idleLockMinutes));
    });
}

void OrganisationSettingsPage::setActionsEnabled(bool enabled)
{
    m_save->setEnabled(enabled);
}

void OrganisationSettingsPage::showFieldError(const QString& field, const QString& message)
{
    const QString key = field.section(QLatin1Char('.'), -1);
    if (QSpinBox* box = key == QLatin1String("idle_lock_minutes") ? m_idleLock : retentionDays(key)) {
        box->setFocus();
        box->selectAll();
    }
    AdminPage::showFieldError(field, message);
}

} // namespace hss::client
