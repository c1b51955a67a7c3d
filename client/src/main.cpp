// SPDX-License-Identifier: MIT
#include <QApplication>
#include <QCommandLineParser>
#include <QIcon>
#include <QLibraryInfo>
#include <QLocale>
#include <QStandardPaths>
#include <QTranslator>
#include <memory>

#include "core/ConsoleSession.h"
#include "core/ServerConnection.h"
#include "core/Settings.h"
#include "hss/StdRandomSource.h"
#include "hss/SystemClock.h"
#include "hss/Version.h"
#include "ui/MainWindow.h"
#include "ui/MessageBox.h"

namespace {

void installTranslators(QApplication& app, const QString& language)
{
    const QLocale locale = language.isEmpty() ? QLocale() : QLocale(language);
    auto* own = new QTranslator(&app);
    if (own->load(locale, QStringLiteral("hss"), QStringLiteral("_"), QStringLiteral(":/i18n"))) {
        QApplication::installTranslator(own);
    }
    auto* qt = new QTranslator(&app);
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        QApplication::installTranslator(qt);
    }
}

/// The value of --settings (or -settings, =value or as the next argument), before the full parse.
QString settingsFileArgument(const QStringList& arguments)
{
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        QString argument = arguments.at(i);
        if (argument == QLatin1String("--")) {
            break;
        }
        if (argument.startsWith(QLatin1String("--"))) {
            argument.remove(0, 1);
        }
        if (argument.startsWith(QLatin1String("-settings="))) {
            return argument.mid(10);
        }
        if (argument == QLatin1String("-settings") && i + 1 < arguments.size()) {
            return arguments.at(i + 1);
        }
    }
    return {};
}

} // namespace

int main(int argc, char** argv)
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("HealthcareSupportSystem"));
    QApplication::setApplicationName(QStringLiteral("hss-console"));
    QApplication::setApplicationDisplayName(QStringLiteral("Healthcare Support System"));
    QApplication::setApplicationVersion(
        QString::fromUtf8(hss::productVersion().data(), static_cast<qsizetype>(hss::productVersion().size())));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/hss.svg")));

    // The settings hold the chosen language, and the help text is shown in it: find the settings file before the
    // options are described.
    const QString settingsFile = settingsFileArgument(QApplication::arguments());
    auto settings = settingsFile.isEmpty() ? std::make_unique<hss::client::Settings>()
                                           : std::make_unique<hss::client::Settings>(settingsFile);
    installTranslators(app, settings->get(hss::client::Settings::Key::Language).toString());

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QCoreApplication::translate("hss-console", "Agent console of the Healthcare Support System."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption serverOption(
        QStringLiteral("server"),
        QCoreApplication::translate("hss-console", "Server address (https://host:port); remembered."),
        QCoreApplication::translate("hss-console", "url"));
    const QCommandLineOption caOption(
        QStringLiteral("ca"),
        QCoreApplication::translate("hss-console",
                                    "PEM file of the CA the server's certificate must chain to; remembered."),
        QCoreApplication::translate("hss-console", "file"));
    const QCommandLineOption settingsOption(
        QStringLiteral("settings"),
        QCoreApplication::translate("hss-console", "Keep settings in this INI file instead of the user profile."),
        QCoreApplication::translate("hss-console", "file"));
    parser.addOptions({serverOption, caOption, settingsOption});
    parser.process(app);

    if (parser.isSet(serverOption)) {
        settings->set(hss::client::Settings::Key::ServerUrl, parser.value(serverOption));
    }
    if (parser.isSet(caOption)) {
        settings->set(hss::client::Settings::Key::CaCertificateFile, parser.value(caOption));
    }

    hss::client::ServerConnection connection;
    connection.setPollInterval(
        std::chrono::seconds(settings->get(hss::client::Settings::Key::HealthPollSeconds).toInt()));
    const QString caFile = settings->get(hss::client::Settings::Key::CaCertificateFile).toString();
    hss::SystemClock clock;
    hss::StdRandomSource random;
    // One encrypted store per user and server under the application's data folder.
    hss::client::ConsoleSession session(clock, random,
                                        QStandardPaths::writableLocation(QStandardPaths::AppDataLocation));
    session.setIdleTimeout(std::chrono::minutes(settings->get(hss::client::Settings::Key::IdleLockMinutes).toInt()));
    hss::client::MainWindow window(settings.get(), &connection, &session, clock, caFile);
    window.show();

    QString error;
    if (connection.configure(QUrl(settings->get(hss::client::Settings::Key::ServerUrl).toString()), caFile, &error)) {
        connection.start();
    } else {
        hss::client::MessageBox::warning(
            &window, QObject::tr("Server connection"),
            QObject::tr("The console cannot connect: %1\n\nStart it with --server and --ca.").arg(error));
    }
    window.requestSignIn();
    return QApplication::exec();
}
