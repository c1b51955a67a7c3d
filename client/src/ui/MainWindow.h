// SPDX-License-Identifier: MIT
#pragma once

#include <QMainWindow>

namespace hss::client {

class ServerConnection;
class Settings;

/// Assembles the console's pages, menus and status bar; each feature lives in its own widget class.
class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    MainWindow(Settings* settings, ServerConnection* connection, const QString& caCertificateFile,
               QWidget* parent = nullptr);

    /// Opens the About dialog (modal); for the menu and for tests.
    void showAbout();

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    void createMenus();

    Settings* m_settings;
    ServerConnection* m_connection;
};

} // namespace hss::client
