// SPDX-License-Identifier: MIT
#include "MigrationSteps.h"

namespace hss::server {

namespace {

// Step 1 (released): server facts.
constexpr std::string_view serverInfo = "CREATE TABLE server_info (key TEXT PRIMARY KEY, value TEXT NOT NULL)";

// Step 2: the domain tables. Types are spelled so both dialects accept the same text: TEXT ids (canonical UUIDs),
// BIGINT milliseconds since the epoch, INTEGER 0/1 flags, JSON arrays in TEXT for lists. Values marked
// "encrypted" hold FieldCipher text ("v1:..."), never plaintext.
constexpr std::string_view users = R"(CREATE TABLE users (
    id TEXT PRIMARY KEY,
    username TEXT NOT NULL UNIQUE,
    display_name TEXT NOT NULL,
    email TEXT NOT NULL,
    roles TEXT NOT NULL,
    teams TEXT NOT NULL,
    active INTEGER NOT NULL,
    totp_enabled INTEGER NOT NULL DEFAULT 0,
    totp_secret TEXT,
    password_hash TEXT NOT NULL,
    failed_logins INTEGER NOT NULL DEFAULT 0,
    locked_until BIGINT,
    created_at BIGINT NOT NULL,
    updated_at BIGINT NOT NULL))";

constexpr std::string_view refreshTokens = R"(CREATE TABLE refresh_tokens (
    id TEXT PRIMARY KEY,
    user_id TEXT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    token_hash TEXT NOT NULL UNIQUE,
    family_id TEXT NOT NULL,
    expires_at BIGINT NOT NULL,
    revoked_at BIGINT,
    replaced_by TEXT,
    created_at BIGINT NOT NULL))";
constexpr std::string_view refreshTokensFamily = "CREATE INDEX refresh_tokens_family ON refresh_tokens (family_id)";
constexpr std::string_view refreshTokensUser = "CREATE INDEX refresh_tokens_user ON refresh_tokens (user_id)";

constexpr std::string_view tickets = R"(CREATE TABLE tickets (
    id TEXT PRIMARY KEY,
    number BIGINT NOT NULL UNIQUE,
    title TEXT NOT NULL,
    description TEXT NOT NULL,
    priority TEXT NOT NULL,
    priority_rank INTEGER NOT NULL,
    category TEXT NOT NULL,
    status TEXT NOT NULL,
    channel TEXT NOT NULL,
    requester_name TEXT NOT NULL,
    requester_email TEXT NOT NULL,
    assignee_id TEXT,
    team TEXT NOT NULL,
    medical_case_ref TEXT,
    created_at BIGINT NOT NULL,
    updated_at BIGINT NOT NULL,
    first_response_at BIGINT,
    resolved_at BIGINT,
    escalation_level INTEGER NOT NULL,
    revision BIGINT NOT NULL))";
constexpr std::string_view ticketsStatus = "CREATE INDEX tickets_status ON tickets (status)";
constexpr std::string_view ticketsAssignee = "CREATE INDEX tickets_assignee ON tickets (assignee_id)";
constexpr std::string_view ticketsTeam = "CREATE INDEX tickets_team ON tickets (team)";
constexpr std::string_view ticketsCreated = "CREATE INDEX tickets_created ON tickets (created_at)";

constexpr std::string_view comments = R"(CREATE TABLE comments (
    id TEXT PRIMARY KEY,
    ticket_id TEXT NOT NULL REFERENCES tickets (id) ON DELETE CASCADE,
    author_id TEXT NOT NULL,
    body TEXT NOT NULL,
    visibility TEXT NOT NULL,
    created_at BIGINT NOT NULL))";
constexpr std::string_view commentsTicket = "CREATE INDEX comments_ticket ON comments (ticket_id, created_at)";

constexpr std::string_view kbArticles = R"(CREATE TABLE kb_articles (
    id TEXT PRIMARY KEY,
    title TEXT NOT NULL,
    body TEXT NOT NULL,
    category TEXT NOT NULL,
    content_type TEXT NOT NULL,
    status TEXT NOT NULL,
    language TEXT NOT NULL,
    version INTEGER NOT NULL,
    video_url TEXT,
    helpful_votes BIGINT NOT NULL DEFAULT 0,
    not_helpful_votes BIGINT NOT NULL DEFAULT 0,
    updated_at BIGINT NOT NULL,
    author_id TEXT NOT NULL))";
