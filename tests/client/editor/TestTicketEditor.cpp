// SPDX-License-Identifier: MIT
#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QtTest>

#include <nlohmann/json.hpp>

#include "EditorTestSupport.h"
#include "core/TicketEditService.h"
#include "hss/TicketStateMachine.h"
#include "ui/MessageBox.h"
#include "ui/SlaClocksWidget.h"
#include "ui/TicketCommentsPanel.h"
#include "ui/TicketConflictsWidget.h"
#include "ui/TicketEditorWidget.h"
#include "ui/TicketFieldsForm.h"
#include "ui/TicketLabels.h"
#include "ui/models/TicketCommentTableModel.h"

using namespace hss;
using namespace hss::client;
using hss::test::await;

Q_DECLARE_METATYPE(hss::TicketStatus)

class TestTicketEditor final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void showsFieldsClocksCommentsAndArticles();
    void editAndSaveWritesRowAndOutbox();
    void statusOffersOnlyAllowedTransitions_data();
    void statusOffersOnlyAllowedTransitions();
    void addsPublicReplyAndInternalNote();
    void useThisTextResolvesConflict();
    void keepServerTextResolvesConflict();
    void emptyTitleRefusedAndNothingStored();
    void unsavedChangesAskedOnClose();
    void reloadsWhenTheTicketChangesElsewhere();
    void commentModelPassesTester();

private:
    QComboBox* combo(const char* name) const { return m_editor->findChild<QComboBox*>(QLatin1String(name)); }
    QLineEdit* line(const char* name) const { return m_editor->findChild<QLineEdit*>(QLatin1String(name)); }
    void openEditor(TicketStatus status = TicketStatus::Open);
    std::vector<Comment> storedComments();

    std::unique_ptr<test::EditorFixture> m_store;
    std::unique_ptr<TicketEditorWidget> m_editor;
    Ticket m_ticket;
};

void TestTicketEditor::init()
{
    m_store = std::make_unique<test::EditorFixture>();
    QVERIFY(m_store->unlocked);
}

void TestTicketEditor::cleanup()
{
    m_editor.reset();
    m_store.reset();
}

void TestTicketEditor::openEditor(TicketStatus status)
{
    m_ticket = m_store->seedSyncedTicket(status);
    QVERIFY(!m_ticket.id.isNil());
    m_editor = std::make_unique<TicketEditorWidget>(*m_store->session.worker(), *m_store->changes, m_store->clock);
    m_editor->resize(1200, 800);
    QSignalSpy loaded(m_editor.get(), &TicketEditorWidget::ticketLoaded);
    m_editor->openTicket(m_ticket.id);
    m_editor->show();
    m_editor->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_editor.get()));
    QTRY_COMPARE(loaded.count(), 1);
}

std::vector<Comment> TestTicketEditor::storedComments()
{
    const Uuid id = m_ticket.id;
    return m_store->run<std::vector<Comment>>(
        [id](LocalStore& store) { return CommentRepository(store.database()).forTicket(id); });
}

