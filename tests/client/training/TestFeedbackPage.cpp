// SPDX-License-Identifier: MIT
#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QtTest>

#include "TrainingTestSupport.h"
#include "core/FeedbackService.h"
#include "ui/FeedbackDialog.h"
#include "ui/FeedbackWidget.h"
#include "ui/MessageBox.h"
#include "ui/models/FeedbackTableModel.h"

using namespace hss;
using namespace hss::client;
using hss::test::await;

class TestFeedbackPage final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void feedbackOnResolvedTicketStoredAndQueued();
    void openTicketRefusedAndNothingStored();
    void serviceRefusesUnresolvedTicket();
    void listShowsCategoryScoreAndSentiment();
    void modelPassesTester();
    void ticketResolvedBySyncBecomesRateable();
    void medicalTicketAsksForTheAiDecisionOutcome();

private:
    FeedbackDialog* openDialog(const Ticket& ticket, bool expectRateable);

    std::unique_ptr<test::TrainingFixture> m_store;
    std::unique_ptr<FeedbackService> m_service;
    std::unique_ptr<FeedbackWidget> m_page;
};

void TestFeedbackPage::init()
{
    m_store = std::make_unique<test::TrainingFixture>();
    QVERIFY(m_store->unlocked);
    m_service = std::make_unique<FeedbackService>(*m_store->session.worker(), *m_store->changes);
}

void TestFeedbackPage::cleanup()
{
    m_page.reset();
    m_service.reset();
    m_store.reset();
}

FeedbackDialog* TestFeedbackPage::openDialog(const Ticket& ticket, bool expectRateable)
{
    m_page = std::make_unique<FeedbackWidget>(*m_service);
    m_page->resize(1000, 700);
    FeedbackDialog* dialog = m_page->openFeedbackDialog(ticket.id);
    QSignalSpy loaded(dialog, &FeedbackDialog::ticketLoaded);
    if (!loaded.wait(10000) || loaded.at(0).at(0).toBool() != expectRateable) {
        return nullptr;
    }
    return dialog;
}

void TestFeedbackPage::feedbackOnResolvedTicketStoredAndQueued()
{
    const Ticket ticket = m_store->seedSyncedTicket(TicketStatus::Resolved);
    FeedbackDialog* dialog = openDialog(ticket, true);
    QVERIFY(dialog);
    auto* submit = dialog->findChild<QPushButton*>(QStringLiteral("submitFeedbackButton"));
    QVERIFY(!submit->isEnabled()); // no score chosen yet
    dialog->findChild<QAbstractButton*>(QStringLiteral("score4"))->click();
    QVERIFY(submit->isEnabled());
    auto* category = dialog->findChild<QComboBox*>(QStringLiteral("feedbackCategory"));
    category->setCurrentIndex(category->findText(QStringLiteral("Clinical")));
    dialog->findChild<QPlainTextEdit*>(QStringLiteral("feedbackComment"))
        ->setPlainText(QStringLiteral("Quick and friendly help with the pump alarm."));
    QSignalSpy finished(dialog, &FeedbackDialog::submitFinished);
    QSignalSpy listed(m_service.get(), &FeedbackService::loaded);
    submit->click();
    QVERIFY(finished.wait(10000));
    QCOMPARE(finished.at(0).at(0).toBool(), true);

    const auto stored = m_store->storedFeedback();
    QCOMPARE(stored.size(), std::size_t(1));
    QVERIFY(stored[0].ticketId == std::optional<Uuid>(ticket.id));
    QVERIFY(stored[0].csatScore == std::optional<int>(4));
    QVERIFY(stored[0].category == FeedbackCategory::Clinical);
    QVERIFY(stored[0].authorId == m_store->userId);
    QCOMPARE(stored[0].comment, std::string("Quick and friendly help with the pump alarm."));
    const auto queued = m_store->outboxFor(QStringLiteral("feedback"));
    QCOMPARE(queued.size(), std::size_t(1));
    QCOMPARE(queued[0].entityId, QString::fromStdString(stored[0].id.toString()));

    // The page's list shows it once the service reloads.
    QVERIFY(listed.wait(10000) || !listed.isEmpty());
    auto* view = m_page->findChild<QTableView*>(QStringLiteral("feedbackView"));
    QTRY_COMPARE(view->model()->rowCount(), 1);
    QCOMPARE(view->model()->index(0, FeedbackTableModel::Category).data().toString(), QStringLiteral("Clinical"));
    QCOMPARE(view->model()->index(0, FeedbackTableModel::Score).data().toString(), QStringLiteral("4 – Satisfied"));
}

