// SPDX-License-Identifier: MIT
#include <QtTest>
#include <algorithm>

#include <nlohmann/json.hpp>

#include "TestSupport.h"
#include "hss/triage/Triage.h"

using hss::ErrorCode;
using hss::test::codeName;
using hss::test::qs;
using nlohmann::json;
using namespace hss::triage;

Q_DECLARE_METATYPE(std::string)

/// The rule set as data: the compiled defaults, admin phrases from JSON with errors naming the entry, additions
/// replacing defaults, and the triage request decoder.
class TestTriageRules final : public QObject
{
    Q_OBJECT

private slots:
    void defaultsAreValidAndRoundTrip();
    void badPhrasesNameTheEntry_data();
    void badPhrasesNameTheEntry();
    void adminPhraseAddsAnEmergency();
    void additionReplacesAndZeroWeightDisables();
    void impactDeniedInOtherWords();
    void badAdditionsChangeNothing();
    void inputFromJson_data();
    void inputFromJson();
};

void TestTriageRules::defaultsAreValidAndRoundTrip()
{
    const TriageRuleSet& defaults = TriageRuleSet::defaults();
    QVERIFY(defaults.phrases().size() > 300);
    QCOMPARE(defaults.emergencyThreshold(), defaultEmergencyThreshold);
    for (const TriagePhrase& phrase : defaults.phrases()) {
        QVERIFY2(validate(phrase).ok(), phrase.phrase.c_str());
        const auto decoded = triagePhraseFromJson(toJson(phrase));
        QVERIFY2(decoded.ok(), phrase.phrase.c_str());
        QVERIFY(decoded.value() == phrase);
    }
    std::array<bool, 4> covered {};
    for (const TriagePhrase& phrase : defaults.phrases()) {
        if (phrase.weight >= defaults.emergencyThreshold() && phrase.emergencies.size() == 1) {
            covered[static_cast<std::size_t>(phrase.emergencies.front())] = true;
        }
    }
    QVERIFY((covered == std::array<bool, 4> {true, true, true, true}));
}

