// SPDX-License-Identifier: MIT
#include <QtTest>

#include <nlohmann/json.hpp>

#include "TestSupport.h"
#include "hss/triage/TextNormalizer.h"
#include "hss/triage/Triage.h"
#include "hss/triage/TriageVocabulary.h"

using hss::test::qs;
using namespace hss::triage;

namespace {

/// A rule set of one patient-safety phrase of weight 10, to look at matching alone.
TriageRuleSet single(const std::string& phrase)
{
    return TriageRuleSet({TriagePhrase {phrase, {EmergencyCategory::PatientSafety}, {}, {}, 10}});
}

bool flags(const std::string& phrase, const std::string& text)
{
    return triage({text, "", std::nullopt}, single(phrase)).emergency;
}

} // namespace

/// What lets the rules carry over to wordings they were not written for: stems, synonym groups ("@harm"),
/// proximity ("A ~ B") and co-occurrence ("A & B") with negation on either side, hypotheticals, and the default rules
/// on new wordings.
class TestTriageConcepts final : public QObject
{
    Q_OBJECT

private slots:
    void stemsCoverInflections_data();
    void stemsCoverInflections();
    void groupsAndProximity_data();
    void groupsAndProximity();
    void chainLeavesGapsFree();
    void complianceCoOccurrenceReusesWords();
    void vocabularyIsConsistent();
    void kindRoundTrips();
    void defaultsGeneralise_data();
    void defaultsGeneralise();
};

void TestTriageConcepts::stemsCoverInflections_data()
{
    QTest::addColumn<QString>("a");
    QTest::addColumn<QString>("b");
    QTest::addColumn<bool>("same");
    QTest::newRow("fire/firing") << "fire"
                                 << "firing" << true;
    QTest::newRow("fired/firing") << "fired"
                                  << "firing" << true;
    QTest::newRow("stopped/stop") << "stopped"
                                  << "stop" << true;
    QTest::newRow("harmed/harm") << "harmed"
                                 << "harm" << true;
    QTest::newRow("denied/deny") << "denied"
                                 << "deny" << true;
    QTest::newRow("missed keeps ss") << "missed"
                                     << "miss" << true;
    QTest::newRow("short words untouched") << "bed"
                                           << "be" << false;
    QTest::newRow("digits untouched") << "10x"
                                      << "10" << false;
    QTest::newRow("different words") << "dose"
                                     << "dosage" << false;
}

void TestTriageConcepts::stemsCoverInflections()
{
    QFETCH(QString, a);
    QFETCH(QString, b);
    QFETCH(bool, same);
    QCOMPARE(stemWord(a.toStdString()) == stemWord(b.toStdString()), same);
}

void TestTriageConcepts::groupsAndProximity_data()
{
    QTest::addColumn<QString>("phrase");
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("emergency");
    QTest::newRow("stemmed phrase") << "alarm fired"
                                    << "alarms firing" << true;
    QTest::newRow("group word") << "@harm"
                                << "the pt was hurt" << true;
    QTest::newRow("group shorthand") << "@patient fell"
                                     << "pt fell" << true;
    QTest::newRow("group misspelling") << "@patient fell"
                                       << "pateint fell" << true;
    QTest::newRow("group miss") << "@patient fell"
                                << "nurse fell" << false;
    QTest::newRow("near, in order") << "@patient ~ @harm"
                                    << "a patient on 4B was injured" << true;
    QTest::newRow("near, reversed") << "@patient ~ @harm"
                                    << "injuries to two patients" << true;
    QTest::newRow("near, too far") << "@patient ~ @harm"
                                   << "patient records were moved to the new archive and the dog was hurt" << false;
    QTest::newRow("near, across a clause") << "@patient ~ @harm"
                                           << "patient list updated; staff hurt" << false;
    QTest::newRow("near, left negated") << "@patient ~ @harm"
                                        << "no patient was harmed" << false;
    QTest::newRow("near, right negated") << "@patient ~ @harm"
                                         << "the patient was not harmed" << false;
    QTest::newRow("near, denied after") << "@patient ~ @harm"
                                        << "patient injury, ruled out" << true;
    QTest::newRow("nobody was") << "@harm"
                                << "nobody was hurt" << false;
    QTest::newRow("no one was") << "@harm"
                                << "no one was hurt" << false;
    QTest::newRow("no one can is a failure") << "log in"
                                             << "no one can log in" << true;
    QTest::newRow("hypothetical") << "@system ~ @down"
                                  << "what happens if the EHR goes down" << false;
    QTest::newRow("nothing is") << "down"
                                << "nothing is down" << false;
    QTest::newRow("nothing works is a failure") << "work"
                                                << "nothing works" << true;
    QTest::newRow("together, across sentences")
        << "@patient & @harm"
        << "Patient list was updated. Two hours later the man collapsed." << true;
    QTest::newRow("together, one side missing") << "@patient & @harm"
                                                << "patient list updated" << false;
    QTest::newRow("together, one side negated") << "@patient & @harm"
                                                << "Patient seen. Nobody was hurt." << false;
    QTest::newRow("near with a multi-word side") << "@alert ~ not @fire"
                                                 << "sepsis alerts did not trigger" << true;
    QTest::newRow("chain, in order") << "@data ~ @expose ~ @outside"
                                     << "lab results emailed to an external address" << true;
    QTest::newRow("chain, any order") << "@data ~ @expose ~ @outside"
                                      << "an external vendor exported the records" << true;
    QTest::newRow("chain, one side missing") << "@data ~ @expose ~ @outside"
                                             << "lab results emailed to the ward" << false;
    QTest::newRow("chain, too far") << "@data ~ @expose ~ @outside"
                                    << "results emailed to the team after a very long and tiring meeting with external"
                                    << false;
    QTest::newRow("chain, across a clause") << "@data ~ @expose ~ @outside"
                                            << "results emailed; external audit next week" << false;
    QTest::newRow("chain, middle side negated") << "@data ~ @expose ~ @outside"
                                                << "results were not emailed to any external address" << false;
}

