// SPDX-License-Identifier: MIT
#include "HomePage.h"

#include <QApplication>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

#include "core/ServerConnection.h"

namespace hss::client {

namespace {

QLabel* valueLabel(const QString& objectName, QWidget* parent)
{
    auto* label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

} // namespace

HomePage::HomePage(ServerConnection* connection, const QString& caCertificateFile, QWidget* parent)
    : QWidget(parent)
    , m_connection(connection)
    , m_caCertificateFile(caCertificateFile)
{
    setObjectName(QStringLiteral("homePage"));

    auto* logo = new QLabel(this);
    logo->setPixmap(QApplication::windowIcon().pixmap(72, 72));
    auto* title = new QLabel(this);
    title->setTextFormat(Qt::RichText);
    title->setText(tr("<h1 style='margin:0'>%1</h1><p style='margin:0'>Agent console for support and medical "
                      "staff: tickets with emergency SLAs, knowledge base, training and feedback.</p>")
                       .arg(QApplication::applicationDisplayName()));
    title->setWordWrap(true);
    auto* header = new QHBoxLayout;
    header->addWidget(logo, 0, Qt::AlignTop);
    header->addWidget(title, 1);

    auto* serverBox = new QGroupBox(tr("Server"), this);
    auto* form = new QFormLayout(serverBox);
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    m_address = valueLabel(QStringLiteral("serverAddress"), serverBox);
    m_status = valueLabel(QStringLiteral("serverStatus"), serverBox);
    m_status->setTextFormat(Qt::RichText);
    m_version = valueLabel(QStringLiteral("serverVersion"), serverBox);
    m_database = valueLabel(QStringLiteral("serverDatabase"), serverBox);
    m_certificate = valueLabel(QStringLiteral("serverCertificate"), serverBox);
    m_lastContact = valueLabel(QStringLiteral("serverLastContact"), serverBox);
    m_tls = valueLabel(QStringLiteral("serverTls"), serverBox);
    m_peerCertificate = valueLabel(QStringLiteral("serverPeerCertificate"), serverBox);
    m_problem = valueLabel(QStringLiteral("serverProblem"), serverBox);
    m_problem->setWordWrap(true);
    form->addRow(tr("Address:"), m_address);
    form->addRow(tr("Status:"), m_status);
    form->addRow(tr("Server version:"), m_version);
    form->addRow(tr("Database:"), m_database);
    form->addRow(tr("Trusted certificate authority:"), m_certificate);
    form->addRow(tr("Connection security:"), m_tls);
    form->addRow(tr("Server certificate:"), m_peerCertificate);
    form->addRow(tr("Last contact:"), m_lastContact);
    form->addRow(tr("Problem:"), m_problem);

    m_checkNow = new QPushButton(tr("&Check connection now"), serverBox);
    m_checkNow->setObjectName(QStringLiteral("checkNowButton"));
    m_checkNow->setAccessibleName(tr("Check connection now"));
    connect(m_checkNow, &QPushButton::clicked, m_connection, &ServerConnection::checkNow);
    form->addRow(QString(), m_checkNow);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 24, 24, 24);
    layout->setSpacing(18);
    layout->addLayout(header);
    layout->addWidget(serverBox);
    layout->addStretch(1);

    connect(connection, &ServerConnection::stateChanged, this, &HomePage::refresh);
    connect(connection, &ServerConnection::healthUpdated, this, &HomePage::refresh);
    connect(connection, &ServerConnection::checkFailed, this, &HomePage::refresh);
    refresh();
}

void HomePage::refresh()
{
    m_address->setText(m_connection->serverUrl().isValid() ? m_connection->serverUrl().toString() : tr("(not set)"));
    m_certificate->setText(m_caCertificateFile.isEmpty() ? tr("(not set)") : m_caCertificateFile);
    const auto health = m_connection->lastHealth();
    switch (m_connection->state()) {
    case ServerConnection::State::Unconfigured:
        m_status->setText(tr("Not configured"));
        break;
    case ServerConnection::State::Connecting:
        m_status->setText(tr("Connecting…"));
        break;
    case ServerConnection::State::Online:
        m_status->setText(health && health->isHealthy()
                              ? tr("<span style='color:#1b7f3b'><b>Online</b></span> · TLS verified")
                              : tr("<span style='color:#9a6700'><b>Online, degraded</b></span> · TLS verified"));
        break;
    case ServerConnection::State::Offline:
        m_status->setText(
            tr("<span style='color:#b3261e'><b>Offline</b></span> since %1")
                .arg(QLocale().toString(m_connection->offlineSince().toLocalTime(), QLocale::ShortFormat)));
        break;
    }
    m_version->setText(health ? tr("%1 (protocol %2)").arg(health->version).arg(health->protocolVersion) : tr("–"));
    m_database->setText(health ? tr("%1, %2").arg(health->databaseBackend, health->databaseStatus) : tr("–"));
    m_lastContact->setText(m_connection->lastContact().isValid()
                               ? QLocale().toString(m_connection->lastContact().toLocalTime(), QLocale::LongFormat)
                               : tr("never"));
    const TlsSessionInfo tls = m_connection->lastTlsSession();
    m_tls->setText(tls.protocol.isEmpty() ? tr("–") : tr("%1, %2").arg(tls.protocol, tls.cipher));
    m_peerCertificate->setText(
        tls.peerSubject.isEmpty()
            ? tr("–")
            : tr("%1, valid until %2")
                  .arg(tls.peerSubject, QLocale().toString(tls.peerExpiry.toLocalTime().date(), QLocale::LongFormat)));
    m_problem->setText(m_connection->lastError().isEmpty() ? tr("none") : m_connection->lastError());
}

} // namespace hss::client
