// SPDX-License-Identifier: MIT
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QtTest>

#include "EditorTestSupport.h"
#include "core/TriageAdvisor.h"
#include "ui/MessageBox.h"
#include "ui/NewTicketDialog.h"
#include "ui/TicketLabels.h"
#include "ui/TicketTriagePanel.h"

using namespace hss;
using namespace hss::client;
using hss::test::await;

class TestNewTicketDialog final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void emergencyNeedsOneConfirmationAndGoesFirst();
    void declinedEmergencyStoresNothing();
    void agentOverridesTheSuggestion();
    void emptyTitleRefusedAndNothingStored();
    void typedTicketComesBackAsTyped();
    void escapeAsksBeforeDroppingTypedText();

private:
    template <class W>
    W* child(const char* name) const
    {
        return m_dialog->findChild<W*>(QLatin1String(name));
    }
    void typeEmergency();
    qint64 ticketCount();

    std::unique_ptr<test::EditorFixture> m_store;
    std::unique_ptr<NewTicketDialog> m_dialog;
};

void TestNewTicketDialog::init()
{
    m_store = std::make_unique<test::EditorFixture>();
    QVERIFY(m_store->unlocked);
    m_dialog = std::make_unique<NewTicketDialog>(*m_store->changes);
    m_dialog->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_dialog.get()));
}

void TestNewTicketDialog::cleanup()
{
    m_dialog.reset();
    m_store.reset();
}

qint64 TestNewTicketDialog::ticketCount()
{
    return m_store->run<qint64>(
        [](LocalStore& store) { return TicketRepository(store.database()).count(TicketQuery {}); });
}

void TestNewTicketDialog::typeEmergency()
{
    QSignalSpy suggested(m_dialog->advisor(), &TriageAdvisor::suggestionChanged);
    QTest::keyClicks(child<QLineEdit>("newTitle"), QStringLiteral("Patient got wrong dose from infusion pump"));
    QTest::keyClicks(child<QPlainTextEdit>("newDescription"),
                     QStringLiteral("Ward 3B reports the pump delivered ten times the programmed rate."));
    QTest::keyClicks(child<QLineEdit>("newRequesterName"), QStringLiteral("Nurse Ben Example"));
    // Typing is debounced: the suggestion follows once the agent pauses.
    QTRY_VERIFY(!suggested.isEmpty());
}

void TestNewTicketDialog::emergencyNeedsOneConfirmationAndGoesFirst()
{
    // A routine ticket queued before the emergency.
    Ticket routine;
    routine.title = "Printer on ward 2 is slow";
    routine.requesterName = "Clerk";
    QVERIFY(await(m_store->changes->createTicket(routine)));

    typeEmergency();
    auto* panel = child<TicketTriagePanel>("triagePanel");
    QTRY_VERIFY(panel->summary().contains(TicketLabels::emergency(triage::EmergencyCategory::PatientSafety)));
    QVERIFY(panel->reasonCount() >= 1);
    // Screen readers get the summary's words, not its markup.
    const QString spoken = panel->findChild<QLabel*>(QStringLiteral("triageSummary"))->accessibleName();
    QVERIFY2(spoken.contains(TicketLabels::emergency(triage::EmergencyCategory::PatientSafety)), qPrintable(spoken));
    QVERIFY2(!spoken.contains(QLatin1Char('<')), qPrintable(spoken));
    // Only what decided is listed; phrases over the same words are summed up in one line, not listed each.
    auto* reasons = panel->findChild<QListWidget*>(QStringLiteral("triageReasons"));
    for (int row = 0; row < reasons->count(); ++row) {
        QVERIFY2(!reasons->item(row)->text().contains(QStringLiteral("already counted")),
                 qPrintable(reasons->item(row)->text()));
    }
    QVERIFY(m_dialog->advisor()->suggestion()->emergency);
    QCOMPARE(child<QComboBox>("newPriority")->currentText(), TicketLabels::priority(Priority::Emergency));

    QSignalSpy created(m_dialog.get(), &NewTicketDialog::created);
    MessageBox::setNextAnswer(QMessageBox::Yes); // exactly one box: a second one would block this test
    QTest::mouseClick(child<QPushButton>("newCreate"), Qt::LeftButton);
    QCOMPARE(MessageBox::lastTitle(), NewTicketDialog::tr("Create an emergency ticket?"));
    QTRY_COMPARE(created.count(), 1);
    QCOMPARE(m_dialog->result(), int(QDialog::Accepted));

    const Ticket ticket = created.at(0).at(0).value<Ticket>();
    const auto stored = m_store->storedTicket(ticket.id);
    QVERIFY(stored);
    QVERIFY(stored->priority == Priority::Emergency);
    QVERIFY(stored->status == TicketStatus::New);
    QCOMPARE(stored->requesterName, std::string("Nurse Ben Example"));
    const auto outbox = m_store->outbox(); // in push order
    QCOMPARE(outbox.size(), std::size_t(2));
    QCOMPARE(outbox[0].entityId, QString::fromStdString(ticket.id.toString()));
    QCOMPARE(outbox[0].kind, QStringLiteral("create"));
}