void TestTriageConcepts::groupsAndProximity()
{
    QFETCH(QString, phrase);
    QFETCH(QString, text);
    QFETCH(bool, emergency);
    QCOMPARE(flags(phrase.toStdString(), text.toStdString()), emergency);
}

void TestTriageConcepts::chainLeavesGapsFree()
{
    const TriagePhrase chain {"@data ~ @expose ~ @outside", {EmergencyCategory::DataBreach}, {}, {}, 10};
    QVERIFY(static_cast<bool>(validate(chain)));
    // A chain counts its three sides as used evidence, not the words between them, so those still count.
    const TriageRuleSet rules({TriagePhrase {"@data ~ @expose ~ @outside", {EmergencyCategory::DataBreach}, {}, {}, 5},
                               TriagePhrase {"by mistake", {EmergencyCategory::DataBreach}, {}, {}, 5}});
    const TriageResult result = triage({"results emailed by mistake to an external address", "", std::nullopt}, rules);
    QCOMPARE(result.emergencyScores[static_cast<std::size_t>(EmergencyCategory::DataBreach)], 10);
    QVERIFY(result.emergency);
    const TriageResult overlapping =
        triage({"results emailed to an external address", "", std::nullopt},
               TriageRuleSet({TriagePhrase {"@data ~ @expose ~ @outside", {EmergencyCategory::DataBreach}, {}, {}, 5},
                              TriagePhrase {"emailed", {EmergencyCategory::DataBreach}, {}, {}, 5}}));
    QCOMPARE(overlapping.emergencyScores[static_cast<std::size_t>(EmergencyCategory::DataBreach)], 5);
}

void TestTriageConcepts::complianceCoOccurrenceReusesWords()
{
    const std::size_t cv = static_cast<std::size_t>(EmergencyCategory::ComplianceViolation);
    const std::size_t db = static_cast<std::size_t>(EmergencyCategory::DataBreach);
    const std::string text = "The law requires us to keep the records. The purge job still runs every night.";
    // The rule word is already used by a stronger phrase; the compliance co-occurrence still corroborates it.
    const TriageRuleSet rules({TriagePhrase {"law requires", {EmergencyCategory::ComplianceViolation}, {}, {}, 8},
                               TriagePhrase {"@rule & @ongoing", {EmergencyCategory::ComplianceViolation}, {}, {}, 4}});
    const TriageResult reused = triage({"Ticket", text, std::nullopt}, rules);
    QCOMPARE(reused.emergencyScores[cv], 12);
    QVERIFY(reused.emergency);
    // Nor does it block a weaker phrase on the same words.
    const TriageRuleSet weakerAfter(
        {TriagePhrase {"@rule & @ongoing", {EmergencyCategory::ComplianceViolation}, {}, {}, 6},
         TriagePhrase {"law", {EmergencyCategory::ComplianceViolation}, {}, {}, 4}});
    QCOMPARE(triage({"Ticket", text, std::nullopt}, weakerAfter).emergencyScores[cv], 10);
    // Any other co-occurrence stays blocked by a stronger phrase on the same words.
    const TriageRuleSet breach({TriagePhrase {"emailed", {EmergencyCategory::DataBreach}, {}, {}, 8},
                                TriagePhrase {"@data & @expose", {EmergencyCategory::DataBreach}, {}, {}, 4}});
    QCOMPARE(triage({"Ticket", "Results emailed. Nobody knows where.", std::nullopt}, breach).emergencyScores[db], 8);
}

