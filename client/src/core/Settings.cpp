// SPDX-License-Identifier: MIT
#include "Settings.h"

#include <QSettings>
#include <array>

namespace hss::client {

namespace {

struct Entry
{
    const char* name;
    QVariant defaultValue;
};

constexpr int currentSettingsVersion = 1;
const char* const versionKey = "meta/settingsVersion";

const std::array<Entry, static_cast<int>(Settings::Key::KeyCount)>& entries()
{
    static const std::array<Entry, static_cast<int>(Settings::Key::KeyCount)> table {{
        {"connection/serverUrl", QStringLiteral("https://localhost:8443")},
        {"connection/caCertificateFile", QString()},
        {"ui/language", QString()}, // empty: follow the system
        {"security/idleLockMinutes", 15},
        {"connection/healthPollSeconds", 15},
        {"ui/mainWindowGeometry", QByteArray()},
        {"connection/lastUserName", QString()},
    }};
    return table;
}

const Entry& entry(Settings::Key key)
{
    return entries().at(static_cast<std::size_t>(key));
}

} // namespace

Settings::Settings(QObject* parent)
    : QObject(parent)
    , m_settings(std::make_unique<QSettings>())
{
    migrate();
}

Settings::Settings(const QString& iniFile, QObject* parent)
    : QObject(parent)
    , m_settings(std::make_unique<QSettings>(iniFile, QSettings::IniFormat))
{
    migrate();
}

Settings::~Settings() = default;

QVariant Settings::get(Key key) const
{
    const Entry& e = entry(key);
    return m_settings->value(QLatin1String(e.name), e.defaultValue);
}

void Settings::set(Key key, const QVariant& value)
{
    if (get(key) == value) {
        return;
    }
    m_settings->setValue(QLatin1String(entry(key).name), value);
    emit changed(key);
}

void Settings::reset(Key key)
{
    const QVariant before = get(key);
    m_settings->remove(QLatin1String(entry(key).name));
    if (before != get(key)) {
        emit changed(key);
    }
}

QVariant Settings::defaultValue(Key key)
{
    return entry(key).defaultValue;
}

void Settings::migrate()
{
    const int version = m_settings->value(QLatin1String(versionKey), 0).toInt();
    if (version >= currentSettingsVersion) {
        return;
    }
    // Version 1 is the first layout: nothing to convert yet, only record it.
    m_settings->setValue(QLatin1String(versionKey), currentSettingsVersion);
}

} // namespace hss::client