void TestTicketEditor::showsFieldsClocksCommentsAndArticles()
{
    m_store->seedArticle("Infusion pump alarm troubleshooting", "<p>Check the alarm log and the firmware version.</p>");
    m_store->seedArticle("Resetting a printer queue", "<p>Open the print server and clear the queue.</p>");
    openEditor();
    QCOMPARE(line("ticketTitle")->text(), QStringLiteral("Infusion pump alarm keeps sounding"));
    QCOMPARE(line("ticketMedicalCase")->text(), QStringLiteral("MC-2026-00042"));
    QCOMPARE(combo("ticketChannel")->currentText(), TicketLabels::channel(Channel::Phone));
    QVERIFY(m_editor->findChild<QLabel*>(QStringLiteral("ticketHeader"))->text().contains(QStringLiteral("#1042")));

    auto* sla = m_editor->findChild<SlaClocksWidget*>();
    QCOMPARE(sla->remainingText(sla::SlaClockKind::NextUpdate), TicketLabels::duration(2 * test::hourMs));
    QCOMPARE(sla->remainingText(sla::SlaClockKind::Resolution), TicketLabels::duration(5 * test::hourMs));
    QVERIFY(m_editor->findChild<QLabel*>(QStringLiteral("slaEscalation"))->text().endsWith(QStringLiteral("1")));
    // Running clocks count down from the stored report, without the store or the server.
    m_store->clock.advanceMs(30 * 60'000);
    QTRY_COMPARE(sla->remainingText(sla::SlaClockKind::NextUpdate), TicketLabels::duration(90 * 60'000));

    auto* articles = m_editor->findChild<QListWidget*>(QStringLiteral("ticketArticles"));
    QCOMPARE(articles->count(), 1);
    QCOMPARE(articles->item(0)->text(), QStringLiteral("Infusion pump alarm troubleshooting"));
    auto* history = m_editor->findChild<QListWidget*>(QStringLiteral("ticketHistory"));
    QVERIFY(history->count() >= 2); // created, first response, last change
}

void TestTicketEditor::editAndSaveWritesRowAndOutbox()
{
    openEditor();
    auto* title = line("ticketTitle");
    title->selectAll();
    QTest::keyClicks(title, QStringLiteral("Infusion pump alarm after firmware 4.2"));
    auto* status = combo("ticketStatus");
    status->setCurrentIndex(status->findData(static_cast<int>(TicketStatus::InProgress)));
    auto* priority = combo("ticketPriority");
    priority->setCurrentIndex(priority->findData(static_cast<int>(Priority::Critical)));
    QVERIFY(m_editor->isModified());

    QSignalSpy saved(m_editor.get(), &TicketEditorWidget::saved);
    title->setFocus();
    QTest::keyClick(title, Qt::Key_S, Qt::ControlModifier);
    QTRY_COMPARE(saved.count(), 1);
    QVERIFY(!m_editor->isModified());

    const auto stored = m_store->storedTicket(m_ticket.id);
    QVERIFY(stored);
    QCOMPARE(stored->title, std::string("Infusion pump alarm after firmware 4.2"));
    QVERIFY(stored->status == TicketStatus::InProgress);
    QVERIFY(stored->priority == Priority::Critical);
    QCOMPARE(stored->description, m_ticket.description); // untouched fields stay

    const auto outbox = m_store->outbox();
    QCOMPARE(outbox.size(), std::size_t(1));
    QCOMPARE(outbox[0].entityId, QString::fromStdString(m_ticket.id.toString()));
    QCOMPARE(outbox[0].kind, QStringLiteral("update"));
    const auto payload = nlohmann::json::parse(outbox[0].payload.toStdString());
    QCOMPARE(payload["fields"].size(), std::size_t(3));
    QCOMPARE(payload["fields"]["title"].get<std::string>(), std::string("Infusion pump alarm after firmware 4.2"));
    QCOMPARE(payload["fields"]["status"].get<std::string>(), std::string("in_progress"));
    QCOMPARE(payload["base_revision"].get<std::int64_t>(), std::int64_t(3));

    // The history lists the change waiting to sync.
    auto* history = m_editor->findChild<QListWidget*>(QStringLiteral("ticketHistory"));
    QTRY_VERIFY(!history->findItems(TicketLabels::field(QStringLiteral("title")), Qt::MatchContains).isEmpty());
}

void TestTicketEditor::statusOffersOnlyAllowedTransitions_data()
{
    QTest::addColumn<TicketStatus>("current");
    for (TicketStatus status : allTicketStatuses) {
        QTest::newRow(std::string(toString(status)).c_str()) << status;
    }
}

void TestTicketEditor::statusOffersOnlyAllowedTransitions()
{
    QFETCH(TicketStatus, current);
    openEditor(current);
    auto* status = combo("ticketStatus");
    QList<int> offered;
    for (int i = 0; i < status->count(); ++i) {
        offered << status->itemData(i).toInt();
    }
    QList<int> expected {static_cast<int>(current)};
    for (TicketStatus next : TicketStateMachine::allowedTransitions(current)) {
        expected << static_cast<int>(next);
    }
    QCOMPARE(offered, expected);
    for (TicketStatus other : allTicketStatuses) {
        if (other != current && !TicketStateMachine::canTransition(current, other)) {
            QVERIFY2(!offered.contains(static_cast<int>(other)), toString(other).data());
        }
    }
    // Closed is final: the fields cannot be edited at all.
    QCOMPARE(status->isEnabled(), !TicketStateMachine::isFinal(current));
}

void TestTicketEditor::addsPublicReplyAndInternalNote()
{
    openEditor();
    auto* text = m_editor->findChild<QPlainTextEdit*>(QStringLiteral("commentText"));
    m_editor->findChild<QRadioButton*>(QStringLiteral("commentPublic"))->setChecked(true);
    QTest::keyClicks(text, QStringLiteral("We are looking into the pump alarm."));
    QTest::mouseClick(m_editor->findChild<QPushButton*>(QStringLiteral("commentAdd")), Qt::LeftButton);
    QTRY_COMPARE(storedComments().size(), std::size_t(1));
    QTRY_VERIFY(text->toPlainText().isEmpty());

    m_editor->findChild<QRadioButton*>(QStringLiteral("commentInternal"))->setChecked(true);
    QTest::keyClicks(text, QStringLiteral("Firmware 4.2 suspected; asked vendor."));
    text->setFocus();
    QTest::keyClick(text, Qt::Key_Return, Qt::ControlModifier);
    QTRY_COMPARE(storedComments().size(), std::size_t(2));

    const auto comments = storedComments();
    QCOMPARE(comments[0].body, std::string("We are looking into the pump alarm."));
    QVERIFY(comments[0].visibility == CommentVisibility::PublicReply);
    QVERIFY(comments[0].authorId == m_store->userId);
    QVERIFY(comments[1].visibility == CommentVisibility::InternalNote);
    QCOMPARE(comments[1].body, std::string("Firmware 4.2 suspected; asked vendor."));
    auto* panel = m_editor->findChild<TicketCommentsPanel*>();
    QTRY_COMPARE(panel->model()->rowCount(), 2);
    const auto outbox = m_store->outbox();
    QCOMPARE(std::count_if(outbox.cbegin(), outbox.cend(),
                           [](const OutboxEntry& e) { return e.entity == QLatin1String("comment"); }),
             2);
}

void TestTicketEditor::useThisTextResolvesConflict()
{
    m_ticket = m_store->seedSyncedTicket();
    const Comment note = m_store->seedTitleConflict(m_ticket, "Pump alarm on ward 3B");
    QVERIFY(!note.id.isNil());
    m_editor = std::make_unique<TicketEditorWidget>(*m_store->session.worker(), *m_store->changes, m_store->clock);
    QSignalSpy loaded(m_editor.get(), &TicketEditorWidget::ticketLoaded);
    m_editor->openTicket(m_ticket.id);
    m_editor->show();
    QTRY_COMPARE(loaded.count(), 1);
    auto* conflicts = m_editor->findChild<TicketConflictsWidget*>();
    QCOMPARE(conflicts->count(), 1);
    QVERIFY(conflicts->isVisible());

    QTest::mouseClick(m_editor->findChild<QPushButton*>(QStringLiteral("conflictUse0")), Qt::LeftButton);
    QTRY_COMPARE(conflicts->count(), 0);
    QVERIFY(!conflicts->isVisible());
    QCOMPARE(m_store->storedTicket(m_ticket.id)->title, std::string("Pump alarm on ward 3B"));
    QTRY_COMPARE(line("ticketTitle")->text(), QStringLiteral("Pump alarm on ward 3B"));
    QCOMPARE(m_store->run<qint64>(
                 [](LocalStore& store) { return ConflictNoteRepository(store.database()).unacknowledgedCount(); }),
             qint64(0));
    QCOMPARE(m_store->outbox().size(), std::size_t(1)); // the title goes to the server like any edit
}

void TestTicketEditor::keepServerTextResolvesConflict()
{
    m_ticket = m_store->seedSyncedTicket();
    m_store->seedTitleConflict(m_ticket, "Pump alarm on ward 3B");
    m_editor = std::make_unique<TicketEditorWidget>(*m_store->session.worker(), *m_store->changes, m_store->clock);
    QSignalSpy loaded(m_editor.get(), &TicketEditorWidget::ticketLoaded);
    m_editor->openTicket(m_ticket.id);
    m_editor->show();
    QTRY_COMPARE(loaded.count(), 1);
    QSignalSpy resolved(m_editor->service(), &TicketEditService::conflictResolved);
    QTest::mouseClick(m_editor->findChild<QPushButton*>(QStringLiteral("conflictKeep0")), Qt::LeftButton);
    QTRY_COMPARE(resolved.count(), 1);
    QCOMPARE(m_store->storedTicket(m_ticket.id)->title, m_ticket.title);
    QVERIFY(m_store->outbox().empty());
    QCOMPARE(m_store->run<qint64>(
                 [](LocalStore& store) { return ConflictNoteRepository(store.database()).unacknowledgedCount(); }),
             qint64(0));
    QTRY_COMPARE(m_editor->findChild<TicketConflictsWidget*>()->count(), 0);
}

void TestTicketEditor::emptyTitleRefusedAndNothingStored()
{
    openEditor();
    auto* title = line("ticketTitle");
    title->clear();
    QTest::keyClicks(line("ticketTeam"), QStringLiteral("-night"));
    MessageBox::setNextAnswer(QMessageBox::Ok);
    line("ticketTeam")->setFocus();
    QTest::keyClick(title, Qt::Key_S, Qt::ControlModifier);
    QCOMPARE(MessageBox::lastText(), TicketFieldsForm::tr("A title is required."));
    QVERIFY(title->hasFocus());
    // Give a wrongly accepted save every chance to reach the store before looking.
    await(m_store->session.worker()->run<bool>([](LocalStore&) { return true; }));
    QCOMPARE(m_store->storedTicket(m_ticket.id)->title, m_ticket.title);
    QCOMPARE(m_store->storedTicket(m_ticket.id)->team, m_ticket.team);
    QVERIFY(m_store->outbox().empty());
    QVERIFY(m_editor->isModified()); // the agent's edits are still there to fix
}

void TestTicketEditor::unsavedChangesAskedOnClose()
{
    openEditor();
    QTest::keyClicks(line("ticketTeam"), QStringLiteral("-night"));
    MessageBox::setNextAnswer(QMessageBox::Cancel);
    QVERIFY(!m_editor->close());
    QCOMPARE(MessageBox::lastTitle(), TicketEditorWidget::tr("Unsaved changes"));
    QVERIFY(m_editor->isVisible());

    MessageBox::setNextAnswer(QMessageBox::Save);
    m_editor->close();
    QTRY_VERIFY(!m_editor->isVisible());
    QCOMPARE(m_store->storedTicket(m_ticket.id)->team, std::string("clinical-apps-night"));

    m_editor->show();
    QTest::keyClicks(line("ticketTeam"), QStringLiteral("-x"));
    MessageBox::setNextAnswer(QMessageBox::Discard);
    QVERIFY(m_editor->close());
    QCOMPARE(m_store->storedTicket(m_ticket.id)->team, std::string("clinical-apps-night"));
}

void TestTicketEditor::reloadsWhenTheTicketChangesElsewhere()
{
    openEditor();
    // Another writer on the same store (as a sync page would be) announces its change through a signal.
    LocalChanges other(*m_store->session.worker(), m_store->hlc, m_store->clock);
    connect(&other, &LocalChanges::changed, m_editor->service(), &TicketEditService::ticketsChanged);
    sync::TicketPatch patch;
    patch.title = "Changed on another console";
    QVERIFY(await(other.updateTicket(m_ticket.id, patch)));
    QTRY_COMPARE(line("ticketTitle")->text(), QStringLiteral("Changed on another console"));
    QVERIFY(!m_editor->isModified());

    // Edits in progress are kept when a change arrives.
    QTest::keyClicks(line("ticketTeam"), QStringLiteral("-b"));
    patch.title = "Changed again";
    QVERIFY(await(other.updateTicket(m_ticket.id, patch)));
    QTRY_VERIFY(m_editor->findChild<QLabel*>(QStringLiteral("ticketSyncNote"))->isVisible());
    QCOMPARE(line("ticketTeam")->text(), QStringLiteral("clinical-apps-b"));
}

void TestTicketEditor::commentModelPassesTester()
{
    TicketCommentTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    Comment first;
    first.id = Uuid::createV7();
    first.ticketId = Uuid::createV7();
    first.authorId = Uuid::createV7();
    first.body = "First";
    first.createdAt = test::editorStartMs;
    Comment second = first;
    second.id = Uuid::createV7();
    second.body = "Second";
    second.visibility = CommentVisibility::PublicReply;
    model.setComments({first});
    model.setComments({first, second}); // append
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.index(1, TicketCommentTableModel::Text).data().toString(), QStringLiteral("Second"));
    model.setComments({second}); // replace
    QCOMPARE(model.rowCount(), 1);
    model.setComments({});
    QCOMPARE(model.rowCount(), 0);
}

QTEST_MAIN(TestTicketEditor)
#include "TestTicketEditor.moc"
