// SPDX-License-Identifier: MIT
#include <QtTest>

#include "TestSupport.h"
#include "hss/JsonText.h"
#include "hss/KbArticle.h"

Q_DECLARE_METATYPE(hss::KbArticle)

using hss::ErrorCode;
using hss::test::codeName;
using hss::test::mutated;
using hss::test::qs;
using hss::test::removeMember;
using nlohmann::json;

namespace {

hss::KbArticle sampleArticle()
{
    hss::KbArticle article;
    article.id = hss::Uuid::parse("01a216de-5800-7000-8000-0000000000b1").value();
    article.title = "Configuring dose units";
    article.body = "<h1>Dose units</h1>\n<p>Use <b>µg</b> for paediatric profiles.</p>";
    article.category = hss::KbCategory::MedicalFeatures;
    article.contentType = hss::KbContentType::Video;
    article.status = hss::ArticleStatus::MedicalReview;
    article.language = "de-CH";
    article.version = 3;
    article.videoUrl = "https://media.example.org/kb/dose-units.mp4?t=30";
    article.helpfulVotes = 12;
    article.notHelpfulVotes = 1;
    article.updatedAt = 1'795'680'000'000;
    article.authorId = hss::Uuid::parse("01a216de-5800-7000-8000-0000000000a1").value();
    return article;
}

} // namespace

class TestKbArticle final : public QObject
{
    Q_OBJECT

private slots:
    void roundTripsEveryField_data();
    void roundTripsEveryField();
    void jsonShape();
    void languageTags_data();
    void languageTags();
    void rejectsInvalidJson_data();
    void rejectsInvalidJson();
    void rejectsMalformedText();
    void acceptsArticlesWrittenBeforeTranslations();
    void rejectsInconsistentTranslations_data();
    void rejectsInconsistentTranslations();
};

void TestKbArticle::roundTripsEveryField_data()
{
    QTest::addColumn<hss::KbArticle>("article");

    QTest::newRow("video with url") << sampleArticle();
    hss::KbArticle faq = sampleArticle();
    faq.contentType = hss::KbContentType::Faq;
    faq.status = hss::ArticleStatus::Published;
    faq.videoUrl.reset();
    faq.language = "es";
    faq.body.clear();
    QTest::newRow("faq without url and body") << faq;
    hss::KbArticle translation = faq;
    translation.id = hss::Uuid::parse("01a216de-5800-7000-8000-0000000000b2").value();
    translation.translationOf = faq.id;
    translation.sourceVersion = 2;
    translation.editedBy = hss::Uuid::parse("01a216de-5800-7000-8000-0000000000a2").value();
    QTest::newRow("translation edited by someone else") << translation;
}

void TestKbArticle::roundTripsEveryField()
{
    QFETCH(hss::KbArticle, article);

    QVERIFY(hss::validate(article).ok());
    const auto decoded = hss::decodeJsonText(hss::toJsonText(hss::toJson(article)), &hss::kbArticleFromJson);
    QVERIFY2(decoded.ok(), decoded.ok() ? "" : hss::describe(decoded.error()).c_str());
    QVERIFY(decoded.value() == article);
}

void TestKbArticle::jsonShape()
{
    const json encoded = hss::toJson(sampleArticle());
    QCOMPARE(encoded.size(), std::size_t {16});
    QVERIFY(encoded.at("translation_of").is_null());
    QVERIFY(encoded.at("source_version").is_null());
    QVERIFY(encoded.at("edited_by").is_null());
    QCOMPARE(encoded.at("category"), json("medical_features"));
    QCOMPARE(encoded.at("content_type"), json("video"));
    QCOMPARE(encoded.at("status"), json("medical_review"));
    QCOMPARE(encoded.at("language"), json("de-CH"));
    QCOMPARE(encoded.at("video_url"), json("https://media.example.org/kb/dose-units.mp4?t=30"));
    QCOMPARE(encoded.at("not_helpful_votes"), json(1));
}

void TestKbArticle::languageTags_data()
{
    QTest::addColumn<QString>("tag");
    QTest::addColumn<bool>("valid");

    QTest::newRow("en") << "en" << true;
    QTest::newRow("de") << "de" << true;
    QTest::newRow("fr") << "fr" << true;
    QTest::newRow("es") << "es" << true;
    QTest::newRow("three-letter ast") << "ast" << true;
    QTest::newRow("region pt-BR") << "pt-BR" << true;
    QTest::newRow("UN region es-419") << "es-419" << true;
    QTest::newRow("script zh-Hant") << "zh-Hant" << true;
    QTest::newRow("empty") << "" << false;
    QTest::newRow("uppercase EN") << "EN" << false;
    QTest::newRow("underscore de_CH") << "de_CH" << false;
    QTest::newRow("lowercase region de-ch") << "de-ch" << false;
    QTest::newRow("trailing dash") << "de-" << false;
    QTest::newRow("two subtags") << "zh-Hant-TW" << false;
    QTest::newRow("english word") << "english" << false;
}

void TestKbArticle::languageTags()
{
    QFETCH(QString, tag);
    QFETCH(bool, valid);

    QCOMPARE(hss::isValidLanguageTag(tag.toStdString()), valid);
}

