// SPDX-License-Identifier: MIT
#include "ApiRoutes.h"

#include "../resources/AdminAuditResource.h"
#include "../resources/AdminEscalationMatrixResource.h"
#include "../resources/AdminNotificationChannelsResource.h"
#include "../resources/AdminNotificationTestResource.h"
#include "../resources/AdminRolesResource.h"
#include "../resources/AdminSettingsResource.h"
#include "../resources/AdminSlaConfigurationResource.h"
#include "../resources/AdminTriagePhrasesResource.h"
#include "../resources/AdminUserPasswordResource.h"
#include "../resources/AdminUserResource.h"
#include "../resources/AdminUsersResource.h"
#include "../resources/AuthLoginResource.h"
#include "../resources/AuthLogoutResource.h"
#include "../resources/AuthProfileResource.h"
#include "../resources/AuthRefreshResource.h"
#include "../resources/FeedbackAnalyticsResource.h"
#include "../resources/FeedbackResource.h"
#include "../resources/HealthHistoryBucketsResource.h"
#include "../resources/HealthHistoryResource.h"
#include "../resources/HealthIncidentsResource.h"
#include "../resources/HealthResource.h"
#include "../resources/HealthServiceResource.h"
#include "../resources/KbArticleResource.h"
#include "../resources/KbArticleRollbackResource.h"
#include "../resources/KbArticleStatusResource.h"
#include "../resources/KbArticleTranslationsResource.h"
#include "../resources/KbArticleVersionsResource.h"
#include "../resources/KbArticlesResource.h"
#include "../resources/KbVoteResource.h"
#include "../resources/SentimentResource.h"
#include "../resources/SyncPullResource.h"
#include "../resources/SyncPushResource.h"
#include "../resources/TicketCommentsResource.h"
#include "../resources/TicketResource.h"
#include "../resources/TicketsResource.h"
#include "../resources/TrainingCertificatesResource.h"
#include "../resources/TrainingCoursesResource.h"
#include "../resources/TrainingEnrollResource.h"
#include "../resources/TriageResource.h"
#include "../resources/UsageFiguresResource.h"
#include "../resources/UserDirectoryResource.h"
#include "ServerServices.h"

namespace hss::server {

namespace {

/// A factory making Resource(services, params) per request.
template <class Resource>
Router::Factory make(ServerServices* services)
{
    return [services](const PathParams& params) { return std::make_unique<Resource>(*services, params); };
}

} // namespace

Router buildApiRouter(ServerServices* services)
{
    Router router;
    router.add("/api/health", {"GET"}, make<HealthResource>(services));
    router.add("/api/health/history", {"GET"}, make<HealthHistoryResource>(services));
    router.add("/api/health/history/buckets", {"GET"}, make<HealthHistoryBucketsResource>(services));
    router.add("/api/health/incidents", {"GET"}, make<HealthIncidentsResource>(services));
    router.add("/api/health/{service}", {"GET"}, make<HealthServiceResource>(services));
    router.add("/api/auth/login", {"POST"}, make<AuthLoginResource>(services));
    router.add("/api/auth/refresh", {"POST"}, make<AuthRefreshResource>(services));
    router.add("/api/auth/logout", {"POST"}, make<AuthLogoutResource>(services));
    router.add("/api/auth/profile", {"GET", "PUT"}, make<AuthProfileResource>(services));
    router.add("/api/tickets", {"GET", "POST"}, make<TicketsResource>(services));
    router.add("/api/tickets/{id}", {"GET", "PUT", "DELETE"}, make<TicketResource>(services));
    router.add("/api/tickets/{id}/comments", {"GET", "POST"}, make<TicketCommentsResource>(services));
    router.add("/api/triage", {"POST"}, make<TriageResource>(services));
    router.add("/api/feedback", {"GET", "POST"}, make<FeedbackResource>(services));
    router.add("/api/feedback/analytics", {"GET"}, make<FeedbackAnalyticsResource>(services));
    router.add("/api/usage-figures", {"GET", "POST"}, make<UsageFiguresResource>(services));
    router.add("/api/sentiment", {"POST"}, make<SentimentResource>(services));
    router.add("/api/kb/articles", {"GET", "POST"}, make<KbArticlesResource>(services));
    router.add("/api/kb/articles/{id}", {"GET", "PUT"}, make<KbArticleResource>(services));
    router.add("/api/kb/articles/{id}/status", {"POST"}, make<KbArticleStatusResource>(services));
    router.add("/api/kb/articles/{id}/rollback", {"POST"}, make<KbArticleRollbackResource>(services));
    router.add("/api/kb/articles/{id}/versions", {"GET"}, make<KbArticleVersionsResource>(services));
    router.add("/api/kb/articles/{id}/translations", {"GET"}, make<KbArticleTranslationsResource>(services));
    router.add("/api/kb/articles/{id}/vote", {"POST"}, make<KbVoteResource>(services));
    router.add("/api/training/courses", {"GET"}, make<TrainingCoursesResource>(services));
    router.add("/api/training/enroll/{courseId}", {"POST"}, make<TrainingEnrollResource>(services));
    router.add("/api/training/certificates", {"GET"}, make<TrainingCertificatesResource>(services));
    router.add("/api/users/directory", {"GET"}, make<UserDirectoryResource>(services));
    router.add("/api/admin/users", {"GET", "POST"}, make<AdminUsersResource>(services));
    router.add("/api/admin/users/{id}", {"GET", "PUT"}, make<AdminUserResource>(services));
    router.add("/api/admin/users/{id}/password", {"POST"}, make<AdminUserPasswordResource>(services));
    router.add("/api/admin/roles", {"GET"}, make<AdminRolesResource>(services));
    router.add("/api/admin/audit", {"GET"}, make<AdminAuditResource>(services));
    router.add("/api/admin/escalation-matrix", {"GET", "PUT"}, make<AdminEscalationMatrixResource>(services));
    router.add("/api/admin/triage-phrases", {"GET", "PUT"}, make<AdminTriagePhrasesResource>(services));
    router.add("/api/admin/sla-configuration", {"GET", "PUT"}, make<AdminSlaConfigurationResource>(services));
    router.add("/api/admin/settings", {"GET", "PUT"}, make<AdminSettingsResource>(services));
    router.add("/api/admin/notification-channels", {"GET"}, make<AdminNotificationChannelsResource>(services));
    router.add("/api/admin/notification-channels/{channel}/test", {"POST"},
               make<AdminNotificationTestResource>(services));
    router.add("/api/sync/pull", {"GET"}, make<SyncPullResource>(services));
    router.add("/api/sync/push", {"POST"}, make<SyncPushResource>(services));
    return router;
}

} // namespace hss::server
