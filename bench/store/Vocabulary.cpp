// SPDX-License-Identifier: MIT
#include "Vocabulary.h"

#include <array>

namespace hss::bench::vocabulary {

namespace {

using namespace std::string_view_literals;

constexpr std::array componentList {
    "patient portal"sv,
    "e-prescribing module"sv,
    "HL7 interface engine"sv,
    "DICOM viewer"sv,
    "lab results feed"sv,
    "appointment scheduler"sv,
    "triage assistant"sv,
    "clinical decision support"sv,
    "radiology AI model"sv,
    "sepsis prediction model"sv,
    "medication reconciliation"sv,
    "discharge summary generator"sv,
    "speech dictation"sv,
    "billing export"sv,
    "FHIR API gateway"sv,
    "single sign-on"sv,
    "audit log viewer"sv,
    "consent manager"sv,
    "telehealth video"sv,
    "nurse call integration"sv,
    "bed management board"sv,
    "infusion pump gateway"sv,
    "vital signs monitor feed"sv,
    "allergy checker"sv,
    "drug interaction checker"sv,
    "symptom checker chatbot"sv,
    "imaging worklist"sv,
    "pathology slide scanner"sv,
    "ECG analysis model"sv,
    "readmission risk score"sv,
    "care plan editor"sv,
    "referral inbox"sv,
    "lab order entry"sv,
    "barcode medication administration"sv,
    "backup service"sv,
    "mobile app"sv,
    "offline clinic sync"sv,
    "label printer"sv,
    "identity verification"sv,
    "password reset service"sv,
};

constexpr std::array problemList {
    "fails to load"sv,
    "times out after login"sv,
    "shows results for the wrong patient"sv,
    "crashes on start"sv,
    "returns HTTP 500"sv,
    "is very slow in the morning"sv,
    "rejects valid credentials"sv,
    "loses unsaved notes"sv,
    "shows duplicate patient records"sv,
    "sends every alert twice"sv,
    "does not sync"sv,
    "displays garbled characters"sv,
    "drops the connection"sv,
    "reports a certificate error"sv,
    "flags every patient as high risk"sv,
    "misses critical lab values"sv,
    "exports empty files"sv,
    "freezes during upload"sv,
    "runs an outdated model version"sv,
    "cannot find the encounter"sv,
    "rejects a password reset"sv,
    "ignores the allergy list"sv,
    "prints blank labels"sv,
    "shows the wrong time zone"sv,
    "loses the audio"sv,
};

constexpr std::array siteList {
    "St. Mary's Hospital"sv,  "North Valley Clinic"sv,    "Riverside Medical Center"sv, "Lakeside Dialysis Unit"sv,
    "Hillcrest Children's"sv, "Oakwood Rehabilitation"sv, "Harbor Cancer Institute"sv,  "Meadow Family Practice"sv,
    "Summit Cardiology"sv,    "Westgate Urgent Care"sv,   "Pinecrest Nursing Home"sv,   "Central Imaging Lab"sv,
    "Bayview Maternity"sv,    "Eastside Health Hub"sv,    "Granite Orthopedics"sv,      "Willow Mental Health"sv,
};

constexpr std::array groupList {
    "night-shift nurses"sv, "the emergency department"sv, "outpatient clinicians"sv, "radiologists"sv,
    "pharmacists"sv,        "front-desk staff"sv,         "home-care nurses"sv,      "ICU physicians"sv,
    "lab technicians"sv,    "all users at one site"sv,    "new residents"sv,         "billing clerks"sv,
};

constexpr std::array descriptionList {
    "Since this morning the {c} {p} for {g} at {s}."sv,
    "Users report that the {c} {p}; the screen shows error {e}."sv,
    "The issue started after last night's update and affects {g}."sv,
    "Restarting the workstation did not help and the {c} still {p}."sv,
    "This blocks medication rounds, so please treat it as urgent."sv,
    "We attached a screenshot and the log excerpt with code {e}."sv,
    "Only {g} are affected; other departments at {s} work normally."sv,
    "The vendor asked us to open a ticket before they can investigate."sv,
    "A clinician noticed it while reviewing a discharge and escalated."sv,
    "It happens roughly every second attempt, mostly between 7 and 9 am."sv,
    "No patient harm so far, but staff fall back to paper records."sv,
    "The same workflow works in the training environment."sv,
};

constexpr std::array commentList {
    "Thanks for the report, we are looking into the {c} now."sv,
    "Could you send the exact time and the error code ({e}) you saw?"sv,
    "Reproduced in staging; the {c} {p} when the session is older than an hour."sv,
    "Escalated to the integration team with the log bundle."sv,
    "Applied the hotfix at {s}; please confirm the {c} works again."sv,
    "Customer confirmed the workaround, keeping the ticket open until the fix ships."sv,
    "Internal note: similar to last month's incident at {s}, check the certificate chain."sv,
    "Called the charge nurse; {g} can use the fallback workflow meanwhile."sv,
    "The model vendor acknowledged the defect and plans a patch this week."sv,
    "Closed after no reply for seven days, reopen if the problem returns."sv,
};

constexpr std::array titleList {
    "How to configure the {c}"sv,
    "Troubleshooting: the {c} {p}"sv,
    "FAQ: why the {c} {p}"sv,
    "Getting started with the {c}"sv,
    "Best practices for the {c}"sv,
    "Release notes: {c} update"sv,
    "Clinical guideline: safe use of the {c}"sv,
    "Compliance checklist for the {c}"sv,
    "Resetting the {c} after an outage"sv,
    "Video: a tour of the {c}"sv,
};

constexpr std::array articleList {
    "The {c} is used daily by {g} and by every {r} on duty."sv,
    "If the {c} {p}, first check that the workstation clock is correct."sv,
    "Open Settings, choose Integrations and select the {c} entry."sv,
    "Version {v} changes how the {c} stores its configuration."sv,
    "Error {e} means the upstream service refused the request."sv,
    "Ask a {r} to confirm the patient identity before you retry."sv,
    "Never copy patient data into a support ticket or a chat message."sv,
    "The audit log records every access, including read-only views."sv,
    "A password reset takes effect within five minutes on all devices."sv,
    "When the connection drops, the console keeps working offline and syncs later."sv,
    "Clear the local cache only when a support engineer asks you to."sv,
    "Model predictions are advisory; the treating clinician decides."sv,
    "Report any suspected misclassification through the feedback form."sv,
    "Certificates for the interface must be renewed before they expire."sv,
    "Schedule maintenance outside the morning medication round."sv,
    "The {c} sends HL7 messages over a TLS connection to the hospital system."sv,
    "Check the FHIR endpoint with the built-in connectivity test."sv,
    "Back up the configuration before you install version {v}."sv,
    "Escalate to the on-call engineer if {g} cannot work for more than fifteen minutes."sv,
    "Training module three covers the {c} in detail and ends with a short quiz."sv,
    "Consent must be recorded before data leaves the clinic."sv,
    "Alerts are grouped by severity, and emergencies always appear first."sv,
    "In most cases the {c} {p} because of an expired session token."sv,
    "A {r} can override the suggestion after documenting the reason."sv,
    "Use the label printer profile that matches your wristband stock."sv,
    "The integration retries failed messages with exponential back-off."sv,
    "Dosage calculations are checked against the formulary and the allergy list."sv,
    "Imaging studies larger than two gigabytes are streamed on demand."sv,
};

constexpr std::array detailList {
    "Check the {d} dose against the formulary before step {n}."sv,
    "The {m} reports code {e} when its firmware is older than release {n}."sv,
    "Pair the {m} with the gateway again after replacing its battery."sv,
    "Orders for {d} above {n} mg need a second signature."sv,
    "The interaction between {d} and {d} is flagged as severe."sv,
    "Sites using the {m} should set the polling interval to {n} seconds."sv,
    "Ticket {n} describes the same fault on a {m}."sv,
    "Substitute {d} only when the pharmacy has approved it."sv,
    "Readings from the {m} arrive within {n} seconds on a healthy network."sv,
    "Error {e} on a {m} usually points to a loose cable."sv,
};

constexpr std::array drugStartList {
    "amo"sv,  "beta"sv, "car"sv,   "dex"sv, "epi"sv, "flu"sv,  "gly"sv,   "hydro"sv, "iso"sv,   "keto"sv,
    "levo"sv, "meto"sv, "nitro"sv, "oxa"sv, "pro"sv, "rani"sv, "sulfa"sv, "tetra"sv, "vanco"sv, "zolo"sv,
};

constexpr std::array drugMiddleList {
    "xi"sv,  "ba"sv, "cla"sv, "dro"sv, "fen"sv, "li"sv, "mo"sv, "na"sv,  "pra"sv, "ri"sv,
    "sta"sv, "to"sv, "va"sv,  "zi"sv,  "ge"sv,  "lu"sv, "me"sv, "qui"sv, "so"sv,  "ter"sv,
};

constexpr std::array drugEndList {
    "cillin"sv, "mab"sv,  "pril"sv, "sartan"sv, "statin"sv, "olol"sv,  "azole"sv, "mycin"sv,
    "pine"sv,   "done"sv, "fen"sv,  "tide"sv,   "vir"sv,    "zepam"sv, "parin"sv,
};

constexpr std::array brandList {
    "Medivo"sv, "CareLink"sv, "Pulsar"sv, "Vitalis"sv, "Infusa"sv, "Cardex"sv, "Oxymed"sv, "Neuron"sv,
};

constexpr std::array commonList {
    "the"sv,     "to"sv,       "and"sv,      "of"sv,        "a"sv,         "in"sv,       "is"sv,        "for"sv,
    "that"sv,    "on"sv,       "with"sv,     "it"sv,        "be"sv,        "as"sv,       "you"sv,       "are"sv,
    "this"sv,    "can"sv,      "or"sv,       "by"sv,        "if"sv,        "from"sv,     "your"sv,      "when"sv,
    "not"sv,     "at"sv,       "an"sv,       "will"sv,      "all"sv,       "has"sv,      "which"sv,     "after"sv,
    "before"sv,  "each"sv,     "then"sv,     "more"sv,      "only"sv,      "also"sv,     "other"sv,     "use"sv,
    "new"sv,     "first"sv,    "time"sv,     "may"sv,       "should"sv,    "must"sv,     "user"sv,      "data"sv,
    "system"sv,  "screen"sv,   "select"sv,   "click"sv,     "open"sv,      "check"sv,    "value"sv,     "list"sv,
    "field"sv,   "report"sv,   "change"sv,   "setting"sv,   "message"sv,   "record"sv,   "team"sv,      "clinic"sv,
    "ward"sv,    "staff"sv,    "access"sv,   "update"sv,    "error"sv,     "window"sv,   "button"sv,    "menu"sv,
    "default"sv, "option"sv,   "network"sv,  "server"sv,    "device"sv,    "order"sv,    "result"sv,    "review"sv,
    "note"sv,    "step"sv,     "process"sv,  "support"sv,   "service"sv,   "local"sv,    "shared"sv,    "daily"sv,
    "status"sv,  "history"sv,  "search"sv,   "filter"sv,    "export"sv,    "import"sv,   "print"sv,     "file"sv,
    "folder"sv,  "account"sv,  "role"sv,     "manager"sv,   "request"sv,   "approval"sv, "schedule"sv,  "shift"sv,
    "medical"sv, "clinical"sv, "hospital"sv, "treatment"sv, "diagnosis"sv, "nurse"sv,    "physician"sv, "workflow"sv,
};

constexpr std::array syllableList {
    "ba"sv, "ko"sv, "ri"sv, "mu"sv, "te"sv, "za"sv, "lo"sv, "ni"sv, "du"sv, "vo"sv, "ge"sv, "sa"sv,
    "pi"sv, "ru"sv, "ke"sv, "do"sv, "fa"sv, "mi"sv, "no"sv, "tu"sv, "ye"sv, "la"sv, "ho"sv, "we"sv,
};

constexpr std::array roleList {
    "charge nurse"sv, "attending physician"sv,    "pharmacist"sv,      "radiographer"sv,
    "ward clerk"sv,   "clinical informaticist"sv, "privacy officer"sv, "support agent"sv,
};

constexpr std::array teamList {
    "Service Desk"sv,    "Clinical Apps"sv,    "Integration"sv, "Imaging"sv,        "AI Models"sv,  "Identity"sv,
    "Medical Support"sv, "Pharmacy Systems"sv, "Compliance"sv,  "Field Services"sv, "Telehealth"sv, "Training"sv,
};

constexpr std::array firstNameList {
    "Amelia"sv, "Noah"sv,  "Fatima"sv, "Lukas"sv,  "Sofia"sv, "Mateo"sv, "Aisha"sv,  "Jonas"sv,
    "Chloe"sv,  "Ravi"sv,  "Ingrid"sv, "Tomasz"sv, "Mei"sv,   "Diego"sv, "Hannah"sv, "Kwame"sv,
    "Elena"sv,  "Yusuf"sv, "Clara"sv,  "Pedro"sv,  "Nora"sv,  "Omar"sv,  "Julia"sv,  "Kenji"sv,
};

constexpr std::array lastNameList {
    "Schmidt"sv, "Okafor"sv, "Garcia"sv, "Nguyen"sv, "Larsen"sv, "Rossi"sv,  "Kowalski"sv, "Haddad"sv,
    "Martin"sv,  "Silva"sv,  "Tanaka"sv, "Dubois"sv, "Novak"sv,  "Mensah"sv, "Fischer"sv,  "Patel"sv,
    "Moreau"sv,  "Berg"sv,   "Costa"sv,  "Weber"sv,  "Ali"sv,    "Evans"sv,  "Sato"sv,     "Lopez"sv,
};

} // namespace

std::span<const std::string_view> components()
{
    return componentList;
}

std::span<const std::string_view> problems()
{
    return problemList;
}

std::span<const std::string_view> sites()
{
    return siteList;
}

std::span<const std::string_view> affectedGroups()
{
    return groupList;
}

std::span<const std::string_view> descriptionSentences()
{
    return descriptionList;
}

std::span<const std::string_view> commentSentences()
{
    return commentList;
}

std::span<const std::string_view> articleTitles()
{
    return titleList;
}

std::span<const std::string_view> articleSentences()
{
    return articleList;
}

std::span<const std::string_view> detailSentences()
{
    return detailList;
}

std::span<const std::string_view> drugStarts()
{
    return drugStartList;
}

std::span<const std::string_view> drugMiddles()
{
    return drugMiddleList;
}

std::span<const std::string_view> drugEnds()
{
    return drugEndList;
}

std::span<const std::string_view> deviceBrands()
{
    return brandList;
}

std::span<const std::string_view> commonWords()
{
    return commonList;
}

std::span<const std::string_view> syllables()
{
    return syllableList;
}

std::span<const std::string_view> roles()
{
    return roleList;
}

std::span<const std::string_view> teams()
{
    return teamList;
}

std::span<const std::string_view> firstNames()
{
    return firstNameList;
}

std::span<const std::string_view> lastNames()
{
    return lastNameList;
}

} // namespace hss::bench::vocabulary
