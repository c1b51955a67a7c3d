// SPDX-License-Identifier: MIT
#include "NewSlaPolicyDialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>
#include <algorithm>
#include <utility>

#include "ui/EnumCombo.h"
#include "ui/TicketLabels.h"

namespace hss::client {

namespace {

constexpr int anyCategory = -1;

/// The policy that covers \a priority and \a category today: its own, else the priority's fallback.
const sla::SlaPolicy* coveringPolicy(const sla::SlaConfiguration& configuration, Priority priority,
                                     std::optional<Category> category)
{
    const sla::SlaPolicy* fallback = nullptr;
    for (const sla::SlaPolicy& policy : configuration.policies) {
        if (policy.priority == priority && policy.category == category) {
            return &policy;
        }
        if (policy.priority == priority && !policy.category) {
            fallback = &policy;
        }
    }
    return fallback;
}

} // namespace

NewSlaPolicyDialog::NewSlaPolicyDialog(sla::SlaConfiguration configuration, QWidget* parent)
    : QDialog(parent)
    , m_configuration(std::move(configuration))
    , m_priority(new QComboBox(this))
    , m_category(new QComboBox(this))
    , m_calendar(new QComboBox(this))
    , m_note(new QLabel(this))
    , m_add(nullptr)
{
    setWindowTitle(tr("New SLA policy"));
    setObjectName(QStringLiteral("newSlaPolicyDialog"));
    m_priority->setObjectName(QStringLiteral("newPolicyPriority"));
    m_priority->setAccessibleName(tr("Priority of the tickets the policy is for"));
    fillEnumCombo(m_priority, allPriorities, &TicketLabels::priority);
    m_category->setObjectName(QStringLiteral("newPolicyCategory"));
    m_category->setAccessibleName(tr("Category of the tickets the policy is for"));
    fillEnumCombo(m_category, allCategories, &TicketLabels::category);
    m_category->addItem(tr("Any category (the priority's fallback)"), anyCategory);
    m_calendar->setObjectName(QStringLiteral("newPolicyCalendar"));
    m_calendar->setAccessibleName(tr("Business calendar the policy counts in"));
    for (const sla::BusinessCalendar& calendar : m_configuration.calendars) {
        m_calendar->addItem(QString::fromStdString(calendar.id), QString::fromStdString(calendar.id));
    }
    m_note->setObjectName(QStringLiteral("newPolicyNote"));
    m_note->setWordWrap(true);

    auto* form = new QFormLayout;
    form->addRow(tr("&Priority:"), m_priority);
    form->addRow(tr("&Category:"), m_category);
    form->addRow(tr("Ca&lendar:"), m_calendar);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_add = buttons->addButton(tr("&Add policy"), QDialogButtonBox::AcceptRole);
    m_add->setObjectName(QStringLiteral("newPolicyAdd"));
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_note);
    layout->addWidget(buttons);

    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_priority, &QComboBox::currentIndexChanged, this, &NewSlaPolicyDialog::updateChoice);
    connect(m_category, &QComboBox::currentIndexChanged, this, &NewSlaPolicyDialog::updateChoice);
    updateChoice();
}

void NewSlaPolicyDialog::setPriority(Priority priority)
{
    m_priority->setCurrentIndex(m_priority->findData(static_cast<int>(priority)));
}

void NewSlaPolicyDialog::setCategory(std::optional<Category> category)
{
    m_category->setCurrentIndex(m_category->findData(category ? static_cast<int>(*category) : anyCategory));
}

std::optional<Category> NewSlaPolicyDialog::chosenCategory() const
{
    const int value = m_category->currentData().toInt();
    return value == anyCategory ? std::nullopt : std::optional<Category>(static_cast<Category>(value));
}

void NewSlaPolicyDialog::updateChoice()
{
    const auto priority = enumComboValue<Priority>(m_priority);
    const std::optional<Category> category = chosenCategory();
    const sla::SlaPolicy* covering = coveringPolicy(m_configuration, priority, category);
    if (covering && covering->category == category) {
        m_note->setText(tr("There already is a policy for these tickets (\"%1\"): change its targets in the table.")
                            .arg(QString::fromStdString(covering->id)));
        m_add->setEnabled(false);
        return;
    }
    m_add->setEnabled(m_calendar->count() > 0);
    if (covering) {
        m_calendar->setCurrentIndex(m_calendar->findData(QString::fromStdString(covering->calendarId)));
        m_note->setText(tr("The targets start as those of \"%1\", which covers these tickets today.")
                            .arg(QString::fromStdString(covering->id)));
    } else {
        m_note->setText(tr("The targets start at the product's defaults for this priority."));
    }
}

std::optional<sla::SlaPolicy> NewSlaPolicyDialog::policy() const
{
    if (!m_add->isEnabled()) {
        return std::nullopt;
    }
    const auto priority = enumComboValue<Priority>(m_priority);
    const std::optional<Category> category = chosenCategory();
    sla::SlaPolicy policy;
    const sla::SlaConfiguration shipped = sla::defaultSlaConfiguration();
    if (const sla::SlaPolicy* covering = coveringPolicy(m_configuration, priority, category)) {
        policy = *covering;
    } else if (const sla::SlaPolicy* fallback = coveringPolicy(shipped, priority, {})) {
        policy = *fallback; // the table lacks even the priority's fallback (removed before this add)
    }
    policy.priority = priority;
    policy.category = category;
    policy.calendarId = m_calendar->currentData().toString().toStdString();
    policy.id = uniqueId(m_configuration.policies, priority, category);
    return policy;
}

std::string NewSlaPolicyDialog::uniqueId(const std::vector<sla::SlaPolicy>& policies, Priority priority,
                                         std::optional<Category> category)
{
    // Spelled like the shipped policies' ids: "high", "high-medical-clinical".
    std::string base(toString(priority));
    if (category) {
        base += "-" + std::string(toString(*category));
    }
    std::replace(base.begin(), base.end(), '_', '-');
    const auto taken = [&policies](const std::string& id) {
        return std::any_of(policies.begin(), policies.end(),
                           [&id](const sla::SlaPolicy& policy) { return policy.id == id; });
    };
    std::string id = base;
    for (int suffix = 2; taken(id); ++suffix) {
        id = base + "-" + std::to_string(suffix);
    }
    return id;
}

} // namespace hss::client