constexpr std::string_view kbVotes = R"(CREATE TABLE kb_votes (
    article_id TEXT NOT NULL REFERENCES kb_articles (id) ON DELETE CASCADE,
    user_id TEXT NOT NULL,
    helpful INTEGER NOT NULL,
    voted_at BIGINT NOT NULL,
    PRIMARY KEY (article_id, user_id)))";

constexpr std::string_view courses = R"(CREATE TABLE courses (
    id TEXT PRIMARY KEY,
    title TEXT NOT NULL,
    description TEXT NOT NULL,
    learning_path TEXT NOT NULL,
    certification_program TEXT,
    validity_months INTEGER NOT NULL))";
constexpr std::string_view courseModules = R"(CREATE TABLE course_modules (
    id TEXT PRIMARY KEY,
    course_id TEXT NOT NULL REFERENCES courses (id) ON DELETE CASCADE,
    title TEXT NOT NULL,
    position INTEGER NOT NULL,
    duration_minutes INTEGER NOT NULL,
    UNIQUE (course_id, position)))";
constexpr std::string_view enrollments = R"(CREATE TABLE enrollments (
    id TEXT PRIMARY KEY,
    course_id TEXT NOT NULL REFERENCES courses (id) ON DELETE CASCADE,
    user_id TEXT NOT NULL,
    status TEXT NOT NULL,
    completed_module_ids TEXT NOT NULL,
    enrolled_at BIGINT NOT NULL,
    completed_at BIGINT,
    UNIQUE (user_id, course_id)))";
constexpr std::string_view certificates = R"(CREATE TABLE certificates (
    id TEXT PRIMARY KEY,
    user_id TEXT NOT NULL,
    course_id TEXT NOT NULL REFERENCES courses (id) ON DELETE CASCADE,
    program TEXT,
    issued_at BIGINT NOT NULL,
    expires_at BIGINT NOT NULL,
    serial TEXT NOT NULL UNIQUE))";
constexpr std::string_view certificatesUser = "CREATE INDEX certificates_user ON certificates (user_id)";

constexpr std::string_view feedback = R"(CREATE TABLE feedback (
    id TEXT PRIMARY KEY,
    ticket_id TEXT,
    author_id TEXT NOT NULL,
    csat_score INTEGER,
    comment TEXT NOT NULL,
    category TEXT NOT NULL,
    created_at BIGINT NOT NULL,
    sentiment_score DOUBLE PRECISION))";
constexpr std::string_view feedbackCreated = "CREATE INDEX feedback_created ON feedback (created_at)";

// seq is assigned by the appender (previous + 1 under the chain lock), not by the database, so a gap is visible.
constexpr std::string_view auditLog = R"(CREATE TABLE audit_log (
    seq BIGINT PRIMARY KEY,
    at BIGINT NOT NULL,
    actor_id TEXT NOT NULL,
    actor_name TEXT NOT NULL,
    action TEXT NOT NULL,
    object_type TEXT NOT NULL,
    object_id TEXT NOT NULL,
    source_ip TEXT NOT NULL,
    outcome TEXT NOT NULL,
    detail TEXT NOT NULL,
    prev_hash TEXT NOT NULL,
    hash TEXT NOT NULL))";

// SQLite has no sequences: a counter row, bumped inside the BEGIN IMMEDIATE transaction that inserts the ticket.
constexpr std::string_view sqliteCounters = "CREATE TABLE counters (name TEXT PRIMARY KEY, value BIGINT NOT NULL)";
constexpr std::string_view sqliteTicketCounter = "INSERT INTO counters (name, value) VALUES ('ticket_number', 0)";
constexpr std::string_view sqliteAuditNoUpdate = "CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log "
                                                 "BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END";
constexpr std::string_view sqliteAuditNoDelete = "CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log "
                                                 "BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END";

constexpr std::string_view postgresTicketNumbers = "CREATE SEQUENCE ticket_number_seq AS BIGINT START WITH 1";
constexpr std::string_view postgresAuditFunction =
    "CREATE FUNCTION audit_log_append_only() RETURNS trigger LANGUAGE plpgsql AS "
    "$$ BEGIN RAISE EXCEPTION 'audit_log is append-only'; END $$";
constexpr std::string_view postgresAuditNoChange = "CREATE TRIGGER audit_log_no_change BEFORE UPDATE OR DELETE ON "
                                                   "audit_log FOR EACH ROW EXECUTE FUNCTION audit_log_append_only()";
