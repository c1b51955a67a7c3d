// SPDX-License-Identifier: MIT
#pragma once

#include <QAbstractTableModel>
#include <QHash>
#include <QList>

#include "core/admin/AdminDocuments.h"

namespace hss::client {

/// The escalation matrix being edited, one row per level: team, people (shown and typed as user names, stored as
/// ids) and channels (comma-separated "email", "slack", "sms").
class EscalationMatrixTableModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EscalationMatrixTableModel)

public:
    enum Column { Level, Team, People, Channels, ColumnCount };

    explicit EscalationMatrixTableModel(QObject* parent = nullptr);

    void setLevels(QList<EscalationLevelRow> levels);
    const QList<EscalationLevelRow>& levels() const { return m_levels; }
    /// User names by id, to show and type people by name.
    void setUserNames(QHash<QString, QString> namesById);
    /// Adds the next level (team copied from the last one) and returns its row.
    int addLevel();
    void removeLevel(int row);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

signals:
    void edited();

private:
    QString nameOf(const QString& id) const;

    QList<EscalationLevelRow> m_levels;
    QHash<QString, QString> m_namesById;
};

} // namespace hss::client
