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
TriageScorer zorblatScorer(int vetoWeight = 1)
{
    std::map<std::string, ScorerWeights, std::less<>> weights;
    weights.emplace("zorblat", ScorerWeights {-3.0, 4.0, 0.0, 0.5, 0.0});
    weights.emplace("ward", ScorerWeights {-0.1, 0.6, 0.0, 0.0, 0.0});
    return TriageScorer(ScorerWeights {2.0, 0.0, 0.0, 0.0, 0.0}, std::move(weights), 0.5, defaultScorerFeatures,
                        vetoWeight);
}

ScorerExample example(std::vector<std::string> features, std::size_t label, std::string id = {})
{
    ScorerExample result;
    result.id = std::move(id);
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
    void groupAndGramFeatures();
    void reasonsNameEachWordOnce();
    void weakEvidenceAgainstDoesNotVeto();
    void writerFoldsNeverTrainOnTheLeftOutWriter();
    void modelTextRoundTrips();
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
    QCOMPARE(scorerModelText(first, "x"), scorerModelText(second, "x"));
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
    QCOMPARE(qs(learnedScorerModel().devChecksum), qs(checksum));

    // Retraining as hss-train-triage does gives the committed file byte for byte.
    const std::vector<ScorerExample> examples = scorerExamples(tickets.value());
    const ScorerTrainingOptions options;
    const CrossValidation cv = crossValidate(examples, options);
    QCOMPARE(cv.chosenThreshold, TriageScorer::defaults().threshold());
    QCOMPARE(cv.chosenVetoWeight, TriageScorer::defaults().vetoWeight());
    QCOMPARE(options.featureKinds, TriageScorer::defaults().featureKinds());
    QFile model(QStringLiteral(HSS_SOURCE_DIR "/shared/src/triage/LearnedTriageModel.tsv"));
    QVERIFY2(model.open(QIODevice::ReadOnly), qPrintable(model.errorString()));
    const QByteArray committed = model.readAll();
    const std::string fresh =
        scorerModelText(trainScorer(examples, options, cv.chosenThreshold, cv.chosenVetoWeight), checksum);
    QVERIFY2(std::string_view(committed.constData(), std::size_t(committed.size())) == fresh,
             "LearnedTriageModel.tsv is stale: run hss-train-triage (tests/data/triage/README.md)");
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
    // Evidence in nats, chosen on the grid 0.25 ... 4.75 by leave-one-writer-out CV.
    QVERIFY(TriageScorer::defaults().threshold() > 0.0 && TriageScorer::defaults().threshold() < 5.0);
    QVERIFY(TriageScorer::defaults().weights().size() > 1000);
}

void TestTriageScorer::groupAndGramFeatures()
{
    // "desat" and "desaturating" share the rules' group @harm, and their character 4-grams "#<des", "#desa".
    const auto grouped = scorerFeatures({"Pt desat", "", std::nullopt}, stemFeatures | groupFeatures);
    QVERIFY(has(grouped, "@harm"));
    QVERIFY(has(grouped, "@patient"));
    QVERIFY(!has(grouped, "#desa")); // not asked for
    const auto negated = scorerFeatures({"", "No patient was harmed", std::nullopt}, groupFeatures);
    QVERIFY(has(negated, "!@harm"));
    QVERIFY(!has(negated, "@harm"));
    const auto grams = scorerFeatures({"desaturating", "", std::nullopt}, gramFeatures);
    QVERIFY(has(grams, "#<des"));
    QVERIFY(has(grams, "#desa"));
    QVERIFY(has(grams, "#ing>"));
    QVERIFY(!has(grams, "desatur")); // no stems unless asked
    QVERIFY(has(scorerFeatures({"pt", "", std::nullopt}, gramFeatures), "#<pt>")); // short words whole
}

void TestTriageScorer::reasonsNameEachWordOnce()
{
    // Three features of one word ("zorblat", its group-like "@zorb" and a 4-gram) push hardest: the reason names
    // the word once and then the next word.
    std::map<std::string, ScorerWeights, std::less<>> weights;
    weights.emplace("zorblat", ScorerWeights {-3.0, 4.0, 0.0, 0.0, 0.0});
    weights.emplace("#zorb", ScorerWeights {-3.0, 3.5, 0.0, 0.0, 0.0});
    weights.emplace("ward", ScorerWeights {-0.1, 0.6, 0.0, 0.0, 0.0});
    const TriageScorer scorer(ScorerWeights {2.0, 0.0, 0.0, 0.0, 0.0}, std::move(weights), 0.5,
                              stemFeatures | gramFeatures);
    const ScorerPrediction prediction = scorer.predict({"Zorblat on the ward", "", std::nullopt});
    QCOMPARE(prediction.strongestWords.size(), std::size_t(2));
    QCOMPARE(qs(prediction.strongestWords[0]), QStringLiteral("zorblat"));
    QCOMPARE(qs(prediction.strongestWords[1]), QStringLiteral("ward"));
}

