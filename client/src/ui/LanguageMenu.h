// SPDX-License-Identifier: MIT
#pragma once

#include <QMenu>

class QActionGroup;

namespace hss::client {

class Settings;

/// Settings → Language: "System default" or one of the languages the console ships, as exclusive checkable
/// actions. The choice is stored in Settings::Key::Language ("" follows the system) and applies at the next start,
/// because translators are installed before any window exists.
class LanguageMenu final : public QMenu
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LanguageMenu)

public:
    explicit LanguageMenu(Settings* settings, QWidget* parent = nullptr);

    /// Language codes offered besides "System default", in menu order ("en" is the source language).
    static QStringList languageCodes();

private:
    void addLanguage(const QString& code, const QString& label);
    void choose(const QAction* action);
    void showStoredChoice();

    Settings* m_settings;
    QActionGroup* m_group;
};

} // namespace hss::client
