// SPDX-License-Identifier: MIT
#include <QtTest>

#include "TestSupport.h"
#include "hss/sla/SlaCalculator.h"
#include "hss/sla/SlaConfiguration.h"

using hss::Category;
using hss::ErrorCode;
using hss::Priority;
using hss::sla::SlaConfiguration;
using hss::test::codeName;
using hss::test::mutated;
using hss::test::removeMember;
using nlohmann::json;

class TestSlaConfiguration final : public QObject
{
    Q_OBJECT

private slots:
    void seedDefaults();
    void roundTrip();
    void adminCalendar();
    void invalidDocument_data();
    void invalidDocument();
    void unknownTimeZoneAtCreation();
};

void TestSlaConfiguration::seedDefaults()
{
    const auto configuration = hss::sla::defaultSlaConfiguration();
    QVERIFY(hss::sla::validate(configuration).ok());
    // The seed: MEDICAL_EMERGENCY_SLA=30, escalate at 15 minutes, around the clock.
    const auto* emergency = configuration.policyFor(Priority::Emergency, Category::Technical);
    QVERIFY(emergency != nullptr);
    QCOMPARE(emergency->resolution.minutes, std::int64_t {30});
    QCOMPARE(emergency->resolution.escalationMinutes, std::vector<std::int64_t> {15});
    QCOMPARE(emergency->calendarId, std::string("24x7"));
    QCOMPARE(emergency->warningFractions, (std::vector<double> {0.5, 0.75}));
    // Clinical tickets of any priority run 24/7; others on business hours fall back to the priority's policy.
    QCOMPARE(configuration.policyFor(Priority::High, Category::MedicalClinical)->calendarId, std::string("24x7"));
    QCOMPARE(configuration.policyFor(Priority::High, Category::Integration)->id, std::string("high"));
    QCOMPARE(configuration.policyFor(Priority::High, Category::Integration)->calendarId, std::string("business"));
    QVERIFY(configuration.calendar("24x7")->alwaysOpen);

    hss::sla::SlaDefaults custom;
    custom.emergencyResolutionMinutes = 45;
    custom.emergencyEscalationMinutes = 10;
    custom.businessTimeZone = "America/New_York";
    const auto configured = hss::sla::defaultSlaConfiguration(custom);
    QCOMPARE(configured.policyFor(Priority::Emergency, Category::MedicalClinical)->resolution.minutes,
             std::int64_t {45});
    QCOMPARE(configured.calendar("business")->timeZone, std::string("America/New_York"));
}

void TestSlaConfiguration::roundTrip()
{
    hss::sla::SlaDefaults defaults;
    defaults.businessTimeZone = "Europe/Berlin";
    auto configuration = hss::sla::defaultSlaConfiguration(defaults);
    configuration.calendars[1].holidays = {{2026, 12, 24}, {2026, 12, 25}};
    configuration.calendars[1].hours[5] = {{9 * 60, 12 * 60}, {13 * 60, 24 * 60}};
    const auto document = toJson(configuration);
    // Through text too, as the console stores it.
    const auto decoded = hss::sla::slaConfigurationFromJson(json::parse(document.dump()));
    QVERIFY2(decoded.ok(), decoded ? "" : hss::describe(decoded.error()).c_str());
    QVERIFY(decoded.value() == configuration);
    QCOMPARE(document.at("calendars").at(1).at("holidays").at(0).get<std::string>(), std::string("2026-12-24"));
}

void TestSlaConfiguration::adminCalendar()
{
    const auto document = json::parse(R"({
        "id": "berlin-office", "name": "Berlin office", "time_zone": "Europe/Berlin", "always_open": false,
        "hours": [{"day": "monday", "start": "09:00", "end": "12:00"},
                  {"day": "monday", "start": "13:00", "end": "17:30"},
                  {"day": "saturday", "start": "22:00", "end": "24:00"}],
        "holidays": ["2026-10-03", "2026-12-25"]})");
    const auto calendar = hss::sla::businessCalendarFromJson(document);
    QVERIFY2(calendar.ok(), calendar ? "" : hss::describe(calendar.error()).c_str());
    QCOMPARE(calendar.value().hours[0].size(), std::size_t {2});
    QCOMPARE(calendar.value().hours[0][1].endMinute, 17 * 60 + 30);
    QCOMPARE(calendar.value().hours[5][0].endMinute, 1440);
    QVERIFY(calendar.value().hours[1].empty());
    QCOMPARE(calendar.value().holidays.at(0), (hss::CivilDate {2026, 10, 3}));
    QCOMPARE(toJson(calendar.value()), document);
}

