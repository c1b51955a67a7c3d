// SPDX-License-Identifier: MIT
#pragma once

#include <QDialog>
#include <QList>
#include <memory>

class QListWidget;
class QStackedWidget;

namespace hss::client {

class AdminApi;
class AdminPage;
class ConsoleSession;
class EscalationMatrixPage;
class NotificationChannelsPage;
class OrganisationSettingsPage;
class SlaConfigurationPage;
class UsersPage;

/// The administration dialog (admins only): a list of pages beside the page shown. Each page loads from the
/// server when first opened, and saves on its own. Closes when the session locks or signs out.
class AdminDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AdminDialog)

public:
    explicit AdminDialog(ConsoleSession& session, QWidget* parent = nullptr);
    ~AdminDialog() override;

    enum Page { Sla, Escalation, Users, Channels, Settings, PageCount };
    void showPage(Page page);
    AdminPage* page(Page page) const;
    SlaConfigurationPage* slaPage() const { return m_sla; }
    EscalationMatrixPage* escalationPage() const { return m_escalation; }
    UsersPage* usersPage() const { return m_users; }
    NotificationChannelsPage* channelsPage() const { return m_channels; }
    OrganisationSettingsPage* settingsPage() const { return m_settings; }

signals:
    /// The server stored a new idle-lock time.
    void idleLockMinutesSaved(int minutes);

private:
    std::unique_ptr<AdminApi> m_api;
    QListWidget* m_list;
    QStackedWidget* m_stack;
    SlaConfigurationPage* m_sla;
    EscalationMatrixPage* m_escalation;
    UsersPage* m_users;
    NotificationChannelsPage* m_channels;
    OrganisationSettingsPage* m_settings;
    QList<AdminPage*> m_pages;
};

} // namespace hss::client
