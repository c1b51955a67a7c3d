// SPDX-License-Identifier: MIT
#pragma once

#include <QObject>
#include <QVariant>
#include <memory>

class QSettings;

namespace hss::client {

/// Typed settings of the console: one enum of keys, one table of {storage name, default}, get/set and a
/// changed(key) signal. Tests use an instance over a temporary file.
class Settings final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Settings)

public:
    enum class Key {
        ServerUrl,
        CaCertificateFile,
        Language,
        IdleLockMinutes,
        HealthPollSeconds,
        MainWindowGeometry,
        LastUserName,
        KeyCount
    };
    Q_ENUM(Key)

    /// Settings in the user's profile (QSettings' native location for this application).
    explicit Settings(QObject* parent = nullptr);
    /// Settings in the given INI file, for tests and portable installs.
    explicit Settings(const QString& iniFile, QObject* parent = nullptr);
    ~Settings() override;

    QVariant get(Key key) const;
    void set(Key key, const QVariant& value);
    /// Forgets a stored value so get() answers the default again.
    void reset(Key key);
    static QVariant defaultValue(Key key);

    /// Brings settings stored by an older version up to the current layout.
    void migrate();

signals:
    void changed(hss::client::Settings::Key key);

private:
    std::unique_ptr<QSettings> m_settings;
};

} // namespace hss::client