void TestNewTicketDialog::declinedEmergencyStoresNothing()
{
    typeEmergency();
    MessageBox::setNextAnswer(QMessageBox::No);
    QTest::mouseClick(child<QPushButton>("newCreate"), Qt::LeftButton);
    QCOMPARE(MessageBox::lastTitle(), NewTicketDialog::tr("Create an emergency ticket?"));
    await(m_store->session.worker()->run<bool>([](LocalStore&) { return true; }));
    QCOMPARE(ticketCount(), qint64(0));
    QVERIFY(m_dialog->isVisible());
    QCOMPARE(child<QLineEdit>("newTitle")->text(), QStringLiteral("Patient got wrong dose from infusion pump"));
}

void TestNewTicketDialog::agentOverridesTheSuggestion()
{
    typeEmergency();
    auto* priority = child<QComboBox>("newPriority");
    priority->setFocus();
    QTest::keyClick(priority, Qt::Key_Down); // the agent's own choice: Critical
    QCOMPARE(priority->currentText(), TicketLabels::priority(Priority::Critical));
    QSignalSpy suggested(m_dialog->advisor(), &TriageAdvisor::suggestionChanged);
    QTest::keyClicks(child<QLineEdit>("newTitle"), QStringLiteral(" again"));
    QTRY_VERIFY(!suggested.isEmpty());
    QCOMPARE(priority->currentText(), TicketLabels::priority(Priority::Critical)); // not moved back

    QSignalSpy created(m_dialog.get(), &NewTicketDialog::created);
    QTest::mouseClick(child<QPushButton>("newCreate"), Qt::LeftButton); // not an emergency: no question
    QTRY_COMPARE(created.count(), 1);
    QVERIFY(m_store->storedTicket(created.at(0).at(0).value<Ticket>().id)->priority == Priority::Critical);

    // "Use suggestion" takes the triage result again.
    NewTicketDialog again(*m_store->changes);
    again.show();
    QSignalSpy againSuggested(again.advisor(), &TriageAdvisor::suggestionChanged);
    QTest::keyClicks(again.findChild<QLineEdit*>(QStringLiteral("newTitle")),
                     QStringLiteral("Patient got wrong dose from infusion pump"));
    QTRY_VERIFY(!againSuggested.isEmpty());
    auto* againPriority = again.findChild<QComboBox*>(QStringLiteral("newPriority"));
    againPriority->setCurrentIndex(againPriority->findData(static_cast<int>(Priority::Low)));
    QTest::mouseClick(again.findChild<QPushButton*>(QStringLiteral("triageAccept")), Qt::LeftButton);
    QCOMPARE(againPriority->currentText(), TicketLabels::priority(Priority::Emergency));
}