void TestTriageRules::badPhrasesNameTheEntry_data()
{
    QTest::addColumn<QString>("document");
    QTest::addColumn<ErrorCode>("code");
    QTest::addColumn<QString>("field");
    const QString good = R"({"phrase": "pump alarm", "emergency": "patient_safety", "weight": 10})";
    auto second = [&good](const QString& bad) { return R"({"phrases": [)" + good + ", " + bad + "]}"; };
    QTest::newRow("not an object") << "[]" << ErrorCode::WrongType << "";
    QTest::newRow("phrases missing") << "{}" << ErrorCode::MissingField << "phrases";
    QTest::newRow("phrases not an array") << R"({"phrases": 3})" << ErrorCode::WrongType << "phrases";
    QTest::newRow("unknown top-level key") << R"({"phrases": [], "x": 1})" << ErrorCode::UnknownField << "x";
    QTest::newRow("entry not an object") << second("7") << ErrorCode::WrongType << "phrases[1]";
    QTest::newRow("phrase missing") << second(R"({"emergency": "data_breach"})") << ErrorCode::MissingField
                                    << "phrases[1].phrase";
    QTest::newRow("blank phrase") << second(R"({"phrase": " ! ", "emergency": "data_breach"})")
                                  << ErrorCode::InvalidArgument << "phrases[1].phrase";
    QTest::newRow("clause punctuation") << second(R"({"phrase": "down, again", "emergency": "data_breach"})")
                                        << ErrorCode::InvalidArgument << "phrases[1].phrase";
    QTest::newRow("nine words") << second(R"({"phrase": "a b c d e f g h i", "emergency": "data_breach"})")
                                << ErrorCode::InvalidArgument << "phrases[1].phrase";
    QTest::newRow("gap at the start") << second(R"({"phrase": "* down", "emergency": "data_breach"})")
                                      << ErrorCode::InvalidArgument << "phrases[1].phrase";
    QTest::newRow("two gaps in a row") << second(R"({"phrase": "wrong * * patient", "priority": "high"})")
                                       << ErrorCode::InvalidArgument << "phrases[1].phrase";
    QTest::newRow("unknown emergency") << second(R"({"phrase": "fire", "emergency": "fire"})")
                                       << ErrorCode::UnknownValue << "phrases[1].emergency";
    QTest::newRow("unknown category") << second(R"({"phrase": "fire", "category": "hr"})") << ErrorCode::UnknownValue
                                      << "phrases[1].category";
    QTest::newRow("unknown priority") << second(R"({"phrase": "fire", "priority": "asap"})") << ErrorCode::UnknownValue
                                      << "phrases[1].priority";
    QTest::newRow("no target") << second(R"({"phrase": "fire", "weight": 3})") << ErrorCode::MissingField
                               << "phrases[1].emergency";
    QTest::newRow("weight too high") << second(R"({"phrase": "fire", "emergency": "any", "weight": 101})")
                                     << ErrorCode::OutOfRange << "phrases[1].weight";
    QTest::newRow("weight not a number") << second(R"({"phrase": "fire", "emergency": "any", "weight": "10"})")
                                         << ErrorCode::WrongType << "phrases[1].weight";
    QTest::newRow("unknown key in entry") << second(R"({"phrase": "fire", "emergency": "any", "score": 1})")
                                          << ErrorCode::UnknownField << "phrases[1].score";
    QTest::newRow("malformed JSON") << R"({"phrases": [)" << ErrorCode::MalformedJson << "";
    QTest::newRow("unknown group") << second(R"({"phrase": "@pateint harm", "emergency": "any"})")
                                   << ErrorCode::UnknownValue << "phrases[1].phrase";
    QTest::newRow("three near marks") << second(R"({"phrase": "a ~ b ~ c ~ d", "emergency": "any"})")
                                      << ErrorCode::InvalidArgument << "phrases[1].phrase";
    QTest::newRow("near and together") << second(R"({"phrase": "a ~ b & c", "emergency": "any"})")
                                       << ErrorCode::InvalidArgument << "phrases[1].phrase";
    QTest::newRow("together in a chain") << second(R"({"phrase": "a & b ~ c", "emergency": "any"})")
                                         << ErrorCode::InvalidArgument << "phrases[1].phrase";
    QTest::newRow("near next to near") << second(R"({"phrase": "a ~ ~ c", "emergency": "any"})")
                                       << ErrorCode::InvalidArgument << "phrases[1].phrase";
    QTest::newRow("near at the end") << second(R"({"phrase": "fall ~", "emergency": "any"})")
                                     << ErrorCode::InvalidArgument << "phrases[1].phrase";
    QTest::newRow("gap next to near") << second(R"({"phrase": "fall * ~ floor", "emergency": "any"})")
                                      << ErrorCode::InvalidArgument << "phrases[1].phrase";
    QTest::newRow("control character") << second(R"({"phrase": "fall\u0007floor", "emergency": "any"})")
                                       << ErrorCode::InvalidArgument << "phrases[1].phrase";
    QTest::newRow("quote") << second(R"({"phrase": "say \"fall\"", "emergency": "any"})") << ErrorCode::InvalidArgument
                           << "phrases[1].phrase";
    QTest::newRow("too long") << second(R"({"phrase": ")" + QString(201, 'a') + R"(", "emergency": "any"})")
                              << ErrorCode::TooLong << "phrases[1].phrase";
    QTest::newRow("unknown kind") << second(R"({"phrase": "fall", "kind": "maybe", "emergency": "any"})")
                                  << ErrorCode::UnknownValue << "phrases[1].kind";
    QTest::newRow("emergency kind without emergency")
        << second(R"({"phrase": "fall", "kind": "emergency", "category": "technical"})") << ErrorCode::MissingField
        << "phrases[1].emergency";
    QTest::newRow("emergency kind, negative weight")
        << second(R"({"phrase": "fall", "kind": "emergency", "emergency": "patient_safety", "weight": -3})")
        << ErrorCode::OutOfRange << "phrases[1].weight";
    QTest::newRow("against kind, positive weight") << second(R"({"phrase": "fall", "kind": "against", "weight": 4})")
                                                   << ErrorCode::OutOfRange << "phrases[1].weight";
    QTest::newRow("hint kind with emergency")
        << second(R"({"phrase": "fall", "kind": "hint", "emergency": "patient_safety", "category": "technical"})")
        << ErrorCode::InvalidArgument << "phrases[1].emergency";
}

void TestTriageRules::badPhrasesNameTheEntry()
{
    QFETCH(QString, document);
    QFETCH(ErrorCode, code);
    QFETCH(QString, field);
    const auto result = TriageRuleSet::defaults().withAdditionsFromJson(document.toStdString());
    QVERIFY(!result.ok());
    QCOMPARE(codeName(result.error().code), codeName(code));
    QCOMPARE(qs(result.error().field), field);
    QVERIFY(!result.error().message.empty());
}

void TestTriageRules::adminPhraseAddsAnEmergency()
{
    const TriageInput input {"Pyxis cabinet dispensing to the wrong drawer", "", std::nullopt};
    QVERIFY(!triage(input).emergency);
    const auto rules = TriageRuleSet::defaults().withAdditionsFromJson(
        R"({"phrases": [{"phrase": "dispensing * wrong drawer", "emergency": "patient_safety",
                         "category": "medical_clinical", "weight": 12}]})");
    QVERIFY2(rules.ok(), rules.ok() ? "" : describe(rules.error()).c_str());
    QCOMPARE(rules.value().phrases().size(), TriageRuleSet::defaults().phrases().size() + 1);
    const TriageResult result = triage(input, rules.value());
    QVERIFY(result.emergency);
    QVERIFY(*result.emergencyCategory == EmergencyCategory::PatientSafety);
    QVERIFY(result.category == hss::Category::MedicalClinical);
}

