// SPDX-License-Identifier: MIT
#include <QtTest>
#include <string>

#include <nlohmann/json.hpp>

#include "TestSupport.h"
#include "hss/sentiment/SentimentAnalyzer.h"
#include "hss/sentiment/Tokenizer.h"

using hss::test::qs;
using namespace hss::sentiment;

namespace {

/// Labels compare by wire name, so a failure prints "neutral" rather than a number.
QString name(SentimentLabel label)
{
    return qs(toString(label));
}

} // namespace

Q_DECLARE_METATYPE(hss::sentiment::SentimentLabel)

/// The lexicon-based analyser: tokens, lexicon matches, negation, intensifiers, "but" clauses, exclamation,
/// clinical and AI vocabulary, the label thresholds, and bad or extreme input.
class TestSentiment final : public QObject
{
    Q_OBJECT

private slots:
    void tokenizerLowerCasesAndKeepsInnerMarks();
    void tokenizerRejectsInvalidUtf8();
    void labelsFollowTheThresholds();
    void labelledExamples_data();
    void labelledExamples();
    void negationFlipsTheSign();
    void negationReachesOnlyAFewWordsInTheClause();
    void intensifierRaisesAndDiminisherLowersMagnitude();
    void butWeighsTheLaterClause();
    void exclamationAddsEmphasis();
    void clinicalPhrasesMatchAsOneTerm();
    void emptyAndSentimentFreeTextIsNeutral();
    void veryLongTextStaysBounded();
    void invalidUtf8IsAClearError();
    void resultAsJson();

private:
    static SentimentResult analyze(std::string_view text);
};

SentimentResult TestSentiment::analyze(std::string_view text)
{
    auto result = SentimentAnalyzer().analyze(text);
    if (!result) {
        qFatal("analyze failed: %s", describe(result.error()).c_str());
    }
    return result.value();
}

void TestSentiment::tokenizerLowerCasesAndKeepsInnerMarks()
{
    Tokenizer tokenizer;
    QVERIFY(tokenizer.tokenize("It DIDN\xE2\x80\x99T help -- life-saving, 'quoted' caf\xC3\xA9!").ok());
    QStringList words;
    for (const Token& token : tokenizer.tokens()) {
        words << (token.kind == TokenKind::Word              ? qs(token.text)
                      : token.kind == TokenKind::Exclamation ? QStringLiteral("<!>")
                                                             : QStringLiteral("<.>"));
    }
    QCOMPARE(
        words,
        QStringList({"it", "didn't", "help", "life-saving", "<.>", "quoted", QString::fromUtf8("caf\xC3\xA9"), "<!>"}));
}

void TestSentiment::tokenizerRejectsInvalidUtf8()
{
    Tokenizer tokenizer;
    QVERIFY(tokenizer.tokenize("good").ok());
    const auto status = tokenizer.tokenize("bad \xC3\x28 bytes");
    QVERIFY(!status);
    QCOMPARE(status.error().code, hss::ErrorCode::InvalidEncoding);
    QCOMPARE(qs(status.error().field), QStringLiteral("text"));
    QVERIFY(tokenizer.tokens().empty());
}

void TestSentiment::labelsFollowTheThresholds()
{
    QCOMPARE(name(labelForScore(positiveThreshold)), name(SentimentLabel::Positive));
    QCOMPARE(name(labelForScore(positiveThreshold - 0.001)), name(SentimentLabel::Neutral));
    QCOMPARE(name(labelForScore(0.0)), name(SentimentLabel::Neutral));
    QCOMPARE(name(labelForScore(negativeThreshold + 0.001)), name(SentimentLabel::Neutral));
    QCOMPARE(name(labelForScore(negativeThreshold)), name(SentimentLabel::Negative));
    QCOMPARE(name(labelForScore(-1.0)), name(SentimentLabel::Negative));
    QCOMPARE(qs(toString(SentimentLabel::Positive)), QStringLiteral("positive"));
    QCOMPARE(name(sentimentLabelFromString("neutral").value()), name(SentimentLabel::Neutral));
    QVERIFY(!sentimentLabelFromString("happy"));
}

void TestSentiment::labelledExamples_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<SentimentLabel>("label");
    QTest::newRow("praise") << "The support team was very helpful." << SentimentLabel::Positive;
    QTest::newRow("complaint") << "The viewer is slow and crashes every day." << SentimentLabel::Negative;
    QTest::newRow("fact") << "The update is planned for Monday." << SentimentLabel::Neutral;
    QTest::newRow("not helpful") << "Support was not helpful." << SentimentLabel::Negative;
    QTest::newRow("never worked") << "The scanner integration never worked." << SentimentLabel::Negative;
    QTest::newRow("didn't") << "The patch didn't help." << SentimentLabel::Negative;
    QTest::newRow("no issues") << "No issues since the upgrade." << SentimentLabel::Positive;
    QTest::newRow("misdiagnosis") << "The model led to a misdiagnosis." << SentimentLabel::Negative;
    QTest::newRow("hallucinated") << "The assistant hallucinated a lab value." << SentimentLabel::Negative;
    QTest::newRow("saved time") << "The new worklist saved time." << SentimentLabel::Positive;
    QTest::newRow("downtime") << "Two hours of downtime in the ICU." << SentimentLabel::Negative;
    QTest::newRow("unsafe") << "This suggestion is unsafe." << SentimentLabel::Negative;
    QTest::newRow("life-saving") << "A life-saving alert." << SentimentLabel::Positive;
    QTest::newRow("upper case") << "EXCELLENT SUPPORT" << SentimentLabel::Positive;
}

void TestSentiment::labelledExamples()
{
    QFETCH(QString, text);
    QFETCH(SentimentLabel, label);
    const SentimentResult result = analyze(text.toStdString());
    QVERIFY2(result.label == label, qPrintable(QString::number(result.score)));
    QCOMPARE(name(result.label), name(labelForScore(result.score)));
}

