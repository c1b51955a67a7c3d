// SPDX-License-Identifier: MIT
#pragma once

#include <QAbstractTableModel>
#include <vector>

#include "hss/sla/SlaPolicy.h"

namespace hss::client {

/// The SLA policies of the configuration being edited, one row each: the targets (business minutes) and the
/// resolution escalations are edited in place; priority, category and id say which tickets the row is for.
class SlaPolicyTableModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SlaPolicyTableModel)

public:
    enum Column {
        Priority,
        Category,
        Calendar,
        FirstResponse,
        NextUpdate,
        Resolution,
        ResolutionEscalations,
        ColumnCount
    };

    explicit SlaPolicyTableModel(QObject* parent = nullptr);

    void setPolicies(std::vector<sla::SlaPolicy> policies);
    /// Appends \a policy; returns its row.
    int addPolicy(sla::SlaPolicy policy);
    /// Removes the policy in \a row (nothing for a row out of range).
    void removePolicy(int row);
    const std::vector<sla::SlaPolicy>& policies() const { return m_policies; }
    /// The row of the policy called \a id, or -1.
    int rowOf(const std::string& id) const;
    /// The column showing the JSON field \a field of a policy ("resolution_minutes"), or -1.
    static int columnOf(const QString& field);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

signals:
    /// The admin changed a value (the page enables Save).
    void edited();

private:
    std::vector<sla::SlaPolicy> m_policies;
};

} // namespace hss::client
