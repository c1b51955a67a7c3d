// SPDX-License-Identifier: MIT
#include <QtTest>
#include <set>

#include "TestSupport.h"
#include "hss/TicketStateMachine.h"

Q_DECLARE_METATYPE(hss::TicketStatus)

using hss::TicketStateMachine;
using hss::TicketStatus;
using hss::test::codeName;
using hss::test::qs;

namespace {

/// The workflow as written in the design review, independent of the implementation's table.
const std::set<std::pair<TicketStatus, TicketStatus>>& allowedPairs()
{
    using S = TicketStatus;
    static const std::set<std::pair<S, S>> pairs {
        {S::New, S::Open},
        {S::New, S::InProgress},
        {S::New, S::Escalated},
        {S::New, S::Resolved},
        {S::New, S::Closed},
        {S::Open, S::InProgress},
        {S::Open, S::WaitingOnCustomer},
        {S::Open, S::Escalated},
        {S::Open, S::Resolved},
        {S::Open, S::Closed},
        {S::InProgress, S::Open},
        {S::InProgress, S::WaitingOnCustomer},
        {S::InProgress, S::Escalated},
        {S::InProgress, S::Resolved},
        {S::WaitingOnCustomer, S::InProgress},
        {S::WaitingOnCustomer, S::Escalated},
        {S::WaitingOnCustomer, S::Resolved},
        {S::WaitingOnCustomer, S::Closed},
        {S::Escalated, S::InProgress},
        {S::Escalated, S::WaitingOnCustomer},
        {S::Escalated, S::Resolved},
        {S::Resolved, S::InProgress},
        {S::Resolved, S::Closed},
    };
    return pairs;
}

} // namespace

class TestTicketStateMachine final : public QObject
{
    Q_OBJECT

private slots:
    void transitionTable_data();
    void transitionTable();
    void forbiddenTransitionNamesBothStates_data();
    void forbiddenTransitionNamesBothStates();
    void allowedTransitionsMatchCanTransition();
    void closedIsFinal();
};

void TestTicketStateMachine::transitionTable_data()
{
    QTest::addColumn<TicketStatus>("from");
    QTest::addColumn<TicketStatus>("to");
    QTest::addColumn<bool>("allowed");

    for (const auto from : hss::allTicketStatuses) {
        for (const auto to : hss::allTicketStatuses) {
            QTest::addRow("%s -> %s", hss::toString(from).data(), hss::toString(to).data())
                << from << to << allowedPairs().contains({from, to});
        }
    }
}

void TestTicketStateMachine::transitionTable()
{
    QFETCH(TicketStatus, from);
    QFETCH(TicketStatus, to);
    QFETCH(bool, allowed);

    QCOMPARE(TicketStateMachine::canTransition(from, to), allowed);
    QCOMPARE(TicketStateMachine::checkTransition(from, to).ok(), allowed);
}

void TestTicketStateMachine::forbiddenTransitionNamesBothStates_data()
{
    QTest::addColumn<TicketStatus>("from");
    QTest::addColumn<TicketStatus>("to");

    QTest::newRow("reopen a closed ticket") << TicketStatus::Closed << TicketStatus::InProgress;
    QTest::newRow("closed back to new") << TicketStatus::Closed << TicketStatus::New;
    QTest::newRow("close work in progress unresolved") << TicketStatus::InProgress << TicketStatus::Closed;
    QTest::newRow("close escalated unresolved") << TicketStatus::Escalated << TicketStatus::Closed;
    QTest::newRow("back to new") << TicketStatus::Open << TicketStatus::New;
    QTest::newRow("resolved to waiting") << TicketStatus::Resolved << TicketStatus::WaitingOnCustomer;
    QTest::newRow("wait on customer before triage") << TicketStatus::New << TicketStatus::WaitingOnCustomer;
    QTest::newRow("same status") << TicketStatus::Open << TicketStatus::Open;
}

void TestTicketStateMachine::forbiddenTransitionNamesBothStates()
{
    QFETCH(TicketStatus, from);
    QFETCH(TicketStatus, to);

    const auto status = TicketStateMachine::checkTransition(from, to);
    QVERIFY(!status.ok());
    QCOMPARE(codeName(status.error().code), QStringLiteral("invalid_transition"));
    QCOMPARE(qs(status.error().field), QStringLiteral("status"));
    const QString message = qs(status.error().message);
    QVERIFY2(message.contains(qs(hss::toString(from))), qPrintable(message));
    QVERIFY2(message.contains(qs(hss::toString(to))), qPrintable(message));
    QVERIFY(message.indexOf(qs(hss::toString(from))) < message.lastIndexOf(qs(hss::toString(to))));
}

void TestTicketStateMachine::allowedTransitionsMatchCanTransition()
{
    std::size_t total = 0;
    for (const auto from : hss::allTicketStatuses) {
        const auto targets = TicketStateMachine::allowedTransitions(from);
        total += targets.size();
        for (const auto to : targets) {
            QVERIFY(TicketStateMachine::canTransition(from, to));
            QVERIFY(allowedPairs().contains({from, to}));
        }
    }
    QCOMPARE(total, allowedPairs().size());
}

void TestTicketStateMachine::closedIsFinal()
{
    QVERIFY(TicketStateMachine::isFinal(TicketStatus::Closed));
    QVERIFY(TicketStateMachine::allowedTransitions(TicketStatus::Closed).empty());
    for (const auto status : hss::allTicketStatuses) {
        if (status != TicketStatus::Closed) {
            QVERIFY(!TicketStateMachine::isFinal(status));
        }
    }
}

QTEST_GUILESS_MAIN(TestTicketStateMachine)
#include "TestTicketStateMachine.moc"
