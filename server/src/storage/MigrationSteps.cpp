// SPDX-License-Identifier: MIT
#include "MigrationSteps.h"

#include "MigrationSqlEarly.h"

namespace hss::server {

namespace {

// Steps 1 to 7.
using namespace migration_sql; // NOLINT(google-build-using-namespace)

// Step 8: triage phrases added by admins on top of the compiled-in defaults (issue 6), kept in the order given;
// emergency/category/priority hold wire names (NULL for none), kind is "emergency", "against" or "hint".
constexpr std::string_view triagePhrases = R"(CREATE TABLE triage_phrases (
    position INTEGER PRIMARY KEY,
    phrase TEXT NOT NULL,
    kind TEXT NOT NULL,
    emergency TEXT,
    category TEXT,
    priority TEXT,
    weight INTEGER NOT NULL,
    updated_at BIGINT NOT NULL))";

// Step 9: feedback and enrolments stored before the feed carried them (step 5 backfilled tickets, comments, KB
// articles and courses only) enter it now, numbered after every change so far: a console whose cursor is already past
// step 5's entries pulls them on its next pull, and only those allowed to read them get them (SyncPuller).
constexpr std::string_view backfillPersonalFeed =
    R"(INSERT INTO sync_feed (seq, entity, entity_id, revision, deleted, hlc)
    SELECT (SELECT value FROM sync_counter WHERE id = 1) + ROW_NUMBER() OVER (ORDER BY kind, at, id), entity, id,
           1, 0, '000000000000000000-0000000000-server'
    FROM (SELECT 1 AS kind, 'enrollment' AS entity, id, enrolled_at AS at FROM enrollments
          UNION ALL SELECT 2, 'feedback', id, created_at FROM feedback) AS missing
    WHERE NOT EXISTS (SELECT 1 FROM sync_feed AS fed WHERE fed.entity = missing.entity AND fed.entity_id = missing.id))";
constexpr std::string_view syncCounterAfterBackfill =
    R"(UPDATE sync_counter SET value = (SELECT MAX(seq) FROM sync_feed)
    WHERE id = 1 AND value < (SELECT MAX(seq) FROM sync_feed))";

// Step 10: the scheduler's claim and next-due queries read only planned events. A partial index of those replaces
// (state, due_at): on PostgreSQL that one kept the entries of fired events until a vacuum and the scheduler walked
// them on every batch, and every firing had to move an entry instead of dropping one.
constexpr std::string_view slaEventsPlanned =
    "CREATE INDEX sla_events_planned ON sla_events (due_at, event_key) WHERE state = 'planned'";
constexpr std::string_view dropSlaEventsDue = "DROP INDEX sla_events_due";

// Step 13: the health monitor's three states (status becomes healthy/degraded/down; "up" rows read as healthy),
// the last state per service (its conditional update makes one alert per transition, also with several servers),
// the incidents (open while a service is down) and an index for the retention's pruning and the uptime figures.
constexpr std::string_view healthServiceState = R"(CREATE TABLE health_service_state (
    service TEXT PRIMARY KEY,
    status TEXT NOT NULL,
    since BIGINT NOT NULL))";
constexpr std::string_view sqliteHealthIncidents = R"(CREATE TABLE health_incidents (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    service TEXT NOT NULL,
    started_at BIGINT NOT NULL,
    ended_at BIGINT,
    message TEXT NOT NULL,
    resolution TEXT))";
constexpr std::string_view postgresHealthIncidents = R"(CREATE TABLE health_incidents (
    id BIGSERIAL PRIMARY KEY,
    service TEXT NOT NULL,
    started_at BIGINT NOT NULL,
    ended_at BIGINT,
    message TEXT NOT NULL,
    resolution TEXT))";
constexpr std::string_view healthIncidentsStarted =
    "CREATE INDEX health_incidents_started ON health_incidents (started_at)";
constexpr std::string_view healthChecksTime = "CREATE INDEX health_checks_time ON health_checks (checked_at)";
constexpr std::string_view healthChecksUpIsHealthy = "UPDATE health_checks SET status = 'healthy' WHERE status = 'up'";

