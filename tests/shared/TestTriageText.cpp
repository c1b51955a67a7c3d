// SPDX-License-Identifier: MIT
#include <QtTest>

#include "TestSupport.h"
#include "hss/triage/EmergencyCategory.h"
#include "hss/triage/TextNormalizer.h"

using hss::test::qs;

namespace {

QString joined(const std::vector<std::string>& tokens)
{
    QStringList parts;
    for (const std::string& token : tokens) {
        parts << qs(token);
    }
    return parts.join(' ');
}

} // namespace

/// The text normalisation triage matches on: case, punctuation, plural forms, clause breaks.
class TestTriageText final : public QObject
{
    Q_OBJECT

private slots:
    void normalizeWord_data();
    void normalizeWord();
    void normalizeText_data();
    void normalizeText();
    void emergencyCategoryNames();
};

void TestTriageText::normalizeWord_data()
{
    QTest::addColumn<QString>("word");
    QTest::addColumn<QString>("expected");
    QTest::newRow("upper case is lowered") << "EHR"
                                           << "ehr";
    QTest::newRow("plain plural") << "Patients"
                                  << "patient";
    QTest::newRow("-ies plural") << "queries"
                                 << "query";
    QTest::newRow("-ches plural") << "matches"
                                  << "match";
    QTest::newRow("-shes plural") << "crashes"
                                  << "crash";
    QTest::newRow("-xes plural") << "boxes"
                                 << "box";
    QTest::newRow("-sses plural") << "passes"
                                  << "pass";
    QTest::newRow("-ss is not a plural") << "access"
                                         << "access";
    QTest::newRow("-us is not a plural") << "status"
                                         << "status";
    QTest::newRow("-is is not a plural") << "analysis"
                                         << "analysis";
    QTest::newRow("short words stay") << "was"
                                      << "was";
    QTest::newRow("-es after a consonant keeps the e") << "doses"
                                                       << "dose";
}

void TestTriageText::normalizeWord()
{
    QFETCH(QString, word);
    QFETCH(QString, expected);
    QCOMPARE(qs(hss::triage::normalizeWord(word.toStdString())), expected);
}

void TestTriageText::normalizeText_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expected");
    QTest::newRow("empty") << ""
                           << "";
    QTest::newRow("words and spaces") << "  The EHR   is DOWN "
                                      << "the ehr is down";
    QTest::newRow("clause punctuation breaks") << "No harm. Pumps down; call!"
                                               << "no harm | pump down | call";
    QTest::newRow("no break first, last or twice") << "...hello,, world!!"
                                                   << "hello | world";
    QTest::newRow("apostrophe joins") << "isn't, can't"
                                      << "isnt | cant";
    QTest::newRow("typographic apostrophe joins") << "doesn\u2019t work"
                                                  << "doesnt work";
    QTest::newRow("hyphen joins") << "log-in drop-down"
                                  << "login dropdown";
    QTest::newRow("dash between spaces separates") << "down - again"
                                                   << "down again";
    QTest::newRow("dot inside a word stays") << "HL7 v2.5 feed"
                                             << "hl7 v2.5 feed";
    QTest::newRow("line break is a clause break") << "first\nsecond"
                                                  << "first | second";
    QTest::newRow("other symbols separate") << "a/b+c@d"
                                            << "a b c d";
    QTest::newRow("utf-8 passes through") << "Daten\u00fcbertragung gest\u00f6rt"
                                          << "daten\u00fcbertragung gest\u00f6rt";
    QTest::newRow("possessive plural") << "patients' records"
                                       << "patient record";
}

void TestTriageText::normalizeText()
{
    QFETCH(QString, text);
    QFETCH(QString, expected);
    QCOMPARE(joined(hss::triage::normalizeText(text.toStdString())), expected);
}

void TestTriageText::emergencyCategoryNames()
{
    QStringList names;
    for (const auto category : hss::triage::allEmergencyCategories) {
        const auto name = hss::triage::toString(category);
        const auto parsed = hss::triage::emergencyCategoryFromString(name);
        QVERIFY(parsed.ok());
        QVERIFY(parsed.value() == category);
        names << qs(name);
    }
    QCOMPARE(names, QStringList({"patient_safety", "system_downtime", "data_breach", "compliance_violation"}));
    const auto unknown = hss::triage::emergencyCategoryFromString("fire", "emergency");
    QVERIFY(!unknown.ok());
    QCOMPARE(qs(unknown.error().field), QString("emergency"));
    QCOMPARE(unknown.error().code, hss::ErrorCode::UnknownValue);
}

QTEST_GUILESS_MAIN(TestTriageText)
#include "TestTriageText.moc"
