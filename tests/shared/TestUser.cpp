// SPDX-License-Identifier: MIT
#include <QtTest>

#include "TestSupport.h"
#include "hss/JsonText.h"
#include "hss/User.h"

Q_DECLARE_METATYPE(hss::User)

using hss::ErrorCode;
using hss::test::codeName;
using hss::test::mutated;
using hss::test::qs;
using hss::test::removeMember;
using nlohmann::json;

namespace {

hss::User sampleUser()
{
    hss::User user;
    user.id = hss::Uuid::parse("01a216de-5800-7000-8000-0000000000a1").value();
    user.username = "a.novak";
    user.displayName = "Ana Novák";
    user.email = "ana.novak@support.example.com";
    user.roles = {hss::Role::MedicalAgent, hss::Role::Supervisor};
    user.teams = {"Medical Support", "Night shift"};
    user.active = true;
    user.totpEnabled = true;
    user.createdAt = 1'795'680'000'000;
    return user;
}

} // namespace

class TestUser final : public QObject
{
    Q_OBJECT

private slots:
    void roundTripsEveryField_data();
    void roundTripsEveryField();
    void jsonShape();
    void usernames_data();
    void usernames();
    void rejectsInvalidJson_data();
    void rejectsInvalidJson();
    void rejectsMalformedText();
};

void TestUser::roundTripsEveryField_data()
{
    QTest::addColumn<hss::User>("user");

    QTest::newRow("supervisor with two teams") << sampleUser();
    hss::User learner = sampleUser();
    learner.roles = {hss::Role::Learner};
    learner.teams.clear();
    learner.active = false;
    learner.totpEnabled = false;
    QTest::newRow("inactive learner without teams") << learner;
    hss::User everything = sampleUser();
    everything.roles = {hss::allRoles.begin(), hss::allRoles.end()};
    QTest::newRow("every role") << everything;
}

void TestUser::roundTripsEveryField()
{
    QFETCH(hss::User, user);

    QVERIFY(hss::validate(user).ok());
    const auto decoded = hss::decodeJsonText(hss::toJsonText(hss::toJson(user)), &hss::userFromJson);
    QVERIFY2(decoded.ok(), decoded.ok() ? "" : hss::describe(decoded.error()).c_str());
    QVERIFY(decoded.value() == user);
}

void TestUser::jsonShape()
{
    const json encoded = hss::toJson(sampleUser());
    QCOMPARE(encoded.size(), std::size_t {9});
    QCOMPARE(encoded.at("roles"), json({"medical_agent", "supervisor"}));
    QCOMPARE(encoded.at("teams"), json({"Medical Support", "Night shift"}));
    QCOMPARE(encoded.at("totp_enabled"), json(true));
    QCOMPARE(encoded.at("display_name"), json("Ana Novák"));
    QVERIFY(!encoded.contains("password"));
    QVERIFY(!encoded.contains("password_hash"));
    QVERIFY(sampleUser().hasRole(hss::Role::Supervisor));
    QVERIFY(!sampleUser().hasRole(hss::Role::Admin));
}

void TestUser::usernames_data()
{
    QTest::addColumn<QString>("username");
    QTest::addColumn<bool>("valid");

    QTest::newRow("dotted") << "a.novak" << true;
    QTest::newRow("digits and dash") << "agent-07_b" << true;
    QTest::newRow("three characters") << "abc" << true;
    QTest::newRow("64 characters") << QString(64, QLatin1Char('u')) << true;
    QTest::newRow("two characters") << "ab" << false;
    QTest::newRow("65 characters") << QString(65, QLatin1Char('u')) << false;
    QTest::newRow("uppercase") << "ANovak" << false;
    QTest::newRow("space") << "a novak" << false;
    QTest::newRow("at sign") << "ana@x" << false;
    QTest::newRow("umlaut") << QString::fromUtf8("j\xc3\xbcrgen") << false;
}

void TestUser::usernames()
{
    QFETCH(QString, username);
    QFETCH(bool, valid);

    QCOMPARE(hss::isValidUsername(username.toStdString()), valid);
}

