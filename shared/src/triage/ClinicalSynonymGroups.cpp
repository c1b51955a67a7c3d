// SPDX-License-Identifier: MIT
#include <array>

#include "SynonymGroups.h"

namespace hss::triage::detail {

namespace {

// The clinical groups: patients, harm, treatment, alerts and the people who rely on them. Words a ticket writer uses
// for the same idea, including clinicians' shorthand and frequent misspellings; each word is normalised and stemmed
// like ticket text, so "harm" also covers "harmed", "harming" and "harms".
constexpr auto patient = std::to_array<std::string_view>(
    {"patient",      "pt",         "pts",      "pateint",  "patinet",  "paitent",  "patiant",   "inpatient",
     "outpatient",   "child",      "children", "kid",      "baby",     "infant",   "neonate",   "newborn",
     "toddler",      "mother",     "pregnant", "elderly",  "boy",      "girl",     "man",       "woman",
     "patients",     "patint",     "paitient", "ptnt",     "pnt",      "resident", "residents", "participant",
     "participants", "adolescent", "teenager", "neonatal", "nicu",     "picu",     "mum",       "mom",
     "client",       "person",     "persons",  "neonates", "newborns", "infants",  "babies"});
constexpr auto harm = std::to_array<std::string_view>({"harm",
                                                       "harmful",
                                                       "injure",
                                                       "injury",
                                                       "hurt",
                                                       "died",
                                                       "dies",
                                                       "dying",
                                                       "death",
                                                       "dead",
                                                       "fatal",
                                                       "deteriorate",
                                                       "collapsed",
                                                       "unresponsive",
                                                       "seizure",
                                                       "seized",
                                                       "arrested",
                                                       "coded",
                                                       "anaphylaxis",
                                                       "anaphylactic",
                                                       "overdosed",
                                                       "bleeding",
                                                       "bled",
                                                       "hypotensive",
                                                       "hypoglycaemic",
                                                       "hypoglycemic",
                                                       "hypo",
                                                       "desaturated",
                                                       "desatted",
                                                       "desat",
                                                       "brady",
                                                       "bradycardic",
                                                       "vt",
                                                       "vf",
                                                       "intubated",
                                                       "resuscitated",
                                                       "sae",
                                                       "reaction",
                                                       "allergic",
                                                       "swelling",
                                                       "hypoxic",
                                                       "hypoxia",
                                                       "apnoea",
                                                       "apnea",
                                                       "apneic",
                                                       "hyperkalaemia",
                                                       "hyperkalemia",
                                                       "hyperkalaemic",
                                                       "hyperk",
                                                       "hypoglycaemia",
                                                       "hypoglycemia",
                                                       "unconscious",
                                                       "fell",
                                                       "fallen",
                                                       "deteriorated",
                                                       "deteriorating",
                                                       "worsened",
                                                       "worsening",
                                                       "aspirated",
                                                       "choked",
                                                       "unwell",
                                                       "distress",
                                                       "suffered",
                                                       "complication",
                                                       "stroked",
                                                       "crashed",
                                                       "crashing",
                                                       "rrt",
                                                       "met",
                                                       "resus",
                                                       "shock",
                                                       "hypotension",
                                                       "bradycardia",
                                                       "tachycardia",
                                                       "arrhythmia",
                                                       "bleed",
                                                       "haemorrhaged",
                                                       "transferred",
                                                       "escalated",
                                                       "icu",
                                                       "bradying",
                                                       "desatting",
                                                       "desaturating",
                                                       "tachy",
                                                       "tachycardic",
                                                       "febrile",
                                                       "septic",
                                                       "peri",
                                                       "arrest",
                                                       "arresting",
                                                       "respiratory",
                                                       "rigors",
                                                       "rigoring",
                                                       "rigors",
                                                       "seizing",
                                                       "fitting",
                                                       "vomiting",
                                                       "ventilated",
                                                       "deceased",
                                                       "naloxone",
                                                       "narcan",
                                                       "flumazenil",
                                                       "adrenaline",
                                                       "epinephrine",
                                                       "glucagon",
                                                       "sick",
                                                       "fever",
                                                       "feverish",
                                                       "pyrexial",
                                                       "neutropenic"});
constexpr auto medication = std::to_array<std::string_view>(
    {"dose",         "dosage",        "dosing",        "overdose",      "underdose",    "medication",
     "medicine",     "med",           "meds",          "drug",          "rx",           "insulin",
     "heparin",      "opioid",        "morphine",      "fentanyl",      "oxycodone",    "hydromorphone",
     "potassium",    "kcl",           "chemo",         "chemotherapy",  "antibiotic",   "abx",
     "vancomycin",   "gentamicin",    "warfarin",      "anticoagulant", "apixaban",     "enoxaparin",
     "paracetamol",  "acetaminophen", "amoxicillin",   "penicillin",    "metoprolol",   "digoxin",
     "methotrexate", "infusion",      "drip",          "bolus",         "prescription", "tablet",
     "pill",         "injection",     "vaccine",       "transfusion",   "mg",           "mcg",
     "gent",         "vanc",          "tazocin",       "ceftriaxone",   "amiodarone",   "propofol",
     "midazolam",    "ketamine",      "naloxone",      "dexamethasone", "steroid",      "prednisolone",
     "lithium",      "phenytoin",     "levothyroxine", "tpn",           "fluid",        "fluids",
     "saline",       "blood",         "platelet",      "ivig",          "anticoag",     "doac",
     "rivaroxaban",  "dabigatran",    "clopidogrel",   "aspirin",       "ibuprofen",    "tramadol",
     "codeine",      "furosemide",    "meropenem",     "cefazolin",     "iv",           "ml",
     "rate",         "concentration", "mar",           "pump",          "pumps",        "syringe",
     "anaesthetic",  "anesthetic",    "sedation",      "oxygen",        "o2",           "contrast",
     "allergy",      "allergies",     "crossmatch",    "carboplatin",   "cisplatin",    "vincristine",
     "units"});
constexpr auto wrong = std::to_array<std::string_view>(
    {"wrong",       "wrongly",       "incorrect", "incorrectly",   "erroneous",     "mistaken",       "swapped",
     "mixed",       "mixup",         "inverted",  "reversed",      "double",        "doubled",        "triple",
     "tenfold",     "10x",           "100x",      "excessive",     "miscalculated", "miscalculation", "mislabeled",
     "mislabelled", "misidentified", "misfiled",  "mismatched",    "mismatch",      "confused",       "underdosing",
     "enormous",    "faulty",        "bogus",     "garbage",       "nonsense",      "inaccurate",     "erroneously",
     "misassigned", "misattributed", "misrouted", "misdirected",   "previous",      "unrelated",      "flipped",
     "transposed",  "duplicated",    "duplicate", "stale",         "outdated",      "corrupted",      "corrupt",
     "truncated",   "garbled",       "backwards", "opposite",      "mixing",        "confusing",      "misleading",
     "misreported", "misfiring",     "miscoded",  "exceed",        "exceeds",       "exceeding",      "exceeded",
     "rounding",    "rounded",       "decimal",   "overestimated", "underestimated"});
constexpr auto other =
    std::to_array<std::string_view>({"another", "other", "different", "someone", "somebody", "stranger", "else",
                                     "elses", "others", "unrelated", "strangers"});
constexpr auto alert = std::to_array<std::string_view>(
    {"alert",    "alarm", "warning", "page",     "pager",   "flag",      "bleep",  "alerting", "escalation",
     "reminder", "popup", "bpa",     "alarming", "warn",    "warned",    "alarms", "bleeper",  "beep",
     "news2",    "mews",  "ews",     "prompt",   "prompts", "reminders", "popups", "warnings"});
constexpr auto silent = std::to_array<std::string_view>(
    {"silent",  "silently", "silenced", "suppressed",  "muted",       "missing", "skipped",    "dropped", "delayed",
     "late",    "absent",   "lost",     "misrouted",   "disabled",    "blocked", "filtered",   "hidden",  "invisible",
     "stopped", "gone",     "vanished", "disappeared", "undelivered", "unseen",  "unanswered", "ignored"});
constexpr auto fire = std::to_array<std::string_view>(
    {"fire",     "trigger", "sound",   "show",     "appear",      "display",  "reach",     "arrive",
     "come",     "page",    "sent",    "send",     "pop",         "go",       "going",     "cross",
     "crossing", "flow",    "flowing", "transmit", "transmitted", "populate", "populating"});
constexpr auto give = std::to_array<std::string_view>({"given", "gave", "give", "administered", "received", "recieved",
                                                       "infused", "dispensed", "drawn", "programmed", "prescribed",
                                                       "ordered", "got", "getting", "administering", "hung"});
constexpr auto finding = std::to_array<std::string_view>(
    {"stroke",   "lvo",          "bleed",   "haemorrhage", "hemorrhage", "haematoma",  "hematoma",
     "fracture", "pneumothorax", "cancer",  "tumour",      "tumor",      "malignancy", "nodule",
     "embolism", "stemi",        "infarct", "occlusion",   "dissection", "sepsis",     "septic"});
constexpr auto misread = std::to_array<std::string_view>(
    {"missed", "misses", "overlooked", "undetected", "negative", "normal", "benign", "misclassified", "misread"});
constexpr auto clinician = std::to_array<std::string_view>(
    {"nurse",       "doctor",   "physician",    "clinician",  "radiologist", "pharmacist", "surgeon",
     "midwife",     "resident", "cardiologist", "oncologist", "team",        "staff",      "we",
     "nurses",      "doctors",  "clinicians",   "consultant", "hospitalist", "intern",     "anaesthetist",
     "anesthetist", "pharmacy", "outreach",     "paramedic",  "physicians"});
constexpr auto rely = std::to_array<std::string_view>(
    {"rely",     "relying",  "relied",       "trust",        "trusting", "based", "acting",    "dosed",
     "treating", "treated",  "depend",       "depending",    "relies",   "using", "screening", "decisions",
     "deciding", "triaging", "prioritising", "prioritizing", "guide",    "guided"});
constexpr auto unit = std::to_array<std::string_view>(
    {"ward",      "floor", "unit",      "site",  "campus", "department", "clinic", "hospital",  "building", "location",
     "theatre",   "icu",   "ed",        "er",    "bay",    "theatres",   "nicu",   "picu",      "ccu",      "hdu",
     "maternity", "paeds", "pediatric", "tower", "wing",   "floors",     "units",  "emergency", "sites"});
constexpr auto urgent = std::to_array<std::string_view>({"urgent", "urgently", "asap", "immediately", "emergency",
                                                         "now", "stat", "critical", "help", "emergent", "immediate"});

constexpr auto groups = std::to_array<SynonymGroup>({{"patient", patient},
                                                     {"harm", harm},
                                                     {"medication", medication},
                                                     {"wrong", wrong},
                                                     {"other", other},
                                                     {"alert", alert},
                                                     {"silent", silent},
                                                     {"fire", fire},
                                                     {"give", give},
                                                     {"finding", finding},
                                                     {"misread", misread},
                                                     {"clinician", clinician},
                                                     {"rely", rely},
                                                     {"unit", unit},
                                                     {"urgent", urgent}});

} // namespace

std::span<const SynonymGroup> clinicalSynonymGroups()
{
    return groups;
}

} // namespace hss::triage::detail
