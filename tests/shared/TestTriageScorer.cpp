// SPDX-License-Identifier: MIT
#include <QtTest>
#include <algorithm>

#include "TestSupport.h"
#include "hss/triage/Triage.h"
#include "hss/triage/TriageScorerTraining.h"

using hss::Priority;
using hss::test::qs;
using namespace hss::triage;

namespace {

bool has(const std::vector<std::string>& features, const std::string& feature)
{
    return std::find(features.begin(), features.end(), feature) != features.end();
}

/// A scorer that knows one made-up word, "zorblat", as a strong sign of patient harm.
TriageScorer zorblatScorer()
{
    std::map<std::string, ScorerWeights, std::less<>> weights;
    weights.emplace("zorblat", ScorerWeights {-3.0, 4.0, 0.0, 0.5, 0.0});
    weights.emplace("ward", ScorerWeights {-0.1, 0.6, 0.0, 0.0, 0.0});
    return TriageScorer(ScorerWeights {2.0, 0.0, 0.0, 0.0, 0.0}, std::move(weights), 0.5);
}

ScorerExample example(std::vector<std::string> features, std::size_t label)
{
    ScorerExample result;
    result.features = std::move(features);
    result.label = label;
    result.expected = label == 0 ? std::nullopt : std::optional(allEmergencyCategories[label - 1]);
    return result;
}

} // namespace

/// The learned scorer beside the triage rules (issue 6): features, deterministic training, the committed model in
/// sync with the dev split, and how the scorer combines with the rules (it adds emergencies, the rules can veto).
class TestTriageScorer final : public QObject
{
    Q_OBJECT

private slots:
    void featuresAreStemsNegationsAndBigrams();
    void trainingIsDeterministic();
    void committedModelMatchesTheDevSplit();
    void scorerAloneFlagsWithItsCategoryAndWords();
    void rulesVetoTheScorer_data();
    void rulesVetoTheScorer();
    void rulesAloneIgnoreTheScorer();
};

void TestTriageScorer::featuresAreStemsNegationsAndBigrams()
{
    const auto features = scorerFeatures({"Pumps stopped", "No patient was harmed. Wrong dose given", std::nullopt});
    QVERIFY(has(features, "pump"));
    QVERIFY(has(features, "pump_stop"));
    QVERIFY(has(features, "!patient")); // inside the scope of "no"
    QVERIFY(!has(features, "patient"));
    QVERIFY(has(features, "wrong_dos")); // the clause break ended the negation
    QVERIFY(has(features, "wrong"));
    QVERIFY(!has(features, "harm_wrong")); // no bigram across a clause break
    QVERIFY(std::is_sorted(features.begin(), features.end()));
    QVERIFY(std::adjacent_find(features.begin(), features.end()) == features.end());
}

void TestTriageScorer::trainingIsDeterministic()
{
    const std::vector<ScorerExample> examples {
        example({"dose", "wrong", "wrong_dose"}, 1),
        example({"dose", "wrong"}, 1),
        example({"down", "server"}, 2),
        example({"down", "server", "ward"}, 2),
        example({"email", "leak"}, 3),
        example({"email", "leak", "ward"}, 3),
        example({"audit", "consent"}, 4),
        example({"audit", "consent", "ward"}, 4),
        example({"password", "reset", "ward"}, 0),
        example({"password", "reset"}, 0),
    };
    ScorerTrainingOptions options;
    options.iterations = 50;
    const TriageScorer first = trainScorer(examples, options, 0.5);
    const TriageScorer second = trainScorer(examples, options, 0.5);
    QCOMPARE(scorerSource(first, "x"), scorerSource(second, "x"));
    QVERIFY(!first.weights().contains("wrong_dose")); // seen once only
    QVERIFY(first.weights().contains("wrong"));
    const ScorerPrediction prediction = first.predictFeatures({"dose", "wrong"});
    QVERIFY(prediction.likeliest == EmergencyCategory::PatientSafety);
    QVERIFY(prediction.emergencyProbability() > 0.5);
    QVERIFY(first.predictFeatures({"password", "reset"}).emergencyProbability() < 0.5);
}

