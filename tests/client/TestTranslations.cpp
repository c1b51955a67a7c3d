// SPDX-License-Identifier: MIT
#include <QDir>
#include <QProcess>
#include <QRegularExpression>
#include <QTranslator>
#include <QXmlStreamReader>
#include <QtTest>

namespace {

/// One <message> of a .ts file as lupdate writes it.
struct TsMessage
{
    QString context;
    QString source;
    QString comment;
    QString translationType; // "", "unfinished", "vanished" or "obsolete"
    bool numerus = false;
    QStringList translations; // one entry, or one per numerus form

    QString key() const { return context + QLatin1Char('\x1f') + source + QLatin1Char('\x1f') + comment; }
    QString describe() const
    {
        return QStringLiteral("[%1] \"%2\"").arg(context, source.left(80).replace(QLatin1Char('\n'), QLatin1Char(' ')));
    }
};

struct TsFile
{
    QString language;
    QList<TsMessage> messages;
    QString error;
};

TsFile parseTs(const QString& path)
{
    TsFile result;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        result.error = QStringLiteral("cannot open %1: %2").arg(path, file.errorString());
        return result;
    }
    QXmlStreamReader xml(&file);
    QString context;
    TsMessage message;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement()) {
            continue;
        }
        const auto name = xml.name();
        if (name == QLatin1String("TS")) {
            result.language = xml.attributes().value(QLatin1String("language")).toString();
        } else if (name == QLatin1String("context")) {
            context.clear();
        } else if (name == QLatin1String("name")) {
            context = xml.readElementText();
        } else if (name == QLatin1String("message")) {
            message = TsMessage {};
            message.context = context;
            message.numerus = xml.attributes().value(QLatin1String("numerus")) == QLatin1String("yes");
        } else if (name == QLatin1String("source")) {
            message.source = xml.readElementText();
        } else if (name == QLatin1String("comment")) {
            message.comment = xml.readElementText();
        } else if (name == QLatin1String("translation")) {
            message.translationType = xml.attributes().value(QLatin1String("type")).toString();
            if (message.numerus) {
                while (xml.readNextStartElement()) {
                    message.translations << xml.readElementText(); // <numerusform>
                }
            } else {
                message.translations << xml.readElementText();
            }
            // <translation> is the last child lupdate writes that matters here.
            result.messages << message;
        }
    }
    if (xml.hasError()) {
        result.error = QStringLiteral("%1:%2: %3").arg(path).arg(xml.lineNumber()).arg(xml.errorString());
    }
    return result;
}

QStringList placeholders(const QString& text)
{
    static const QRegularExpression pattern(QStringLiteral("%L?([1-9]|n)"));
    QStringList found;
    for (auto it = pattern.globalMatch(text); it.hasNext();) {
        found << it.next().captured(1);
    }
    found.sort();
    found.removeDuplicates();
    return found;
}

// A single '&' that marks a menu or button accelerator ("&&" is a literal ampersand).
bool hasAccelerator(const QString& text)
{
    static const QRegularExpression pattern(QStringLiteral("(^|[^&])&[^&\\s]"));
    return pattern.match(text).hasMatch();
}

// QtTest cuts long failure messages short, so every problem is printed on its own line first.
void reportAll(const QStringList& problems)
{
    for (const QString& problem : problems) {
        qWarning().noquote() << problem;
    }
}

QString tsDirectory()
{
    return QStringLiteral(HSS_SOURCE_DIR "/translations");
}

QStringList tsFiles()
{
    const QDir dir(tsDirectory());
    QStringList files;
    const auto names = dir.entryList({QStringLiteral("*.ts")}, QDir::Files, QDir::Name);
    for (const QString& name : names) {
        files << dir.filePath(name);
    }
    return files;
}

} // namespace

class TestTranslations final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void everyMessageTranslated_data();
    void everyMessageTranslated();
    void upToDateWithSources_data();
    void upToDateWithSources();
    void compiledTranslationsLoad_data();
    void compiledTranslationsLoad();

