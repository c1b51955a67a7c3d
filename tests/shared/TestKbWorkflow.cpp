// SPDX-License-Identifier: MIT
#include <QtTest>
#include <set>
#include <tuple>

#include "TestSupport.h"
#include "hss/KbWorkflow.h"

Q_DECLARE_METATYPE(hss::ArticleStatus)
Q_DECLARE_METATYPE(hss::Role)

using hss::ArticleStatus;
using hss::KbWorkflow;
using hss::Role;
using hss::test::codeName;

namespace {

/// The review workflow as the editorial team described it, independent of the implementation's switch:
/// (from, to, clinical).
const std::set<std::tuple<ArticleStatus, ArticleStatus, bool>>& allowedSteps()
{
    using S = ArticleStatus;
    static const std::set<std::tuple<S, S, bool>> steps {
        {S::Draft, S::Review, false},
        {S::Draft, S::Review, true},
        {S::Review, S::Draft, false},
        {S::Review, S::Draft, true},
        {S::Review, S::Published, false},
        {S::Review, S::MedicalReview, true},
        {S::MedicalReview, S::Draft, false},
        {S::MedicalReview, S::Draft, true},
        {S::MedicalReview, S::Published, false},
        {S::MedicalReview, S::Published, true},
        {S::Published, S::Archived, false},
        {S::Published, S::Archived, true},
        {S::Archived, S::Draft, false},
        {S::Archived, S::Draft, true},
    };
    return steps;
}

hss::KbArticle articleOf(hss::KbCategory category, hss::KbContentType type)
{
    hss::KbArticle article;
    article.category = category;
    article.contentType = type;
    return article;
}

} // namespace

class TestKbWorkflow final : public QObject
{
    Q_OBJECT

private slots:
    void transitionTable_data();
    void transitionTable();
    void clinicalArticlesCannotSkipMedicalReview();
    void clinicalMeansMedicalFeaturesOrGuidelines();
    void whoMayMakeEachStep_data();
    void whoMayMakeEachStep();
    void approvalsNeedASecondPerson();
    void editingRights_data();
    void editingRights();
    void everyEditGoesBackToDraft();
    void translationsGoStaleWhenTheSourceMovesOn();
};

void TestKbWorkflow::transitionTable_data()
{
    QTest::addColumn<ArticleStatus>("from");
    QTest::addColumn<ArticleStatus>("to");
    QTest::addColumn<bool>("clinical");
    QTest::addColumn<bool>("allowed");

    for (const bool clinical : {false, true}) {
        for (const ArticleStatus from : hss::allArticleStatuses) {
            for (const ArticleStatus to : hss::allArticleStatuses) {
                const std::string name =
                    std::string(toString(from)) + " -> " + std::string(toString(to)) + (clinical ? " (clinical)" : "");
                QTest::newRow(name.c_str())
                    << from << to << clinical << (allowedSteps().count({from, to, clinical}) == 1);
            }
        }
    }
}

void TestKbWorkflow::transitionTable()
{
    QFETCH(ArticleStatus, from);
    QFETCH(ArticleStatus, to);
    QFETCH(bool, clinical);
    QFETCH(bool, allowed);

    QCOMPARE(KbWorkflow::canTransition(from, to, clinical), allowed);
    QCOMPARE(KbWorkflow::checkTransition(from, to, clinical).ok(), allowed);
    const auto next = KbWorkflow::allowedTransitions(from, clinical);
    QCOMPARE(std::find(next.begin(), next.end(), to) != next.end(), allowed);
    if (!allowed) {
        const hss::Status refused = KbWorkflow::checkTransition(from, to, clinical);
        QCOMPARE(codeName(refused.error().code), QStringLiteral("invalid_transition"));
        QVERIFY(refused.error().message.find(std::string(toString(from))) != std::string::npos);
    }
}

void TestKbWorkflow::clinicalArticlesCannotSkipMedicalReview()
{
    const hss::Status refused = KbWorkflow::checkTransition(ArticleStatus::Review, ArticleStatus::Published, true);
    QVERIFY(!refused.ok());
    QVERIFY(refused.error().message.find("medical review") != std::string::npos);
}

void TestKbWorkflow::clinicalMeansMedicalFeaturesOrGuidelines()
{
    using C = hss::KbCategory;
    using T = hss::KbContentType;
    QVERIFY(KbWorkflow::isClinical(articleOf(C::MedicalFeatures, T::Article)));
    QVERIFY(KbWorkflow::isClinical(articleOf(C::Troubleshooting, T::MedicalGuideline)));
    QVERIFY(!KbWorkflow::isClinical(articleOf(C::Compliance, T::Faq)));
    QVERIFY(!KbWorkflow::isClinical(articleOf(C::GettingStarted, T::Video)));
}

