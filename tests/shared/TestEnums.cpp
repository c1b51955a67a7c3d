// SPDX-License-Identifier: MIT
#include <QtTest>
#include <functional>
#include <map>

#include "TestSupport.h"
#include "hss/ArticleStatus.h"
#include "hss/Category.h"
#include "hss/CertificationProgram.h"
#include "hss/Channel.h"
#include "hss/CommentVisibility.h"
#include "hss/EnrollmentStatus.h"
#include "hss/FeedbackCategory.h"
#include "hss/KbCategory.h"
#include "hss/KbContentType.h"
#include "hss/LearningPath.h"
#include "hss/Priority.h"
#include "hss/Role.h"
#include "hss/TicketStatus.h"
#include "hss/Utf8.h"

using hss::test::codeName;
using hss::test::qs;

namespace {

/// Per enum: the wire names in declaration order (after a round trip through fromString), and a parser that
/// reports the error code and field for a text.
struct EnumProbe
{
    std::function<QStringList()> roundTrippedNames;
    std::function<hss::Result<QString>(const std::string&, const std::string&)> parse;
};

template <class E, std::size_t N>
EnumProbe probe(const std::array<E, N>& all, hss::Result<E> (*fromString)(std::string_view, std::string_view))
{
    EnumProbe result;
    result.roundTrippedNames = [all, fromString] {
        QStringList names;
        for (const E value : all) {
            const std::string_view name = hss::toString(value);
            const auto parsed = fromString(name, "x");
            names << (parsed.ok() && parsed.value() == value ? qs(name) : QStringLiteral("<no round trip>"));
        }
        return names;
    };
    result.parse = [fromString](const std::string& text, const std::string& field) -> hss::Result<QString> {
        const auto parsed = fromString(text, field);
        if (!parsed) {
            return parsed.error();
        }
        return qs(hss::toString(parsed.value()));
    };
    return result;
}

const std::map<QString, EnumProbe>& probes()
{
    static const std::map<QString, EnumProbe> all {
        {"Priority", probe(hss::allPriorities, &hss::priorityFromString)},
        {"Category", probe(hss::allCategories, &hss::categoryFromString)},
        {"TicketStatus", probe(hss::allTicketStatuses, &hss::ticketStatusFromString)},
        {"Channel", probe(hss::allChannels, &hss::channelFromString)},
        {"Role", probe(hss::allRoles, &hss::roleFromString)},
        {"CommentVisibility", probe(hss::allCommentVisibilities, &hss::commentVisibilityFromString)},
        {"ArticleStatus", probe(hss::allArticleStatuses, &hss::articleStatusFromString)},
        {"EnrollmentStatus", probe(hss::allEnrollmentStatuses, &hss::enrollmentStatusFromString)},
        {"FeedbackCategory", probe(hss::allFeedbackCategories, &hss::feedbackCategoryFromString)},
        {"KbCategory", probe(hss::allKbCategories, &hss::kbCategoryFromString)},
        {"KbContentType", probe(hss::allKbContentTypes, &hss::kbContentTypeFromString)},
        {"LearningPath", probe(hss::allLearningPaths, &hss::learningPathFromString)},
        {"CertificationProgram", probe(hss::allCertificationPrograms, &hss::certificationProgramFromString)},
    };
    return all;
}

} // namespace

class TestEnums final : public QObject
{
    Q_OBJECT

private slots:
    void wireNames_data();
    void wireNames();
    void rejectsUnknownValues_data();
    void rejectsUnknownValues();
    void defaultFieldNames();
    void severityRank();
    void mostSevereNeverLowers();
    void outOfRangeValueIsABug();
};

void TestEnums::wireNames_data()
{
    QTest::addColumn<QString>("type");
    QTest::addColumn<QStringList>("names");

    QTest::newRow("Priority") << "Priority" << QStringList {"emergency", "critical", "high", "medium", "low"};
    QTest::newRow("Category") << "Category"
                              << QStringList {"technical", "medical_clinical", "compliance_security",
                                              "training_onboarding", "integration"};
    QTest::newRow("TicketStatus") << "TicketStatus"
                                  << QStringList {"new",       "open",     "in_progress", "waiting_on_customer",
                                                  "escalated", "resolved", "closed"};
    QTest::newRow("Channel") << "Channel" << QStringList {"email", "phone", "chat", "web"};
    QTest::newRow("Role") << "Role" << QStringList {"agent", "medical_agent",      "supervisor",
                                                    "admin", "compliance_officer", "learner"};
    QTest::newRow("CommentVisibility") << "CommentVisibility" << QStringList {"public_reply", "internal_note"};
    QTest::newRow("ArticleStatus") << "ArticleStatus"
                                   << QStringList {"draft", "review", "medical_review", "published", "archived"};
    QTest::newRow("EnrollmentStatus") << "EnrollmentStatus"
                                      << QStringList {"enrolled", "in_progress", "completed", "withdrawn"};
    QTest::newRow("FeedbackCategory") << "FeedbackCategory" << QStringList {"product",       "support",  "training",
                                                                            "documentation", "clinical", "other"};
    QTest::newRow("KbCategory") << "KbCategory"
                                << QStringList {"getting_started", "medical_features", "api_integration",
                                                "troubleshooting", "best_practices",   "compliance"};
    QTest::newRow("KbContentType") << "KbContentType"
                                   << QStringList {"article", "video", "faq", "release_notes", "medical_guideline"};
    QTest::newRow("LearningPath") << "LearningPath"
                                  << QStringList {"new_user", "healthcare_professional", "administrator", "developer"};
    QTest::newRow("CertificationProgram")
        << "CertificationProgram"
        << QStringList {"medical_ai", "data_security_specialist", "platform_administrator", "compliance_officer"};
}