void TestSlaConfiguration::invalidDocument_data()
{
    QTest::addColumn<QString>("pointer");
    QTest::addColumn<json>("value");
    QTest::addColumn<ErrorCode>("code");
    QTest::addColumn<QString>("field");

    // Default document: calendars [24x7, business]; policies [emergency, critical, high, medium, low, clinical...].
    QTest::newRow("zero target") << "/policies/0/resolution_minutes" << json(0) << ErrorCode::OutOfRange
                                 << "policies[0].resolution_minutes";
    QTest::newRow("target as text") << "/policies/0/resolution_minutes" << json("30") << ErrorCode::WrongType
                                    << "policies[0].resolution_minutes";
    QTest::newRow("target missing") << "/policies/0/first_response_minutes" << removeMember() << ErrorCode::MissingField
                                    << "policies[0].first_response_minutes";
    QTest::newRow("hour 25") << "/calendars/1/hours/0/end" << json("25:00") << ErrorCode::InvalidArgument
                             << "calendars[1].hours[0].end";
    QTest::newRow("end before start") << "/calendars/1/hours/0/end" << json("07:00") << ErrorCode::OutOfRange
                                      << "calendars[1].hours[0].end";
    QTest::newRow("overlapping hours") << "/calendars/1/hours/1/day" << json("monday") << ErrorCode::InvalidArgument
                                       << "calendars[1].hours[1].start";
    QTest::newRow("no such weekday") << "/calendars/1/hours/0/day" << json("funday") << ErrorCode::UnknownValue
                                     << "calendars[1].hours[0].day";
    QTest::newRow("no working hours") << "/calendars/1/hours" << json::array() << ErrorCode::MissingField
                                      << "calendars[1].hours";
    QTest::newRow("bad time zone name") << "/calendars/1/time_zone" << json("Not a zone!") << ErrorCode::InvalidArgument
                                        << "calendars[1].time_zone";
    QTest::newRow("30 February") << "/calendars/1/holidays" << json {"2026-02-30"} << ErrorCode::InvalidArgument
                                 << "calendars[1].holidays[0]";
    QTest::newRow("holidays out of order") << "/calendars/1/holidays" << json {"2026-12-25", "2026-12-24"}
                                           << ErrorCode::InvalidArgument << "calendars[1].holidays[1]";
    QTest::newRow("calendar id twice") << "/calendars/1/id" << json("24x7") << ErrorCode::Conflict << "calendars[1].id";
    QTest::newRow("unknown calendar") << "/policies/2/calendar" << json("weekdays") << ErrorCode::NotFound
                                      << "policies[2].calendar";
    QTest::newRow("warning past the target") << "/policies/0/warning_fractions" << json {0.5, 1.5}
                                             << ErrorCode::OutOfRange << "policies[0].warning_fractions[1]";
    QTest::newRow("warnings descending") << "/policies/0/warning_fractions" << json {0.75, 0.5}
                                         << ErrorCode::InvalidArgument << "policies[0].warning_fractions[1]";
    QTest::newRow("escalations descending")
        << "/policies/1/resolution_escalation_minutes" << json {180, 120} << ErrorCode::InvalidArgument
        << "policies[1].resolution_escalation_minutes[1]";
    QTest::newRow("escalation as text") << "/policies/1/resolution_escalation_minutes" << json {120, "x"}
                                        << ErrorCode::WrongType << "policies[1].resolution_escalation_minutes[1]";
    QTest::newRow("unknown priority") << "/policies/0/priority" << json("urgent") << ErrorCode::UnknownValue
                                      << "policies[0].priority";
    QTest::newRow("unknown field") << "/policies/0/colour" << json("red") << ErrorCode::UnknownField
                                   << "policies[0].colour";
    QTest::newRow("two policies for one priority")
        << "/policies/1/priority" << json("emergency") << ErrorCode::Conflict << "policies[1].category";
    QTest::newRow("priority without fallback")
        << "/policies/0/category" << json("technical") << ErrorCode::MissingField << "policies";
    QTest::newRow("policy id twice") << "/policies/3/id" << json("high") << ErrorCode::Conflict << "policies[3].id";
    QTest::newRow("no calendars") << "/calendars" << removeMember() << ErrorCode::MissingField << "calendars";
}

void TestSlaConfiguration::invalidDocument()
{
    QFETCH(QString, pointer);
    QFETCH(json, value);
    QFETCH(ErrorCode, code);
    QFETCH(QString, field);

    const auto document = mutated(toJson(hss::sla::defaultSlaConfiguration()), pointer.toStdString(), value);
    const auto decoded = hss::sla::slaConfigurationFromJson(document);
    QVERIFY(!decoded.ok());
    QCOMPARE(codeName(decoded.error().code), codeName(code));
    QCOMPARE(QString::fromStdString(decoded.error().field), field);
}

void TestSlaConfiguration::unknownTimeZoneAtCreation()
{
    auto configuration = hss::sla::defaultSlaConfiguration();
    configuration.calendars[1].timeZone = "Mars/Olympus_Mons";
    const auto calculator = hss::sla::SlaCalculator::create(configuration, hss::sla::TimeZoneDatabase());
    QVERIFY(!calculator.ok());
    QCOMPARE(codeName(calculator.error().code), codeName(ErrorCode::NotFound));
    QCOMPARE(QString::fromStdString(calculator.error().field), QStringLiteral("calendars[1].time_zone"));
}

QTEST_GUILESS_MAIN(TestSlaConfiguration)
#include "TestSlaConfiguration.moc"
