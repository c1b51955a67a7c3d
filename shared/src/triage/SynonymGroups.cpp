// SPDX-License-Identifier: MIT
#include "SynonymGroups.h"

#include <array>
#include <vector>

namespace hss::triage::detail {

namespace {

// Words a ticket writer uses for the same idea, including clinicians' shorthand and frequent misspellings. Each
// word is normalised and stemmed like ticket text, so "harm" also covers "harmed", "harming" and "harms".
constexpr auto data = std::to_array<std::string_view>(
    {"data",        "record",      "chart",        "phi",          "pii",         "name",      "diagnosis",
     "diagnose",    "result",      "image",        "photo",        "scan",        "history",   "birth",
     "ssn",         "mrn",         "address",      "file",         "spreadsheet", "list",      "document",
     "letter",      "information", "info",         "detail",       "referral",    "histories", "mailbox",
     "number",      "summary",     "summaries",    "dictation",    "dictations",  "letters",   "discharge",
     "labs",        "results",     "images",       "mri",          "ct",          "xray",      "xrays",
     "details",     "identifiers", "identifiable", "demographics", "records",     "health",    "medical",
     "clinical",    "diagnoses",   "pathology",    "contacts",     "insurance",   "ssns",      "prescriptions",
     "medications", "genetic",     "hiv",          "mental",       "psychiatric", "lists",     "bucket",
     "extract",     "dump",        "export",       "exports",      "backup",      "backups",   "database",
     "postcode",    "postcodes",   "identifier"});
constexpr auto expose = std::to_array<std::string_view>(
    {"copying",      "emailing",   "faxing",      "uploading",     "posting",        "misaddressed", "misdelivered",
     "exposing",     "disclosing", "divulged",    "revealed",      "revealing",      "exposed",      "exposure",
     "leaked",       "leak",       "public",      "publicly",      "posted",         "published",    "visible",
     "accessible",   "readable",   "downloaded",  "uploaded",      "emailed",        "faxed",        "misdirected",
     "misrouted",    "stolen",     "hacked",      "compromised",   "disclosed",      "snooping",     "snooped",
     "pasted",       "forwarded",  "handed",      "exported",      "sent",           "sending",      "shared",
     "sharing",      "copied",     "viewable",    "leaking",       "exfiltrated",    "transmitted",  "mailed",
     "indexed",      "searchable", "unencrypted", "unprotected",   "unsecured",      "plaintext",    "overshared",
     "misdirect",    "open",       "openly",      "screenshotted", "screenshot",     "photographed", "tweeted",
     "sold",         "dumped",     "phishing",    "phished",       "malware",        "takeover",     "listable",
     "downloadable", "browsable",  "world",       "anonymous",     "unauthenticated"});
constexpr auto outside = std::to_array<std::string_view>(
    {"caller",      "callers",      "visitor",      "visitors", "strangers", "partner",     "relatives",  "neighbours",
     "journalists", "reporter",     "hotmail",      "yahoo",    "icloud",    "onedrive",    "wetransfer", "chatgpt",
     "openai",      "tiktok",       "instagram",    "linkedin", "reddit",    "outside",     "external",   "public",
     "internet",    "unknown",      "abroad",       "stranger", "personal",  "chatbot",     "gmail",      "dropbox",
     "social",      "unauthorized", "unauthorised", "third",    "world",     "overseas",    "anyone",     "whatsapp",
     "facebook",    "twitter",      "google",       "home",     "private",   "contractors", "contractor", "employees",
     "company",     "everyone",     "journalist",   "press",    "media",     "neighbour",   "relative",   "competitor",
     "attacker",    "hacker",       "website",      "web",      "cloud",     "copilot",     "bard",       "gemini"});
constexpr auto recipient = std::to_array<std::string_view>(
    {"recipient", "family", "address", "number", "clinic", "inbox", "printer", "fax", "gp", "ward", "surgery",
     "hospital", "email", "patient", "person", "insurer", "employer"});
constexpr auto unauthorized = std::to_array<std::string_view>(
    {"footballer", "politician",   "actor",        "singer",        "influencer", "presenter",
     "borrowed",   "unauthorized", "unauthorised", "inappropriate", "improper",   "snooping",
     "curiosity",  "curious",      "unapproved",   "nosy",          "unrelated",  "prying",
     "uninvolved", "celebrity",    "celebrities",  "vip",           "famous",     "leaver",
     "leavers",    "former",       "terminated",   "exemployee",    "departed"});
constexpr auto access = std::to_array<std::string_view>(
    {"access", "accessed", "opened", "viewed", "looked", "browsed", "browsing", "read", "accessing", "looking",
     "checking", "checked", "searched", "searching", "pulled", "opening", "peeked", "peeking"});
constexpr auto attack =
    std::to_array<std::string_view>({"ransomware", "ransom", "hacked", "hacker", "attacker", "intrusion", "exfiltrated",
                                     "exfiltration", "keylogger", "lockbit", "exploited", "intruder"});
constexpr auto rule = std::to_array<std::string_view>({"verification",
                                                       "mhra",
                                                       "irmer",
                                                       "caldicott",
                                                       "competency",
                                                       "sccs",
                                                       "scc",
                                                       "dspt",
                                                       "duty",
                                                       "notifiable",
                                                       "hta",
                                                       "dbs",
                                                       "regs",
                                                       "signature",
                                                       "countersignature",
                                                       "cosign",
                                                       "law",
                                                       "legal",
                                                       "legally",
                                                       "regulation",
                                                       "regulatory",
                                                       "regulator",
                                                       "hipaa",
                                                       "gdpr",
                                                       "policy",
                                                       "bylaws",
                                                       "rule",
                                                       "requirement",
                                                       "required",
                                                       "require",
                                                       "mandatory",
                                                       "obligation",
                                                       "consent",
                                                       "approval",
                                                       "authorization",
                                                       "authorisation",
                                                       "clearance",
                                                       "baa",
                                                       "agreement",
                                                       "contract",
                                                       "protocol",
                                                       "irb",
                                                       "ethics",
                                                       "fda",
                                                       "mdr",
                                                       "accreditation",
                                                       "statute",
                                                       "license",
                                                       "licence",
                                                       "authority",
                                                       "signoff",
                                                       "inspection",
                                                       "inspector",
                                                       "auditor",
                                                       "retention",
                                                       "retain",
                                                       "retained",
                                                       "consented",
                                                       "consenting",
                                                       "dpa",
                                                       "dpia",
                                                       "certification",
                                                       "cqc",
                                                       "ocr",
                                                       "ico",
                                                       "statutory",
                                                       "mandated",
                                                       "obliged",
                                                       "obligated",
                                                       "permission",
                                                       "signed",
                                                       "legislation",
                                                       "compliance",
                                                       "compliant",
                                                       "licensed",
                                                       "contractual",
                                                       "dsa",
                                                       "dua",
                                                       "moa",
                                                       "marking",
                                                       "ukca",
                                                       "cleared",
                                                       "510k",
                                                       "approved",
                                                       "certified",
                                                       "ce",
                                                       "optout",
                                                       "declined"});
constexpr auto violate = std::to_array<std::string_view>(
    {"unverified", "unregistered", "unvetted",   "contravene",  "contravenes",   "contravening", "flouting",
     "flouted",    "violate",      "violation",  "breaking",    "contrary",      "noncompliant", "illegal",
     "unlawful",   "prohibited",   "forbidden",  "forbid",      "ignoring",      "ignored",      "bypass",
     "circumvent", "overdue",      "lapsed",     "skipped",     "skipping",      "violating",    "violated",
     "infringing", "infringe",     "overriding", "overridden",  "deleted",       "deleting",     "disabled",
     "switched",   "unsigned",     "unapproved", "unconsented", "unlicensed",    "unlicenced",   "uncertified",
     "missing",    "lacking",      "lacks",      "ignores",     "ignore",        "disregard",    "disregarded",
     "exceeded",   "exceeding",    "unreported", "undisclosed", "noncompliance", "neglected"});
constexpr auto undone = std::to_array<std::string_view>(
    {"stored",     "saved",     "kept",     "captured", "archived", "cleared", "approved", "authorised",
     "authorized", "filed",     "reported", "notified", "done",     "logged",  "informed", "recorded",
     "submitted",  "completed", "asked",    "told",     "obtained", "signed"});
constexpr auto systemWords = std::to_array<std::string_view>(
    {"epma",         "epr",        "eprescribing", "chatbot",       "kiosk",    "systmone",    "emis",
     "meditech",     "allscripts", "pyxis",        "omnicell",      "cabinet",  "cabinets",    "telehealth",
     "telemedicine", "ecg",        "dispatch",     "system",        "ehr",      "emr",         "epic",
     "cerner",       "pacs",       "ris",          "lis",           "portal",   "server",      "app",
     "application",  "network",    "wifi",         "internet",      "module",   "service",     "platform",
     "software",     "interface",  "engine",       "worklist",      "database", "workstation", "computer",
     "pc",           "terminal",   "website",      "login",         "sso",      "phone",       "telemetry",
     "station",      "inference",  "entry",        "emar",          "cpoe",     "citrix",      "vdi",
     "monitor",      "monitors",   "monitoring",   "central",       "board",    "viewer",      "hl7",
     "feed",         "fhir",       "api",          "chart",         "charting", "scanner",     "scanners",
     "bcma",         "dictation",  "paging",       "pager",         "phones",   "voip",        "bleep",
     "radiology",    "lab",        "results",      "orders",        "vpn",      "connection",  "datacenter",
     "storage",      "cluster",    "gateway",      "lims",          "mar",      "pumps",       "servers",
     "systems",      "apps",       "tools",        "tool",          "screens",  "screen",      "computers",
     "devices",      "ordering",   "prescribing",  "documentation", "clinical", "dashboard",   "tracker",
     "ctg",          "fetal",      "traces",       "waveforms",     "obs"});
constexpr auto down = std::to_array<std::string_view>(
    {"disconnected", "bricked",    "spinning",      "down",    "outage",   "offline",  "unavailable",  "unreachable",
     "inaccessible", "crashed",    "crash",         "dead",    "frozen",   "hung",     "unresponsive", "failing",
     "failed",       "failure",    "fail",          "timeout", "500",      "503",      "broken",       "black",
     "blank",        "stopped",    "hang",          "lost",    "freeze",   "froze",    "unusable",     "halted",
     "stalled",      "stuck",      "error",         "errors",  "erroring", "crashing", "kaput",        "bust",
     "gone",         "inoperable", "nonfunctional", "locked",  "lockout",  "timeouts", "404",          "502",
     "504",          "dying",      "died",          "lagging", "refused",  "refusing", "rejecting",    "rejected",
     "outages"});
constexpr auto everyone = std::to_array<std::string_view>({"all",
                                                           "everyone",
                                                           "everybody",
                                                           "nobody",
                                                           "noone",
                                                           "entire",
                                                           "whole",
                                                           "every",
                                                           "hospitalwide",
                                                           "organisationwide",
                                                           "organizationwide",
                                                           "trustwide",
                                                           "sitewide",
                                                           "campuswide",
                                                           "across",
                                                           "any",
                                                           "both",
                                                           "multiple",
                                                           "everywhere",
                                                           "everything",
                                                           "house",
                                                           "housewide",
                                                           "systemwide",
                                                           "enterprise",
                                                           "enterprisewide",
                                                           "global",
                                                           "globally",
                                                           "widespread",
                                                           "nationwide",
                                                           "regionwide",
                                                           "wards",
                                                           "sites",
                                                           "campuses",
                                                           "clinics",
                                                           "departments",
                                                           "stations",
                                                           "floors",
                                                           "units",
                                                           "several",
                                                           "many",
                                                           "most",
                                                           "trust",
                                                           "hospitals",
                                                           "anywhere"});
constexpr auto unable = std::to_array<std::string_view>(
    {"cannot", "cant", "unable", "impossible", "couldnt", "wont", "stuck", "prevented", "failing", "fails"});
constexpr auto fallback = std::to_array<std::string_view>(
    {"radio",      "radios",      "paper",     "manual",    "manually",   "downtime",   "handwritten",
     "override",   "overrides",   "phoning",   "runners",   "whiteboard", "cancelling", "cancelled",
     "canceled",   "diverting",   "diversion", "divert",    "queueing",   "queuing",    "backlog",
     "workaround", "workarounds", "pen",       "clipboard", "bypass"});
constexpr auto testing = std::to_array<std::string_view>(
    {"test",  "testing",   "sandbox",     "staging",    "uat",       "qa",        "demo",     "training",
     "drill", "exercise",  "tabletop",    "simulation", "simulated", "sim",       "mock",     "dummy",
     "fake",  "synthetic", "scripted",    "manikin",    "mannequin", "rehearsal", "practice", "practise",
     "pilot", "dev",       "development", "preprod",    "nonprod"});
constexpr auto testObject = std::to_array<std::string_view>(
    {"environment", "system",   "server",  "instance", "patient",  "data",    "record",  "ticket",
     "campaign",    "scenario", "session", "lab",      "copy",     "version", "build",   "account",
     "run",         "only",     "case",    "form",     "exercise", "drill",   "endpoint"});
constexpr auto resolved = std::to_array<std::string_view>(
    {"resolved",  "fixed",      "restored", "recovered", "remediated",  "mitigated",  "contained", "solved",
     "corrected", "reverted",   "replaced", "resolve",   "rolled",      "workaround", "patched",   "closed",
     "unblocked", "reinstated", "repaired", "sorted",    "deactivated", "wiped"});
constexpr auto already = std::to_array<std::string_view>(
    {"was", "were", "been", "is", "are", "got", "now", "already", "has", "have", "all"});
constexpr auto planned = std::to_array<std::string_view>(
    {"planned", "scheduled", "announced", "upcoming", "planning", "plan", "next", "reminder", "future"});
constexpr auto pause =
    std::to_array<std::string_view>({"outage", "downtime", "maintenance", "shutdown", "decommissioning", "upgrade",
                                     "migration", "patching", "window", "failover"});
constexpr auto media = std::to_array<std::string_view>(
    {"printer", "printers",  "tape",       "laptop",    "usb",    "stick",  "drive",  "disk",     "device",   "tablet",
     "backup",  "harddrive", "phone",      "pendrive",  "memory", "sd",     "cd",     "dvd",      "notebook", "ipad",
     "iphone",  "mobile",    "smartphone", "briefcase", "bag",    "folder", "papers", "printout", "printouts"});
constexpr auto lost = std::to_array<std::string_view>(
    {"lost", "missing", "stolen", "misplaced", "left", "dropped", "forgotten", "gone", "taken"});
constexpr auto see = std::to_array<std::string_view>(
    {"see",     "sees",    "saw",    "seeing",    "shows",   "showing",  "displayed", "displays",
     "visible", "view",    "views",  "viewing",   "shown",   "show",     "read",      "reading",
     "open",    "opening", "access", "accessing", "receive", "received", "getting"});
constexpr auto erase = std::to_array<std::string_view>({"deleted", "purged", "destroyed", "erased", "removed",
                                                        "shredded", "purges", "purging", "deleting", "wiped", "wiping",
                                                        "truncated", "dropped", "overwritten", "overwriting", "lost"});
constexpr auto work = std::to_array<std::string_view>(
    {"working", "responding", "loading", "refreshing", "updating",    "starting", "connecting",
     "opening", "printing",   "work",    "works",      "functioning", "running",  "syncing",
     "saving",  "submitting", "sending", "booting",    "launching",   "logging"});
constexpr auto multiple =
    std::to_array<std::string_view>({"twice", "times", "tenfold", "fivefold", "doubled", "tripled", "higher", "lower"});
constexpr auto privacyLaw =
    std::to_array<std::string_view>({"gdpr", "hipaa", "ccpa", "dpa", "pipeda", "popia", "lgpd", "dpa2018", "hitech"});

constexpr auto disable = std::to_array<std::string_view>(
    {"disabled", "deactivated", "switched", "turned", "bypassed", "overridden", "overrode", "circumvented",
     "suppressed", "removed", "commented", "skipped", "unticked", "unchecked", "ceased"});
constexpr auto audit = std::to_array<std::string_view>(
    {"audit", "auditing", "logging", "log", "logs", "trail", "encryption", "consent", "retention", "monitoring"});
constexpr auto ai =
    std::to_array<std::string_view>({"ai", "model", "algorithm", "cds", "classifier", "prediction", "predictor",
                                     "triage", "score", "scoring", "cad", "detection", "tool"});
// What a safety check that should stop an unsafe order does: "not blocking dispensing anymore".
constexpr auto block = std::to_array<std::string_view>({"block", "blocking", "blocks", "stop", "stopping", "stops",
                                                        "prevent", "preventing", "prevents", "hold", "holding",
                                                        "interrupt", "interrupting", "catch", "catching"});
// Systems whose outage is critical but not a clinical emergency (labelling guide: billing is "critical"). Not "hr"
// (heart rate), "library" (a pump's drug library) or "website" (often the patient portal).
constexpr auto nonClinical = std::to_array<std::string_view>(
    {"payroll",  "payslip",     "payslips",  "canteen",    "cafeteria", "rota",      "roster",    "rostering",
     "lms",      "intranet",    "timesheet", "timesheets", "parking",   "expenses",  "vending",   "newsletter",
     "catering", "procurement", "invoicing", "accounting", "billing",   "elearning", "marketing", "fundraising",
     "gym",      "recruitment", "appraisal", "appraisals", "expense",   "travel",    "cafe"});
// A practice that goes on, so a rule named anywhere in the field is being broken now, not once in the past.
constexpr auto ongoing =
    std::to_array<std::string_view>({"still", "continues", "continuing", "ongoing", "daily", "nightly", "every", "live",
                                     "again", "keeps", "currently", "tonight", "happening", "running"});
constexpr auto groups = std::to_array<SynonymGroup>({

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
    {"media", media},
    {"lost", lost},
    {"see", see},
    {"erase", erase},
    {"work", work},
    {"multiple", multiple},
    {"privacylaw", privacyLaw},
    {"disable", disable},
    {"audit", audit},
    {"ai", ai},
    {"nonclinical", nonClinical},
    {"ongoing", ongoing},
    {"block", block}});

} // namespace

std::span<const SynonymGroup> synonymGroups()
{
    static const std::vector<SynonymGroup> all = [] {
        const auto clinical = clinicalSynonymGroups();
        std::vector<SynonymGroup> joined(clinical.begin(), clinical.end());
        joined.insert(joined.end(), groups.begin(), groups.end());
        return joined;
    }();
    return all;
}

} // namespace hss::triage::detail
