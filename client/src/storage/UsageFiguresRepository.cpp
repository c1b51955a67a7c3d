// SPDX-License-Identifier: MIT
#include "UsageFiguresRepository.h"

#include <QSqlError>
#include <QSqlQuery>

#include "ValueConversions.h"

namespace hss::client {

UsageFiguresRepository::UsageFiguresRepository(QSqlDatabase db)
    : m_db(std::move(db))
{ }

std::optional<StoreError> UsageFiguresRepository::upsert(const UsageReport& report)
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("INSERT OR REPLACE INTO usage_figures (id, period_start, period_end,"
                                 " active_professionals, licensed_professionals, site, note, recorded_at)"
                                 " VALUES (?, ?, ?, ?, ?, ?, ?, ?)"));
    query.addBindValue(toQString(report.id.toString()));
    query.addBindValue(static_cast<qint64>(report.figures.period.from));
    query.addBindValue(static_cast<qint64>(report.figures.period.to));
    query.addBindValue(static_cast<qint64>(report.figures.activeProfessionals));
    query.addBindValue(static_cast<qint64>(report.figures.licensedProfessionals));
    query.addBindValue(toQString(report.site));
    query.addBindValue(toQString(report.note));
    query.addBindValue(static_cast<qint64>(report.recordedAt));
    if (!query.exec()) {
        return StoreError {StoreError::Code::QueryFailed, query.lastError().text()};
    }
    return std::nullopt;
}

std::optional<StoreError> UsageFiguresRepository::remove(const Uuid& id)
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("DELETE FROM usage_figures WHERE id = ?"));
    query.addBindValue(toQString(id.toString()));
    if (!query.exec()) {
        return StoreError {StoreError::Code::QueryFailed, query.lastError().text()};
    }
    return std::nullopt;
}

std::vector<UsageReport> UsageFiguresRepository::all() const
{
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    std::vector<UsageReport> result;
    if (!query.exec(QStringLiteral("SELECT id, period_start, period_end, active_professionals, licensed_professionals,"
                                   " site, note, recorded_at FROM usage_figures"
                                   " ORDER BY period_start, period_end, site"))) {
        return result;
    }
    while (query.next()) {
        UsageReport report;
        report.id = uuidFrom(query.value(0));
        report.figures.period = {query.value(1).toLongLong(), query.value(2).toLongLong()};
        report.figures.activeProfessionals = query.value(3).toLongLong();
        report.figures.licensedProfessionals = query.value(4).toLongLong();
        report.site = toStdString(query.value(5));
        report.note = toStdString(query.value(6));
        report.recordedAt = query.value(7).toLongLong();
        result.push_back(std::move(report));
    }
    return result;
}

} // namespace hss::client