constexpr std::string_view postgresAuditNoTruncate = "CREATE TRIGGER audit_log_no_truncate BEFORE TRUNCATE ON "
                                                     "audit_log FOR EACH STATEMENT EXECUTE FUNCTION "
                                                     "audit_log_append_only()";
// The server's role owns the table; revoking from the owner too means its own grants must be re-added on purpose.
constexpr std::string_view postgresAuditRevokePublic = "REVOKE UPDATE, DELETE, TRUNCATE ON audit_log FROM PUBLIC";
constexpr std::string_view postgresAuditRevokeOwner = "REVOKE UPDATE, DELETE, TRUNCATE ON audit_log FROM CURRENT_USER";

// Step 3: the history of periodic health checks.
constexpr std::string_view sqliteHealthChecks = R"(CREATE TABLE health_checks (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    service TEXT NOT NULL,
    status TEXT NOT NULL,
    checked_at BIGINT NOT NULL,
    latency_ms DOUBLE PRECISION,
    message TEXT))";
constexpr std::string_view postgresHealthChecks = R"(CREATE TABLE health_checks (
    id BIGSERIAL PRIMARY KEY,
    service TEXT NOT NULL,
    status TEXT NOT NULL,
    checked_at BIGINT NOT NULL,
    latency_ms DOUBLE PRECISION,
    message TEXT))";
constexpr std::string_view healthChecksIndex =
    "CREATE INDEX health_checks_service ON health_checks (service, checked_at)";

// Step 4: the last TOTP time step used per account, so a code cannot be replayed within its window.
constexpr std::string_view totpLastStep = "ALTER TABLE users ADD COLUMN totp_last_step BIGINT";

// Step 5: offline sync. sync_feed holds one row per synced object with the sequence number of its last change
// (tombstones for deletes); sync_counter hands out those numbers inside the writing transaction, and its row lock
// (PostgreSQL) or the single writer (SQLite) makes commit order equal number order, so a cursor never skips a change
// that commits later with a lower number. sync_mutations remembers every applied mutation's answer (exactly once);
// tickets.field_stamps holds the per-field clocks of the merge rules. Existing rows enter the feed in creation order.
constexpr std::string_view syncFeed = R"(CREATE TABLE sync_feed (
    seq BIGINT PRIMARY KEY,
    entity TEXT NOT NULL,
    entity_id TEXT NOT NULL,
    revision BIGINT NOT NULL,
    deleted INTEGER NOT NULL,
    hlc TEXT NOT NULL,
    UNIQUE (entity, entity_id)))";
constexpr std::string_view syncCounter = "CREATE TABLE sync_counter (id INTEGER PRIMARY KEY, value BIGINT NOT NULL)";
constexpr std::string_view syncMutations = R"(CREATE TABLE sync_mutations (
    mutation_id TEXT PRIMARY KEY,
    user_id TEXT NOT NULL,
    device_id TEXT NOT NULL,
    entity TEXT NOT NULL,
    entity_id TEXT NOT NULL,
    result TEXT NOT NULL,
    applied_at BIGINT NOT NULL))";
constexpr std::string_view ticketFieldStamps = "ALTER TABLE tickets ADD COLUMN field_stamps TEXT NOT NULL DEFAULT '{}'";
constexpr std::string_view backfillFeed = R"(INSERT INTO sync_feed (seq, entity, entity_id, revision, deleted, hlc)
    SELECT ROW_NUMBER() OVER (ORDER BY kind, id), entity, id, revision, 0, '000000000000000000-0000000000-server'
    FROM (SELECT 1 AS kind, 'ticket' AS entity, id, revision FROM tickets
          UNION ALL SELECT 2, 'comment', id, 1 FROM comments
          UNION ALL SELECT 3, 'kb_article', id, version FROM kb_articles
          UNION ALL SELECT 4, 'course', id, 1 FROM courses) AS existing)";
constexpr std::string_view syncCounterStart =
    "INSERT INTO sync_counter (id, value) SELECT 1, COALESCE(MAX(seq), 0) FROM sync_feed";

// Step 6: the notification outbox. Rows are written in the transaction that creates their cause (e.g. the ticket)
// and sent afterwards by NotificationSender; state is pending, sending (claimed: next_attempt_at is then the end of
// the claim's lease), sent or dead. Messages carry no patient data, so nothing here is encrypted.
constexpr std::string_view notificationOutbox = R"(CREATE TABLE notification_outbox (
    id TEXT PRIMARY KEY,
    channel TEXT NOT NULL,
    recipient TEXT NOT NULL,
    subject TEXT NOT NULL,
    body TEXT NOT NULL,
    event TEXT NOT NULL,
    ticket_id TEXT,
    state TEXT NOT NULL,
    attempts INTEGER NOT NULL,
    next_attempt_at BIGINT NOT NULL,
    last_error TEXT,
    created_at BIGINT NOT NULL,
    sent_at BIGINT))";
