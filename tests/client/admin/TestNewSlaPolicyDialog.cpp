// SPDX-License-Identifier: MIT
// Adding an SLA policy: a pair that has its own policy cannot be added twice, the new one starts with the targets
// of the policy covering its tickets today, its id is unique, and the policy table grows and shrinks under
// QAbstractItemModelTester.
#include <QAbstractItemModelTester>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QtTest>

#include "hss/sla/SlaConfiguration.h"
#include "ui/admin/NewSlaPolicyDialog.h"
#include "ui/models/SlaPolicyTableModel.h"

using namespace hss;
using namespace hss::client;

class TestNewSlaPolicyDialog final : public QObject
{
    Q_OBJECT

private slots:
    void existingPairIsRefused();
    void newPolicyStartsFromCoveringOne();
    void idsStayUnique();
    void tableAddsAndRemoves();
};

void TestNewSlaPolicyDialog::existingPairIsRefused()
{
    NewSlaPolicyDialog dialog(sla::defaultSlaConfiguration());
    dialog.setPriority(Priority::High);
    dialog.setCategory(Category::MedicalClinical); // shipped: high-medical-clinical
    QVERIFY(!dialog.findChild<QPushButton*>(QStringLiteral("newPolicyAdd"))->isEnabled());
    QVERIFY(dialog.findChild<QLabel*>(QStringLiteral("newPolicyNote"))
                ->text()
                .contains(QStringLiteral("high-medical-clinical")));
    QVERIFY(!dialog.policy().has_value());
    dialog.setCategory(std::nullopt); // the fallback "high" exists too
    QVERIFY(!dialog.policy().has_value());
}

void TestNewSlaPolicyDialog::newPolicyStartsFromCoveringOne()
{
    sla::SlaConfiguration configuration = sla::defaultSlaConfiguration();
    NewSlaPolicyDialog dialog(configuration);
    dialog.setPriority(Priority::Critical);
    dialog.setCategory(Category::Integration);
    QVERIFY(dialog.findChild<QPushButton*>(QStringLiteral("newPolicyAdd"))->isEnabled());
    const auto policy = dialog.policy();
    QVERIFY(policy.has_value());
    const sla::SlaPolicy* covering = configuration.policyFor(Priority::Critical, Category::Integration);
    QVERIFY(covering);
    QCOMPARE(policy->id, std::string("critical-integration"));
    QVERIFY(policy->priority == Priority::Critical);
    QVERIFY(policy->category == Category::Integration);
    QCOMPARE(policy->calendarId, covering->calendarId);
    QVERIFY(policy->resolution == covering->resolution);
    QVERIFY(policy->firstResponse == covering->firstResponse);

    // With it added, the configuration is still valid.
    configuration.policies.push_back(*policy);
    QVERIFY(sla::validate(configuration));
}

void TestNewSlaPolicyDialog::idsStayUnique()
{
    std::vector<sla::SlaPolicy> policies(2);
    policies[0].id = "low-integration";
    policies[1].id = "low-integration-2";
    QCOMPARE(NewSlaPolicyDialog::uniqueId(policies, Priority::Low, Category::Integration),
             std::string("low-integration-3"));
    QCOMPARE(NewSlaPolicyDialog::uniqueId(policies, Priority::Low, Category::ComplianceSecurity),
             std::string("low-compliance-security"));
    QCOMPARE(NewSlaPolicyDialog::uniqueId(policies, Priority::Low, std::nullopt), std::string("low"));
}

void TestNewSlaPolicyDialog::tableAddsAndRemoves()
{
    SlaPolicyTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setPolicies(sla::defaultSlaConfiguration().policies);
    const int before = model.rowCount();
    QSignalSpy edited(&model, &SlaPolicyTableModel::edited);
    sla::SlaPolicy added = model.policies().front();
    added.id = "emergency-extra";
    QCOMPARE(model.addPolicy(added), before);
    QCOMPARE(model.rowCount(), before + 1);
    QCOMPARE(model.rowOf("emergency-extra"), before);
    model.removePolicy(0);
    QCOMPARE(model.rowCount(), before);
    QCOMPARE(model.rowOf("emergency-extra"), before - 1);
    model.removePolicy(before); // out of range: nothing
    QCOMPARE(model.rowCount(), before);
    QCOMPARE(edited.count(), 2);
}

QTEST_MAIN(TestNewSlaPolicyDialog)
#include "TestNewSlaPolicyDialog.moc"