// Step 12: the organisation settings admins edit (idle-lock time, retention periods; one row, numbered by revision),
// and the indexes the retention job's oldest-first batches walk (health_checks gets its own in step 13).
constexpr std::string_view organisationSettings = R"(CREATE TABLE organisation_settings (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    revision BIGINT NOT NULL,
    idle_lock_minutes INTEGER NOT NULL,
    closed_tickets_days INTEGER NOT NULL,
    audit_log_days INTEGER NOT NULL,
    health_history_days INTEGER NOT NULL,
    notification_log_days INTEGER NOT NULL,
    sync_feed_days INTEGER NOT NULL,
    updated_at BIGINT NOT NULL,
    updated_by TEXT NOT NULL))";
constexpr std::string_view syncMutationsApplied = "CREATE INDEX sync_mutations_applied ON sync_mutations (applied_at)";
constexpr std::string_view notificationOutboxCreated =
    "CREATE INDEX notification_outbox_created ON notification_outbox (created_at)";

// Step 14 (issue 8): a clinician's verdict on the AI system's critical decision, recorded with feedback, and the usage
// figures integrations report for clinical adoption (one row per site and period: a report for the same pair
// replaces it; revision counts the replacements for the sync feed).
constexpr std::string_view feedbackSafetyOutcome = "ALTER TABLE feedback ADD COLUMN safety_outcome TEXT";
constexpr std::string_view usageFigures = R"(CREATE TABLE usage_figures (
    id TEXT PRIMARY KEY,
    period_start BIGINT NOT NULL,
    period_end BIGINT NOT NULL,
    active_professionals BIGINT NOT NULL,
    licensed_professionals BIGINT NOT NULL,
    site TEXT NOT NULL,
    note TEXT NOT NULL,
    recorded_by TEXT NOT NULL,
    recorded_at BIGINT NOT NULL,
    revision BIGINT NOT NULL,
    UNIQUE (site, period_start, period_end)))";
constexpr std::string_view usageFiguresPeriod = "CREATE INDEX usage_figures_period ON usage_figures (period_start)";

// Step 15 (issue 7): editing the knowledge base. Each article names who saved its current version and, for a
// translation, its source and the source's version it was made from (one translation per source and language: the
// unique index treats originals' NULLs as distinct). Every content version is kept for history, diffs and rollback;
// existing articles start with their current version, saved by their author.
constexpr std::string_view kbArticlesEditedBy = "ALTER TABLE kb_articles ADD COLUMN edited_by TEXT";
constexpr std::string_view kbArticlesTranslationOf = "ALTER TABLE kb_articles ADD COLUMN translation_of TEXT";
constexpr std::string_view kbArticlesSourceVersion = "ALTER TABLE kb_articles ADD COLUMN source_version INTEGER";
constexpr std::string_view kbArticlesEditorBackfill = "UPDATE kb_articles SET edited_by = author_id";
constexpr std::string_view kbArticlesTranslation =
    "CREATE UNIQUE INDEX kb_articles_translation ON kb_articles (translation_of, language)";
constexpr std::string_view kbArticleVersions = R"(CREATE TABLE kb_article_versions (
    article_id TEXT NOT NULL REFERENCES kb_articles (id) ON DELETE CASCADE,
    version INTEGER NOT NULL,
    title TEXT NOT NULL,
    body TEXT NOT NULL,
    category TEXT NOT NULL,
    content_type TEXT NOT NULL,
    video_url TEXT,
    edited_by TEXT NOT NULL,
    edited_at BIGINT NOT NULL,
    note TEXT,
    PRIMARY KEY (article_id, version)))";
constexpr std::string_view kbArticleVersionsBackfill =
    R"(INSERT INTO kb_article_versions (article_id, version, title, body, category, content_type, video_url, edited_by,
                                     edited_at, note)
    SELECT id, version, title, body, category, content_type, video_url, author_id, updated_at, NULL FROM kb_articles)";

// Step 16: an admin's password reset makes the user choose their own before anything else.
constexpr std::string_view usersMustChangePassword =
    "ALTER TABLE users ADD COLUMN must_change_password INTEGER NOT NULL DEFAULT 0";

// Step 17: when an account is disabled, its roles change or its password is replaced, access tokens issued before
// this moment stop working at once instead of at their expiry; stored so other server processes learn it too.
constexpr std::string_view usersAccessRevokedAt =
    "ALTER TABLE users ADD COLUMN access_revoked_at BIGINT NOT NULL DEFAULT 0";

