// SPDX-License-Identifier: MIT
#include <QtTest>

#include "TestSupport.h"
#include "hss/Certificate.h"
#include "hss/JsonText.h"

Q_DECLARE_METATYPE(hss::Certificate)

using hss::ErrorCode;
using hss::test::codeName;
using hss::test::mutated;
using hss::test::qs;
using hss::test::removeMember;
using nlohmann::json;

namespace {

hss::Certificate sampleCertificate()
{
    hss::Certificate certificate;
    certificate.id = hss::Uuid::parse("01a216de-5800-7000-8000-0000000000d1").value();
    certificate.userId = hss::Uuid::parse("01a216de-5800-7000-8000-0000000000a1").value();
    certificate.courseId = hss::Uuid::parse("01a216de-5800-7000-8000-00000000c0c0").value();
    certificate.program = hss::CertificationProgram::DataSecuritySpecialist;
    certificate.issuedAt = 1'795'680'000'000;
    certificate.expiresAt = 1'858'838'400'000; // two years later
    certificate.serial = "HSS-DSS-2026-000123";
    return certificate;
}

} // namespace

class TestCertificate final : public QObject
{
    Q_OBJECT

private slots:
    void roundTripsEveryField_data();
    void roundTripsEveryField();
    void jsonShape();
    void rejectsInvalidJson_data();
    void rejectsInvalidJson();
    void rejectsMalformedText();
};

void TestCertificate::roundTripsEveryField_data()
{
    QTest::addColumn<hss::Certificate>("certificate");

    QTest::newRow("program certificate") << sampleCertificate();
    hss::Certificate completion = sampleCertificate();
    completion.program.reset();
    completion.expiresAt = completion.issuedAt + 1;
    QTest::newRow("completion certificate expiring 1 ms later") << completion;
}

void TestCertificate::roundTripsEveryField()
{
    QFETCH(hss::Certificate, certificate);

    QVERIFY(hss::validate(certificate).ok());
    const auto decoded = hss::decodeJsonText(hss::toJsonText(hss::toJson(certificate)), &hss::certificateFromJson);
    QVERIFY2(decoded.ok(), decoded.ok() ? "" : hss::describe(decoded.error()).c_str());
    QVERIFY(decoded.value() == certificate);
}

void TestCertificate::jsonShape()
{
    const json encoded = hss::toJson(sampleCertificate());
    QCOMPARE(encoded.size(), std::size_t {7});
    QCOMPARE(encoded.at("program"), json("data_security_specialist"));
    QCOMPARE(encoded.at("issued_at"), json("2026-11-26T08:00:00.000Z"));
    QCOMPARE(encoded.at("expires_at"), json("2028-11-26T08:00:00.000Z"));
    QCOMPARE(encoded.at("serial"), json("HSS-DSS-2026-000123"));
}

void TestCertificate::rejectsInvalidJson_data()
{
    QTest::addColumn<QString>("pointer");
    QTest::addColumn<json>("value");
    QTest::addColumn<ErrorCode>("code");
    QTest::addColumn<QString>("field");

    QTest::newRow("unknown program") << "/program" << json("security") << ErrorCode::UnknownValue << "program";
    QTest::newRow("serial is a number") << "/serial" << json(123) << ErrorCode::WrongType << "serial";
    QTest::newRow("unknown field") << "/signature" << json("abc") << ErrorCode::UnknownField << "signature";
    QTest::newRow("missing expiry") << "/expires_at" << removeMember() << ErrorCode::MissingField << "expires_at";
    QTest::newRow("empty serial") << "/serial" << json("") << ErrorCode::MissingField << "serial";
    QTest::newRow("serial 65 characters") << "/serial" << json(std::string(65, '7')) << ErrorCode::TooLong << "serial";
    QTest::newRow("serial invalid UTF-8")
        << "/serial" << json(std::string("HSS-\xf5")) << ErrorCode::InvalidEncoding << "serial";
    QTest::newRow("serial with space") << "/serial" << json("HSS 1") << ErrorCode::InvalidArgument << "serial";
    QTest::newRow("expires when issued") << "/expires_at" << json("2026-11-26T08:00:00.000Z") << ErrorCode::OutOfRange
                                         << "expires_at";
    QTest::newRow("expires before issued")
        << "/expires_at" << json("2020-01-01T00:00:00Z") << ErrorCode::OutOfRange << "expires_at";
    QTest::newRow("issued_at garbage") << "/issued_at" << json("soon") << ErrorCode::InvalidArgument << "issued_at";
}

void TestCertificate::rejectsInvalidJson()
{
    QFETCH(QString, pointer);
    QFETCH(json, value);
    QFETCH(ErrorCode, code);
    QFETCH(QString, field);

    const auto input = mutated(hss::toJson(sampleCertificate()), pointer.toStdString(), value);
    const auto result = hss::certificateFromJson(input);
    QVERIFY2(!result.ok(), "invalid input was accepted");
    QCOMPARE(codeName(result.error().code), codeName(code));
    QCOMPARE(qs(result.error().field), field);
}

void TestCertificate::rejectsMalformedText()
{
    const auto result = hss::decodeJsonText("[", &hss::certificateFromJson);
    QVERIFY(!result.ok());
    QCOMPARE(codeName(result.error().code), QStringLiteral("malformed_json"));
    QCOMPARE(qs(result.error().field), QString());
}

QTEST_GUILESS_MAIN(TestCertificate)
#include "TestCertificate.moc"
