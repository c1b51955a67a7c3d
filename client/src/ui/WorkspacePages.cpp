// SPDX-License-Identifier: MIT
#include "WorkspacePages.h"

#include <QTabWidget>
#include <utility>

#include "FeedbackWidget.h"
#include "KnowledgeBaseWidget.h"
#include "TrainingWidget.h"
#include "core/ConsoleSession.h"
#include "core/FeedbackService.h"
#include "core/KnowledgeBaseService.h"
#include "core/TrainingService.h"
#include "core/dashboard/DashboardService.h"
#include "dashboard/MedicalDashboardWidget.h"
#include "dashboard/SupportDashboardWidget.h"

namespace hss::client {

WorkspacePages::WorkspacePages(ConsoleSession& session, const Clock& clock, QTabWidget& tabs, QObject* parent)
    : QObject(parent)
    , m_session(session)
    , m_clock(clock)
    , m_tabs(tabs)
{
    connect(&m_session, &ConsoleSession::opened, this, &WorkspacePages::create);
    connect(&m_session, &ConsoleSession::aboutToClose, this, &WorkspacePages::destroy);
    if (m_session.worker()) {
        create();
    }
}

WorkspacePages::~WorkspacePages()
{
    destroy();
}

KnowledgeBaseWidget* WorkspacePages::knowledgeBase() const
{
    return m_knowledgeBase;
}

TrainingWidget* WorkspacePages::training() const
{
    return m_training;
}

FeedbackWidget* WorkspacePages::feedback() const
{
    return m_feedback;
}

SupportDashboardWidget* WorkspacePages::supportDashboard() const
{
    return m_supportDashboard;
}

MedicalDashboardWidget* WorkspacePages::medicalDashboard() const
{
    return m_medicalDashboard;
}

void WorkspacePages::create()
{
    destroy();
    StoreWorker* worker = m_session.worker();
    LocalChanges* changes = m_session.changes();
    if (!worker || !changes) {
        return;
    }
    auto* knowledgeBase = new KnowledgeBaseWidget(*worker, *changes, &m_session);
    m_trainingService = new TrainingService(*worker, *changes, m_clock, this);
    auto* training = new TrainingWidget(*m_trainingService, m_session.user());
    m_feedbackService = new FeedbackService(*worker, *changes, this);
    auto* feedback = new FeedbackWidget(*m_feedbackService);
    m_tabs.addTab(knowledgeBase, tr("Knowledge base"));
    m_tabs.addTab(training, tr("Training"));
    m_tabs.addTab(feedback, tr("Feedback"));
    m_knowledgeBase = knowledgeBase;
    m_training = training;
    m_feedback = feedback;
    if (const auto kept = std::exchange(m_keptFeedback, std::nullopt); kept && m_session.user().id == m_keptForUser) {
        feedback->openFeedbackDialog(kept->ticketId)->restore(*kept);
    }
    if (const auto kept = std::exchange(m_keptArticle, std::nullopt); kept && m_session.user().id == m_keptForUser) {
        knowledgeBase->reopenEditor(*kept);
    }
    m_dashboardService = new DashboardService(*worker, m_clock, this);
    m_supportDashboard = new SupportDashboardWidget(*m_dashboardService, m_clock);
    m_medicalDashboard = new MedicalDashboardWidget(*m_dashboardService, m_clock);
    m_tabs.addTab(m_supportDashboard, tr("Support dashboard"));
    m_tabs.addTab(m_medicalDashboard, tr("Medical dashboard"));
    connect(&m_session, &ConsoleSession::storeChanged, m_dashboardService, &DashboardService::storeChanged);
    m_dashboardService->reload();

    connect(&m_session, &ConsoleSession::storeChanged, knowledgeBase->service(),
            &KnowledgeBaseService::articlesChanged);
    connect(&m_session, &ConsoleSession::storeChanged, m_trainingService, &TrainingService::storeChanged);
    connect(&m_session, &ConsoleSession::storeChanged, m_feedbackService, &FeedbackService::storeChanged);
    connect(m_trainingService, &TrainingService::renewalDue, this, &WorkspacePages::notice);
}

void WorkspacePages::destroy()
{
    // A lock must not lose the words being typed: they come back with the page after the unlock.
    if (m_feedback) {
        m_keptFeedback = m_feedback->typedFeedback();
        m_keptForUser = m_session.user().id;
    }
    if (m_knowledgeBase) {
        m_keptArticle = m_knowledgeBase->typedArticle();
        m_keptForUser = m_session.user().id;
    }
    // Pages first: they observe the services.
    for (QWidget* page :
         {static_cast<QWidget*>(m_knowledgeBase), static_cast<QWidget*>(m_training), static_cast<QWidget*>(m_feedback),
          static_cast<QWidget*>(m_supportDashboard), static_cast<QWidget*>(m_medicalDashboard)}) {
        if (page) {
            m_tabs.removeTab(m_tabs.indexOf(page));
            delete page;
        }
    }
    delete m_trainingService;
    m_trainingService = nullptr;
    delete m_feedbackService;
    m_feedbackService = nullptr;
    delete m_dashboardService;
    m_dashboardService = nullptr;
}

} // namespace hss::client
