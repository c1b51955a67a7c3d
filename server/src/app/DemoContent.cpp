// SPDX-License-Identifier: MIT
#include "DemoContent.h"

namespace hss::server {

namespace {

using C = Category;

struct Topic
{
    const char* title;
    KbCategory category;
    const char* summary;
};

const Topic topics[] = {
    {"Signing in to the agent console", KbCategory::GettingStarted, "first sign-in, offline sign-in and the idle lock"},
    {"Your first shift: the ticket queue", KbCategory::GettingStarted, "queue views, sorting and the SLA countdown"},
    {"Setting up two-factor sign-in", KbCategory::GettingStarted, "authenticator apps and recovery"},
    {"Working offline at a clinic site", KbCategory::GettingStarted, "what is kept on the device and how it syncs"},
    {"Triage suggestions explained", KbCategory::MedicalFeatures, "how priority and category are suggested"},
    {"Sepsis early-warning thresholds", KbCategory::MedicalFeatures, "tuning alert thresholds with clinical leads"},
    {"Radiology pre-read confidence scores", KbCategory::MedicalFeatures, "reading and reporting model confidence"},
    {"Medication dosage assistant", KbCategory::MedicalFeatures, "limits, overrides and double checks"},
    {"Discharge summary drafting", KbCategory::MedicalFeatures, "reviewing AI drafts before sign-off"},
    {"HL7 v2 interface setup", KbCategory::ApiIntegration, "message types, acknowledgements and retries"},
    {"FHIR API authentication", KbCategory::ApiIntegration, "client credentials and token lifetimes"},
    {"Webhook notifications for tickets", KbCategory::ApiIntegration, "signing, retries and idempotency"},
    {"Bulk export of ticket metrics", KbCategory::ApiIntegration, "paging, filters and rate limits"},
    {"Inference node shows high latency", KbCategory::Troubleshooting, "queues, GPU memory and restarts"},
    {"Sync stuck at 'changes waiting'", KbCategory::Troubleshooting, "network checks and the outbox"},
    {"Certificate errors when connecting", KbCategory::Troubleshooting, "the private CA and expired certificates"},
    {"Password reset and account lockout", KbCategory::Troubleshooting, "back-off, unlock and reset steps"},
    {"Escalating a medical emergency", KbCategory::BestPractices, "the 30-minute SLA and the escalation matrix"},
    {"Writing internal notes without patient data", KbCategory::BestPractices, "what belongs in a note"},
    {"Closing tickets well", KbCategory::BestPractices, "resolution summaries and customer confirmation"},
    {"Handling duplicate tickets", KbCategory::BestPractices, "merging and linking related reports"},
    {"HIPAA basics for support staff", KbCategory::Compliance, "minimum necessary and access logging"},
    {"Reporting a suspected data breach", KbCategory::Compliance, "who to call and what to record"},
    {"Audit trail: what is recorded", KbCategory::Compliance, "reads, changes and exports"},
    {"Data retention periods", KbCategory::Compliance, "how long tickets and logs are kept"},
};

} // namespace

const std::vector<DemoUser>& demoUsers()
{
    static const std::vector<DemoUser> users {
        {"admin", "Alex Admin", {Role::Admin}, {"tier1", "medical"}, "admin (TOTP required)"},
        {"sofia", "Sofia Supervisor", {Role::Supervisor}, {"tier1", "medical", "compliance"}, "supervisor"},
        {"amir", "Amir Agent", {Role::Agent}, {"tier1", "integration"}, "agent"},
        {"grace", "Grace Agent", {Role::Agent}, {"training"}, "agent"},
        {"maria", "Dr. Maria Medic", {Role::MedicalAgent, Role::Agent}, {"medical"}, "medical agent"},
        {"chen", "Chen Compliance", {Role::ComplianceOfficer}, {"compliance"}, "compliance officer"},
        {"liam", "Liam Learner", {Role::Learner}, {}, "learner"},
    };
    return users;
}

std::string teamFor(Category category)
{
    switch (category) {
    case C::MedicalClinical:
        return "medical";
    case C::ComplianceSecurity:
        return "compliance";
    case C::TrainingOnboarding:
        return "training";
    case C::Integration:
        return "integration";
    case C::Technical:
        break;
    }
    return "tier1";
}

const std::vector<DemoTicketText>& demoTicketTexts()
{
    static const std::vector<DemoTicketText> texts {
        {"Inference service returns timeouts on ward 4",
         "Requests to the imaging model time out after 30 s since this morning.", C::Technical},
        {"Console shows blank dashboard after update", "After the 2.3 update the dashboard stays empty for two agents.",
         C::Technical},
        {"Speech-to-text drops words in noisy rooms", "Dictation misses words when monitors are alarming nearby.",
         C::Technical},
        {"Scheduling assistant double-books theatre 2", "Two procedures were booked into the same slot on Tuesday.",
         C::Technical},
        {"GPU node out of memory during batch run", "The nightly batch fails with out-of-memory on node gpu-3.",
         C::Technical},
        {"Triage model flagged chest pain as low risk",
         "A patient with chest pain was suggested as low priority; clinician overrode it.", C::MedicalClinical},
        {"Dosage suggestion exceeds paediatric limit",
         "The assistant proposed a dose above the paediatric maximum; nurse caught it.", C::MedicalClinical},
        {"Sepsis alert fired late for ICU patient", "The alert came 40 minutes after vitals crossed the threshold.",
         C::MedicalClinical},
        {"Discharge summary lists wrong allergy", "An AI-drafted summary showed an allergy from another encounter.",
         C::MedicalClinical},
        {"Radiology pre-read missed small nodule", "Radiologist found a nodule the pre-read did not flag.",
         C::MedicalClinical},
        {"Access log shows unusual exports at night", "Audit shows three large exports at 02:00 by one account.",
         C::ComplianceSecurity},
        {"Shared login suspected at front desk", "Staff report that one account is used by several people.",
         C::ComplianceSecurity},
        {"Request for HIPAA access report", "The privacy office asks for a report of accesses to one record.",
         C::ComplianceSecurity},
        {"Possible PHI in a support screenshot", "A screenshot attached to a ticket may show patient details.",
         C::ComplianceSecurity},
        {"New nurses need console onboarding", "Twelve new nurses start Monday and need accounts and training.",
         C::TrainingOnboarding},
        {"Certificate renewal reminder not received",
         "Two clinicians did not get the renewal reminder for their certificate.", C::TrainingOnboarding},
        {"Course video does not play on tablets", "The medical workflows video stays black on ward tablets.",
         C::TrainingOnboarding},
        {"Request for administrator training", "The IT team asks for the platform administrator path.",
         C::TrainingOnboarding},
        {"HL7 feed rejects ADT A08 messages", "The interface engine reports NACKs for updates since the change.",
         C::Integration},
        {"FHIR token expires too early", "Integration client tokens expire after 5 minutes instead of 60.",
         C::Integration},
        {"Webhook deliveries retried endlessly", "Our endpoint answers 200 but deliveries are retried.",
         C::Integration},
        {"Lab results arrive twice in the EHR", "Duplicate lab results appear after the interface restart.",
         C::Integration},
        {"Critical system downtime in emergency department",
         "The ED triage assistant is unavailable; staff use paper forms.", C::Technical},
        {"Patient safety: wrong patient in AI summary", "A summary mixed notes from two patients with similar names.",
         C::MedicalClinical},
    };
    return texts;
}

const std::vector<std::string>& demoRequesters()
{
    static const std::vector<std::string> names {
        "Dr. Ana Ortiz",     "Nurse Ben Okafor", "Dr. Chloe Martin", "Dmitri Volkov (IT)",    "Dr. Esther Nakamura",
        "Farah Haddad (RN)", "Gustav Berg (IT)", "Dr. Helen Park",   "Ines Costa (pharmacy)", "Jonas Weber (lab)",
    };
    return names;
}

const std::vector<std::string>& demoCommentTexts()
{
    static const std::vector<std::string> texts {
        "Thanks for the report. We are looking into it now.",
        "Reproduced on the test system; escalating to engineering.",
        "Clinical lead informed; workaround shared with the ward.",
        "Could you tell us the time it happened and the workstation name?",
        "Fix deployed; please confirm it works on your side.",
        "Linked to the known issue in the release notes.",
    };
    return texts;
}

const std::vector<DemoArticle>& demoArticles()
{
    static const std::vector<DemoArticle> articles = [] {
        std::vector<DemoArticle> result;
        int index = 0;
        for (const Topic& topic : topics) {
            const std::string title = topic.title;
            const std::string body = "<p>This article covers " + std::string(topic.summary)
                + ".</p>"
                  "<h3>Before you start</h3><p>Make sure you are signed in and your console shows "
                  "<b>Online</b>. Offline consoles work from their encrypted copy.</p>"
                  "<h3>Steps</h3><ol><li>Open the relevant screen.</li><li>Follow the checks "
                  "below.</li><li>Record what you did in an internal note.</li></ol>"
                  "<p>Escalate to the medical team at once if patient safety may be affected.</p>";
            const ArticleStatus status = index % 12 == 11 ? ArticleStatus::Draft : ArticleStatus::Published;
            result.push_back({title, body, topic.category, KbContentType::Article, status, std::nullopt});
            const bool video = index % 2 == 0;
            result.push_back(
                {(video ? "Video: " : "FAQ: ") + title,
                 "<p>Questions and short answers about " + std::string(topic.summary) + ".</p>", topic.category,
                 video ? KbContentType::Video : KbContentType::Faq, ArticleStatus::Published,
                 video ? std::optional<std::string>("https://videos.example.org/hss/" + std::to_string(index))
                       : std::nullopt});
            ++index;
        }
        return result;
    }();
    return articles;
}

const std::vector<Course>& demoCourses()
{
    struct Plan
    {
        const char* title;
        LearningPath path;
        std::optional<CertificationProgram> program;
        std::vector<const char*> modules;
    };
    static const std::vector<Course> courses = [] {
        const std::vector<Plan> plans {
            {"Onboarding: the agent console",
             LearningPath::NewUser,
             std::nullopt,
             {"Signing in", "The queue", "Tickets"}},
            {"Advanced console features", LearningPath::NewUser, std::nullopt, {"Filters", "Shortcuts", "Dashboards"}},
            {"Medical workflows",
             LearningPath::HealthcareProfessional,
             std::nullopt,
             {"Triage", "Emergencies", "Handover"}},
            {"Medical AI certification",
             LearningPath::HealthcareProfessional,
             CertificationProgram::MedicalAi,
             {"Model limits", "Confidence", "Overrides", "Reporting"}},
            {"Compliance training", LearningPath::HealthcareProfessional, std::nullopt, {"HIPAA", "Audit", "Breaches"}},
            {"Data security specialist",
             LearningPath::Administrator,
             CertificationProgram::DataSecuritySpecialist,
             {"Encryption", "Access control", "Incident response"}},
            {"Platform administrator",
             LearningPath::Administrator,
             CertificationProgram::PlatformAdministrator,
             {"Installation", "Configuration", "Monitoring"}},
            {"Compliance officer",
             LearningPath::Administrator,
             CertificationProgram::ComplianceOfficer,
             {"Regulations", "Audit trail", "Reporting"}},
            {"API integration for developers",
             LearningPath::Developer,
             std::nullopt,
             {"Authentication", "Tickets API", "Webhooks"}},
            {"HL7 and FHIR interfaces", LearningPath::Developer, std::nullopt, {"HL7 v2", "FHIR", "Testing"}},
        };
        std::vector<Course> result;
        for (const Plan& plan : plans) {
            Course course;
            course.id = Uuid::createV7();
            course.title = plan.title;
            course.description = std::string("A course of the ") + std::string(toString(plan.path)) + " learning path.";
            course.learningPath = plan.path;
            course.certificationProgram = plan.program;
            course.validityMonths = plan.program ? 24 : 12;
            int order = 1;
            for (const char* title : plan.modules) {
                course.modules.push_back({Uuid::createV7(), title, order, 15 + 5 * order});
                ++order;
            }
            result.push_back(std::move(course));
        }
        return result;
    }();
    return courses;
}

const std::vector<DemoFeedback>& demoFeedbackTexts()
{
    static const std::vector<DemoFeedback> texts {
        {5, "Quick answer and the workaround helped the ward immediately.", FeedbackCategory::Support},
        {4, "Good explanation, took a little long to reach someone.", FeedbackCategory::Support},
        {2, "The triage suggestion was wrong twice this week; worrying.", FeedbackCategory::Clinical},
        {5, "The certification course was clear and practical.", FeedbackCategory::Training},
        {3, "Documentation for the FHIR API is missing examples.", FeedbackCategory::Documentation},
        {1, "Dashboard has been broken for days and nobody called back.", FeedbackCategory::Product},
        {4, "Offline mode saved us during the network outage.", FeedbackCategory::Product},
        {3, "Fine overall.", FeedbackCategory::Other},
    };
    return texts;
}

} // namespace hss::server