void TestTriageScorer::committedModelMatchesTheDevSplit()
{
    QFile file(QStringLiteral(HSS_SOURCE_DIR "/tests/data/triage/labelled-tickets.jsonl"));
    QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(file.errorString()));
    const QByteArray text = file.readAll();
    const auto tickets = labelledTicketsFromJsonLines(std::string_view(text.constData(), std::size_t(text.size())));
    QVERIFY(tickets.ok());
    const std::string checksum = devSplitChecksum(tickets.value());
    QCOMPARE(qs(detail::learnedTriageModel().devChecksum), qs(checksum));

    // Retraining as hss-train-triage does gives the committed file byte for byte.
    const std::vector<ScorerExample> examples = scorerExamples(tickets.value());
    const ScorerTrainingOptions options;
    const CrossValidation cv = crossValidate(examples, options);
    QCOMPARE(cv.chosenThreshold, TriageScorer::defaults().threshold());
    QFile model(QStringLiteral(HSS_SOURCE_DIR "/shared/src/triage/LearnedTriageModel.cpp"));
    QVERIFY2(model.open(QIODevice::ReadOnly), qPrintable(model.errorString()));
    const QByteArray committed = model.readAll();
    const std::string fresh = scorerSource(trainScorer(examples, options, cv.chosenThreshold), checksum);
    QVERIFY2(std::string_view(committed.constData(), std::size_t(committed.size())) == fresh,
             "LearnedTriageModel.cpp is stale: run hss-train-triage (tests/data/triage/README.md)");
}

void TestTriageScorer::scorerAloneFlagsWithItsCategoryAndWords()
{
    const TriageInput input {"Zorblat on the ward", "Seen twice today on the ward.", std::nullopt};
    QVERIFY(!triage(input, TriageRuleSet::defaults()).emergency); // the rules know no such word
    const TriageResult result = triage(input, TriageRuleSet::defaults(), zorblatScorer());
    QVERIFY(result.emergency);
    QVERIFY(result.emergencyCategory == EmergencyCategory::PatientSafety);
    QVERIFY(result.priority == Priority::Emergency);
    QVERIFY(!result.reasons.empty());
    const TriageReason& reason = result.reasons.back();
    QCOMPARE(qs(reason.field), QStringLiteral("model"));
    QVERIFY2(reason.message.starts_with("resembles reported patient_safety: 'zorblat', 'ward'"),
             reason.message.c_str());

    // Reasons quote the words as written, not their stems ("zorblating" is the stem "zorblat").
    const TriageResult inflected =
        triage({"Zorblating again", "", std::nullopt}, TriageRuleSet::defaults(), zorblatScorer());
    QVERIFY(inflected.emergency);
    QVERIFY2(inflected.reasons.back().message.starts_with("resembles reported patient_safety: 'zorblating'"),
             inflected.reasons.back().message.c_str());
}

void TestTriageScorer::rulesVetoTheScorer_data()
{
    QTest::addColumn<QString>("title");
    QTest::addColumn<QString>("description");
    QTest::newRow("drill") << "Zorblat drill on the ward"
                           << "Tabletop exercise this afternoon.";
    QTest::newRow("resolved") << "Zorblat on the ward"
                              << "It was resolved yesterday, nothing left to do.";
    QTest::newRow("test system") << "Zorblat in the sandbox"
                                 << "Only in the test environment.";
    QTest::newRow("negated harm") << "Zorblat on the ward"
                                  << "No patient was harmed and no wrong dose was given.";
}

void TestTriageScorer::rulesVetoTheScorer()
{
    QFETCH(QString, title);
    QFETCH(QString, description);
    const TriageInput input {title.toStdString(), description.toStdString(), std::nullopt};
    const TriageScorer scorer = zorblatScorer();
    QVERIFY(scorer.predict(input).emergencyProbability() >= scorer.threshold()); // the scorer alone would flag
    const TriageResult rules = triage(input, TriageRuleSet::defaults());
    QVERIFY(!rules.emergency);
    QVERIFY(rulesVeto(rules));
    QVERIFY(!triage(input, TriageRuleSet::defaults(), scorer).emergency);
}

void TestTriageScorer::rulesAloneIgnoreTheScorer()
{
    // The two-argument triage() is the rules alone (custom rule sets, evaluations); triage(input) adds the default
    // scorer, whose threshold came from cross-validation.
    const TriageInput input {"Zorblat on the ward", "", std::nullopt};
    QVERIFY(!triage(input, TriageRuleSet::defaults()).emergency);
    QVERIFY(TriageScorer::defaults().threshold() > 0.0 && TriageScorer::defaults().threshold() < 1.0);
    QVERIFY(TriageScorer::defaults().weights().size() > 1000);
}

QTEST_GUILESS_MAIN(TestTriageScorer)
#include "TestTriageScorer.moc"
