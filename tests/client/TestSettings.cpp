// SPDX-License-Identifier: MIT
#include <QtTest>

#include "core/Settings.h"

using hss::client::Settings;

class TestSettings final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void defaults_data();
    void defaults();
    void setEmitsChangedOnce();
    void valuesPersistAcrossInstances();
    void resetRestoresDefault();
    void migrateRecordsVersion();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    QString iniFile() const { return m_dir->filePath(QStringLiteral("console.ini")); }
};

void TestSettings::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TestSettings::defaults_data()
{
    QTest::addColumn<Settings::Key>("key");
    QTest::addColumn<QVariant>("expected");
    QTest::newRow("server address") << Settings::Key::ServerUrl << QVariant(QStringLiteral("https://localhost:8443"));
    QTest::newRow("idle lock after 15 minutes") << Settings::Key::IdleLockMinutes << QVariant(15);
    QTest::newRow("language follows the system") << Settings::Key::Language << QVariant(QString());
    QTest::newRow("no CA until configured") << Settings::Key::CaCertificateFile << QVariant(QString());
}

void TestSettings::defaults()
{
    QFETCH(Settings::Key, key);
    QFETCH(QVariant, expected);
    Settings settings(iniFile());
    QCOMPARE(settings.get(key), expected);
    QCOMPARE(Settings::defaultValue(key), expected);
}

void TestSettings::setEmitsChangedOnce()
{
    Settings settings(iniFile());
    QSignalSpy spy(&settings, &Settings::changed);
    settings.set(Settings::Key::IdleLockMinutes, 5);
    settings.set(Settings::Key::IdleLockMinutes, 5);
    QCOMPARE(spy.count(), 1);
    QCOMPARE(spy.first().first().value<Settings::Key>(), Settings::Key::IdleLockMinutes);
    QCOMPARE(settings.get(Settings::Key::IdleLockMinutes).toInt(), 5);
}

void TestSettings::valuesPersistAcrossInstances()
{
    {
        Settings settings(iniFile());
        settings.set(Settings::Key::ServerUrl, QStringLiteral("https://support.clinic.example:9443"));
    }
    Settings reopened(iniFile());
    QCOMPARE(reopened.get(Settings::Key::ServerUrl).toString(), QStringLiteral("https://support.clinic.example:9443"));
}

void TestSettings::resetRestoresDefault()
{
    Settings settings(iniFile());
    settings.set(Settings::Key::IdleLockMinutes, 3);
    QSignalSpy spy(&settings, &Settings::changed);
    settings.reset(Settings::Key::IdleLockMinutes);
    QCOMPARE(settings.get(Settings::Key::IdleLockMinutes).toInt(), 15);
    QCOMPARE(spy.count(), 1);
}

void TestSettings::migrateRecordsVersion()
{
    {
        Settings settings(iniFile());
    }
    QSettings raw(iniFile(), QSettings::IniFormat);
    QCOMPARE(raw.value(QStringLiteral("meta/settingsVersion")).toInt(), 1);
}

QTEST_GUILESS_MAIN(TestSettings)
#include "TestSettings.moc"