void TestTriageScorer::weakEvidenceAgainstDoesNotVeto()
{
    // "yesterday" alone (a weak sign of a past event) vetoed the first version's scorer; with a veto weight only
    // stronger evidence against does, like a drill.
    const TriageInput weak {"Zorblat on the ward", "Started yesterday.", std::nullopt};
    const TriageResult rules = triage(weak, TriageRuleSet::defaults());
    QVERIFY(!rules.emergency);
    QVERIFY(rulesEvidenceAgainst(rules) > 0);
    QVERIFY(rulesEvidenceAgainst(rules) < 12);
    QVERIFY(rulesVeto(rules));
    QVERIFY(!triage(weak, TriageRuleSet::defaults(), zorblatScorer(1)).emergency);
    QVERIFY(triage(weak, TriageRuleSet::defaults(), zorblatScorer(12)).emergency);

    const TriageInput drill {"Zorblat drill on the ward", "Tabletop exercise, only a drill.", std::nullopt};
    QVERIFY(rulesEvidenceAgainst(triage(drill, TriageRuleSet::defaults())) >= 12);
    QVERIFY(!triage(drill, TriageRuleSet::defaults(), zorblatScorer(12)).emergency);
}

void TestTriageScorer::writerFoldsNeverTrainOnTheLeftOutWriter()
{
    // Two writers: the first always says "zorblat" for harm, the second "blorp". Left out, each writer's emergencies
    // are scored by a model that never saw its word, so they get no evidence from it.
    std::vector<ScorerExample> examples;
    for (int i = 1; i <= 8; ++i) {
        const bool first = i <= 4;
        const bool harm = (i - 1) / 2 % 2 == 1; // T3, T4, T7, T8
        std::vector<std::string> features {first ? "alpha" : "beta"};
        if (harm) {
            features.push_back(first ? "zorblat" : "blorp");
        }
        examples.push_back(example(features, harm ? 1 : 0, "T" + std::to_string(i)));
    }
    ScorerTrainingOptions options;
    options.iterations = 50;
    options.minTickets = 1;
    options.writerGroups = {{1, 4}, {5, 8}};
    const CrossValidation cv = crossValidate(examples, options);
    QCOMPARE(cv.fold, (std::vector<std::size_t> {0, 0, 0, 0, 1, 1, 1, 1}));
    for (std::size_t i = 0; i < examples.size(); ++i) {
        for (const std::string& feature : cv.predictions[i].strongestFeatures) {
            QVERIFY2(feature != "zorblat" && feature != "blorp", examples[i].id.c_str());
        }
    }
    // Random folds mix the writers: some left-out ticket is scored by a model that learned its writer's word.
    options.writerGroups.clear();
    options.folds = 2;
    const CrossValidation mixed = crossValidate(examples, options);
    bool leaked = false;
    for (std::size_t i = 0; i < examples.size(); ++i) {
        for (const std::string& feature : mixed.predictions[i].strongestFeatures) {
            leaked = leaked || feature == "zorblat" || feature == "blorp";
        }
    }
    QVERIFY(leaked);
}

void TestTriageScorer::modelTextRoundTrips()
{
    const TriageScorer scorer = zorblatScorer(12);
    const std::string text = scorerModelText(scorer, "abc123");
    QVERIFY(text.starts_with("hss-triage-model\t1\nchecksum\tabc123\nthreshold\t0.5\nveto\t12\n"));
    QVERIFY(text.find("zorblat\t-3\t4\t0\t0.5\t0\n") != std::string::npos); // compact numbers
    const std::optional<ScorerModel> read = scorerModelFromText(text);
    QVERIFY(read.has_value());
    QCOMPARE(qs(read->devChecksum), QStringLiteral("abc123"));
    QCOMPARE(scorerModelText(read->scorer, "abc123"), text);
    QCOMPARE(read->scorer.vetoWeight(), 12);
    QCOMPARE(read->scorer.featureKinds(), defaultScorerFeatures);
    // Malformed texts are refused, not half read.
    QVERIFY(!scorerModelFromText("").has_value());
    QVERIFY(!scorerModelFromText(text + "broken\t1\t2\n").has_value());
    QVERIFY(!scorerModelFromText("hss-triage-model\t2\n" + text.substr(text.find('\n') + 1)).has_value());
    // The embedded default model is read in full.
    QVERIFY(TriageScorer::defaults().weights().size() > 1000);
    QVERIFY(!learnedScorerModel().devChecksum.empty());
}

QTEST_GUILESS_MAIN(TestTriageScorer)
#include "TestTriageScorer.moc"
