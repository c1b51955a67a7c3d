// SPDX-License-Identifier: MIT
#include <QAbstractItemModelTester>
#include <QTableView>
#include <QtTest>

#include "core/ServerConnection.h"
#include "core/ServerHealth.h"
#include "ui/dashboard/SystemHealthWidget.h"
#include "ui/models/ServiceStatusTableModel.h"

using namespace hss::client;

/// The system health page shows what the connection's health checks report, and follows them.
class TestSystemHealthPage final : public QObject
{
    Q_OBJECT

private slots:
    void showsTheLastHealthReport();
};

void TestSystemHealthPage::showsTheLastHealthReport()
{
    ServerConnection connection;
    SystemHealthWidget page(connection);
    QAbstractItemModelTester tester(page.model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    auto* view = page.findChild<QTableView*>(QStringLiteral("serviceStatusView"));
    QVERIFY(view);
    const auto cell = [view](int row, int column) { return view->model()->index(row, column).data().toString(); };
    QCOMPARE(cell(ServiceStatusTableModel::Connection, ServiceStatusTableModel::Status),
             QStringLiteral("not configured"));
    QCOMPARE(cell(ServiceStatusTableModel::Server, ServiceStatusTableModel::Status), QStringLiteral("unknown"));

    QString error;
    const auto health =
        ServerHealth::fromJson(R"({"status":"degraded","version":"1.4.0","protocolVersion":3,"uptimeSeconds":7300,
        "services":{"database":{"status":"down","backend":"postgresql"}}})",
                               &error);
    QVERIFY2(health, qPrintable(error));
    emit connection.healthUpdated(*health);
    QCOMPARE(cell(ServiceStatusTableModel::Server, ServiceStatusTableModel::Status), QStringLiteral("degraded"));
    QCOMPARE(cell(ServiceStatusTableModel::Server, ServiceStatusTableModel::Detail),
             QStringLiteral("version 1.4.0, protocol 3, up 2 h"));
    QCOMPARE(cell(ServiceStatusTableModel::Database, ServiceStatusTableModel::Status), QStringLiteral("down"));
    QCOMPARE(cell(ServiceStatusTableModel::Database, ServiceStatusTableModel::Detail), QStringLiteral("postgresql"));
}

QTEST_MAIN(TestSystemHealthPage)
#include "TestSystemHealthPage.moc"
