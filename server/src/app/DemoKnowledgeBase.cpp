// SPDX-License-Identifier: MIT
#include "DemoKnowledgeBase.h"

#include <algorithm>
#include <stdexcept>

#include "../storage/KbRepository.h"
#include "../storage/WriteTransaction.h"
#include "hss/Clock.h"

namespace hss::server {

namespace {

constexpr std::int64_t dayMs = 24 * 60 * 60 * 1000;

KbArticle required(Result<KbArticle> result, const std::string& what)
{
    if (!result) {
        throw std::runtime_error("demo seeding failed at " + what + ": " + result.error().message);
    }
    return std::move(result).value();
}

std::string steps(const std::string& intro, const std::string& first, const std::string& second)
{
    return "<p>" + intro + "</p><h3>Steps</h3><ol><li>" + first + "</li><li>" + second + "</li></ol>";
}

} // namespace

DemoKnowledgeBase::DemoKnowledgeBase(Database& database, const Clock& clock, const std::vector<SeededUser>& staff)
    : m_database(database)
    , m_clock(clock)
    , m_staff(staff)
{ }

Uuid DemoKnowledgeBase::idOf(const std::string& username) const
{
    const auto found =
        std::find_if(m_staff.begin(), m_staff.end(), [&](const SeededUser& user) { return user.username == username; });
    if (found == m_staff.end()) {
        throw std::runtime_error("demo seeding failed: no demo user " + username);
    }
    return found->id;
}

KbArticle DemoKnowledgeBase::write(const std::string& title, const std::string& body, KbCategory category,
                                   KbContentType type, const std::string& author, std::int64_t daysAgo,
                                   const std::optional<KbArticle>& source, const std::string& language)
{
    KbArticle article;
    article.id = Uuid::createV7();
    article.title = title;
    article.body = body;
    article.category = source ? source->category : category;
    article.contentType = source ? source->contentType : type;
    article.status = ArticleStatus::Draft;
    article.language = language;
    article.authorId = idOf(author);
    article.editedBy = article.authorId;
    article.updatedAt = m_clock.nowMs() - daysAgo * dayMs;
    if (source) {
        article.translationOf = source->id;
        article.sourceVersion = source->version;
    }
    return required(KbRepository(m_database).create(article), "article " + title);
}

KbArticle DemoKnowledgeBase::revise(const KbArticle& article, const std::string& title, const std::string& body,
                                    const std::string& editor, std::int64_t daysAgo, const std::string& note)
{
    KbArticle next = article;
    next.title = title;
    next.body = body;
    next.version = article.version + 1;
    next.status = ArticleStatus::Draft;
    next.editedBy = idOf(editor);
    next.updatedAt = m_clock.nowMs() - daysAgo * dayMs;
    auto session = m_database.session();
    WriteTransaction transaction(session, m_database.backend());
    KbArticle stored = required(KbRepository(m_database).update(session, next, article.version, article.status, note),
                                "version of " + title);
    transaction.commit();
    return stored;
}

KbArticle DemoKnowledgeBase::move(const KbArticle& article, ArticleStatus status)
{
    KbArticle next = article;
    next.status = status;
    auto session = m_database.session();
    WriteTransaction transaction(session, m_database.backend());
    KbArticle stored =
        required(KbRepository(m_database).update(session, next, article.version, article.status, std::nullopt),
                 "status of " + article.title);
    transaction.commit();
    return stored;
}

int DemoKnowledgeBase::seed()
{
    using enum ArticleStatus;
    // A draft with two versions, written by an agent.
    const KbArticle scanner = write("Pairing a barcode scanner with the console",
                                    steps("USB scanners work at once; Bluetooth ones need pairing.",
                                          "Plug the scanner in.", "Scan the test code on the Settings page."),
                                    KbCategory::Troubleshooting, KbContentType::Article, "amir", 6);
    revise(scanner, scanner.title,
           steps("USB scanners work at once; Bluetooth ones need pairing first.",
                 "Pair the scanner in the operating system's Bluetooth settings.",
                 "Scan the test code on the Settings page."),
           "amir", 5, "Added the Bluetooth steps");

    // Waiting for a supervisor's review.
    const KbArticle queueExport =
        write("Exporting the ticket queue to a spreadsheet",
              steps("Supervisors export a view for the weekly report.", "Choose the view.", "Use Export and pick CSV."),
              KbCategory::BestPractices, KbContentType::Article, "grace", 4);
    move(queueExport, Review);

    // Clinical: through review, now waiting for a medical agent's sign-off (edited by an agent, so Dr. Medic may
    // sign it off).
    const KbArticle insulin = write("Insulin infusion alarms: what support may say",
                                    steps("Support never gives dosing advice.", "Confirm the alarm code.",
                                          "Hand over to the clinical on-call at once."),
                                    KbCategory::MedicalFeatures, KbContentType::MedicalGuideline, "amir", 9);
    KbArticle insulinV2 =
        revise(insulin, insulin.title,
               steps("Support never gives dosing advice; the pump's own alarm text is read out.",
                     "Confirm the alarm code and the pump model.", "Hand over to the clinical on-call at once."),
               "amir", 8, "Pump model added after the clinical leads' comments");
    insulinV2 = move(insulinV2, Review);
    move(insulinV2, MedicalReview);

    // Archived: superseded release notes.
    const KbArticle oldNotes =
        write("Console 1.x release notes", "<p>Offline mode, the SLA countdown and the first translations.</p>",
              KbCategory::GettingStarted, KbContentType::ReleaseNotes, "sofia", 120);
    move(move(move(oldNotes, Review), Published), Archived);

    // Published with three versions; translated into German and French from its current version.
    KbArticle badge = write("Handling a lost staff badge",
                            steps("A lost badge is locked at once.", "Lock the badge.", "Order a new one."),
                            KbCategory::Compliance, KbContentType::Article, "grace", 30);
    badge = revise(badge, badge.title,
                   steps("A lost badge is locked at once, before anything else.", "Lock the badge in the admin tool.",
                         "Order a new one."),
                   "grace", 25, "Where to lock it");
    badge = revise(badge, "Handling a lost or stolen staff badge",
                   steps("A lost or stolen badge is locked at once, before anything else.",
                         "Lock the badge in the admin tool.", "Order a new one and note the ticket number."),
                   "amir", 20, "Stolen badges too");
    badge = move(move(badge, Review), Published);
    const KbArticle german =
        write("Verlorenen oder gestohlenen Ausweis melden",
              steps("Ein verlorener Ausweis wird sofort gesperrt.", "Ausweis sperren.", "Neuen Ausweis bestellen."),
              badge.category, badge.contentType, "maria", 18, badge, "de");
    move(move(german, Review), Published);
    const KbArticle french =
        write("Badge perdu ou volé",
              steps("Un badge perdu est bloqué immédiatement.", "Bloquer le badge.", "Commander un nouveau badge."),
              badge.category, badge.contentType, "amir", 17, badge, "fr");
    move(french, Review);

    // Published, translated into Spanish, then changed again: the Spanish text is stale.
    KbArticle emergency = write("Calling the clinical on-call line",
                                steps("For a suspected patient-safety issue, call before writing the ticket.",
                                      "Call the on-call number.", "Create the emergency ticket."),
                                KbCategory::BestPractices, KbContentType::Article, "sofia", 40);
    emergency = move(move(emergency, Review), Published);
    const KbArticle spanish = write("Llamar a la guardia clínica",
                                    steps("Ante un posible problema de seguridad del paciente, llame antes de "
                                          "escribir el ticket.",
                                          "Llame al número de guardia.", "Cree el ticket de emergencia."),
                                    emergency.category, emergency.contentType, "maria", 35, emergency, "es");
    move(move(spanish, Review), Published);
    emergency = revise(emergency, emergency.title,
                       steps("For a suspected patient-safety issue, call before writing the ticket.",
                             "Call the on-call number; a second number is on the wall card.",
                             "Create the emergency ticket and name the person you spoke to."),
                       "amir", 3, "Second number and whom you spoke to");
    move(move(emergency, Review), Published);
    return 9;
}

} // namespace hss::server