void TestEnums::wireNames()
{
    QFETCH(QString, type);
    QFETCH(QStringList, names);

    QVERIFY2(probes().contains(type), qPrintable(type));
    QCOMPARE(probes().at(type).roundTrippedNames(), names);
}

void TestEnums::rejectsUnknownValues_data()
{
    QTest::addColumn<QString>("type");
    QTest::addColumn<QByteArray>("text");

    for (const auto& [type, probe] : probes()) {
        const QString first = probe.roundTrippedNames().front();
        QTest::addRow("%s: empty", qPrintable(type)) << type << QByteArray();
        QTest::addRow("%s: unknown word", qPrintable(type)) << type << QByteArray("bogus");
        QTest::addRow("%s: wrong case", qPrintable(type)) << type << first.toUpper().toUtf8();
        QTest::addRow("%s: padded", qPrintable(type)) << type << (" " + first).toUtf8();
        QTest::addRow("%s: invalid UTF-8", qPrintable(type)) << type << QByteArray("\xc3\x28");
    }
    QTest::newRow("Priority: display name") << "Priority" << QByteArray("Emergency");
    QTest::newRow("Category: camelCase") << "Category" << QByteArray("medicalClinical");
    QTest::newRow("TicketStatus: kebab-case") << "TicketStatus" << QByteArray("in-progress");
}

void TestEnums::rejectsUnknownValues()
{
    QFETCH(QString, type);
    QFETCH(QByteArray, text);

    const auto parsed = probes().at(type).parse(text.toStdString(), "items[3].kind");
    QVERIFY2(!parsed.ok(), qPrintable(QStringLiteral("accepted as ") + (parsed.ok() ? parsed.value() : QString())));
    QCOMPARE(codeName(parsed.error().code), QStringLiteral("unknown_value"));
    QCOMPARE(qs(parsed.error().field), QStringLiteral("items[3].kind"));
    QVERIFY2(hss::isValidUtf8(parsed.error().message), "message must stay valid UTF-8");
    QVERIFY2(parsed.error().message.find('\xc3') == std::string::npos, "raw input bytes leaked into the message");
}

void TestEnums::defaultFieldNames()
{
    QCOMPARE(qs(hss::priorityFromString("x").error().field), QStringLiteral("priority"));
    QCOMPARE(qs(hss::categoryFromString("x").error().field), QStringLiteral("category"));
    QCOMPARE(qs(hss::ticketStatusFromString("x").error().field), QStringLiteral("status"));
    QCOMPARE(qs(hss::channelFromString("x").error().field), QStringLiteral("channel"));
    QCOMPARE(qs(hss::roleFromString("x").error().field), QStringLiteral("role"));
    QCOMPARE(qs(hss::commentVisibilityFromString("x").error().field), QStringLiteral("visibility"));
    QCOMPARE(qs(hss::kbContentTypeFromString("x").error().field), QStringLiteral("content_type"));
    QCOMPARE(qs(hss::learningPathFromString("x").error().field), QStringLiteral("learning_path"));
}

void TestEnums::severityRank()
{
    QCOMPARE(hss::severityRank(hss::Priority::Emergency), 4);
    QCOMPARE(hss::severityRank(hss::Priority::Critical), 3);
    QCOMPARE(hss::severityRank(hss::Priority::High), 2);
    QCOMPARE(hss::severityRank(hss::Priority::Medium), 1);
    QCOMPARE(hss::severityRank(hss::Priority::Low), 0);
}

void TestEnums::mostSevereNeverLowers()
{
    for (const auto a : hss::allPriorities) {
        for (const auto b : hss::allPriorities) {
            const auto winner = hss::mostSevere(a, b);
            QVERIFY(winner == a || winner == b);
            QCOMPARE(hss::severityRank(winner), std::max(hss::severityRank(a), hss::severityRank(b)));
        }
    }
    QVERIFY(hss::mostSevere(hss::Priority::Low, hss::Priority::Emergency) == hss::Priority::Emergency);
}

void TestEnums::outOfRangeValueIsABug()
{
    QVERIFY_THROWS_EXCEPTION(std::invalid_argument, (void)hss::toString(static_cast<hss::Priority>(42)));
    QVERIFY_THROWS_EXCEPTION(std::invalid_argument, (void)hss::toString(static_cast<hss::Role>(-1)));
}

QTEST_GUILESS_MAIN(TestEnums)
#include "TestEnums.moc"
