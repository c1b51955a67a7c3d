// SPDX-License-Identifier: MIT
#include "SynonymGroups.h"

#include <array>

namespace hss::triage::detail {

namespace {

// Words a ticket writer uses for the same idea, including clinicians' shorthand and frequent misspellings. Each
// word is normalised and stemmed like ticket text, so "harm" also covers "harmed", "harming" and "harms".
constexpr auto patient = std::to_array<std::string_view>(
    {"patient",    "pt",     "pts",      "pateint", "patinet", "paitent", "patiant", "inpatient",
     "outpatient", "child",  "children", "kid",     "baby",    "infant",  "neonate", "newborn",
     "toddler",    "mother", "pregnant", "elderly", "boy",     "girl",    "man",     "woman"});
constexpr auto harm = std::to_array<std::string_view>(
    {"harm",         "harmful", "injure",      "injury",        "hurt",         "died",         "dies",
     "dying",        "death",   "dead",        "fatal",         "deteriorate",  "collapsed",    "unresponsive",
     "seizure",      "seized",  "arrested",    "coded",         "anaphylaxis",  "anaphylactic", "overdosed",
     "bleeding",     "bled",    "hypotensive", "hypoglycaemic", "hypoglycemic", "hypo",         "desaturated",
     "desatted",     "desat",   "brady",       "bradycardic",   "vt",           "vf",           "intubated",
     "resuscitated", "sae"});
constexpr auto medication = std::to_array<std::string_view>(
    {"dose",         "dosage",        "dosing",      "overdose",      "underdose",    "medication",
     "medicine",     "med",           "meds",        "drug",          "rx",           "insulin",
     "heparin",      "opioid",        "morphine",    "fentanyl",      "oxycodone",    "hydromorphone",
     "potassium",    "kcl",           "chemo",       "chemotherapy",  "antibiotic",   "abx",
     "vancomycin",   "gentamicin",    "warfarin",    "anticoagulant", "apixaban",     "enoxaparin",
     "paracetamol",  "acetaminophen", "amoxicillin", "penicillin",    "metoprolol",   "digoxin",
     "methotrexate", "infusion",      "drip",        "bolus",         "prescription", "tablet",
     "pill",         "injection",     "vaccine",     "transfusion",   "mg",           "mcg"});
constexpr auto wrong = std::to_array<std::string_view>(
    {"wrong",         "wrongly",        "incorrect",  "incorrectly", "erroneous",     "mistaken",
     "swapped",       "mixed",          "mixup",      "inverted",    "reversed",      "double",
     "doubled",       "triple",         "tenfold",    "10x",         "100x",          "excessive",
     "miscalculated", "miscalculation", "mislabeled", "mislabelled", "misidentified", "misfiled",
     "mismatched",    "mismatch",       "confused",   "underdosing", "enormous"});
constexpr auto other = std::to_array<std::string_view>(
    {"another", "other", "different", "someone", "somebody", "stranger", "else", "elses"});
constexpr auto alert =
    std::to_array<std::string_view>({"alert", "alarm", "warning", "page", "pager", "flag", "bleep", "alerting"});
constexpr auto silent =
    std::to_array<std::string_view>({"silent", "silently", "silenced", "suppressed", "muted", "missing", "skipped",
                                     "dropped", "delayed", "late", "absent", "lost"});
constexpr auto fire = std::to_array<std::string_view>({"fire", "trigger", "sound", "show", "appear", "display", "reach",
                                                       "arrive", "come", "page", "sent", "send", "pop", "go", "going"});
constexpr auto give =
    std::to_array<std::string_view>({"given", "gave", "give", "administered", "received", "recieved", "infused",
                                     "dispensed", "drawn", "programmed", "prescribed", "ordered"});
constexpr auto finding = std::to_array<std::string_view>(
    {"stroke",   "lvo",          "bleed",   "haemorrhage", "hemorrhage", "haematoma",  "hematoma",
     "fracture", "pneumothorax", "cancer",  "tumour",      "tumor",      "malignancy", "nodule",
     "embolism", "stemi",        "infarct", "occlusion",   "dissection", "sepsis",     "septic"});
constexpr auto misread = std::to_array<std::string_view>(
    {"missed", "misses", "overlooked", "undetected", "negative", "normal", "benign", "misclassified", "misread"});
constexpr auto data = std::to_array<std::string_view>(
    {"data",    "record", "chart",       "phi",       "pii",      "name",   "diagnosis", "diagnose",
     "result",  "image",  "photo",       "scan",      "history",  "birth",  "ssn",       "mrn",
     "address", "file",   "spreadsheet", "list",      "document", "letter", "note",      "information",
     "info",    "detail", "referral",    "histories", "mailbox",  "number", "summary",   "summaries"});
constexpr auto expose = std::to_array<std::string_view>(
    {"exposed",   "exposure",    "leaked",     "leak",      "public",     "publicly",    "posted",
     "published", "visible",     "accessible", "readable",  "downloaded", "uploaded",    "emailed",
     "faxed",     "misdirected", "misrouted",  "stolen",    "hacked",     "compromised", "disclosed",
     "snooping",  "snooped",     "pasted",     "forwarded", "handed",     "exported"});
constexpr auto outside = std::to_array<std::string_view>(
    {"outside", "external", "public", "internet", "unknown", "abroad", "stranger", "personal", "chatbot", "gmail",
     "dropbox", "social", "unauthorized", "unauthorised", "third", "world", "overseas", "anyone"});
constexpr auto recipient =
    std::to_array<std::string_view>({"recipient", "family", "address", "number", "clinic", "inbox", "printer", "fax"});
constexpr auto unauthorized = std::to_array<std::string_view>(
    {"unauthorized", "unauthorised", "inappropriate", "improper", "snooping", "curiosity", "curious"});
constexpr auto access = std::to_array<std::string_view>(
    {"access", "accessed", "opened", "viewed", "looked", "browsed", "browsing", "read"});
constexpr auto attack = std::to_array<std::string_view>(
    {"ransomware", "ransom", "hacked", "hacker", "attacker", "intrusion", "exfiltrated", "exfiltration", "keylogger"});
constexpr auto rule = std::to_array<std::string_view>(
    {"law",        "legal",         "legally",  "regulation", "regulatory",    "regulator",     "hipaa",
     "gdpr",       "policy",        "bylaws",   "rule",       "requirement",   "required",      "require",
     "mandatory",  "obligation",    "consent",  "approval",   "authorization", "authorisation", "clearance",
     "baa",        "agreement",     "contract", "protocol",   "irb",           "ethics",        "fda",
     "mdr",        "accreditation", "statute",  "license",    "licence",       "authority",     "signoff",
     "inspection", "inspector",     "auditor"});
constexpr auto violate = std::to_array<std::string_view>(
    {"violate", "violation", "breaking", "contrary", "noncompliant", "illegal", "unlawful", "prohibited", "forbidden",
     "forbid", "ignoring", "ignored", "bypass", "circumvent", "overdue", "lapsed", "skipped", "skipping"});
constexpr auto undone =
    std::to_array<std::string_view>({"filed", "reported", "notified", "done", "logged", "informed", "recorded",
                                     "submitted", "completed", "asked", "told", "obtained", "signed"});
constexpr auto systemWords = std::to_array<std::string_view>(
    {"system",   "ehr",       "emr",      "epic",        "cerner",  "pacs",     "ris",      "lis",
     "portal",   "server",    "app",      "application", "network", "wifi",     "internet", "module",
     "service",  "platform",  "software", "interface",   "engine",  "worklist", "database", "workstation",
     "computer", "pc",        "terminal", "website",     "login",   "sso",      "phone",    "telemetry",
     "station",  "inference", "entry",    "emar",        "cpoe"});
constexpr auto down = std::to_array<std::string_view>(
    {"down",    "outage",  "offline", "unavailable", "unreachable",  "inaccessible", "crashed",
     "crash",   "dead",    "frozen",  "hung",        "unresponsive", "failing",      "failed",
     "failure", "fail",    "timeout", "500",         "503",          "broken",       "black",
     "blank",   "stopped", "hang",    "lost",        "freeze",       "froze",        "unusable"});
constexpr auto everyone = std::to_array<std::string_view>(
    {"all", "everyone", "everybody", "nobody", "noone", "entire", "whole", "every", "hospitalwide", "organisationwide",
     "organizationwide", "trustwide", "sitewide", "campuswide", "across", "any", "both", "multiple"});
constexpr auto unable = std::to_array<std::string_view>({"cannot", "cant", "unable", "impossible"});
constexpr auto fallback = std::to_array<std::string_view>({"paper", "manual", "manually", "downtime"});
constexpr auto testing = std::to_array<std::string_view>(
    {"test",  "testing",   "sandbox",  "staging",    "uat",       "qa",        "demo",     "training",
     "drill", "exercise",  "tabletop", "simulation", "simulated", "sim",       "mock",     "dummy",
     "fake",  "synthetic", "scripted", "manikin",    "mannequin", "rehearsal", "practice", "practise"});
constexpr auto testObject = std::to_array<std::string_view>(
    {"environment", "system",   "server",  "instance", "patient",  "data",    "record", "ticket",
     "campaign",    "scenario", "session", "lab",      "copy",     "version", "build",  "account",
     "run",         "only",     "case",    "form",     "exercise", "drill"});
constexpr auto resolved =
    std::to_array<std::string_view>({"resolved", "fixed", "restored", "recovered", "remediated", "mitigated",
                                     "contained", "solved", "corrected", "reverted", "replaced"});
constexpr auto already = std::to_array<std::string_view>(
    {"was", "were", "been", "is", "are", "got", "now", "already", "has", "have", "all"});
constexpr auto planned = std::to_array<std::string_view>({"planned", "scheduled", "announced", "upcoming"});
constexpr auto pause =
    std::to_array<std::string_view>({"outage", "downtime", "maintenance", "shutdown", "decommissioning", "upgrade"});
constexpr auto unit = std::to_array<std::string_view>(
    {"ward", "floor", "unit", "site", "campus", "department", "clinic", "hospital", "building", "location", "theatre"});
constexpr auto media = std::to_array<std::string_view>(
    {"tape", "laptop", "usb", "stick", "drive", "disk", "device", "tablet", "backup", "harddrive", "phone"});
constexpr auto lost = std::to_array<std::string_view>({"lost", "missing", "stolen", "misplaced"});
constexpr auto see =
    std::to_array<std::string_view>({"see", "sees", "saw", "seeing", "shows", "showing", "displayed", "displays"});
constexpr auto erase =
    std::to_array<std::string_view>({"deleted", "purged", "destroyed", "erased", "removed", "shredded"});
constexpr auto work = std::to_array<std::string_view>(
    {"working", "responding", "loading", "refreshing", "updating", "starting", "connecting", "opening", "printing"});
constexpr auto multiple =
    std::to_array<std::string_view>({"twice", "times", "tenfold", "fivefold", "doubled", "tripled", "higher", "lower"});
constexpr auto privacyLaw = std::to_array<std::string_view>({"gdpr", "hipaa", "ccpa", "dpa"});
constexpr auto clinician = std::to_array<std::string_view>({"nurse", "doctor", "physician", "clinician", "radiologist",
                                                            "pharmacist", "surgeon", "midwife", "resident",
                                                            "cardiologist", "oncologist", "team", "staff", "we"});
constexpr auto rely =
    std::to_array<std::string_view>({"rely", "relying", "relied", "trust", "trusting", "based", "acting", "dosed",
                                     "treating", "treated", "depend", "depending"});
constexpr auto urgent = std::to_array<std::string_view>({"urgent", "urgently", "asap", "immediately", "emergency"});

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
                                                     {"data", data},
                                                     {"expose", expose},
                                                     {"outside", outside},
                                                     {"recipient", recipient},
                                                     {"unauthorized", unauthorized},
                                                     {"access", access},
                                                     {"attack", attack},
                                                     {"rule", rule},
                                                     {"violate", violate},
                                                     {"undone", undone},
                                                     {"system", systemWords},
                                                     {"down", down},
                                                     {"everyone", everyone},
                                                     {"unable", unable},
                                                     {"fallback", fallback},
                                                     {"testing", testing},
                                                     {"testobject", testObject},
                                                     {"resolved", resolved},
                                                     {"already", already},
                                                     {"planned", planned},
                                                     {"pause", pause},
                                                     {"urgent", urgent},
                                                     {"unit", unit},
                                                     {"media", media},
                                                     {"lost", lost},
                                                     {"see", see},
                                                     {"erase", erase},
                                                     {"work", work},
                                                     {"multiple", multiple},
                                                     {"privacylaw", privacyLaw},
                                                     {"clinician", clinician},
                                                     {"rely", rely}});
static_assert(groups.size() <= 64, "group membership is a 64-bit mask");

} // namespace

std::span<const SynonymGroup> synonymGroups()
{
    return groups;
}

} // namespace hss::triage::detail
