// SPDX-License-Identifier: MIT
#include "LanguageMenu.h"

#include <QActionGroup>

#include "core/Settings.h"
#include "ui/MessageBox.h"

namespace hss::client {

namespace {

struct Language
{
    const char* code;
    const char* nativeName;
};

// Each language is named in itself, untranslated, so a user who picked the wrong one can still find their own.
constexpr Language shippedLanguages[] = {
    {"en", "English"},
    {"de", "Deutsch"},
    {"fr", "Français"},
    {"es", "Español"},
};

} // namespace

LanguageMenu::LanguageMenu(Settings* settings, QWidget* parent)
    : QMenu(tr("&Language"), parent)
    , m_settings(settings)
    , m_group(new QActionGroup(this))
{
    setObjectName(QStringLiteral("languageMenu"));
    m_group->setExclusive(true);
    addLanguage(QString(), tr("&System default"));
    addSeparator();
    for (const Language& language : shippedLanguages) {
        addLanguage(QString::fromLatin1(language.code), QString::fromUtf8(language.nativeName));
    }
    showStoredChoice();
    connect(m_group, &QActionGroup::triggered, this, &LanguageMenu::choose);
    connect(m_settings, &Settings::changed, this, [this](Settings::Key key) {
        if (key == Settings::Key::Language) {
            showStoredChoice();
        }
    });
}

QStringList LanguageMenu::languageCodes()
{
    QStringList codes;
    for (const Language& language : shippedLanguages) {
        codes << QString::fromLatin1(language.code);
    }
    return codes;
}

void LanguageMenu::addLanguage(const QString& code, const QString& label)
{
    QAction* action = addAction(label);
    action->setCheckable(true);
    action->setData(code);
    action->setObjectName(code.isEmpty() ? QStringLiteral("languageSystem") : QStringLiteral("language_") + code);
    m_group->addAction(action);
}

void LanguageMenu::choose(const QAction* action)
{
    const QString code = action->data().toString();
    if (m_settings->get(Settings::Key::Language).toString() == code) {
        return;
    }
    m_settings->set(Settings::Key::Language, code);
    MessageBox::information(parentWidget(), tr("Language"),
                            tr("The console will use the new language the next time you start it."));
}

void LanguageMenu::showStoredChoice()
{
    const QString stored = m_settings->get(Settings::Key::Language).toString();
    const QList<QAction*> actions = m_group->actions();
    for (QAction* action : actions) {
        action->setChecked(action->data().toString() == stored);
    }
}

} // namespace hss::client