void TestFeedbackPage::openTicketRefusedAndNothingStored()
{
    const Ticket ticket = m_store->seedSyncedTicket(TicketStatus::InProgress);
    FeedbackDialog* dialog = openDialog(ticket, false);
    QVERIFY(dialog);
    auto* refusal = dialog->findChild<QLabel*>(QStringLiteral("feedbackRefusal"));
    QVERIFY(!refusal->isHidden());
    QVERIFY(refusal->text().contains(QStringLiteral("not resolved")));
    dialog->setScore(5);
    QVERIFY(!dialog->findChild<QPushButton*>(QStringLiteral("submitFeedbackButton"))->isEnabled());

    // Even when forced (e.g. by a shortcut), the store is not touched and the reason is shown.
    QSignalSpy finished(dialog, &FeedbackDialog::submitFinished);
    MessageBox::setNextAnswer(QMessageBox::Ok);
    dialog->submit();
    QVERIFY(finished.wait(10000));
    QCOMPARE(finished.at(0).at(0).toBool(), false);
    QVERIFY2(MessageBox::lastText().contains(QStringLiteral("resolved or closed")), qPrintable(MessageBox::lastText()));
    QVERIFY(m_store->storedFeedback().empty());
    QVERIFY(m_store->outboxFor(QStringLiteral("feedback")).empty());
}

void TestFeedbackPage::serviceRefusesUnresolvedTicket()
{
    const Ticket open = m_store->seedSyncedTicket(TicketStatus::Open);
    const auto refused = await(m_service->submit(open.id, 3, QStringLiteral("too early"), FeedbackCategory::Support));
    QVERIFY(!refused);
    QVERIFY(refused.error().code == ErrorCode::InvalidTransition);
    const auto unknown = await(m_service->submit(Uuid::createV7(), 3, QString(), FeedbackCategory::Support));
    QVERIFY(!unknown);
    QVERIFY(unknown.error().code == ErrorCode::NotFound);
    QVERIFY(m_store->storedFeedback().empty());
    QVERIFY(m_store->outboxFor(QStringLiteral("feedback")).empty());

    // A closed ticket is rateable too; an out-of-range score is refused by validation and stores nothing.
    Ticket closed = open;
    closed.status = TicketStatus::Closed;
    closed.resolvedAt = test::editorStartMs;
    QVERIFY(
        m_store->run<bool>([closed](LocalStore& store) { return !TicketRepository(store.database()).upsert(closed); }));
    QVERIFY(!await(m_service->submit(closed.id, 6, QString(), FeedbackCategory::Support)));
    QVERIFY(m_store->storedFeedback().empty());
    QVERIFY(await(m_service->submit(closed.id, 2, QString(), FeedbackCategory::Support)));
    QCOMPARE(m_store->storedFeedback().size(), std::size_t(1));
}

void TestFeedbackPage::listShowsCategoryScoreAndSentiment()
{
    const Ticket ticket = m_store->seedSyncedTicket(TicketStatus::Closed);
    Feedback analysed;
    analysed.id = Uuid::createV7();
    analysed.ticketId = ticket.id;
    analysed.authorId = Uuid::createV7();
    analysed.csatScore = 2;
    analysed.comment = "The answer took far too long.";
    analysed.category = FeedbackCategory::Support;
    analysed.createdAt = test::editorStartMs - test::hourMs;
    analysed.sentimentScore = -0.6; // as the server's analyser sets it
    QVERIFY(m_store->run<bool>(
        [analysed](LocalStore& store) { return !FeedbackRepository(store.database()).upsert(analysed); }));

    m_page = std::make_unique<FeedbackWidget>(*m_service);
    auto* view = m_page->findChild<QTableView*>(QStringLiteral("feedbackView"));
    QTRY_COMPARE(view->model()->rowCount(), 1);
    const auto cell = [view](int column) { return view->model()->index(0, column).data().toString(); };
    QCOMPARE(cell(FeedbackTableModel::Category), QStringLiteral("Support"));
    QCOMPARE(cell(FeedbackTableModel::Score), QStringLiteral("2 – Dissatisfied"));
    QCOMPARE(cell(FeedbackTableModel::Sentiment), QStringLiteral("Negative (-0.60)"));
    QCOMPARE(cell(FeedbackTableModel::TicketRef), QStringLiteral("#1042 Infusion pump alarm keeps sounding"));
    QVERIFY(m_page->findChild<QLabel*>(QStringLiteral("feedbackSummary"))->text().contains(QStringLiteral("2.0")));
    // The closed ticket is offered for rating.
    auto* tickets = m_page->findChild<QComboBox*>(QStringLiteral("rateableTickets"));
    QTRY_VERIFY(tickets->isEnabled());
    QCOMPARE(tickets->currentData().toString(), QString::fromStdString(ticket.id.toString()));
}

