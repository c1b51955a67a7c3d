// SPDX-License-Identifier: MIT
#include "SlaPolicyTableModel.h"

#include <QStringList>

#include "ui/TicketLabels.h"

namespace hss::client {

namespace {

QString minutesList(const std::vector<std::int64_t>& minutes)
{
    QStringList parts;
    for (const std::int64_t value : minutes) {
        parts.append(QString::number(value));
    }
    return parts.join(QStringLiteral(", "));
}

/// "120, 180" → {120, 180}; nullopt for anything else (the server checks the order and bounds and names the field).
std::optional<std::vector<std::int64_t>> parseMinutesList(const QString& text)
{
    std::vector<std::int64_t> minutes;
    const QStringList parts = text.split(QLatin1Char(','), Qt::SkipEmptyParts);
    for (const QString& part : parts) {
        bool ok = false;
        const qint64 value = part.trimmed().toLongLong(&ok);
        if (!ok || value <= 0 || value > sla::targetMinutesMax) {
            return std::nullopt;
        }
        minutes.push_back(value);
    }
    return minutes;
}

sla::SlaTarget& targetOf(sla::SlaPolicy& policy, int column)
{
    switch (column) {
    case SlaPolicyTableModel::FirstResponse:
        return policy.firstResponse;
    case SlaPolicyTableModel::NextUpdate:
        return policy.nextUpdate;
    default:
        return policy.resolution;
    }
}

} // namespace

SlaPolicyTableModel::SlaPolicyTableModel(QObject* parent)
    : QAbstractTableModel(parent)
{ }

void SlaPolicyTableModel::setPolicies(std::vector<sla::SlaPolicy> policies)
{
    beginResetModel();
    m_policies = std::move(policies);
    endResetModel();
}

int SlaPolicyTableModel::addPolicy(sla::SlaPolicy policy)
{
    const int row = rowCount();
    beginInsertRows({}, row, row);
    m_policies.push_back(std::move(policy));
    endInsertRows();
    emit edited();
    return row;
}

void SlaPolicyTableModel::removePolicy(int row)
{
    if (row < 0 || row >= rowCount()) {
        return;
    }
    beginRemoveRows({}, row, row);
    m_policies.erase(m_policies.begin() + row);
    endRemoveRows();
    emit edited();
}

int SlaPolicyTableModel::rowOf(const std::string& id) const
{
    for (std::size_t row = 0; row < m_policies.size(); ++row) {
        if (m_policies[row].id == id) {
            return static_cast<int>(row);
        }
    }
    return -1;
}

int SlaPolicyTableModel::columnOf(const QString& field)
{
    if (field == QLatin1String("calendar")) {
        return Calendar;
    }
    if (field.startsWith(QLatin1String("first_response"))) {
        return FirstResponse;
    }
    if (field.startsWith(QLatin1String("next_update"))) {
        return NextUpdate;
    }
    if (field.startsWith(QLatin1String("resolution_escalation"))) {
        return ResolutionEscalations;
    }
    if (field.startsWith(QLatin1String("resolution"))) {
        return Resolution;
    }
    if (field == QLatin1String("category")) {
        return Category;
    }
    return field == QLatin1String("priority") ? Priority : -1;
}

int SlaPolicyTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_policies.size());
}

int SlaPolicyTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant SlaPolicyTableModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const sla::SlaPolicy& policy = m_policies.at(static_cast<std::size_t>(index.row()));
    if (role == Qt::ToolTipRole) {
        return tr("Policy \"%1\"").arg(QString::fromStdString(policy.id));
    }
    if (role != Qt::DisplayRole && role != Qt::EditRole) {
        return {};
    }
    switch (index.column()) {
    case Priority:
        return TicketLabels::priority(policy.priority);
    case Category:
        return policy.category ? TicketLabels::category(*policy.category) : tr("Any category");
    case Calendar:
        return QString::fromStdString(policy.calendarId);
    case FirstResponse:
        return QVariant::fromValue<qlonglong>(policy.firstResponse.minutes);
    case NextUpdate:
        return QVariant::fromValue<qlonglong>(policy.nextUpdate.minutes);
    case Resolution:
        return QVariant::fromValue<qlonglong>(policy.resolution.minutes);
    case ResolutionEscalations:
        return minutesList(policy.resolution.escalationMinutes);
    default:
        return {};
    }
}

bool SlaPolicyTableModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    if (role != Qt::EditRole || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)
        || !(flags(index) & Qt::ItemIsEditable)) {
        return false;
    }
    sla::SlaPolicy& policy = m_policies.at(static_cast<std::size_t>(index.row()));
    switch (index.column()) {
    case Calendar: {
        const QString calendar = value.toString().trimmed();
        if (calendar.isEmpty()) {
            return false;
        }
        policy.calendarId = calendar.toStdString();
        break;
    }
    case FirstResponse:
    case NextUpdate:
    case Resolution: {
        bool ok = false;
        const qlonglong minutes = value.toLongLong(&ok);
        if (!ok || minutes <= 0 || minutes > sla::targetMinutesMax) {
            return false;
        }
        targetOf(policy, index.column()).minutes = minutes;
        break;
    }
    case ResolutionEscalations: {
        auto minutes = parseMinutesList(value.toString());
        if (!minutes) {
            return false;
        }
        policy.resolution.escalationMinutes = std::move(*minutes);
        break;
    }
    default:
        return false;
    }
    emit dataChanged(index, index, {Qt::DisplayRole, Qt::EditRole});
    emit edited();
    return true;
}

Qt::ItemFlags SlaPolicyTableModel::flags(const QModelIndex& index) const
{
    Qt::ItemFlags flags = QAbstractTableModel::flags(index);
    if (index.isValid() && index.column() >= Calendar) {
        flags |= Qt::ItemIsEditable;
    }
    return flags;
}

QVariant SlaPolicyTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return {};
    }
    switch (section) {
    case Priority:
        return tr("Priority");
    case Category:
        return tr("Category");
    case Calendar:
        return tr("Calendar");
    case FirstResponse:
        return tr("First response (min)");
    case NextUpdate:
        return tr("Next update (min)");
    case Resolution:
        return tr("Resolution (min)");
    case ResolutionEscalations:
        return tr("Escalate after (min)");
    default:
        return {};
    }
}

} // namespace hss::client