const std::vector<MigrationStep> steps {
    MigrationStep {1, {serverInfo}, {serverInfo}},
    MigrationStep {
        2,
        {users,
         refreshTokens,
         refreshTokensFamily,
         refreshTokensUser,
         tickets,
         ticketsStatus,
         ticketsAssignee,
         ticketsTeam,
         ticketsCreated,
         comments,
         commentsTicket,
         kbArticles,
         kbVotes,
         courses,
         courseModules,
         enrollments,
         certificates,
         certificatesUser,
         feedback,
         feedbackCreated,
         auditLog,
         sqliteCounters,
         sqliteTicketCounter,
         sqliteAuditNoUpdate,
         sqliteAuditNoDelete},
        {users,
         refreshTokens,
         refreshTokensFamily,
         refreshTokensUser,
         tickets,
         ticketsStatus,
         ticketsAssignee,
         ticketsTeam,
         ticketsCreated,
         comments,
         commentsTicket,
         kbArticles,
         kbVotes,
         courses,
         courseModules,
         enrollments,
         certificates,
         certificatesUser,
         feedback,
         feedbackCreated,
         auditLog,
         postgresTicketNumbers,
         postgresAuditFunction,
         postgresAuditNoChange,
         postgresAuditNoTruncate,
         postgresAuditRevokePublic,
         postgresAuditRevokeOwner},
    },
    MigrationStep {3, {sqliteHealthChecks, healthChecksIndex}, {postgresHealthChecks, healthChecksIndex}},
    MigrationStep {4, {totpLastStep}, {totpLastStep}},
    MigrationStep {5,
                   {syncFeed, syncCounter, syncMutations, ticketFieldStamps, backfillFeed, syncCounterStart},
                   {syncFeed, syncCounter, syncMutations, ticketFieldStamps, backfillFeed, syncCounterStart}},
    MigrationStep {6,
                   {notificationOutbox, notificationOutboxDue, notificationOutboxTicket},
                   {notificationOutbox, notificationOutboxDue, notificationOutboxTicket}},
    MigrationStep {7,
                   {sqliteTicketEvents, ticketEventsTicket, backfillCreated, backfillStatus, backfillResponse,
                    slaEvents, slaEventsDue, slaEventsTicket, escalationMatrix},
                   {postgresTicketEvents, ticketEventsTicket, backfillCreated, backfillStatus, backfillResponse,
                    slaEvents, slaEventsDue, slaEventsTicket, escalationMatrix}},
    MigrationStep {8, {triagePhrases}, {triagePhrases}},
    MigrationStep {
        9, {backfillPersonalFeed, syncCounterAfterBackfill}, {backfillPersonalFeed, syncCounterAfterBackfill}},
    MigrationStep {10, {slaEventsPlanned, dropSlaEventsDue}, {slaEventsPlanned, dropSlaEventsDue}},
    MigrationStep {11, {slaConfiguration}, {slaConfiguration}},
    MigrationStep {12,
                   {organisationSettings, syncMutationsApplied, notificationOutboxCreated},
                   {organisationSettings, syncMutationsApplied, notificationOutboxCreated}},
    MigrationStep {
        13,
        {healthServiceState, sqliteHealthIncidents, healthIncidentsStarted, healthChecksTime, healthChecksUpIsHealthy},
        {healthServiceState, postgresHealthIncidents, healthIncidentsStarted, healthChecksTime,
         healthChecksUpIsHealthy}},
    MigrationStep {14,
                   {feedbackSafetyOutcome, usageFigures, usageFiguresPeriod},
                   {feedbackSafetyOutcome, usageFigures, usageFiguresPeriod}},
    MigrationStep {15,
                   {kbArticlesEditedBy, kbArticlesTranslationOf, kbArticlesSourceVersion, kbArticlesEditorBackfill,
                    kbArticlesTranslation, kbArticleVersions, kbArticleVersionsBackfill},
                   {kbArticlesEditedBy, kbArticlesTranslationOf, kbArticlesSourceVersion, kbArticlesEditorBackfill,
                    kbArticlesTranslation, kbArticleVersions, kbArticleVersionsBackfill}},
    MigrationStep {16, {usersMustChangePassword}, {usersMustChangePassword}},
    MigrationStep {17, {usersAccessRevokedAt}, {usersAccessRevokedAt}},
};

} // namespace

std::span<const MigrationStep> migrationSteps()
{
    return steps;
}

} // namespace hss::server