void TestFeedbackPage::modelPassesTester()
{
    FeedbackTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    FeedbackRow row;
    row.feedback.id = Uuid::createV7();
    row.feedback.csatScore = 5;
    row.feedback.sentimentScore = 0.1;
    model.setRows({row, row});
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.index(0, FeedbackTableModel::Sentiment).data().toString(), QStringLiteral("Neutral (0.10)"));
    model.setRows({});
    QCOMPARE(model.rowCount(), 0);
}

void TestFeedbackPage::ticketResolvedBySyncBecomesRateable()
{
    m_page = std::make_unique<FeedbackWidget>(*m_service);
    auto* tickets = m_page->findChild<QComboBox*>(QStringLiteral("rateableTickets"));
    QTRY_VERIFY(!tickets->isEnabled()); // nothing resolved yet
    // The page was open while sync brought a resolved ticket.
    const Ticket ticket = m_store->seedSyncedTicket(TicketStatus::Resolved);
    m_service->storeChanged();
    QTRY_VERIFY_WITH_TIMEOUT(tickets->findData(QString::fromStdString(ticket.id.toString())) >= 0, 10000);
    QVERIFY(tickets->isEnabled());
}

void TestFeedbackPage::medicalTicketAsksForTheAiDecisionOutcome()
{
    // A medical ticket (only clinicians, supervisors and admins hold those): the outcome is asked, stored and queued.
    const Ticket medical = m_store->seedSyncedTicket(TicketStatus::Resolved);
    FeedbackDialog* dialog = openDialog(medical, true);
    QVERIFY(dialog);
    QVERIFY(dialog->asksSafetyOutcome());
    auto* outcome = dialog->findChild<QComboBox*>(QStringLiteral("feedbackSafetyOutcome"));
    QVERIFY(!outcome->isHidden());
    QCOMPARE(outcome->currentText(), QStringLiteral("Not applicable"));
    outcome->setCurrentIndex(outcome->findText(QStringLiteral("Near miss"), Qt::MatchStartsWith));
    dialog->setScore(3);
    QSignalSpy finished(dialog, &FeedbackDialog::submitFinished);
    dialog->submit();
    QVERIFY(finished.wait(10000));
    QCOMPARE(finished.at(0).at(0).toBool(), true);
    auto stored = m_store->storedFeedback();
    QCOMPARE(stored.size(), std::size_t(1));
    QVERIFY(stored[0].safetyOutcome == std::optional<metrics::SafetyOutcome>(metrics::SafetyOutcome::NearMiss));
    const auto queued = m_store->outboxFor(QStringLiteral("feedback"));
    QCOMPARE(queued.size(), std::size_t(1));
    QVERIFY2(queued[0].payload.contains("\"safety_outcome\":\"near_miss\""), queued[0].payload.constData());

    // Any other ticket: not asked, and nothing recorded even if the combo was set.
    Ticket technical = medical;
    technical.id = Uuid::createV7();
    technical.number = 1043;
    technical.status = TicketStatus::Closed;
    technical.category = Category::Technical;
    technical.medicalCaseRef.reset();
    QVERIFY(m_store->run<bool>([technical](client::LocalStore& store) {
        return !client::TicketRepository(store.database()).upsert(technical);
    }));
    FeedbackDialog* other = openDialog(technical, true);
    QVERIFY(other);
    QVERIFY(!other->asksSafetyOutcome());
    QVERIFY(other->findChild<QComboBox*>(QStringLiteral("feedbackSafetyOutcome"))->isHidden());
    other->setSafetyOutcome(metrics::SafetyOutcome::Incorrect);
    other->setScore(4);
    QSignalSpy otherFinished(other, &FeedbackDialog::submitFinished);
    other->submit();
    QVERIFY(otherFinished.wait(10000));
    stored = m_store->storedFeedback();
    QCOMPARE(stored.size(), std::size_t(2));
    for (const Feedback& entry : stored) {
        QCOMPARE(entry.safetyOutcome.has_value(), entry.ticketId == std::optional<Uuid>(medical.id));
    }
}

QTEST_MAIN(TestFeedbackPage)
#include "TestFeedbackPage.moc"
