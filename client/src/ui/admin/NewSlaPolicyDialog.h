// SPDX-License-Identifier: MIT
#pragma once

#include <QDialog>
#include <optional>
#include <string>
#include <vector>

#include "hss/sla/SlaConfiguration.h"

class QComboBox;
class QLabel;
class QPushButton;

namespace hss::client {

/// Asks which tickets a new SLA policy is for (priority, and a category or "any category") and which business
/// calendar it counts in. Its targets start as those of the policy that covers such tickets today, so the admin
/// only changes what should differ. A pair that already has its own policy cannot be added twice.
class NewSlaPolicyDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(NewSlaPolicyDialog)

public:
    /// \a configuration is what the page is editing (for the calendars and the existing policies).
    explicit NewSlaPolicyDialog(sla::SlaConfiguration configuration, QWidget* parent = nullptr);

    void setPriority(Priority priority);
    /// std::nullopt: the priority's fallback for any category.
    void setCategory(std::optional<Category> category);

    /// The policy to add for the current choice, or std::nullopt (with the reason shown) when there already is one.
    std::optional<sla::SlaPolicy> policy() const;

    /// A policy id for \a priority and \a category not used by \a policies ("high-medical-clinical"; "-2" added if
    /// taken).
    static std::string uniqueId(const std::vector<sla::SlaPolicy>& policies, Priority priority,
                                std::optional<Category> category);

private:
    void updateChoice();
    std::optional<Category> chosenCategory() const;

    sla::SlaConfiguration m_configuration;
    QComboBox* m_priority;
    QComboBox* m_category;
    QComboBox* m_calendar;
    QLabel* m_note;
    QPushButton* m_add;
};

} // namespace hss::client
