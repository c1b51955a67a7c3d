// SPDX-License-Identifier: MIT
#include <QtTest>

#include "core/TicketConflict.h"
#include "hss/Limits.h"
#include "hss/sync/ConflictNoteText.h"

using namespace hss;
using namespace hss::client;

class TestTicketConflict final : public QObject
{
    Q_OBJECT

private slots:
    void readsWhatTheServerWrites_data();
    void readsWhatTheServerWrites();
    void otherValueBecomesAPatch();
    void refusesWhatCannotBeRestored();
    void ignoresOrdinaryComments();
};

void TestTicketConflict::readsWhatTheServerWrites_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("kept");
    QTest::addColumn<QString>("other");
    QTest::newRow("title") << "title"
                           << "Pump alarm"
                           << "Pump alarm on ward 3B";
    QTest::newRow("multi-line description") << "description"
                                            << "Line one\nline two"
                                            << "First\nsecond\n\nthird";
    QTest::newRow("cleared case reference") << "medical_case_ref"
                                            << "MC-1"
                                            << "";
}

void TestTicketConflict::readsWhatTheServerWrites()
{
    QFETCH(QString, field);
    QFETCH(QString, kept);
    QFETCH(QString, other);
    const std::string text =
        sync::conflictNoteText({field.toStdString(), kept.toStdString(), other.toStdString(), "newer edit won"});
    const Uuid id = Uuid::createV7();
    const auto conflict = TicketConflict::parse(id, 42, text);
    QVERIFY(conflict);
    QVERIFY(conflict->commentId == id);
    QCOMPARE(conflict->createdAt, qint64(42));
    QCOMPARE(QString::fromStdString(conflict->field), field);
    QCOMPARE(conflict->reason, std::string("newer edit won"));
    QCOMPARE(QString::fromStdString(conflict->otherValue), other);
    QCOMPARE(QString::fromStdString(conflict->keptValue), kept);
    QVERIFY(!conflict->ambiguous);
}

void TestTicketConflict::otherValueBecomesAPatch()
{
    const auto title = TicketConflict::parse(Uuid::createV7(), 1, sync::conflictNoteText({"title", "a", "b", "r"}));
    const auto titlePatch = title->otherValuePatch();
    QVERIFY(titlePatch);
    QVERIFY(titlePatch.value().title == std::optional<std::string>("b"));

    const auto priority =
        TicketConflict::parse(Uuid::createV7(), 1, sync::conflictNoteText({"priority", "high", "critical", "r"}));
    QVERIFY(priority->otherValuePatch().value().priority == Priority::Critical);

    const auto cleared =
        TicketConflict::parse(Uuid::createV7(), 1, sync::conflictNoteText({"medical_case_ref", "MC-1", "", "r"}));
    QVERIFY(cleared->otherValuePatch().value().medicalCaseRef.has_value());
    QVERIFY(!cleared->otherValuePatch().value().medicalCaseRef->has_value()); // set to null
}

void TestTicketConflict::refusesWhatCannotBeRestored()
{
    const auto status =
        TicketConflict::parse(Uuid::createV7(), 1, sync::conflictNoteText({"status", "closed", "in_progress", "r"}));
    QVERIFY(!status->otherValuePatch());
    QCOMPARE(status->otherValuePatch().error().field, std::string("status"));

    const std::string longText(limits::descriptionMax, 'x');
    const auto clipped =
        TicketConflict::parse(Uuid::createV7(), 1, sync::conflictNoteText({"description", "short", longText, "r"}));
    QVERIFY(!clipped->otherValuePatch()); // the note holds only the beginning

    const auto ambiguous = TicketConflict::parse(
        Uuid::createV7(), 1,
        sync::conflictNoteText({"description", "a", "First\nOther edit (not applied): second", "r"}));
    QVERIFY(ambiguous->ambiguous);
    QVERIFY(!ambiguous->otherValuePatch()); // never write a wrongly split text

    const auto badTitle =
        TicketConflict::parse(Uuid::createV7(), 1, sync::conflictNoteText({"title", "a", "two\nlines", "r"}));
    QVERIFY(!badTitle->otherValuePatch());
}

void TestTicketConflict::ignoresOrdinaryComments()
{
    QVERIFY(!TicketConflict::parse(Uuid::createV7(), 1, "We looked at the pump."));
    QVERIFY(!TicketConflict::parse(Uuid::createV7(), 1, "[sync conflict] broken"));
}

QTEST_GUILESS_MAIN(TestTicketConflict)
#include "TestTicketConflict.moc"
