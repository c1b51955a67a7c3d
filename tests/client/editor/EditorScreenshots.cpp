// SPDX-License-Identifier: MIT
// Renders the ticket editor and the new-ticket dialog with demo-like data for docs/screenshots.
// Usage: QT_QPA_PLATFORM=offscreen EditorScreenshots <output folder>
#include <QApplication>
#include <QDir>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSignalSpy>
#include <QTest>

#include "EditorTestSupport.h"
#include "core/TriageAdvisor.h"
#include "ui/NewTicketDialog.h"
#include "ui/TicketEditorWidget.h"

using namespace hss;
using namespace hss::client;

namespace {

void addComment(test::EditorFixture& store, const Ticket& ticket, const Uuid& author, CommentVisibility visibility,
                std::int64_t at, const std::string& body)
{
    Comment comment;
    comment.id = Uuid::createV7();
    comment.ticketId = ticket.id;
    comment.authorId = author;
    comment.visibility = visibility;
    comment.createdAt = at;
    comment.body = body;
    store.run<bool>([comment](LocalStore& s) { return !CommentRepository(s.database()).add(comment); });
}

bool saveEditor(test::EditorFixture& store, const Uuid& ticketId, const QSize& size, const QString& path)
{
    TicketEditorWidget editor(*store.session.worker(), *store.changes, store.clock);
    QSignalSpy loaded(&editor, &TicketEditorWidget::ticketLoaded);
    editor.resize(size);
    editor.openTicket(ticketId);
    editor.show();
    if (!loaded.wait(10000)) {
        return false;
    }
    QTest::qWait(200);
    return editor.grab().save(path);
}

bool saveNewTicket(test::EditorFixture& store, const QSize& size, const QString& path)
{
    NewTicketDialog dialog(*store.changes);
    dialog.resize(size);
    dialog.show();
    QSignalSpy suggested(dialog.advisor(), &TriageAdvisor::suggestionChanged);
    QTest::keyClicks(dialog.findChild<QLineEdit*>(QStringLiteral("newTitle")),
                     QStringLiteral("Patient got wrong dose from infusion pump"));
    QTest::keyClicks(dialog.findChild<QPlainTextEdit*>(QStringLiteral("newDescription")),
                     QStringLiteral("Ward 3B: the pump delivered ten times the programmed rate overnight. "
                                    "The patient is stable and being monitored."));
    QTest::keyClicks(dialog.findChild<QLineEdit*>(QStringLiteral("newRequesterName")),
                     QStringLiteral("Nurse Ben Example"));
    QTest::keyClicks(dialog.findChild<QLineEdit*>(QStringLiteral("newMedicalCase")), QStringLiteral("MC-2026-00077"));
    if (!suggested.wait(5000)) {
        return false;
    }
    QTest::qWait(100);
    return dialog.grab().save(path);
}

} // namespace

int main(int argc, char** argv)
{
    QApplication app(argc, argv);
    const QString out = argc > 1 ? QString::fromLocal8Bit(argv[1]) : QStringLiteral("docs/screenshots");
    QDir().mkpath(out);
    test::EditorFixture store;
    if (!store.unlocked) {
        qCritical("could not unlock the demo store");
        return 1;
    }
    store.seedArticle("Infusion pump alarm troubleshooting", "<p>Check the alarm log and the firmware version.</p>");
    store.seedArticle("Known issues after pump firmware updates", "<p>Firmware 4.2 changed the alarm thresholds.</p>");
    const Ticket ticket = store.seedSyncedTicket(TicketStatus::InProgress);
    const Uuid colleague = Uuid::createV7();
    addComment(store, ticket, colleague, CommentVisibility::PublicReply, test::editorStartMs - 2 * test::hourMs,
               "Thank you for reporting this. We are checking the pump's alarm log with the vendor.");
    addComment(store, ticket, store.userId, CommentVisibility::InternalNote, test::editorStartMs - 90 * 60'000,
               "Alarm started right after the firmware 4.2 rollout on ward 3B.");
    store.seedTitleConflict(ticket, "Pump alarm on ward 3B after firmware 4.2");

    bool ok = true;
    ok &= saveEditor(store, ticket.id, {1366, 768}, out + QStringLiteral("/editor-1366x768.png"));
    ok &= saveEditor(store, ticket.id, {1920, 1080}, out + QStringLiteral("/editor-1920x1080.png"));
    ok &= saveNewTicket(store, {760, 700}, out + QStringLiteral("/new-ticket-1366x768.png"));
    ok &= saveNewTicket(store, {900, 820}, out + QStringLiteral("/new-ticket-1920x1080.png"));
    return ok ? 0 : 1;
}