private:
    QTemporaryDir m_qmDir;
};

void TestTranslations::initTestCase()
{
    QVERIFY(m_qmDir.isValid());
    QCOMPARE(tsFiles().size(), 3);
    // The console embeds its .qm files in its own executable; compile the same .ts files here to load them.
    for (const QString& ts : tsFiles()) {
        const QString qm = m_qmDir.filePath(QFileInfo(ts).completeBaseName() + QStringLiteral(".qm"));
        QProcess lrelease;
        lrelease.start(QStringLiteral(HSS_LRELEASE), {QStringLiteral("-silent"), ts, QStringLiteral("-qm"), qm});
        QVERIFY2(lrelease.waitForFinished(60000), qPrintable(lrelease.errorString()));
        QVERIFY2(lrelease.exitCode() == 0, lrelease.readAllStandardError().constData());
        QVERIFY(QFileInfo::exists(qm));
    }
}

void TestTranslations::everyMessageTranslated_data()
{
    QTest::addColumn<QString>("tsFile");
    for (const QString& ts : tsFiles()) {
        QTest::newRow(qPrintable(QFileInfo(ts).fileName())) << ts;
    }
}

void TestTranslations::everyMessageTranslated()
{
    QFETCH(QString, tsFile);
    const TsFile ts = parseTs(tsFile);
    QVERIFY2(ts.error.isEmpty(), qPrintable(ts.error));
    QVERIFY(!ts.language.isEmpty());
    QVERIFY(!ts.messages.isEmpty());

    QStringList problems;
    for (const TsMessage& message : ts.messages) {
        if (!message.translationType.isEmpty()) {
            problems << QStringLiteral("%1 is %2").arg(message.describe(), message.translationType);
            continue;
        }
        if (message.translations.isEmpty() || (message.numerus && message.translations.size() < 2)) {
            problems << QStringLiteral("%1 lacks its plural forms").arg(message.describe());
        }
        const QStringList expected = placeholders(message.source);
        for (const QString& translation : message.translations) {
            if (translation.trimmed().isEmpty()) {
                problems << QStringLiteral("%1 has an empty translation").arg(message.describe());
            } else if (placeholders(translation) != expected) {
                problems << QStringLiteral("%1 placeholders %2 differ from the source's %3 in \"%4\"")
                                .arg(message.describe(), placeholders(translation).join(QLatin1Char(',')),
                                     expected.join(QLatin1Char(',')), translation);
            } else if (hasAccelerator(message.source) && !hasAccelerator(translation)) {
                problems << QStringLiteral("%1 lost its accelerator in \"%2\"").arg(message.describe(), translation);
            }
        }
    }
    reportAll(problems);
    QVERIFY2(problems.isEmpty(),
             qPrintable(QStringLiteral("%1 problem(s) in %2, listed above").arg(problems.size()).arg(tsFile)));
}

void TestTranslations::upToDateWithSources_data()
{
    everyMessageTranslated_data();
}

