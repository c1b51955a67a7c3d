// SPDX-License-Identifier: MIT
#include "WorkspacePages.h"

#include <QTabWidget>

#include "FeedbackWidget.h"
#include "KnowledgeBaseWidget.h"
#include "TrainingWidget.h"
#include "core/ConsoleSession.h"
#include "core/FeedbackService.h"
#include "core/KnowledgeBaseService.h"
#include "core/TrainingService.h"

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

void WorkspacePages::create()
{
    destroy();
    StoreWorker* worker = m_session.worker();
    LocalChanges* changes = m_session.changes();
    if (!worker || !changes) {
        return;
    }
    auto* knowledgeBase = new KnowledgeBaseWidget(*worker, *changes);
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

    connect(&m_session, &ConsoleSession::storeChanged, knowledgeBase->service(),
            &KnowledgeBaseService::articlesChanged);
    connect(&m_session, &ConsoleSession::storeChanged, m_trainingService, &TrainingService::storeChanged);
    connect(&m_session, &ConsoleSession::storeChanged, m_feedbackService, &FeedbackService::storeChanged);
    connect(m_trainingService, &TrainingService::renewalDue, this, &WorkspacePages::notice);
}

void WorkspacePages::destroy()
{
    // Pages first: they observe the services.
    for (QWidget* page : {static_cast<QWidget*>(m_knowledgeBase), static_cast<QWidget*>(m_training),
                          static_cast<QWidget*>(m_feedback)}) {
        if (page) {
            m_tabs.removeTab(m_tabs.indexOf(page));
            delete page;
        }
    }
    delete m_trainingService;
    m_trainingService = nullptr;
    delete m_feedbackService;
    m_feedbackService = nullptr;
}

} // namespace hss::client