void TestTriageConcepts::vocabularyIsConsistent()
{
    const auto names = synonymGroupNames();
    QVERIFY(names.size() >= 10 && names.size() <= 64);
    for (std::size_t i = 0; i < names.size(); ++i) {
        QCOMPARE(synonymGroupIndex(names[i]), std::optional<std::size_t>(i));
        QVERIFY(!synonymGroupWords(names[i]).empty());
        for (const std::string_view word : synonymGroupWords(names[i])) {
            const auto tokens = normalizeText(word);
            QCOMPARE(tokens.size(), std::size_t(1));
            QVERIFY2((synonymGroupsOfStem(stemWord(tokens.front())) >> i & 1) == 1, word.data());
        }
    }
    QVERIFY(synonymGroupNames().size() <= 64); // membership is a 64-bit mask
    QVERIFY(!synonymGroupIndex("nonsense"));
    QCOMPARE(synonymGroupsOfStem("zzz"), std::uint64_t(0));
}

void TestTriageConcepts::kindRoundTrips()
{
    const auto against = triagePhraseFromJson(nlohmann::json {{"phrase", "tabletop"}, {"kind", "against"}});
    QVERIFY(against.ok());
    QCOMPARE(against.value().weight, -10);
    QCOMPARE(against.value().emergencies.size(), allEmergencyCategories.size());
    QCOMPARE(toJson(against.value()).at("kind"), "against");
    const auto hint =
        triagePhraseFromJson(nlohmann::json {{"phrase", "pyxis"}, {"kind", "hint"}, {"category", "medical_clinical"}});
    QVERIFY(hint.ok());
    QCOMPARE(hint.value().weight, 5);
    QVERIFY(kindOf(hint.value()) == PhraseKind::Hint);
    const auto emergency = triagePhraseFromJson(
        nlohmann::json {{"phrase", "crash cart ~ empty"}, {"kind", "emergency"}, {"emergency", "patient_safety"}});
    QVERIFY(emergency.ok());
    QCOMPARE(emergency.value().weight, 10);
    QVERIFY(triagePhraseFromJson(toJson(emergency.value())).value() == emergency.value());
    // Switched off (weight 0), every phrase still reads back from its own JSON, whatever kind it derives.
    for (const char* kind : {"emergency", "against", "hint"}) {
        nlohmann::json off {{"phrase", "outage"}, {"kind", kind}, {"weight", 0}, {"priority", "low"}};
        if (std::string(kind) == "emergency") {
            off["emergency"] = "system_downtime";
        }
        const auto decoded = triagePhraseFromJson(off);
        QVERIFY2(decoded.ok(), kind);
        const auto again = triagePhraseFromJson(toJson(decoded.value()));
        QVERIFY2(again.ok(), kind);
        QVERIFY(again.value() == decoded.value());
    }
}