void TestKbArticle::rejectsInvalidJson_data()
{
    QTest::addColumn<QString>("pointer");
    QTest::addColumn<json>("value");
    QTest::addColumn<ErrorCode>("code");
    QTest::addColumn<QString>("field");

    QTest::newRow("unknown category") << "/category" << json("tips") << ErrorCode::UnknownValue << "category";
    QTest::newRow("unknown content type")
        << "/content_type" << json("podcast") << ErrorCode::UnknownValue << "content_type";
    QTest::newRow("unknown status") << "/status" << json("live") << ErrorCode::UnknownValue << "status";
    QTest::newRow("version is a string") << "/version" << json("3") << ErrorCode::WrongType << "version";
    QTest::newRow("votes fractional") << "/helpful_votes" << json(2.5) << ErrorCode::WrongType << "helpful_votes";
    QTest::newRow("video url is an object") << "/video_url" << json::object() << ErrorCode::WrongType << "video_url";
    QTest::newRow("unknown field") << "/tags" << json::array() << ErrorCode::UnknownField << "tags";
    QTest::newRow("missing language") << "/language" << removeMember() << ErrorCode::MissingField << "language";
    QTest::newRow("missing author") << "/author_id" << removeMember() << ErrorCode::MissingField << "author_id";
    QTest::newRow("title 201 characters") << "/title" << json(std::string(201, 't')) << ErrorCode::TooLong << "title";
    QTest::newRow("body over 200000 characters")
        << "/body" << json(std::string(200'001, 'b')) << ErrorCode::TooLong << "body";
    QTest::newRow("title invalid UTF-8") << "/title" << json(std::string("\xff")) << ErrorCode::InvalidEncoding
                                         << "title";
    QTest::newRow("language english") << "/language" << json("english") << ErrorCode::InvalidArgument << "language";
    QTest::newRow("plain http video") << "/video_url" << json("http://media.example.org/a.mp4")
                                      << ErrorCode::InvalidArgument << "video_url";
    QTest::newRow("javascript url") << "/video_url" << json("javascript:alert(1)") << ErrorCode::InvalidArgument
                                    << "video_url";
    QTest::newRow("https without host") << "/video_url" << json("https:///a.mp4") << ErrorCode::InvalidArgument
                                        << "video_url";
    QTest::newRow("url with user info") << "/video_url" << json("https://evil@media.example.org/")
                                        << ErrorCode::InvalidArgument << "video_url";
    QTest::newRow("url with space") << "/video_url" << json("https://media.example.org/a b.mp4")
                                    << ErrorCode::InvalidArgument << "video_url";
    QTest::newRow("url too long") << "/video_url" << json("https://e.org/" + std::string(2'040, 'a'))
                                  << ErrorCode::TooLong << "video_url";
    QTest::newRow("version zero") << "/version" << json(0) << ErrorCode::OutOfRange << "version";
    QTest::newRow("negative votes") << "/not_helpful_votes" << json(-1) << ErrorCode::OutOfRange << "not_helpful_votes";
}

void TestKbArticle::rejectsInvalidJson()
{
    QFETCH(QString, pointer);
    QFETCH(json, value);
    QFETCH(ErrorCode, code);
    QFETCH(QString, field);

    const auto result = hss::kbArticleFromJson(mutated(hss::toJson(sampleArticle()), pointer.toStdString(), value));
    QVERIFY2(!result.ok(), "invalid input was accepted");
    QCOMPARE(codeName(result.error().code), codeName(code));
    QCOMPARE(qs(result.error().field), field);
}

void TestKbArticle::rejectsMalformedText()
{
    const auto result = hss::decodeJsonText("{\"title\": \"Dose units\",}", &hss::kbArticleFromJson);
    QVERIFY(!result.ok());
    QCOMPARE(codeName(result.error().code), QStringLiteral("malformed_json"));
    QCOMPARE(qs(result.error().field), QString());
}

void TestKbArticle::acceptsArticlesWrittenBeforeTranslations()
{
    json older = hss::toJson(sampleArticle());
    older.erase("edited_by");
    older.erase("translation_of");
    older.erase("source_version");
    const auto decoded = hss::kbArticleFromJson(older);
    QVERIFY(decoded.ok());
    QVERIFY(decoded.value() == sampleArticle());
}

void TestKbArticle::rejectsInconsistentTranslations_data()
{
    QTest::addColumn<json>("translationOf");
    QTest::addColumn<json>("sourceVersion");
    QTest::addColumn<ErrorCode>("code");
    QTest::addColumn<QString>("field");

    const json source("01a216de-5800-7000-8000-0000000000c1");
    QTest::newRow("source version without source")
        << json() << json(2) << ErrorCode::InvalidArgument << "source_version";
    QTest::newRow("source without version") << source << json() << ErrorCode::InvalidArgument << "source_version";
    QTest::newRow("translates itself") << json("01a216de-5800-7000-8000-0000000000b1") << json(1)
                                       << ErrorCode::InvalidArgument << "translation_of";
    QTest::newRow("source version zero") << source << json(0) << ErrorCode::OutOfRange << "source_version";
    QTest::newRow("source not a uuid") << json("article-7") << json(1) << ErrorCode::InvalidArgument
                                       << "translation_of";
}

void TestKbArticle::rejectsInconsistentTranslations()
{
    QFETCH(json, translationOf);
    QFETCH(json, sourceVersion);
    QFETCH(ErrorCode, code);
    QFETCH(QString, field);

    json encoded = hss::toJson(sampleArticle());
    encoded["translation_of"] = translationOf;
    encoded["source_version"] = sourceVersion;
    const auto result = hss::kbArticleFromJson(encoded);
    QVERIFY2(!result.ok(), "an inconsistent translation was accepted");
    QCOMPARE(codeName(result.error().code), codeName(code));
    QCOMPARE(qs(result.error().field), field);
}

QTEST_GUILESS_MAIN(TestKbArticle)
#include "TestKbArticle.moc"
