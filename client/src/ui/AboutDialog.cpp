// SPDX-License-Identifier: MIT
#include "AboutDialog.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QVBoxLayout>

#include "hss/Version.h"

namespace hss::client {

AboutDialog::AboutDialog(const QString& serverDescription, QWidget* parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("aboutDialog"));
    setWindowTitle(tr("About %1").arg(QApplication::applicationDisplayName()));

    auto* icon = new QLabel(this);
    icon->setPixmap(QApplication::windowIcon().pixmap(96, 96));
    icon->setAlignment(Qt::AlignTop);

    auto* text = new QLabel(this);
    text->setObjectName(QStringLiteral("aboutText"));
    text->setTextFormat(Qt::RichText);
    text->setWordWrap(true);
    text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    text->setText(
        tr("<h2>%1</h2>"
           "<p>Version %2 · sync protocol %3</p>"
           "<p>The support and success console for healthcare organisations that run AI applications: "
           "tickets with medical-emergency SLAs, knowledge base, training and feedback, "
           "working offline from an encrypted store.</p>"
           "<p>Server: %4</p>"
           "<p>Built with Qt %5, running on Qt %6.</p>")
            .arg(QApplication::applicationDisplayName(), QApplication::applicationVersion())
            .arg(protocolVersion)
            .arg(serverDescription.toHtmlEscaped(), QStringLiteral(QT_VERSION_STR), QString::fromLatin1(qVersion())));
    text->setMinimumWidth(420);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* row = new QHBoxLayout;
    row->addWidget(icon);
    row->addWidget(text, 1);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(row);
    layout->addWidget(buttons);
}

} // namespace hss::client
