// SPDX-License-Identifier: MIT
#include "AdminDialog.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QListWidget>
#include <QStackedWidget>
#include <QVBoxLayout>

#include "EscalationMatrixPage.h"
#include "NotificationChannelsPage.h"
#include "OrganisationSettingsPage.h"
#include "SlaConfigurationPage.h"
#include "UsersPage.h"
#include "core/ConsoleSession.h"
#include "core/admin/AdminApi.h"

namespace hss::client {

AdminDialog::AdminDialog(ConsoleSession& session, QWidget* parent)
    : QDialog(parent)
    , m_api(std::make_unique<AdminApi>(session))
    , m_list(new QListWidget(this))
    , m_stack(new QStackedWidget(this))
    , m_sla(new SlaConfigurationPage(*m_api, this))
    , m_escalation(new EscalationMatrixPage(*m_api, this))
    , m_users(new UsersPage(*m_api, this))
    , m_channels(new NotificationChannelsPage(*m_api, this))
    , m_settings(new OrganisationSettingsPage(*m_api, this))
    , m_pages {m_sla, m_escalation, m_users, m_channels, m_settings}
{
    setObjectName(QStringLiteral("adminDialog"));
    setWindowTitle(tr("Administration"));
    m_list->setObjectName(QStringLiteral("adminPageList"));
    m_list->setAccessibleName(tr("Administration pages"));
    for (AdminPage* page : std::as_const(m_pages)) {
        m_list->addItem(page->title());
        m_stack->addWidget(page);
    }
    m_list->setFixedWidth(m_list->sizeHintForColumn(0) + 2 * m_list->frameWidth() + 16);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto* columns = new QHBoxLayout;
    columns->addWidget(m_list);
    columns->addWidget(m_stack, 1);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(columns, 1);
    layout->addWidget(buttons);
    resize(1180, 680);

    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_list, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row >= 0 && row < m_pages.size()) {
            m_stack->setCurrentIndex(row);
            m_pages.at(row)->activate();
        }
    });
    connect(&session, &ConsoleSession::stateChanged, this, [this] {
        for (AdminPage* page : std::as_const(m_pages)) {
            // Pages not opened yet load when shown; the open one follows the connection now.
            if (page->isLoaded() || page == m_stack->currentWidget()) {
                page->updateOnlineState();
            }
        }
    });
    // A locked or signed-out console shows no administration.
    connect(&session, &ConsoleSession::aboutToClose, this, &QDialog::reject);
    connect(m_settings, &OrganisationSettingsPage::idleLockMinutesSaved, this, &AdminDialog::idleLockMinutesSaved);
    m_list->setCurrentRow(Sla);
}

AdminDialog::~AdminDialog() = default;

void AdminDialog::showPage(Page page)
{
    m_list->setCurrentRow(page);
}

AdminPage* AdminDialog::page(Page page) const
{
    return m_pages.value(page);
}

} // namespace hss::client
