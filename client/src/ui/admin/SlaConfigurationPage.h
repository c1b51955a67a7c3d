// SPDX-License-Identifier: MIT
#pragma once

#include "AdminPage.h"
#include "core/admin/AdminDocuments.h"

class QPushButton;
class QTableView;

namespace hss::client {

class NewSlaPolicyDialog;
class SlaCalendarEditor;
class SlaPolicyTableModel;

/// SLA policies (a table of targets per priority and category) and business calendars, saved together as one
/// document over the revision they were loaded at.
class SlaConfigurationPage final : public AdminPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SlaConfigurationPage)

public:
    SlaConfigurationPage(AdminApi& api, QWidget* parent = nullptr);

    QString title() const override;
    SlaPolicyTableModel* policies() const { return m_policies; }
    QTableView* policyTable() const { return m_table; }
    SlaCalendarEditor* calendarEditor() const { return m_calendars; }
    /// The revision the page loaded (what a save names).
    qint64 revision() const { return m_document.revision; }
    void save();
    /// Opens the dialog asking which tickets a new policy is for; the policy is added to the table (unsaved) when
    /// it is accepted. Returns the (window-modal) dialog.
    NewSlaPolicyDialog* addPolicy();
    /// Removes the selected policy from the table (unsaved; the server keeps it until Save).
    void removeSelectedPolicy();

protected:
    void load() override;
    void setActionsEnabled(bool enabled) override;
    void showFieldError(const QString& field, const QString& message) override;

private:
    void showDocument(const SlaDocument& document);

    SlaDocument m_document;
    SlaPolicyTableModel* m_policies;
    QTableView* m_table;
    SlaCalendarEditor* m_calendars;
    QPushButton* m_add;
    QPushButton* m_remove;
    QPushButton* m_save;
};

} // namespace hss::client
