// SPDX-License-Identifier: MIT
#include <QAction>
#include <QApplication>
#include <QProcess>
#include <QTranslator>
#include <QtTest>

#include "core/Settings.h"
#include "ui/AboutDialog.h"
#include "ui/LanguageMenu.h"
#include "ui/MessageBox.h"

using namespace hss::client;

class TestLanguageMenu final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void offersSystemDefaultAndShippedLanguages();
    void choosingDeutschStoresDe();
    void choosingSystemDefaultFollowsTheSystemAgain();
    void choosingTheCurrentLanguageSaysNothing();
    void freshStartUsesStoredLanguage_data();
    void freshStartUsesStoredLanguage();

private:
    QString iniFile() const { return m_dir->filePath(QStringLiteral("console.ini")); }
    QAction* action(const LanguageMenu& menu, const QString& objectName) const;

    QTemporaryDir m_qmDir;
    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestLanguageMenu::initTestCase()
{
    QVERIFY(m_qmDir.isValid());
    // The console embeds its .qm files in its own executable; compile the same .ts files for the "next start".
    const QStringList languages = LanguageMenu::languageCodes();
    for (const QString& code : languages) {
        const QString ts = QStringLiteral(HSS_SOURCE_DIR "/translations/hss_%1.ts").arg(code);
        if (code == QLatin1String("en")) {
            QVERIFY(!QFileInfo::exists(ts)); // English is the source language
            continue;
        }
        QProcess lrelease;
        lrelease.start(QStringLiteral(HSS_LRELEASE),
                       {QStringLiteral("-silent"), ts, QStringLiteral("-qm"),
                        m_qmDir.filePath(QStringLiteral("hss_%1.qm").arg(code))});
        QVERIFY2(lrelease.waitForFinished(60000), qPrintable(lrelease.errorString()));
        QVERIFY2(lrelease.exitCode() == 0, lrelease.readAllStandardError().constData());
    }
}

void TestLanguageMenu::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    MessageBox::setNextAnswer(QMessageBox::NoButton);
}

QAction* TestLanguageMenu::action(const LanguageMenu& menu, const QString& objectName) const
{
    auto* found = menu.findChild<QAction*>(objectName, Qt::FindDirectChildrenOnly);
    if (!found) {
        qFatal("the language menu has no action %s", qPrintable(objectName));
    }
    return found;
}

void TestLanguageMenu::offersSystemDefaultAndShippedLanguages()
{
    Settings settings(iniFile());
    const LanguageMenu menu(&settings);
    QStringList labels;
    int checked = 0;
    const QList<QAction*> actions = menu.actions();
    for (const QAction* item : actions) {
        if (item->isSeparator()) {
            continue;
        }
        QVERIFY(item->isCheckable());
        labels << item->text();
        checked += item->isChecked() ? 1 : 0;
    }
    QCOMPARE(labels,
             QStringList({QStringLiteral("&System default"), QStringLiteral("English"), QStringLiteral("Deutsch"),
                          QStringLiteral("Français"), QStringLiteral("Español")}));
    QCOMPARE(checked, 1);
    QVERIFY(action(menu, QStringLiteral("languageSystem"))->isChecked());
}

void TestLanguageMenu::choosingDeutschStoresDe()
{
    Settings settings(iniFile());
    LanguageMenu menu(&settings);
    QAction* deutsch = action(menu, QStringLiteral("language_de"));
    QVERIFY(deutsch);
    MessageBox::setNextAnswer(QMessageBox::Ok);
    deutsch->trigger();

    QCOMPARE(settings.get(Settings::Key::Language).toString(), QStringLiteral("de"));
    QVERIFY(deutsch->isChecked());
    QVERIFY(!action(menu, QStringLiteral("languageSystem"))->isChecked());
    QCOMPARE(MessageBox::lastTitle(), QStringLiteral("Language"));
    QVERIFY(MessageBox::lastText().contains(QStringLiteral("next time you start")));
    // Stored on disk, not only in this instance: the next start reads it from the same file.
    const Settings nextStart(iniFile());
    QCOMPARE(nextStart.get(Settings::Key::Language).toString(), QStringLiteral("de"));
}

