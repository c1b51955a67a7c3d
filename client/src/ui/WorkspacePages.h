// SPDX-License-Identifier: MIT
#pragma once

#include <QObject>
#include <QPointer>
#include <optional>

#include "FeedbackDialog.h"
#include "KbArticleEditorDialog.h"
#include "hss/Uuid.h"

class QTabWidget;
class QWidget;

namespace hss {
class Clock;
}

namespace hss::client {

class ConsoleSession;
class DashboardService;
class FeedbackService;
class FeedbackWidget;
class KnowledgeBaseWidget;
class MedicalDashboardWidget;
class SupportDashboardWidget;
class TrainingService;
class TrainingWidget;

/// The workspace pages that work on the open store (knowledge base, training, feedback): made when the session
/// opens its store and removed before it closes (lock, sign-out), so no page ever holds a closed store. The pages
/// follow the session's store changes (sync and local edits).
class WorkspacePages final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WorkspacePages)

public:
    /// Adds the pages to \a tabs after the tabs it already has; all must outlive this object.
    WorkspacePages(ConsoleSession& session, const Clock& clock, QTabWidget& tabs, QObject* parent = nullptr);
    ~WorkspacePages() override;

    /// The pages while the store is open; null otherwise.
    KnowledgeBaseWidget* knowledgeBase() const;
    TrainingWidget* training() const;
    FeedbackWidget* feedback() const;
    SupportDashboardWidget* supportDashboard() const;
    MedicalDashboardWidget* medicalDashboard() const;

signals:
    /// Something the agent should read (e.g. a certificate due for renewal).
    void notice(const QString& text);

private:
    void create();
    void destroy();

    ConsoleSession& m_session;
    const Clock& m_clock;
    QTabWidget& m_tabs;
    QPointer<KnowledgeBaseWidget> m_knowledgeBase;
    QPointer<TrainingWidget> m_training;
    QPointer<FeedbackWidget> m_feedback;
    /// The feedback being written when the store closed (lock), reopened for the same user when it opens again.
    std::optional<FeedbackDialog::Typed> m_keptFeedback;
    /// The article being written when the store closed, likewise.
    std::optional<KbArticleEditorDialog::Typed> m_keptArticle;
    Uuid m_keptForUser;
    QPointer<SupportDashboardWidget> m_supportDashboard;
    QPointer<MedicalDashboardWidget> m_medicalDashboard;
    TrainingService* m_trainingService = nullptr;
    FeedbackService* m_feedbackService = nullptr;
    DashboardService* m_dashboardService = nullptr; // one for both dashboards: one recompute, one filter
};

} // namespace hss::client
