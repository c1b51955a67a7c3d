// SPDX-License-Identifier: MIT
// The administration pages' table models under QAbstractItemModelTester: SLA policies (in-place target edits with
// the bounds the server applies), the escalation matrix (people typed by user name, stored as ids; channels
// checked), user accounts and notification channels (test outcomes).
#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QtTest>

#include "hss/sla/SlaConfiguration.h"
#include "ui/models/AdminUserTableModel.h"
#include "ui/models/EscalationMatrixTableModel.h"
#include "ui/models/NotificationChannelTableModel.h"
#include "ui/models/SlaPolicyTableModel.h"

using namespace hss::client;

class TestAdminModels final : public QObject
{
    Q_OBJECT

private slots:
    void slaPolicies();
    void slaFieldColumns();
    void escalationMatrix();
    void users();
    void notificationChannels();
};

void TestAdminModels::slaPolicies()
{
    SlaPolicyTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const hss::sla::SlaConfiguration defaults = hss::sla::defaultSlaConfiguration();
    model.setPolicies(defaults.policies);
    QCOMPARE(model.rowCount(), static_cast<int>(defaults.policies.size()));
    QCOMPARE(model.columnCount(), static_cast<int>(SlaPolicyTableModel::ColumnCount));
    const int emergency = model.rowOf(defaults.policies.front().id);
    QCOMPARE(emergency, 0);
    const QModelIndex resolution = model.index(emergency, SlaPolicyTableModel::Resolution);
    QCOMPARE(model.data(resolution).toLongLong(), 30);
    QVERIFY(model.flags(resolution) & Qt::ItemIsEditable);
    QVERIFY(!(model.flags(model.index(0, SlaPolicyTableModel::Priority)) & Qt::ItemIsEditable));

    QSignalSpy edited(&model, &SlaPolicyTableModel::edited);
    QVERIFY(model.setData(resolution, 25));
    QCOMPARE(model.policies().front().resolution.minutes, 25);
    QCOMPARE(edited.count(), 1);
    // Out of bounds or not a number: refused, the value stays.
    QVERIFY(!model.setData(resolution, 0));
    QVERIFY(!model.setData(resolution, QStringLiteral("soon")));
    QVERIFY(!model.setData(resolution, QVariant::fromValue<qlonglong>(hss::sla::targetMinutesMax + 1)));
    QCOMPARE(model.policies().front().resolution.minutes, 25);
    QCOMPARE(edited.count(), 1);

    const QModelIndex escalations = model.index(1, SlaPolicyTableModel::ResolutionEscalations);
    QVERIFY(model.setData(escalations, QStringLiteral("60, 90")));
    QCOMPARE(model.policies().at(1).resolution.escalationMinutes, (std::vector<std::int64_t> {60, 90}));
    QCOMPARE(model.data(escalations).toString(), QStringLiteral("60, 90"));
    QVERIFY(!model.setData(escalations, QStringLiteral("60, x")));
    QVERIFY(!model.setData(model.index(0, SlaPolicyTableModel::Calendar), QStringLiteral("  ")));
}

void TestAdminModels::slaFieldColumns()
{
    QCOMPARE(SlaPolicyTableModel::columnOf(QStringLiteral("resolution_minutes")), int(SlaPolicyTableModel::Resolution));
    QCOMPARE(SlaPolicyTableModel::columnOf(QStringLiteral("resolution_escalation_minutes")),
             int(SlaPolicyTableModel::ResolutionEscalations));
    QCOMPARE(SlaPolicyTableModel::columnOf(QStringLiteral("first_response_minutes")),
             int(SlaPolicyTableModel::FirstResponse));
    QCOMPARE(SlaPolicyTableModel::columnOf(QStringLiteral("calendar")), int(SlaPolicyTableModel::Calendar));
    QCOMPARE(SlaPolicyTableModel::columnOf(QStringLiteral("nonsense")), -1);
}