void TestUser::rejectsInvalidJson_data()
{
    QTest::addColumn<QString>("pointer");
    QTest::addColumn<json>("value");
    QTest::addColumn<ErrorCode>("code");
    QTest::addColumn<QString>("field");

    QTest::newRow("unknown role") << "/roles/1" << json("root") << ErrorCode::UnknownValue << "roles[1]";
    QTest::newRow("trainee is not a wire name")
        << "/roles/0" << json("trainee") << ErrorCode::UnknownValue << "roles[0]";
    QTest::newRow("roles is a string") << "/roles" << json("admin") << ErrorCode::WrongType << "roles";
    QTest::newRow("role is a number") << "/roles/0" << json(3) << ErrorCode::WrongType << "roles[0]";
    QTest::newRow("active is a string") << "/active" << json("yes") << ErrorCode::WrongType << "active";
    QTest::newRow("totp is a number") << "/totp_enabled" << json(1) << ErrorCode::WrongType << "totp_enabled";
    QTest::newRow("team is null") << "/teams/1" << json(nullptr) << ErrorCode::WrongType << "teams[1]";
    QTest::newRow("password field") << "/password" << json("hunter2") << ErrorCode::UnknownField << "password";
    QTest::newRow("password hash field") << "/password_hash" << json("$argon2id$v=19$...") << ErrorCode::UnknownField
                                         << "password_hash";
    QTest::newRow("missing email") << "/email" << removeMember() << ErrorCode::MissingField << "email";
    QTest::newRow("missing active flag") << "/active" << removeMember() << ErrorCode::MissingField << "active";
    QTest::newRow("no roles") << "/roles" << json::array() << ErrorCode::MissingField << "roles";
    QTest::newRow("empty email") << "/email" << json("") << ErrorCode::MissingField << "email";
    QTest::newRow("display name 121 characters")
        << "/display_name" << json(std::string(121, 'd')) << ErrorCode::TooLong << "display_name";
    QTest::newRow("email 255 characters")
        << "/email" << json(std::string(245, 'e') + "@x.example") << ErrorCode::TooLong << "email";
    QTest::newRow("team 121 characters") << "/teams/0" << json(std::string(121, 't')) << ErrorCode::TooLong
                                         << "teams[0]";
    QTest::newRow("username 65 characters")
        << "/username" << json(std::string(65, 'u')) << ErrorCode::TooLong << "username";
    QTest::newRow("display name invalid UTF-8")
        << "/display_name" << json(std::string("Nov\xe1k")) << ErrorCode::InvalidEncoding << "display_name";
    QTest::newRow("team invalid UTF-8") << "/teams/1" << json(std::string("\xc0\x80")) << ErrorCode::InvalidEncoding
                                        << "teams[1]";
    QTest::newRow("uppercase username") << "/username" << json("A.Novak") << ErrorCode::InvalidArgument << "username";
    QTest::newRow("username too short") << "/username" << json("an") << ErrorCode::InvalidArgument << "username";
    QTest::newRow("email with two at signs")
        << "/email" << json("ana@@example.com") << ErrorCode::InvalidArgument << "email";
    QTest::newRow("email with space") << "/email" << json("ana novak@example.com") << ErrorCode::InvalidArgument
                                      << "email";
    QTest::newRow("duplicate role") << "/roles/1" << json("medical_agent") << ErrorCode::Conflict << "roles[1]";
    QTest::newRow("duplicate team") << "/teams/1" << json("Medical Support") << ErrorCode::Conflict << "teams[1]";
}

void TestUser::rejectsInvalidJson()
{
    QFETCH(QString, pointer);
    QFETCH(json, value);
    QFETCH(ErrorCode, code);
    QFETCH(QString, field);

    const auto result = hss::userFromJson(mutated(hss::toJson(sampleUser()), pointer.toStdString(), value));
    QVERIFY2(!result.ok(), "invalid input was accepted");
    QCOMPARE(codeName(result.error().code), codeName(code));
    QCOMPARE(qs(result.error().field), field);
}

void TestUser::rejectsMalformedText()
{
    const auto result = hss::decodeJsonText("{\"username\": \"a.novak\" \"email\": \"x\"}", &hss::userFromJson);
    QVERIFY(!result.ok());
    QCOMPARE(codeName(result.error().code), QStringLiteral("malformed_json"));
    QCOMPARE(qs(result.error().field), QString());
}

QTEST_GUILESS_MAIN(TestUser)
#include "TestUser.moc"
