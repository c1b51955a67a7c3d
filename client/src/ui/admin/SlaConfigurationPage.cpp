// SPDX-License-Identifier: MIT
#include "SlaConfigurationPage.h"

#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QPushButton>
#include <QRegularExpression>
#include <QTableView>
#include <QVBoxLayout>

#include "NewSlaPolicyDialog.h"
#include "SlaCalendarEditor.h"
#include "core/FutureSupport.h"
#include "core/admin/AdminApi.h"
#include "ui/models/SlaPolicyTableModel.h"

namespace hss::client {

namespace {

/// "policies[2].resolution_minutes" (alone, or inside a message like "invalid_argument: policies[2]…: …").
struct FieldPath
{
    QString list;
    int index = -1;
    QString member;
};

FieldPath parseField(const QString& text)
{
    static const QRegularExpression pattern(QStringLiteral("(policies|calendars)\\[(\\d+)\\]\\.?([a-z_.]*)"));
    const auto match = pattern.match(text);
    if (!match.hasMatch()) {
        return {};
    }
    return {match.captured(1), match.captured(2).toInt(), match.captured(3)};
}

} // namespace

SlaConfigurationPage::SlaConfigurationPage(AdminApi& api, QWidget* parent)
    : AdminPage(api, parent)
    , m_policies(new SlaPolicyTableModel(this))
    , m_table(new QTableView(this))
    , m_calendars(new SlaCalendarEditor(this))
    , m_add(new QPushButton(tr("&Add policy…"), this))
    , m_remove(new QPushButton(tr("Re&move policy"), this))
    , m_save(new QPushButton(tr("&Save SLA configuration"), this))
{
    setObjectName(QStringLiteral("adminSlaPage"));
    m_table->setObjectName(QStringLiteral("slaPolicyTable"));
    m_table->setAccessibleName(tr("SLA policies: targets in business minutes"));
    m_table->setModel(m_policies);
    m_table->setSelectionBehavior(QAbstractItemView::SelectItems);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed
                             | QAbstractItemView::AnyKeyPressed);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->verticalHeader()->hide();
    m_save->setObjectName(QStringLiteral("slaSave"));
    m_save->setAccessibleName(tr("Save the SLA policies and calendars"));

    auto* policiesBox = new QGroupBox(tr("Policies (business minutes)"), this);
    auto* policiesLayout = new QVBoxLayout(policiesBox);
    policiesLayout->addWidget(m_table);
    m_add->setObjectName(QStringLiteral("slaAddPolicy"));
    m_add->setAccessibleName(tr("Add an SLA policy for a priority and category"));
    m_remove->setObjectName(QStringLiteral("slaRemovePolicy"));
    m_remove->setAccessibleName(tr("Remove the selected SLA policy"));
    auto* policyButtons = new QHBoxLayout;
    policyButtons->addWidget(m_add);
    policyButtons->addWidget(m_remove);
    policyButtons->addStretch(1);
    policiesLayout->addLayout(policyButtons);
    auto* calendarsBox = new QGroupBox(tr("Business calendars"), this);
    auto* calendarsLayout = new QVBoxLayout(calendarsBox);
    calendarsLayout->addWidget(m_calendars);
    auto* columns = new QHBoxLayout;
    columns->addWidget(policiesBox, 5);
    columns->addWidget(calendarsBox, 2);
    contentLayout()->addLayout(columns, 1);
    auto* buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(m_save);
    contentLayout()->addLayout(buttons);
    setActionsEnabled(false);
    setSavesWithRevision(true);

    connect(m_save, &QPushButton::clicked, this, &SlaConfigurationPage::save);
    connect(m_add, &QPushButton::clicked, this, &SlaConfigurationPage::addPolicy);
    connect(m_remove, &QPushButton::clicked, this, &SlaConfigurationPage::removeSelectedPolicy);
}

QString SlaConfigurationPage::title() const
{
    return tr("SLA policies and calendars");
}