void TestTriageConcepts::defaultsGeneralise_data()
{
    // Wordings no literal default phrase contains; each needs the groups, stems or proximity.
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("category");
    QTest::newRow("harm, shorthand") << "pt on 5C collapsed after the new order set"
                                     << "patient_safety";
    QTest::newRow("wrong drug amount") << "nurse gave an incorrect fentanyl amount, dosing screen wrong"
                                       << "patient_safety";
    QTest::newRow("alarms silent") << "telemetry alarms are silenced on ward 2 since noon"
                                   << "patient_safety";
    QTest::newRow("system down for all") << "Cerner crashed for everybody on both campuses"
                                         << "system_downtime";
    QTest::newRow("data exposed outside") << "spreadsheet with MRNs emailed to an external address"
                                          << "data_breach";
    QTest::newRow("snooping") << "inappropriate access to a colleague's chart by a clerk"
                              << "data_breach";
    QTest::newRow("rule broken") << "this clearly violates our GDPR obligations"
                                 << "compliance_violation";
    QTest::newRow("without approval") << "model deployed without ethics committee approval"
                                      << "compliance_violation";
    // Second round: broader groups, weaker combined signals and three-sided chains.
    QTest::newRow("allergic reaction, resident")
        << "resident in room 4 had a severe allergic reaction after the new order set"
        << "patient_safety";
    QTest::newRow("records deleted despite law")
        << "the archive keeps deleting consent forms that we are legally obliged to retain"
        << "compliance_violation";
    QTest::newRow("letters sent to another practice")
        << "pt details were sent to another GP surgery by the new letters module"
        << "data_breach";
    QTest::newRow("copied to home cloud") << "a contractor is copying discharge letters to his home cloud drive"
                                          << "data_breach";
    QTest::newRow("pilot environment") << "pilot environment dashboard crashed for everyone"
                                       << "";
    QTest::newRow("negated harm") << "no patients were harmed by the label glitch"
                                  << "";
    QTest::newRow("test system") << "staging server crashed for all testers"
                                 << "";
    QTest::newRow("fixed already") << "EHR was down for 5 minutes, was resolved by the vendor"
                                   << "";
    QTest::newRow("planned") << "planned outage of PACS on Sunday"
                             << "";
    // Fourth round: non-clinical and single-user outages, problems caught in time, compliance spread over sentences.
    QTest::newRow("payroll down for all") << "The payroll system is down for all staff since 9, nobody can submit hours"
                                          << "";
    QTest::newRow("canteen app for everyone") << "canteen ordering app crashed for everyone on both sites"
                                              << "";
    QTest::newRow("clinical systems fine") << "The scheduling tool is down for all users, clinical systems are fine"
                                           << "";
    QTest::newRow("one workstation") << "EHR crashes every time on one workstation in clinic B, others work"
                                     << "";
    QTest::newRow("caught before release")
        << "Two lab results got swapped sample IDs, the technician caught the mismatch and they were rerun"
        << "";
    QTest::newRow("rule and ongoing practice")
        << "We must keep audit records for ten years under the law. The cleanup job still removes them nightly."
        << "compliance_violation";
    // ... without hiding an emergency that names a non-clinical system, a catch or a question beside it.
    QTest::newRow("clinical and non-clinical down")
        << "EHR and billing down. The EHR is down for all clinicians on every ward since 7, billing is down too."
        << "system_downtime";
    QTest::newRow("pump drug library down")
        << "the drug library on all infusion pumps is down for every ward since the update"
        << "system_downtime";
    QTest::newRow("caught snooping")
        << "We caught a ward clerk opening the records of a celebrity patient without reason"
        << "data_breach";
    QTest::newRow("harm and a question")
        << "The patient in bed 4 was given a tenfold insulin dose and is now hypoglycaemic, what should we do?"
        << "patient_safety";
    QTest::newRow("mass email in cc")
        << "our clinic reminder email went to 400 patients with every address in the cc field instead of bcc"
        << "data_breach";
    QTest::newRow("export not pseudonymised")
        << "the research partner got our patient extract, it was not pseudonymised"
        << "data_breach";
    // Fifth round: the third writer's batch, said again in other words (the rows are not its tickets).
    QTest::newRow("epma offline") << "ePMA is offline across all wards since the update"
                                  << "system_downtime";
    QTest::newRow("not loading for anyone") << "The order screen is not loading for anyone in outpatients"
                                            << "system_downtime";
    QTest::newRow("alert no longer blocks")
        << "The renal dosing alert is not blocking the order anymore, pharmacy check by hand"
        << "patient_safety";
    QTest::newRow("left/right flipped")
        << "The report template flips left/right on knee MRIs, two operations are booked from them"
        << "patient_safety";
    QTest::newRow("letters to wrong addresses")
        << "Appointment letters are going to the wrong home addresses since the import"
        << "data_breach";
    QTest::newRow("giving out numbers") << "Reception staff are giving out patient phone numbers to callers"
                                        << "data_breach";
    QTest::newRow("not in our DPA") << "The dictation vendor isn't in our DPA and audio is uploaded to them every day"
                                    << "compliance_violation";
    QTest::newRow("past the deadline") << "Nine access requests are past the one-month statutory deadline"
                                       << "compliance_violation";
    QTest::newRow("encrypted tablet handed in")
        << "A work tablet was left in a taxi; it is encrypted and the driver handed it in the same evening"
        << "";
    QTest::newRow("not clinical") << "Meeting room booking is down for everyone. Not clinical."
                                  << "";
    QTest::newRow("screens recover") << "Vitals screens freeze for a few seconds on all beds, then it recovers"
                                     << "";
    QTest::newRow("leaver account unused")
        << "Audit found a leaver's account still open, no logins since she left, no access to records"
        << "";
    QTest::newRow("leaver access removed")
        << "Leaver access removed: please confirm the former registrar's access was removed on her last day"
        << "";
    QTest::newRow("pounds as kilograms")
        << "The paeds dosing screen takes the entered weight as kilograms even when pounds are chosen"
        << "patient_safety";
    QTest::newRow("any wristband") << "Bedside scanning is accepting any wristband with any patient's meds on 4 West"
                                   << "patient_safety";
    QTest::newRow("training records check off") << "Training records: new nurses give chemo without the mandatory "
                                                   "competency sign-off since the check was removed"
                                                << "compliance_violation";
    QTest::newRow("summaries to chatgpt") << "Staff are uploading discharge summaries to ChatGPT to reword them"
                                          << "data_breach";
    QTest::newRow("not covered by contract, data flowing")
        << "The note-taking AI is not covered by any contract we hold, and it uploads clinic audio to a US cloud"
        << "compliance_violation";
    // New voices, written as probes before the rules for them (neonatal feeds, relatives, pharmacy, consent).
    QTest::newRow("ten times the feed volume")
        << "NICU feeding calculator gives 10 times the volume for prem babies under 1kg"
        << "patient_safety";
    QTest::newRow("neighbour's records")
        << "A relative says she can see her late father's neighbour's records in the app"
        << "data_breach";
    QTest::newRow("second signature") << "Pharmacy is dispensing controlled drugs without the second signature the "
                                         "regs demand, since the new workflow went live"
                                      << "compliance_violation";
    QTest::newRow("without telling patients")
        << "We keep recording video in consultation rooms without telling patients, no notice, no consent form"
        << "compliance_violation";
    QTest::newRow("regulator never cleared")
        << "The AI triage tool has been used on patients for a month but the regulator never cleared this version"
        << "compliance_violation";
    QTest::newRow("critical result not delivered")
        << "Pasted alert: CRITICAL K+ 7.1 not delivered to any clinician, result sat in the LIS queue for 4h"
        << "patient_safety";
    QTest::newRow("influencer's chart")
        << "A locum opened the chart of an influencer admitted overnight, not her patient"
        << "data_breach";
    QTest::newRow("never reported to")
        << "Last month's serious incidents were never reported to the commissioners and the deadline has passed"
        << "compliance_violation";
    QTest::newRow("allergy banner")
        << "Allergy banner says no known allergies although a penicillin allergy is on file; one patient already had "
           "amoxicillin"
        << "patient_safety";
    QTest::newRow("dev copy on a personal laptop")
        << "Dev copied prod: an engineer put the whole patient database on his personal laptop to work from home"
        << "data_breach";
    QTest::newRow("still being patched")
        << "The sepsis alerts are silent on 5B and the interface is still being patched"
        << "patient_safety";
    QTest::newRow("freezes a few times per hour")
        << "The ED whiteboard freezes for a second a few times per hour on all screens"
        << "";
    // Sixth version: a pump's multiple is a dose, not an outage ("time" is no "timing" of the outage words), denied
    // impact in other words, records a rule requires that stopped.
    QTest::newRow("pump delivered ten times") << "ward 3b the pump delivered ten time"
                                              << "patient_safety";
    QTest::newRow("outage without clinical impact")
        << "Room booking system down for all users since 08:00. No clinical impact, outpatient admin only."
        << "";
    QTest::newRow("required log stopped")
        << "The fridge temperature logger stopped recording 4 days ago. Continuous records are a regulation."
        << "compliance_violation";
}

void TestTriageConcepts::defaultsGeneralise()
{
    QFETCH(QString, text);
    QFETCH(QString, category);
    const TriageResult result = triage({"Ticket", text.toStdString(), std::nullopt});
    QCOMPARE(result.emergencyCategory ? qs(toString(*result.emergencyCategory)) : QString(), category);
}

QTEST_APPLESS_MAIN(TestTriageConcepts)
#include "TestTriageConcepts.moc"
