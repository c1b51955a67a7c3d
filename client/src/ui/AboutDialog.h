// SPDX-License-Identifier: MIT
#pragma once

#include <QDialog>

namespace hss::client {

/// Help → About: product name, version, protocol version, the Qt it runs on and the server it talks to.
class AboutDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AboutDialog)

public:
    AboutDialog(const QString& serverDescription, QWidget* parent = nullptr);
};

} // namespace hss::client