void TestLanguageMenu::choosingSystemDefaultFollowsTheSystemAgain()
{
    Settings settings(iniFile());
    settings.set(Settings::Key::Language, QStringLiteral("fr"));
    LanguageMenu menu(&settings);
    QVERIFY(action(menu, QStringLiteral("language_fr"))->isChecked());

    MessageBox::setNextAnswer(QMessageBox::Ok);
    action(menu, QStringLiteral("languageSystem"))->trigger();
    QCOMPARE(settings.get(Settings::Key::Language).toString(), QString());
    QVERIFY(action(menu, QStringLiteral("languageSystem"))->isChecked());
    QVERIFY(!action(menu, QStringLiteral("language_fr"))->isChecked());
}

void TestLanguageMenu::choosingTheCurrentLanguageSaysNothing()
{
    Settings settings(iniFile());
    settings.set(Settings::Key::Language, QStringLiteral("es"));
    LanguageMenu menu(&settings);
    QSignalSpy changed(&settings, &Settings::changed);
    MessageBox::setNextAnswer(QMessageBox::Ok);
    action(menu, QStringLiteral("language_es"))->trigger();
    QCOMPARE(changed.count(), 0);
    // The pre-answer was not used up, so no message box was asked for.
    QCOMPARE(MessageBox::information(nullptr, QStringLiteral("probe"), QString()), QMessageBox::Ok);
}

void TestLanguageMenu::freshStartUsesStoredLanguage_data()
{
    QTest::addColumn<QString>("stored");
    QTest::addColumn<QString>("menuTitle");
    QTest::addColumn<QString>("aboutTitle");
    QTest::newRow("German") << "de"
                            << "&Sprache"
                            << "Über Healthcare Support System";
    QTest::newRow("French") << "fr"
                            << "&Langue"
                            << "À propos de Healthcare Support System";
    QTest::newRow("Spanish") << "es"
                             << "&Idioma"
                             << "Acerca de Healthcare Support System";
    QTest::newRow("English") << "en"
                             << "&Language"
                             << "About Healthcare Support System";
}

void TestLanguageMenu::freshStartUsesStoredLanguage()
{
    QFETCH(QString, stored);
    QFETCH(QString, menuTitle);
    QFETCH(QString, aboutTitle);
    {
        Settings settings(iniFile());
        LanguageMenu menu(&settings);
        MessageBox::setNextAnswer(QMessageBox::Ok);
        action(menu, QStringLiteral("language_") + stored)->trigger();
    }

    // A fresh start: new Settings over the same file, then the translator exactly as main.cpp installs it.
    const Settings settings(iniFile());
    const QLocale locale(settings.get(Settings::Key::Language).toString());
    QTranslator translator;
    const bool loaded = translator.load(locale, QStringLiteral("hss"), QStringLiteral("_"), m_qmDir.path());
    QCOMPARE(loaded, stored != QLatin1String("en"));
    if (loaded) {
        QVERIFY(QApplication::installTranslator(&translator));
    }
    QApplication::setApplicationDisplayName(QStringLiteral("Healthcare Support System"));

    Settings scratch(m_dir->filePath(QStringLiteral("scratch.ini")));
    const LanguageMenu menu(&scratch);
    const AboutDialog about(QStringLiteral("https://localhost:8443"));
    const QString shownMenuTitle = menu.title();
    const QString shownAboutTitle = about.windowTitle();
    QApplication::removeTranslator(&translator);
    QCOMPARE(shownMenuTitle, menuTitle);
    QCOMPARE(shownAboutTitle, aboutTitle);
}

QTEST_MAIN(TestLanguageMenu)
#include "TestLanguageMenu.moc"