void TestKbWorkflow::whoMayMakeEachStep_data()
{
    QTest::addColumn<Role>("role");
    QTest::addColumn<ArticleStatus>("from");
    QTest::addColumn<ArticleStatus>("to");
    QTest::addColumn<bool>("allowed");

    using S = ArticleStatus;
    QTest::newRow("agent submits a draft") << Role::Agent << S::Draft << S::Review << true;
    QTest::newRow("learner cannot submit") << Role::Learner << S::Draft << S::Review << false;
    QTest::newRow("compliance cannot submit") << Role::ComplianceOfficer << S::Draft << S::Review << false;
    QTest::newRow("agent cannot publish") << Role::Agent << S::Review << S::Published << false;
    QTest::newRow("supervisor publishes") << Role::Supervisor << S::Review << S::Published << true;
    QTest::newRow("admin sends to medical review") << Role::Admin << S::Review << S::MedicalReview << true;
    QTest::newRow("medical agent cannot approve review") << Role::MedicalAgent << S::Review << S::Published << false;
    QTest::newRow("medical agent publishes after medical review")
        << Role::MedicalAgent << S::MedicalReview << S::Published << true;
    QTest::newRow("supervisor cannot sign off medical review")
        << Role::Supervisor << S::MedicalReview << S::Published << false;
    QTest::newRow("admin cannot sign off medical review") << Role::Admin << S::MedicalReview << S::Published << false;
    QTest::newRow("agent cannot archive") << Role::Agent << S::Published << S::Archived << false;
    QTest::newRow("supervisor archives") << Role::Supervisor << S::Published << S::Archived << true;
    QTest::newRow("admin revives archived") << Role::Admin << S::Archived << S::Draft << true;
}

void TestKbWorkflow::whoMayMakeEachStep()
{
    QFETCH(Role, role);
    QFETCH(ArticleStatus, from);
    QFETCH(ArticleStatus, to);
    QFETCH(bool, allowed);

    const std::vector<Role> roles {role};
    QCOMPARE(KbWorkflow::mayTransition(roles, from, to), allowed);
}

void TestKbWorkflow::approvalsNeedASecondPerson()
{
    using S = ArticleStatus;
    QVERIFY(KbWorkflow::needsSecondPerson(S::Review, S::Published));
    QVERIFY(KbWorkflow::needsSecondPerson(S::Review, S::MedicalReview));
    QVERIFY(KbWorkflow::needsSecondPerson(S::MedicalReview, S::Published));
    QVERIFY(!KbWorkflow::needsSecondPerson(S::Review, S::Draft));
    QVERIFY(!KbWorkflow::needsSecondPerson(S::Draft, S::Review));
    QVERIFY(!KbWorkflow::needsSecondPerson(S::Published, S::Archived));
}

void TestKbWorkflow::editingRights_data()
{
    QTest::addColumn<Role>("role");
    QTest::addColumn<ArticleStatus>("status");
    QTest::addColumn<bool>("mayEdit");

    using S = ArticleStatus;
    QTest::newRow("agent edits a draft") << Role::Agent << S::Draft << true;
    QTest::newRow("agent cannot edit published") << Role::Agent << S::Published << false;
    QTest::newRow("supervisor edits published") << Role::Supervisor << S::Published << true;
    QTest::newRow("admin edits archived") << Role::Admin << S::Archived << true;
    QTest::newRow("nobody edits under review") << Role::Admin << S::Review << false;
    QTest::newRow("nobody edits under medical review") << Role::MedicalAgent << S::MedicalReview << false;
    QTest::newRow("learner cannot edit a draft") << Role::Learner << S::Draft << false;
}

void TestKbWorkflow::editingRights()
{
    QFETCH(Role, role);
    QFETCH(ArticleStatus, status);
    QFETCH(bool, mayEdit);

    const std::vector<Role> roles {role};
    QCOMPARE(KbWorkflow::mayEdit(roles, status), mayEdit);
    QCOMPARE(KbWorkflow::mayCreate(roles), role != Role::Learner && role != Role::ComplianceOfficer);
    QCOMPARE(KbWorkflow::seesUnpublished(roles), KbWorkflow::mayCreate(roles));
}

void TestKbWorkflow::everyEditGoesBackToDraft()
{
    for (const ArticleStatus status : hss::allArticleStatuses) {
        QVERIFY(KbWorkflow::statusAfterEdit(status) == ArticleStatus::Draft);
    }
}

void TestKbWorkflow::translationsGoStaleWhenTheSourceMovesOn()
{
    hss::KbArticle source;
    source.id = hss::Uuid::parse("01a216de-5800-7000-8000-0000000000c1").value();
    source.version = 4;
    hss::KbArticle translation;
    translation.id = hss::Uuid::parse("01a216de-5800-7000-8000-0000000000c2").value();
    translation.translationOf = source.id;
    translation.sourceVersion = 4;
    QVERIFY(!KbWorkflow::isStale(translation, source));
    source.version = 5;
    QVERIFY(KbWorkflow::isStale(translation, source));
    hss::KbArticle other = source;
    other.id = hss::Uuid::parse("01a216de-5800-7000-8000-0000000000c3").value();
    QVERIFY2(!KbWorkflow::isStale(translation, other), "staleness is only judged against the article's own source");
    QVERIFY(!KbWorkflow::isStale(source, source));
}

QTEST_GUILESS_MAIN(TestKbWorkflow)
#include "TestKbWorkflow.moc"
