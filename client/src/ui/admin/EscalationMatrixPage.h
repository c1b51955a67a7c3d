// SPDX-License-Identifier: MIT
#pragma once

#include "AdminPage.h"

class QPushButton;
class QTableView;

namespace hss::client {

class EscalationMatrixTableModel;

/// The escalation matrix: per level the team, the people and the channels they are told on.
class EscalationMatrixPage final : public AdminPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EscalationMatrixPage)

public:
    EscalationMatrixPage(AdminApi& api, QWidget* parent = nullptr);

    QString title() const override;
    EscalationMatrixTableModel* matrix() const { return m_matrix; }
    QTableView* table() const { return m_table; }
    /// The revision the page loaded (what a save names).
    qint64 revision() const { return m_revision; }
    void save();

protected:
    void load() override;
    void setActionsEnabled(bool enabled) override;
    void showFieldError(const QString& field, const QString& message) override;

private:
    EscalationMatrixTableModel* m_matrix;
    QTableView* m_table;
    QPushButton* m_add;
    QPushButton* m_remove;
    QPushButton* m_save;
    qint64 m_revision = 0;
};

} // namespace hss::client