void SlaConfigurationPage::load()
{
    whenFinished(api().loadSlaConfiguration(), this, [this](const ApiResult<SlaDocument>& answer) {
        if (!answer.ok()) {
            failed(answer.error());
            return;
        }
        showDocument(answer.value());
        loaded();
    });
}

void SlaConfigurationPage::showDocument(const SlaDocument& document)
{
    m_document = document;
    m_policies->setPolicies(document.configuration.policies);
    m_calendars->setCalendars(document.configuration.calendars);
}

void SlaConfigurationPage::save()
{
    QString field;
    QString error;
    auto calendars = m_calendars->calendars(&field, &error);
    if (!calendars) {
        setStatus(error, true);
        return;
    }
    SlaDocument document = m_document;
    document.configuration.calendars = std::move(*calendars);
    document.configuration.policies = m_policies->policies();
    // The same rules the server applies, checked here first so a typo is shown at once.
    if (const Status valid = sla::validate(document.configuration); !valid) {
        showFieldError(QString::fromStdString(valid.error().field), QString::fromStdString(valid.error().message));
        return;
    }
    setStatus(tr("Saving…"), false);
    setActionsEnabled(false);
    whenFinished(api().saveSlaConfiguration(document), this, [this](const ApiResult<SlaDocument>& answer) {
        if (!answer.ok()) {
            failed(answer.error());
            return;
        }
        showDocument(answer.value());
        saved(tr("Saved as revision %1. Open tickets are re-planned by the server.").arg(answer.value().revision));
    });
}

NewSlaPolicyDialog* SlaConfigurationPage::addPolicy()
{
    sla::SlaConfiguration editing;
    QString field;
    QString error;
    if (auto calendars = m_calendars->calendars(&field, &error)) {
        editing.calendars = std::move(*calendars);
    } else {
        editing.calendars = m_document.configuration.calendars; // the ones saved, until the typo is fixed
    }
    editing.policies = m_policies->policies();
    auto* dialog = new NewSlaPolicyDialog(std::move(editing), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowModality(Qt::WindowModal);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        if (const auto policy = dialog->policy()) {
            const int row = m_policies->addPolicy(*policy);
            m_table->setCurrentIndex(m_policies->index(row, SlaPolicyTableModel::Resolution));
            m_table->scrollTo(m_table->currentIndex());
            setStatus(tr("Policy \"%1\" added: set its targets, then save.").arg(QString::fromStdString(policy->id)),
                      false);
        }
    });
    dialog->open();
    return dialog;
}

void SlaConfigurationPage::removeSelectedPolicy()
{
    const QModelIndex current = m_table->currentIndex();
    if (!current.isValid()) {
        setStatus(tr("Select the policy to remove first."), true);
        return;
    }
    const QString id = QString::fromStdString(m_policies->policies().at(static_cast<std::size_t>(current.row())).id);
    m_policies->removePolicy(current.row());
    setStatus(tr("Policy \"%1\" removed: save to apply, or reload to keep it.").arg(id), false);
}

void SlaConfigurationPage::setActionsEnabled(bool enabled)
{
    m_save->setEnabled(enabled);
    m_add->setEnabled(enabled);
    m_remove->setEnabled(enabled);
}

void SlaConfigurationPage::showFieldError(const QString& field, const QString& message)
{
    const FieldPath path = parseField(field.isEmpty() ? message : field);
    if (path.list == QLatin1String("policies")) {
        const int column = SlaPolicyTableModel::columnOf(path.member);
        const QModelIndex cell = m_policies->index(path.index, column < 0 ? 0 : column);
        if (cell.isValid()) {
            m_table->setCurrentIndex(cell);
            m_table->scrollTo(cell);
            m_table->setFocus();
        }
    } else if (path.list == QLatin1String("calendars")) {
        m_calendars->showError(path.index, message);
    }
    AdminPage::showFieldError(field, message);
}

} // namespace hss::client