void TestTranslations::upToDateWithSources()
{
    QFETCH(QString, tsFile);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString copy = dir.filePath(QFileInfo(tsFile).fileName());
    QVERIFY(QFile::copy(tsFile, copy));
    QFile::setPermissions(copy, QFile::ReadOwner | QFile::WriteOwner);

    // The same options as the console's lupdate target, over every source of the console.
    QProcess lupdate;
    lupdate.start(QStringLiteral(HSS_LUPDATE),
                  {QStringLiteral(HSS_SOURCE_DIR "/client/src"), QStringLiteral("-no-obsolete"),
                   QStringLiteral("-locations"), QStringLiteral("none"), QStringLiteral("-silent"),
                   QStringLiteral("-ts"), copy});
    QVERIFY2(lupdate.waitForFinished(120000), qPrintable(lupdate.errorString()));
    QVERIFY2(lupdate.exitCode() == 0, lupdate.readAllStandardError().constData());

    const TsFile before = parseTs(tsFile);
    const TsFile after = parseTs(copy);
    QVERIFY2(before.error.isEmpty(), qPrintable(before.error));
    QVERIFY2(after.error.isEmpty(), qPrintable(after.error));
    QSet<QString> known;
    for (const TsMessage& message : before.messages) {
        known.insert(message.key());
    }
    QSet<QString> current;
    QStringList problems;
    for (const TsMessage& message : after.messages) {
        current.insert(message.key());
        if (!known.contains(message.key())) {
            problems << QStringLiteral("new in the sources, missing from the .ts: %1").arg(message.describe());
        }
    }
    for (const TsMessage& message : before.messages) {
        if (!current.contains(message.key())) {
            problems << QStringLiteral("no longer in the sources: %1").arg(message.describe());
        }
    }
    reportAll(problems);
    QVERIFY2(problems.isEmpty(),
             qPrintable(QStringLiteral("%1 is out of date by %2 message(s), listed above; run the update_translations "
                                       "target")
                            .arg(tsFile)
                            .arg(problems.size())));
}

void TestTranslations::compiledTranslationsLoad_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("context");
    QTest::addColumn<QString>("source");
    QTest::addColumn<int>("count");
    QTest::addColumn<QString>("expected");
    const QString menu = QStringLiteral("hss::client::LanguageMenu");
    QTest::newRow("German menu title") << "de" << menu << "&Language" << -1 << "&Sprache";
    QTest::newRow("French menu title") << "fr" << menu << "&Language" << -1 << "&Langue";
    QTest::newRow("Spanish menu title") << "es" << menu << "&Language" << -1 << "&Idioma";
    QTest::newRow("German system default") << "de" << menu << "&System default" << -1 << "&Systemstandard";
    QTest::newRow("French system default") << "fr" << menu << "&System default" << -1 << "Langue du &système";
    QTest::newRow("Spanish system default") << "es" << menu << "&System default" << -1 << "Idioma del &sistema";
    // QTranslator hands back the plural form still holding %n; tr() fills it in.
    const QString certificates = QStringLiteral("hss::client::CertificateTableModel");
    const char* renew = "Renew: %n day(s) left";
    QTest::newRow("German singular") << "de" << certificates << renew << 1 << "Erneuern: noch %n Tag";
    QTest::newRow("German plural") << "de" << certificates << renew << 5 << "Erneuern: noch %n Tage";
    QTest::newRow("French singular") << "fr" << certificates << renew << 1 << "À renouveler : %n jour restant";
    QTest::newRow("French plural") << "fr" << certificates << renew << 5 << "À renouveler : %n jours restants";
    QTest::newRow("Spanish singular") << "es" << certificates << renew << 1 << "Renovar: queda %n día";
    QTest::newRow("Spanish plural") << "es" << certificates << renew << 2 << "Renovar: quedan %n días";
    const QString server = QStringLiteral("QObject");
    QTest::newRow("German startup title") << "de" << server << "Server connection" << -1 << "Serververbindung";
    QTest::newRow("French startup title") << "fr" << server << "Server connection" << -1 << "Connexion au serveur";
    QTest::newRow("Spanish startup title") << "es" << server << "Server connection" << -1 << "Conexión con el servidor";
}

void TestTranslations::compiledTranslationsLoad()
{
    QFETCH(QString, language);
    QFETCH(QString, context);
    QFETCH(QString, source);
    QFETCH(int, count);
    QFETCH(QString, expected);
    QTranslator translator;
    // The same call as the console's installTranslators().
    QVERIFY(translator.load(QLocale(language), QStringLiteral("hss"), QStringLiteral("_"), m_qmDir.path()));
    QCOMPARE(translator.translate(context.toUtf8().constData(), source.toUtf8().constData(), nullptr, count), expected);
}

QTEST_GUILESS_MAIN(TestTranslations)
#include "TestTranslations.moc"
