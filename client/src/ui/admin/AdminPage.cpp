// SPDX-License-Identifier: MIT
#include "AdminPage.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

#include "core/admin/AdminApi.h"
#include "sync/SyncApiError.h"
#include "ui/MessageBox.h"

namespace hss::client {

AdminPage::AdminPage(AdminApi& api, QWidget* parent)
    : QWidget(parent)
    , m_api(api)
    , m_status(new QLabel(this))
    , m_reload(new QPushButton(tr("&Reload"), this))
    , m_content(new QVBoxLayout)
{
    m_status->setObjectName(QStringLiteral("adminStatus"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_status->setAccessibleName(tr("Page status"));
    m_reload->setObjectName(QStringLiteral("adminReload"));
    m_reload->setAccessibleName(tr("Reload this page from the server"));
    m_reload->setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
    auto* statusRow = new QHBoxLayout;
    statusRow->addWidget(m_status, 1);
    statusRow->addStretch(0);
    statusRow->addWidget(m_reload);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(statusRow);
    layout->addLayout(m_content, 1);
    connect(m_reload, &QPushButton::clicked, this, &AdminPage::reload);
}

AdminPage::~AdminPage() = default;

void AdminPage::activate()
{
    if (!m_loaded) {
        reload();
    }
}

void AdminPage::reload()
{
    if (!m_api.isOnline()) {
        updateOnlineState();
        emit settled();
        return;
    }
    loading();
    load();
}

QString AdminPage::statusText() const
{
    return m_status->text();
}

void AdminPage::updateOnlineState()
{
    const bool online = m_api.isOnline();
    setActionsEnabled(online && m_loaded);
    m_reload->setEnabled(online);
    if (!online) {
        setStatus(m_loaded ? tr("Offline: this page needs a connection to the server. What you typed stays here; "
                                "save once the console is online again.")
                           : tr("This page needs a connection to the server. It loads once the console is online."),
                  true);
    } else if (!m_loaded) {
        reload();
    } else {
        setStatus(QString(), false);
    }
}

void AdminPage::showFieldError(const QString& field, const QString& message)
{
    setStatus(field.isEmpty() ? message : tr("%1: %2").arg(field, message), true);
}

void AdminPage::loading()
{
    setStatus(tr("Loading from the server…"), false);
    setActionsEnabled(false);
}

void AdminPage::loaded()
{
    m_loaded = true;
    setStatus(QString(), false);
    setActionsEnabled(m_api.isOnline());
    emit settled();
}

void AdminPage::saved(const QString& message)
{
    setStatus(message, false);
    setActionsEnabled(m_api.isOnline());
    emit settled();
}

void AdminPage::failed(const SyncApiError& error)
{
    setActionsEnabled(m_loaded && m_api.isOnline());
    if (error.httpStatus == 0) {
        // No answer at all: offline or unreachable. Nothing typed is dropped; Save works again once online.
        m_reload->setEnabled(m_api.isOnline());
        setStatus(tr("This page needs a connection to the server, which could not be reached (%1). What you typed "
                     "stays here.")
                      .arg(error.message),
                  true);
    } else if (error.httpStatus == 409 && m_savesWithRevision) {
        const QString text = tr("Someone else changed this while you were editing (%1). Reload their version? "
                                "Your changes on this page would be replaced.")
                                 .arg(error.message);
        setStatus(text, true);
        emit settled();
        if (MessageBox::question(this, tr("Changed meanwhile"), text) == QMessageBox::Yes) {
            reload();
        }
        return;
    } else if (error.httpStatus == 409) {
        setStatus(tr("The server refused the change: %1").arg(error.message), true);
    } else if (error.httpStatus == 400 || error.httpStatus == 422) {
        showFieldError(error.field, error.message);
    } else if (error.httpStatus == 403) {
        setStatus(tr("The server refused: this needs the admin role (%1).").arg(error.message), true);
    } else {
        setStatus(tr("The server answered with an error: %1").arg(error.message), true);
    }
    emit settled();
}

void AdminPage::setStatus(const QString& text, bool problem)
{
    m_status->setText(text);
    m_status->setVisible(!text.isEmpty());
    m_status->setStyleSheet(problem ? QStringLiteral("color: palette(highlighted-text); background: #b3261e; "
                                                     "padding: 4px;")
                                    : QString());
}

} // namespace hss::client