void TestAdminModels::escalationMatrix()
{
    EscalationMatrixTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const QString amirId = QStringLiteral("0190a000-0000-7000-8000-000000000001");
    model.setLevels({{1, QStringLiteral("clinical"), {amirId}, {QStringLiteral("email")}}});
    QCOMPARE(model.data(model.index(0, EscalationMatrixTableModel::People)).toString(), amirId);
    model.setUserNames({{amirId, QStringLiteral("amir")}});
    QCOMPARE(model.data(model.index(0, EscalationMatrixTableModel::People)).toString(), QStringLiteral("amir"));

    QCOMPARE(model.addLevel(), 1);
    QCOMPARE(model.levels().at(1).level, 2);
    QCOMPARE(model.levels().at(1).team, QStringLiteral("clinical"));
    QVERIFY(model.setData(model.index(1, EscalationMatrixTableModel::People), QStringLiteral("amir, stranger")));
    QCOMPARE(model.levels().at(1).people, (QStringList {amirId, QStringLiteral("stranger")}));
    QVERIFY(model.setData(model.index(1, EscalationMatrixTableModel::Channels), QStringLiteral("SMS, slack")));
    QCOMPARE(model.levels().at(1).channels, (QStringList {QStringLiteral("sms"), QStringLiteral("slack")}));
    QVERIFY(!model.setData(model.index(1, EscalationMatrixTableModel::Channels), QStringLiteral("pager")));
    QVERIFY(!model.setData(model.index(1, EscalationMatrixTableModel::Level), 0));
    model.removeLevel(0);
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.levels().front().level, 2);
    model.removeLevel(5); // out of range: nothing happens
    QCOMPARE(model.rowCount(), 1);
}

void TestAdminModels::users()
{
    AdminUserTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    hss::User amir;
    amir.id = hss::Uuid::createV7();
    amir.username = "amir";
    amir.displayName = "Amir Haddad";
    amir.email = "amir@clinic.example";
    amir.roles = {hss::Role::Agent, hss::Role::Supervisor};
    amir.teams = {"front-desk"};
    model.setUsers({amir});
    QCOMPARE(model.data(model.index(0, AdminUserTableModel::Roles)).toString(), QStringLiteral("agent, supervisor"));
    QCOMPARE(model.data(model.index(0, AdminUserTableModel::Active), Qt::CheckStateRole).toInt(), int(Qt::Checked));
    amir.active = false;
    model.upsert(amir);
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.data(model.index(0, AdminUserTableModel::Active)).toString(), QStringLiteral("Disabled"));
    hss::User bea = amir;
    bea.id = hss::Uuid::createV7();
    bea.username = "bea";
    model.upsert(bea);
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.rowOfUserName(QStringLiteral("bea")), 1);
    QCOMPARE(model.rowOfUserName(QStringLiteral("nobody")), -1);
}

void TestAdminModels::notificationChannels()
{
    NotificationChannelTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    NotificationChannelInfo email;
    email.channel = QStringLiteral("email");
    email.enabled = true;
    email.target = QStringLiteral("smtp.clinic.example");
    email.sent = 4;
    NotificationChannelInfo sms;
    sms.channel = QStringLiteral("sms");
    model.setChannels({email, sms});
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.data(model.index(0, NotificationChannelTableModel::Sent)).toLongLong(), 4);
    QCOMPARE(model.data(model.index(1, NotificationChannelTableModel::Enabled)).toString(), QStringLiteral("Disabled"));
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    model.setTestOutcome(QStringLiteral("sms"), QStringLiteral("Failed: gateway refused"));
    QCOMPARE(changed.count(), 1);
    QCOMPARE(model.data(model.index(1, NotificationChannelTableModel::LastTest)).toString(),
             QStringLiteral("Failed: gateway refused"));
    QVERIFY(model.data(model.index(0, NotificationChannelTableModel::LastTest)).toString().isEmpty());
}

QTEST_MAIN(TestAdminModels)
#include "TestAdminModels.moc"
