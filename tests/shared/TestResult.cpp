// SPDX-License-Identifier: MIT
#include <QtTest>
#include <set>
#include <string>

#include "TestSupport.h"
#include "hss/Result.h"

using hss::test::codeName;
using hss::test::qs;

class TestResult final : public QObject
{
    Q_OBJECT

private slots:
    void errorCodeNames_data();
    void errorCodeNames();
    void errorCodeNamesAreUnique();
    void unknownErrorCodeName();
    void successHoldsValue();
    void failureHoldsError();
    void wrongAccessThrows();
    void voidResult();
    void fieldPrefix_data();
    void fieldPrefix();
    void describeError();
};

void TestResult::errorCodeNames_data()
{
    QTest::addColumn<hss::ErrorCode>("code");
    QTest::addColumn<QString>("name");

    QTest::newRow("invalid argument") << hss::ErrorCode::InvalidArgument << "invalid_argument";
    QTest::newRow("missing field") << hss::ErrorCode::MissingField << "missing_field";
    QTest::newRow("unknown value") << hss::ErrorCode::UnknownValue << "unknown_value";
    QTest::newRow("too long") << hss::ErrorCode::TooLong << "too_long";
    QTest::newRow("out of range") << hss::ErrorCode::OutOfRange << "out_of_range";
    QTest::newRow("invalid transition") << hss::ErrorCode::InvalidTransition << "invalid_transition";
    QTest::newRow("malformed json") << hss::ErrorCode::MalformedJson << "malformed_json";
    QTest::newRow("wrong type") << hss::ErrorCode::WrongType << "wrong_type";
    QTest::newRow("unknown field") << hss::ErrorCode::UnknownField << "unknown_field";
    QTest::newRow("not found") << hss::ErrorCode::NotFound << "not_found";
    QTest::newRow("conflict") << hss::ErrorCode::Conflict << "conflict";
    QTest::newRow("internal") << hss::ErrorCode::Internal << "internal";
    QTest::newRow("invalid encoding") << hss::ErrorCode::InvalidEncoding << "invalid_encoding";
}

void TestResult::errorCodeNames()
{
    QFETCH(hss::ErrorCode, code);
    QFETCH(QString, name);

    QCOMPARE(codeName(code), name);
    const auto parsed = hss::errorCodeFromName(name.toStdString());
    QVERIFY(parsed.has_value());
    QCOMPARE(codeName(*parsed), name);
}

void TestResult::errorCodeNamesAreUnique()
{
    std::set<std::string_view> names;
    for (int i = 0; i <= static_cast<int>(hss::ErrorCode::InvalidEncoding); ++i) {
        names.insert(hss::errorCodeName(static_cast<hss::ErrorCode>(i)));
    }
    QCOMPARE(names.size(), std::size_t {13});
}

void TestResult::unknownErrorCodeName()
{
    QVERIFY(!hss::errorCodeFromName("Invalid_Argument").has_value());
    QVERIFY(!hss::errorCodeFromName("").has_value());
    QVERIFY_THROWS_EXCEPTION(std::invalid_argument, hss::errorCodeName(static_cast<hss::ErrorCode>(999)));
}

void TestResult::successHoldsValue()
{
    hss::Result<std::string> result = "hello";
    QVERIFY(result.ok());
    QVERIFY(static_cast<bool>(result));
    QCOMPARE(qs(result.value()), QStringLiteral("hello"));
    QCOMPARE(qs(result.valueOr("fallback")), QStringLiteral("hello"));
    const std::string moved = std::move(result).value();
    QCOMPARE(qs(moved), QStringLiteral("hello"));
}

void TestResult::failureHoldsError()
{
    const hss::Result<int> result = hss::Error {hss::ErrorCode::TooLong, "title", "too long"};
    QVERIFY(!result.ok());
    QVERIFY(!result);
    QCOMPARE(codeName(result.error().code), QStringLiteral("too_long"));
    QCOMPARE(qs(result.error().field), QStringLiteral("title"));
    QCOMPARE(result.valueOr(7), 7);
}

void TestResult::wrongAccessThrows()
{
    const hss::Result<int> failure = hss::Error {hss::ErrorCode::Internal, {}, "boom"};
    QVERIFY_THROWS_EXCEPTION(hss::BadResultAccess, (void)failure.value());
    const hss::Result<int> success = 3;
    QVERIFY_THROWS_EXCEPTION(hss::BadResultAccess, (void)success.error());
}

void TestResult::voidResult()
{
    const hss::Status ok = hss::okStatus();
    QVERIFY(ok.ok());
    QVERIFY_THROWS_EXCEPTION(hss::BadResultAccess, (void)ok.error());
    const hss::Status failed = hss::Error {hss::ErrorCode::Conflict, "revision", "stale"};
    QVERIFY(!failed);
    QCOMPARE(qs(failed.error().message), QStringLiteral("stale"));
}

void TestResult::fieldPrefix_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("prefix");
    QTest::addColumn<QString>("expected");

    QTest::newRow("nested field") << "title"
                                  << "modules[2]."
                                  << "modules[2].title";
    QTest::newRow("whole element") << ""
                                   << "modules[2]."
                                   << "modules[2]";
    QTest::newRow("empty prefix") << "title"
                                  << ""
                                  << "title";
}

void TestResult::fieldPrefix()
{
    QFETCH(QString, field);
    QFETCH(QString, prefix);
    QFETCH(QString, expected);

    const auto error =
        hss::withFieldPrefix(hss::Error {hss::ErrorCode::TooLong, field.toStdString(), "m"}, prefix.toStdString());
    QCOMPARE(qs(error.field), expected);
    QCOMPARE(codeName(error.code), QStringLiteral("too_long"));
}

void TestResult::describeError()
{
    QCOMPARE(qs(hss::describe(hss::Error {hss::ErrorCode::TooLong, "title", "201 > 200"})),
             QStringLiteral("too_long: title: 201 > 200"));
    QCOMPARE(qs(hss::describe(hss::Error {hss::ErrorCode::MalformedJson, {}, "at byte 3"})),
             QStringLiteral("malformed_json: at byte 3"));
}

QTEST_GUILESS_MAIN(TestResult)
#include "TestResult.moc"