void TestNewTicketDialog::emptyTitleRefusedAndNothingStored()
{
    QTest::keyClicks(child<QLineEdit>("newRequesterName"), QStringLiteral("Nurse Ben Example"));
    MessageBox::setNextAnswer(QMessageBox::Ok);
    QTest::mouseClick(child<QPushButton>("newCreate"), Qt::LeftButton);
    QCOMPARE(MessageBox::lastText(), NewTicketDialog::tr("A title is required."));
    await(m_store->session.worker()->run<bool>([](LocalStore&) { return true; }));
    QCOMPARE(ticketCount(), qint64(0));
    QVERIFY(m_store->outbox().empty());
    QVERIFY(m_dialog->isVisible());
    QCOMPARE(child<QLineEdit>("newRequesterName")->text(), QStringLiteral("Nurse Ben Example"));
}

void TestNewTicketDialog::typedTicketComesBackAsTyped()
{
    typeEmergency();
    // The agent's own choice of category must survive: the restored dialog must not let triage move it.
    auto* category = child<QComboBox>("newCategory");
    const int chosen = category->findData(static_cast<int>(Category::Integration));
    QVERIFY(chosen >= 0);
    category->setFocus();
    category->setCurrentIndex(chosen);
    emit category->activated(chosen);
    QTest::keyClicks(child<QLineEdit>("newMedicalCase"), QStringLiteral("MC-2026-00042"));
    const NewTicketDialog::Typed typed = m_dialog->typed();

    NewTicketDialog again(*m_store->changes);
    again.restore(typed);
    const auto field = [&again](const char* name) { return again.findChild<QLineEdit*>(QLatin1String(name)); };
    QCOMPARE(field("newTitle")->text(), QStringLiteral("Patient got wrong dose from infusion pump"));
    QCOMPARE(again.findChild<QPlainTextEdit*>(QStringLiteral("newDescription"))->toPlainText(),
             QStringLiteral("Ward 3B reports the pump delivered ten times the programmed rate."));
    QCOMPARE(field("newRequesterName")->text(), QStringLiteral("Nurse Ben Example"));
    QCOMPARE(field("newMedicalCase")->text(), QStringLiteral("MC-2026-00042"));
    QTRY_VERIFY(again.advisor()->suggestion().has_value());
    QCOMPARE(again.findChild<QComboBox*>(QStringLiteral("newCategory"))->currentData().toInt(),
             static_cast<int>(Category::Integration));
    QCOMPARE(again.findChild<QComboBox*>(QStringLiteral("newPriority"))->currentData().toInt(),
             static_cast<int>(Priority::Emergency));
    QVERIFY(again.hasTypedText());
}

void TestNewTicketDialog::escapeAsksBeforeDroppingTypedText()
{
    QTest::keyClicks(child<QLineEdit>("newTitle"), QStringLiteral("Scanner on ward 1"));
    MessageBox::setNextAnswer(QMessageBox::Cancel);
    QTest::keyClick(m_dialog.get(), Qt::Key_Escape);
    QCOMPARE(MessageBox::lastTitle(), NewTicketDialog::tr("Discard the new ticket?"));
    QVERIFY(m_dialog->isVisible());
    QCOMPARE(child<QLineEdit>("newTitle")->text(), QStringLiteral("Scanner on ward 1"));
    MessageBox::setNextAnswer(QMessageBox::Discard);
    QTest::keyClick(m_dialog.get(), Qt::Key_Escape);
    QVERIFY(!m_dialog->isVisible());
    QCOMPARE(m_dialog->result(), int(QDialog::Rejected));

    // Nothing typed: it closes without a question.
    NewTicketDialog empty(*m_store->changes);
    empty.show();
    QVERIFY(QTest::qWaitForWindowExposed(&empty));
    MessageBox::setNextAnswer(QMessageBox::Cancel); // would keep it open if asked
    QTest::keyClick(&empty, Qt::Key_Escape);
    QVERIFY(!empty.isVisible());
    MessageBox::setNextAnswer(QMessageBox::NoButton);
}

QTEST_MAIN(TestNewTicketDialog)
#include "TestNewTicketDialog.moc"
