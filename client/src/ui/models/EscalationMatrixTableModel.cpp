// SPDX-License-Identifier: MIT
#include "EscalationMatrixTableModel.h"

#include <QStringList>

namespace hss::client {

namespace {

QStringList splitList(const QString& text)
{
    QStringList items;
    for (const QString& part : text.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        if (!part.trimmed().isEmpty()) {
            items.append(part.trimmed());
        }
    }
    return items;
}

} // namespace

EscalationMatrixTableModel::EscalationMatrixTableModel(QObject* parent)
    : QAbstractTableModel(parent)
{ }

void EscalationMatrixTableModel::setLevels(QList<EscalationLevelRow> levels)
{
    beginResetModel();
    m_levels = std::move(levels);
    endResetModel();
}

void EscalationMatrixTableModel::setUserNames(QHash<QString, QString> namesById)
{
    m_namesById = std::move(namesById);
    if (!m_levels.isEmpty()) {
        emit dataChanged(index(0, People), index(rowCount() - 1, People), {Qt::DisplayRole, Qt::EditRole});
    }
}

int EscalationMatrixTableModel::addLevel()
{
    const int row = rowCount();
    EscalationLevelRow level;
    level.level = m_levels.isEmpty() ? 1 : m_levels.last().level + 1;
    level.team = m_levels.isEmpty() ? QString() : m_levels.last().team;
    level.channels = {QStringLiteral("email")};
    beginInsertRows({}, row, row);
    m_levels.append(level);
    endInsertRows();
    emit edited();
    return row;
}

void EscalationMatrixTableModel::removeLevel(int row)
{
    if (row < 0 || row >= rowCount()) {
        return;
    }
    beginRemoveRows({}, row, row);
    m_levels.removeAt(row);
    endRemoveRows();
    emit edited();
}

QString EscalationMatrixTableModel::nameOf(const QString& id) const
{
    return m_namesById.value(id, id);
}

int EscalationMatrixTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_levels.size());
}

int EscalationMatrixTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant EscalationMatrixTableModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    if (role != Qt::DisplayRole && role != Qt::EditRole) {
        return {};
    }
    const EscalationLevelRow& level = m_levels.at(index.row());
    switch (index.column()) {
    case Level:
        return level.level;
    case Team:
        return level.team;
    case People: {
        QStringList names;
        for (const QString& id : level.people) {
            names.append(nameOf(id));
        }
        return names.join(QStringLiteral(", "));
    }
    case Channels:
        return level.channels.join(QStringLiteral(", "));
    default:
        return {};
    }
}

bool EscalationMatrixTableModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    if (role != Qt::EditRole
        || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return false;
    }
    EscalationLevelRow& level = m_levels[index.row()];
    switch (index.column()) {
    case Level: {
        bool ok = false;
        const int number = value.toInt(&ok);
        if (!ok || number < 1) {
            return false;
        }
        level.level = number;
        break;
    }
    case Team:
        level.team = value.toString().trimmed();
        break;
    case People: {
        QStringList ids;
        for (const QString& name : splitList(value.toString())) {
            const QString id = m_namesById.key(name);
            // An unknown name is kept as typed: the server answers 400 naming the entry, shown by the table.
            ids.append(id.isEmpty() ? name : id);
        }
        level.people = ids;
        break;
    }
    case Channels: {
        const QStringList channels = splitList(value.toString().toLower());
        for (const QString& channel : channels) {
            if (channel != QLatin1String("email") && channel != QLatin1String("slack")
                && channel != QLatin1String("sms")) {
                return false;
            }
        }
        level.channels = channels;
        break;
    }
    default:
        return false;
    }
    emit dataChanged(index, index, {Qt::DisplayRole, Qt::EditRole});
    emit edited();
    return true;
}

Qt::ItemFlags EscalationMatrixTableModel::flags(const QModelIndex& index) const
{
    Qt::ItemFlags flags = QAbstractTableModel::flags(index);
    return index.isValid() ? flags | Qt::ItemIsEditable : flags;
}

QVariant EscalationMatrixTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return {};
    }
    switch (section) {
    case Level:
        return tr("Level");
    case Team:
        return tr("Team");
    case People:
        return tr("People (user names)");
    case Channels:
        return tr("Channels (email, slack, sms)");
    default:
        return {};
    }
}

} // namespace hss::client