constexpr std::string_view notificationOutboxDue =
    "CREATE INDEX notification_outbox_due ON notification_outbox (channel, state, next_attempt_at)";
constexpr std::string_view notificationOutboxTicket =
    "CREATE INDEX notification_outbox_ticket ON notification_outbox (ticket_id)";

// Step 7: SLA scheduling. ticket_events is the SLA history of each ticket (creation, priority/category and status
// changes, agent and customer replies), written in the ticket's write transaction; sla_events holds the planned
// warning/escalation/breach instants keyed by (ticket, clock, clock start, kind, level), so a re-plan replaces
// planned rows and never revives a fired one; escalation_matrix is the admin-edited level -> team, people, channels.
// Existing tickets get their creation, current status and first response as history.
constexpr std::string_view sqliteTicketEvents = R"(CREATE TABLE ticket_events (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    ticket_id TEXT NOT NULL REFERENCES tickets (id) ON DELETE CASCADE,
    kind TEXT NOT NULL,
    at BIGINT NOT NULL,
    priority TEXT,
    category TEXT,
    status TEXT))";
constexpr std::string_view postgresTicketEvents = R"(CREATE TABLE ticket_events (
    id BIGSERIAL PRIMARY KEY,
    ticket_id TEXT NOT NULL REFERENCES tickets (id) ON DELETE CASCADE,
    kind TEXT NOT NULL,
    at BIGINT NOT NULL,
    priority TEXT,
    category TEXT,
    status TEXT))";
constexpr std::string_view ticketEventsTicket = "CREATE INDEX ticket_events_ticket ON ticket_events (ticket_id, id)";
constexpr std::string_view backfillCreated = R"(INSERT INTO ticket_events (ticket_id, kind, at, priority, category)
    SELECT id, 'created', created_at, priority, category FROM tickets ORDER BY created_at)";
constexpr std::string_view backfillStatus = R"(INSERT INTO ticket_events (ticket_id, kind, at, status)
    SELECT id, 'status', updated_at, status FROM tickets WHERE status <> 'new' ORDER BY created_at)";
constexpr std::string_view backfillResponse = R"(INSERT INTO ticket_events (ticket_id, kind, at)
    SELECT id, 'agent_reply', first_response_at FROM tickets WHERE first_response_at IS NOT NULL ORDER BY created_at)";
constexpr std::string_view slaEvents = R"(CREATE TABLE sla_events (
    event_key TEXT PRIMARY KEY,
    ticket_id TEXT NOT NULL REFERENCES tickets (id) ON DELETE CASCADE,
    clock TEXT NOT NULL,
    kind TEXT NOT NULL,
    level INTEGER NOT NULL,
    clock_started_at BIGINT NOT NULL,
    due_at BIGINT NOT NULL,
    state TEXT NOT NULL,
    fired_at BIGINT,
    claimed_by TEXT,
    outcome TEXT))";
// Admins' SLA calendars and policies as one JSON document (hss::sla::SlaConfiguration); replanned_revision says
// up to which revision every open ticket's due events were planned again.
constexpr std::string_view slaConfiguration = R"(CREATE TABLE sla_configuration (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    document TEXT NOT NULL,
    revision BIGINT NOT NULL,
    updated_at BIGINT NOT NULL,
    updated_by TEXT NOT NULL,
    replanned_revision BIGINT NOT NULL DEFAULT 0))";
constexpr std::string_view slaEventsDue = "CREATE INDEX sla_events_due ON sla_events (state, due_at)";
constexpr std::string_view slaEventsTicket = "CREATE INDEX sla_events_ticket ON sla_events (ticket_id, state, due_at)";
constexpr std::string_view escalationMatrix = R"(CREATE TABLE escalation_matrix (
    level INTEGER PRIMARY KEY,
    team TEXT NOT NULL,
    people TEXT NOT NULL,
    channels TEXT NOT NULL,
    updated_at BIGINT NOT NULL))";

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
};

} // namespace

std::span<const MigrationStep> migrationSteps()
{
    return steps;
}

} // namespace hss::server