void TestSentiment::negationFlipsTheSign()
{
    const SentimentResult plain = analyze("The answer was helpful.");
    const SentimentResult negated = analyze("The answer was not helpful.");
    QVERIFY(plain.score > 0.0);
    QVERIFY(negated.score < 0.0);
    QCOMPARE(negated.terms.size(), std::size_t(1));
    QCOMPARE(qs(negated.terms[0].term), QStringLiteral("helpful"));
    QVERIFY(negated.terms[0].negated);
    QCOMPARE(negated.terms[0].weight, plain.terms[0].weight * SentimentAnalyzer::negationFactor);
    // A negated bad word turns mildly positive.
    QVERIFY(analyze("Not bad at all.").score > 0.0);
}

void TestSentiment::negationReachesOnlyAFewWordsInTheClause()
{
    // Six words between "not" and "helpful": out of reach, rightly.
    QVERIFY(analyze("I did not expect the staff to be so helpful.").score > 0.0);
    // A clause break ends the negation.
    QVERIFY(analyze("Not today, helpful as always.").score > 0.0);
    QVERIFY(analyze("Not really helpful.").score < 0.0);
}

void TestSentiment::intensifierRaisesAndDiminisherLowersMagnitude()
{
    const double plain = analyze("The viewer is slow.").score;
    const double very = analyze("The viewer is very slow.").score;
    const double extremely = analyze("The viewer is extremely slow.").score;
    const double slightly = analyze("The viewer is slightly slow.").score;
    QVERIFY(plain < 0.0);
    QVERIFY(very < plain);
    QVERIFY(extremely < very);
    QVERIFY(slightly > plain);
    QVERIFY(slightly < 0.0);
    QVERIFY(analyze("really good").score > analyze("good").score);
}

void TestSentiment::butWeighsTheLaterClause()
{
    // The same two words, in either order: the clause after "but" decides.
    QVERIFY(analyze("The staff were friendly but the system is slow.").score < 0.0);
    QVERIFY(analyze("The system is slow but the staff were friendly.").score > 0.0);
    const SentimentResult result = analyze("It looks nice, but it crashes.");
    QCOMPARE(result.terms.size(), std::size_t(2));
    QCOMPARE(result.terms[0].weight, 1.8 * SentimentAnalyzer::contrastBefore);
    QCOMPARE(result.terms[1].weight, -2.3 * SentimentAnalyzer::contrastAfter);
}

void TestSentiment::exclamationAddsEmphasis()
{
    QVERIFY(analyze("Great support!").score > analyze("Great support.").score);
    QVERIFY(analyze("Terrible support!!").score < analyze("Terrible support!").score);
    // Emphasis alone carries no direction.
    QCOMPARE(analyze("Monday!!!").score, 0.0);
}

void TestSentiment::clinicalPhrasesMatchAsOneTerm()
{
    const SentimentResult dosage = analyze("It proposed the wrong dosage.");
    QCOMPARE(dosage.terms.size(), std::size_t(1));
    QCOMPARE(qs(dosage.terms[0].term), QStringLiteral("wrong dosage"));
    // The clinical phrase weighs more than the general word "wrong".
    QVERIFY(dosage.score < analyze("It proposed the wrong layout.").score);
    QVERIFY(analyze("It proposed the wrong dosage.").label == SentimentLabel::Negative);
    const SentimentResult errors = analyze("Errors everywhere");
    QCOMPARE(qs(errors.terms.at(0).term), QStringLiteral("error")); // plural shares the stem's entry
}

void TestSentiment::emptyAndSentimentFreeTextIsNeutral()
{
    for (const char* text : {"", "   ", "...", "Ticket 4711 was assigned to team B."}) {
        const SentimentResult result = analyze(text);
        QCOMPARE(result.score, 0.0);
        QCOMPARE(name(result.label), name(SentimentLabel::Neutral));
        QVERIFY(result.terms.empty());
    }
}

void TestSentiment::veryLongTextStaysBounded()
{
    std::string text;
    for (int i = 0; i < 5000; ++i) {
        text += "terrible awful dangerous unsafe! ";
    }
    const SentimentResult negative = analyze(text);
    QVERIFY(negative.score >= -1.0);
    QVERIFY(negative.score < -0.99);
    QCOMPARE(negative.terms.size(), SentimentAnalyzer::maxTerms);
    std::string positive;
    for (int i = 0; i < 5000; ++i) {
        positive += "excellent ";
    }
    QVERIFY(analyze(positive).score <= 1.0);
}

void TestSentiment::invalidUtf8IsAClearError()
{
    for (const std::string& text : {std::string("good \xFF"), std::string("\xC0\xAF"), std::string("ok\xED\xA0\x80")}) {
        const auto result = SentimentAnalyzer().analyze(text);
        QVERIFY(!result);
        QCOMPARE(result.error().code, hss::ErrorCode::InvalidEncoding);
        QCOMPARE(qs(result.error().field), QStringLiteral("text"));
    }
}

void TestSentiment::resultAsJson()
{
    const nlohmann::json json = toJson(analyze("Not helpful."));
    QCOMPARE(qs(json.at("label").get<std::string>()), QStringLiteral("negative"));
    QVERIFY(json.at("score").get<double>() < 0.0);
    QCOMPARE(json.at("terms").size(), std::size_t(1));
    QCOMPARE(qs(json.at("terms")[0].at("term").get<std::string>()), QStringLiteral("helpful"));
    QVERIFY(json.at("terms")[0].at("negated").get<bool>());
}

QTEST_APPLESS_MAIN(TestSentiment)
#include "TestSentiment.moc"