void TestTriageRules::impactDeniedInOtherWords()
{
    // Sixth version: "no clinical impact" argues against an outage; without that phrase the same ticket is one.
    const TriageInput input {"Room booking system down",
                             "Booking system returns 500 for all users since 08:00. No clinical impact.", std::nullopt};
    QVERIFY(!triage(input, TriageRuleSet::defaults()).emergency);
    const TriageRuleSet without =
        TriageRuleSet::defaults().withAdditions({TriagePhrase {"no clinical impact", {}, {}, hss::Priority::Low, 0}});
    QVERIFY(triage(input, without).emergency);
}

void TestTriageRules::additionReplacesAndZeroWeightDisables()
{
    const TriageInput input {"Pyxis cabinet dispensing to the wrong drawer", "", std::nullopt};
    const TriageRuleSet added = TriageRuleSet::defaults().withAdditions(
        {TriagePhrase {"dispensing * wrong drawer", {EmergencyCategory::PatientSafety}, {}, {}, 12}});
    QVERIFY(triage(input, added).emergency);
    // Same words after normalisation and stemming ("Dispensed" → "dispens", "drawers" → "drawer") replace the
    // earlier phrase, and weight 0 switches it off.
    const TriageRuleSet disabled =
        added.withAdditions({TriagePhrase {"Dispensed * WRONG drawers", {}, {}, hss::Priority::Low, 0}});
    QCOMPARE(disabled.phrases().size(), added.phrases().size());
    QVERIFY(!triage(input, disabled).emergency);
    // A default phrase is replaced the same way.
    const TriageRuleSet noOutage =
        TriageRuleSet::defaults().withAdditions({TriagePhrase {"Outages", {}, {}, hss::Priority::Low, 0}});
    QCOMPARE(noOutage.phrases().size(), TriageRuleSet::defaults().phrases().size());
    const auto counts = [](const TriageResult& result, const std::string& phrase) {
        return std::any_of(result.reasons.begin(), result.reasons.end(),
                           [&phrase](const TriageReason& reason) { return reason.phrase == phrase; });
    };
    const TriageInput outage {"Lab outage", "", std::nullopt};
    QVERIFY(counts(triage(outage), "outage"));
    QVERIFY(!counts(triage(outage, noOutage), "outage"));
}

void TestTriageRules::badAdditionsChangeNothing()
{
    const std::size_t before = TriageRuleSet::defaults().phrases().size();
    const auto result = TriageRuleSet::defaults().withAdditionsFromJson(
        R"({"phrases": [{"phrase": "ok one", "priority": "low"}, {"phrase": "bad", "weight": 1000, "priority": "low"}]})");
    QVERIFY(!result.ok());
    QCOMPARE(qs(result.error().field), QString("phrases[1].weight"));
    QCOMPARE(TriageRuleSet::defaults().phrases().size(), before);
    QVERIFY_THROWS_EXCEPTION(std::invalid_argument, TriageRuleSet({TriagePhrase {"", {}, {}, {}, 1}}));
}

void TestTriageRules::inputFromJson_data()
{
    QTest::addColumn<QString>("document");
    QTest::addColumn<QString>("errorField");
    QTest::newRow("title and description") << R"({"title": "t", "description": ""})"
                                           << "";
    QTest::newRow("with category") << R"({"title": "t", "description": "d", "category": "integration"})"
                                   << "";
    QTest::newRow("null category") << R"({"title": "t", "description": "d", "category": null})"
                                   << "";
    QTest::newRow("title missing") << R"({"description": "d"})"
                                   << "title";
    QTest::newRow("title blank") << R"({"title": "  ", "description": "d"})"
                                 << "title";
    QTest::newRow("title two lines") << R"({"title": "a\nb", "description": "d"})"
                                     << "title";
    QTest::newRow("description missing") << R"({"title": "t"})"
                                         << "description";
    QTest::newRow("description a number") << R"({"title": "t", "description": 5})"
                                          << "description";
    QTest::newRow("unknown category") << R"({"title": "t", "description": "d", "category": "x"})"
                                      << "category";
    QTest::newRow("unknown field") << R"({"title": "t", "description": "d", "urgent": true})"
                                   << "urgent";
    QTest::newRow("title too long") << R"({"title": ")" + QString(201, 'a') + R"(", "description": ""})"
                                    << "title";
}

void TestTriageRules::inputFromJson()
{
    QFETCH(QString, document);
    QFETCH(QString, errorField);
    const auto input = triageInputFromJson(json::parse(document.toStdString()));
    QCOMPARE(input.ok(), errorField.isEmpty());
    if (!input.ok()) {
        QCOMPARE(qs(input.error().field), errorField);
    }
}

QTEST_GUILESS_MAIN(TestTriageRules)
#include "TestTriageRules.moc"
