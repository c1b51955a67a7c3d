// SPDX-License-Identifier: MIT
#include "TicketLabels.h"

namespace hss::client {

QString TicketLabels::priority(Priority value)
{
    switch (value) {
    case Priority::Emergency:
        return tr("Emergency");
    case Priority::Critical:
        return tr("Critical");
    case Priority::High:
        return tr("High");
    case Priority::Medium:
        return tr("Medium");
    case Priority::Low:
        return tr("Low");
    }
    return {};
}

QString TicketLabels::category(Category value)
{
    switch (value) {
    case Category::Technical:
        return tr("Technical");
    case Category::MedicalClinical:
        return tr("Medical / clinical");
    case Category::ComplianceSecurity:
        return tr("Compliance / security");
    case Category::TrainingOnboarding:
        return tr("Training / onboarding");
    case Category::Integration:
        return tr("Integration");
    }
    return {};
}

QString TicketLabels::status(TicketStatus value)
{
    switch (value) {
    case TicketStatus::New:
        return tr("New");
    case TicketStatus::Open:
        return tr("Open");
    case TicketStatus::InProgress:
        return tr("In progress");
    case TicketStatus::WaitingOnCustomer:
        return tr("Waiting on customer");
    case TicketStatus::Escalated:
        return tr("Escalated");
    case TicketStatus::Resolved:
        return tr("Resolved");
    case TicketStatus::Closed:
        return tr("Closed");
    }
    return {};
}

QString TicketLabels::channel(Channel value)
{
    switch (value) {
    case Channel::Email:
        return tr("E-mail");
    case Channel::Phone:
        return tr("Phone");
    case Channel::Chat:
        return tr("Chat");
    case Channel::Web:
        return tr("Web");
    }
    return {};
}

QString TicketLabels::visibility(CommentVisibility value)
{
    return value == CommentVisibility::PublicReply ? tr("Public reply") : tr("Internal note");
}

QString TicketLabels::slaClock(sla::SlaClockKind value)
{
    switch (value) {
    case sla::SlaClockKind::FirstResponse:
        return tr("First response");
    case sla::SlaClockKind::NextUpdate:
        return tr("Next update");
    case sla::SlaClockKind::Resolution:
        return tr("Resolution");
    }
    return {};
}

QString TicketLabels::slaState(sla::SlaState value)
{
    switch (value) {
    case sla::SlaState::Inactive:
        return tr("Not running");
    case sla::SlaState::Ok:
        return tr("On track");
    case sla::SlaState::Warning:
        return tr("Warning");
    case sla::SlaState::Escalated:
        return tr("Escalated");
    case sla::SlaState::Breached:
        return tr("Breached");
    case sla::SlaState::Met:
        return tr("Met");
    }
    return {};
}

QString TicketLabels::emergency(triage::EmergencyCategory value)
{
    switch (value) {
    case triage::EmergencyCategory::PatientSafety:
        return tr("Patient safety");
    case triage::EmergencyCategory::SystemDowntime:
        return tr("System downtime");
    case triage::EmergencyCategory::DataBreach:
        return tr("Data breach");
    case triage::EmergencyCategory::ComplianceViolation:
        return tr("Compliance violation");
    }
    return {};
}

QString TicketLabels::field(const QString& jsonName)
{
    if (jsonName == QLatin1String("title"))
        return tr("Title");
    if (jsonName == QLatin1String("description"))
        return tr("Description");
    if (jsonName == QLatin1String("priority"))
        return tr("Priority");
    if (jsonName == QLatin1String("category"))
        return tr("Category");
    if (jsonName == QLatin1String("status"))
        return tr("Status");
    if (jsonName == QLatin1String("channel"))
        return tr("Channel");
    if (jsonName == QLatin1String("requester_name"))
        return tr("Requester");
    if (jsonName == QLatin1String("requester_email"))
        return tr("Requester e-mail");
    if (jsonName == QLatin1String("assignee_id"))
        return tr("Assignee");
    if (jsonName == QLatin1String("team"))
        return tr("Team");
    if (jsonName == QLatin1String("medical_case_ref"))
        return tr("Medical case");
    if (jsonName == QLatin1String("escalation_level"))
        return tr("Escalation level");
    return jsonName;
}

QString TicketLabels::duration(qint64 ms)
{
    if (ms < 0) {
        return tr("overdue by %1").arg(duration(-ms));
    }
    const qint64 minutes = ms / 60'000;
    if (minutes < 1) {
        return tr("%1 s").arg(ms / 1000);
    }
    if (minutes < 60) {
        return tr("%1 min").arg(minutes);
    }
    const qint64 hours = minutes / 60;
    if (hours < 24) {
        return tr("%1 h %2 min").arg(hours).arg(minutes % 60, 2, 10, QLatin1Char('0'));
    }
    return tr("%1 d %2 h").arg(hours / 24).arg(hours % 24);
}

} // namespace hss::client
