// SPDX-License-Identifier: MIT
#pragma once

#include <string_view>

/// The SQL of the released schema steps 1 to 7, which never change again; MigrationSteps.cpp lists them in order.
namespace hss::server::migration_sql {

// Step 1 (released): server facts.
inline constexpr std::string_view serverInfo = "CREATE TABLE server_info (key TEXT PRIMARY KEY, value TEXT NOT NULL)";

// Step 2: the domain tables. Types are spelled so both dialects accept the same text: TEXT ids (canonical UUIDs),
// BIGINT milliseconds since the epoch, INTEGER 0/1 flags, JSON arrays in TEXT for lists. Values marked
// "encrypted" hold FieldCipher text ("v1:..."), never plaintext.
inline constexpr std::string_view users = R"(CREATE TABLE users (
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

inline constexpr std::string_view refreshTokens = R"(CREATE TABLE refresh_tokens (
    id TEXT PRIMARY KEY,
    user_id TEXT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    token_hash TEXT NOT NULL UNIQUE,
    family_id TEXT NOT NULL,
    expires_at BIGINT NOT NULL,
    revoked_at BIGINT,
    replaced_by TEXT,
    created_at BIGINT NOT NULL))";
inline constexpr std::string_view refreshTokensFamily =
    "CREATE INDEX refresh_tokens_family ON refresh_tokens (family_id)";
inline constexpr std::string_view refreshTokensUser = "CREATE INDEX refresh_tokens_user ON refresh_tokens (user_id)";

inline constexpr std::string_view tickets = R"(CREATE TABLE tickets (
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
inline constexpr std::string_view ticketsStatus = "CREATE INDEX tickets_status ON tickets (status)";
inline constexpr std::string_view ticketsAssignee = "CREATE INDEX tickets_assignee ON tickets (assignee_id)";
inline constexpr std::string_view ticketsTeam = "CREATE INDEX tickets_team ON tickets (team)";
inline constexpr std::string_view ticketsCreated = "CREATE INDEX tickets_created ON tickets (created_at)";

inline constexpr std::string_view comments = R"(CREATE TABLE comments (
    id TEXT PRIMARY KEY,
    ticket_id TEXT NOT NULL REFERENCES tickets (id) ON DELETE CASCADE,
    author_id TEXT NOT NULL,
    body TEXT NOT NULL,
    visibility TEXT NOT NULL,
    created_at BIGINT NOT NULL))";
inline constexpr std::string_view commentsTicket = "CREATE INDEX comments_ticket ON comments (ticket_id, created_at)";

inline constexpr std::string_view kbArticles = R"(CREATE TABLE kb_articles (
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
inline constexpr std::string_view kbVotes = R"(CREATE TABLE kb_votes (
    article_id TEXT NOT NULL REFERENCES kb_articles (id) ON DELETE CASCADE,
    user_id TEXT NOT NULL,
    helpful INTEGER NOT NULL,
    voted_at BIGINT NOT NULL,
    PRIMARY KEY (article_id, user_id)))";

inline constexpr std::string_view courses = R"(CREATE TABLE courses (
    id TEXT PRIMARY KEY,
    title TEXT NOT NULL,
    description TEXT NOT NULL,
    learning_path TEXT NOT NULL,
    certification_program TEXT,
    validity_months INTEGER NOT NULL))";
inline constexpr std::string_view courseModules = R"(CREATE TABLE course_modules (
    id TEXT PRIMARY KEY,
    course_id TEXT NOT NULL REFERENCES courses (id) ON DELETE CASCADE,
    title TEXT NOT NULL,
    position INTEGER NOT NULL,
    duration_minutes INTEGER NOT NULL,
    UNIQUE (course_id, position)))";
inline constexpr std::string_view enrollments = R"(CREATE TABLE enrollments (
    id TEXT PRIMARY KEY,
    course_id TEXT NOT NULL REFERENCES courses (id) ON DELETE CASCADE,
    user_id TEXT NOT NULL,
    status TEXT NOT NULL,
    completed_module_ids TEXT NOT NULL,
    enrolled_at BIGINT NOT NULL,
    completed_at BIGINT,
    UNIQUE (user_id, course_id)))";
inline constexpr std::string_view certificates = R"(CREATE TABLE certificates (
    id TEXT PRIMARY KEY,
    user_id TEXT NOT NULL,
    course_id TEXT NOT NULL REFERENCES courses (id) ON DELETE CASCADE,
    program TEXT,
    issued_at BIGINT NOT NULL,
    expires_at BIGINT NOT NULL,
    serial TEXT NOT NULL UNIQUE))";
inline constexpr std::string_view certificatesUser = "CREATE INDEX certificates_user ON certificates (user_id)";

inline constexpr std::string_view feedback = R"(CREATE TABLE feedback (
    id TEXT PRIMARY KEY,
    ticket_id TEXT,
    author_id TEXT NOT NULL,
    csat_score INTEGER,
    comment TEXT NOT NULL,
    category TEXT NOT NULL,
    created_at BIGINT NOT NULL,
    sentiment_score DOUBLE PRECISION))";
inline constexpr std::string_view feedbackCreated = "CREATE INDEX feedback_created ON feedback (created_at)";

// seq is assigned by the appender (previous + 1 under the chain lock), not by the database, so a gap is visible.
inline constexpr std::string_view auditLog = R"(CREATE TABLE audit_log (
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
inline constexpr std::string_view sqliteCounters =
    "CREATE TABLE counters (name TEXT PRIMARY KEY, value BIGINT NOT NULL)";
inline constexpr std::string_view sqliteTicketCounter =
    "INSERT INTO counters (name, value) VALUES ('ticket_number', 0)";
inline constexpr std::string_view sqliteAuditNoUpdate = "CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log "
                                                        "BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END";
inline constexpr std::string_view sqliteAuditNoDelete = "CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log "
                                                        "BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END";

inline constexpr std::string_view postgresTicketNumbers = "CREATE SEQUENCE ticket_number_seq AS BIGINT START WITH 1";
inline constexpr std::string_view postgresAuditFunction =
    "CREATE FUNCTION audit_log_append_only() RETURNS trigger LANGUAGE plpgsql AS "
    "$$ BEGIN RAISE EXCEPTION 'audit_log is append-only'; END $$";
inline constexpr std::string_view postgresAuditNoChange =
    "CREATE TRIGGER audit_log_no_change BEFORE UPDATE OR DELETE ON "
    "audit_log FOR EACH ROW EXECUTE FUNCTION audit_log_append_only()";
inline constexpr std::string_view postgresAuditNoTruncate = "CREATE TRIGGER audit_log_no_truncate BEFORE TRUNCATE ON "
                                                            "audit_log FOR EACH STATEMENT EXECUTE FUNCTION "
                                                            "audit_log_append_only()";
// The server's role owns the table; revoking from the owner too means its own grants must be re-added on purpose.
inline constexpr std::string_view postgresAuditRevokePublic =
    "REVOKE UPDATE, DELETE, TRUNCATE ON audit_log FROM PUBLIC";
inline constexpr std::string_view postgresAuditRevokeOwner =
    "REVOKE UPDATE, DELETE, TRUNCATE ON audit_log FROM CURRENT_USER";

// Step 3: the history of periodic health checks.
inline constexpr std::string_view sqliteHealthChecks = R"(CREATE TABLE health_checks (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    service TEXT NOT NULL,
    status TEXT NOT NULL,
    checked_at BIGINT NOT NULL,
    latency_ms DOUBLE PRECISION,
    message TEXT))";
inline constexpr std::string_view postgresHealthChecks = R"(CREATE TABLE health_checks (
    id BIGSERIAL PRIMARY KEY,
    service TEXT NOT NULL,
    status TEXT NOT NULL,
    checked_at BIGINT NOT NULL,
    latency_ms DOUBLE PRECISION,
    message TEXT))";
inline constexpr std::string_view healthChecksIndex =
    "CREATE INDEX health_checks_service ON health_checks (service, checked_at)";

// Step 4: the last TOTP time step used per account, so a code cannot be replayed within its window.
inline constexpr std::string_view totpLastStep = "ALTER TABLE users ADD COLUMN totp_last_step BIGINT";

// Step 5: offline sync. sync_feed holds one row per synced object with the sequence number of its last change
// (tombstones for deletes); sync_counter hands out those numbers inside the writing transaction, and its row lock
// (PostgreSQL) or the single writer (SQLite) makes commit order equal number order, so a cursor never skips a change
// that commits later with a lower number. sync_mutations remembers every applied mutation's answer (exactly once);
// tickets.field_stamps holds the per-field clocks of the merge rules. Existing rows enter the feed in creation order.
inline constexpr std::string_view syncFeed = R"(CREATE TABLE sync_feed (
    seq BIGINT PRIMARY KEY,
    entity TEXT NOT NULL,
    entity_id TEXT NOT NULL,
    revision BIGINT NOT NULL,
    deleted INTEGER NOT NULL,
    hlc TEXT NOT NULL,
    UNIQUE (entity, entity_id)))";
inline constexpr std::string_view syncCounter =
    "CREATE TABLE sync_counter (id INTEGER PRIMARY KEY, value BIGINT NOT NULL)";
inline constexpr std::string_view syncMutations = R"(CREATE TABLE sync_mutations (
    mutation_id TEXT PRIMARY KEY,
    user_id TEXT NOT NULL,
    device_id TEXT NOT NULL,
    entity TEXT NOT NULL,
    entity_id TEXT NOT NULL,
    result TEXT NOT NULL,
    applied_at BIGINT NOT NULL))";
inline constexpr std::string_view ticketFieldStamps =
    "ALTER TABLE tickets ADD COLUMN field_stamps TEXT NOT NULL DEFAULT '{}'";
inline constexpr std::string_view backfillFeed =
    R"(INSERT INTO sync_feed (seq, entity, entity_id, revision, deleted, hlc)
    SELECT ROW_NUMBER() OVER (ORDER BY kind, id), entity, id, revision, 0, '000000000000000000-0000000000-server'
    FROM (SELECT 1 AS kind, 'ticket' AS entity, id, revision FROM tickets
          UNION ALL SELECT 2, 'comment', id, 1 FROM comments
          UNION ALL SELECT 3, 'kb_article', id, version FROM kb_articles
          UNION ALL SELECT 4, 'course', id, 1 FROM courses) AS existing)";
inline constexpr std::string_view syncCounterStart =
    "INSERT INTO sync_counter (id, value) SELECT 1, COALESCE(MAX(seq), 0) FROM sync_feed";

// Step 6: the notification outbox. Rows are written in the transaction that creates their cause (e.g. the ticket)
// and sent afterwards by NotificationSender; state is pending, sending (claimed: next_attempt_at is then the end of
// the claim's lease), sent or dead. Messages carry no patient data, so nothing here is encrypted.
inline constexpr std::string_view notificationOutbox = R"(CREATE TABLE notification_outbox (
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
inline constexpr std::string_view notificationOutboxDue =
    "CREATE INDEX notification_outbox_due ON notification_outbox (channel, state, next_attempt_at)";
inline constexpr std::string_view notificationOutboxTicket =
    "CREATE INDEX notification_outbox_ticket ON notification_outbox (ticket_id)";

// Step 7: SLA scheduling. ticket_events is the SLA history of each ticket (creation, priority/category and status
// changes, agent and customer replies), written in the ticket's write transaction; sla_events holds the planned
// warning/escalation/breach instants keyed by (ticket, clock, clock start, kind, level), so a re-plan replaces
// planned rows and never revives a fired one; escalation_matrix is the admin-edited level -> team, people, channels.
// Existing tickets get their creation, current status and first response as history.
inline constexpr std::string_view sqliteTicketEvents = R"(CREATE TABLE ticket_events (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    ticket_id TEXT NOT NULL REFERENCES tickets (id) ON DELETE CASCADE,
    kind TEXT NOT NULL,
    at BIGINT NOT NULL,
    priority TEXT,
    category TEXT,
    status TEXT))";
inline constexpr std::string_view postgresTicketEvents = R"(CREATE TABLE ticket_events (
    id BIGSERIAL PRIMARY KEY,
    ticket_id TEXT NOT NULL REFERENCES tickets (id) ON DELETE CASCADE,
    kind TEXT NOT NULL,
    at BIGINT NOT NULL,
    priority TEXT,
    category TEXT,
    status TEXT))";
inline constexpr std::string_view ticketEventsTicket =
    "CREATE INDEX ticket_events_ticket ON ticket_events (ticket_id, id)";
inline constexpr std::string_view backfillCreated =
    R"(INSERT INTO ticket_events (ticket_id, kind, at, priority, category)
    SELECT id, 'created', created_at, priority, category FROM tickets ORDER BY created_at)";
inline constexpr std::string_view backfillStatus = R"(INSERT INTO ticket_events (ticket_id, kind, at, status)
    SELECT id, 'status', updated_at, status FROM tickets WHERE status <> 'new' ORDER BY created_at)";
inline constexpr std::string_view backfillResponse = R"(INSERT INTO ticket_events (ticket_id, kind, at)
    SELECT id, 'agent_reply', first_response_at FROM tickets WHERE first_response_at IS NOT NULL ORDER BY created_at)";
inline constexpr std::string_view slaEvents = R"(CREATE TABLE sla_events (
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
inline constexpr std::string_view slaConfiguration = R"(CREATE TABLE sla_configuration (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    document TEXT NOT NULL,
    revision BIGINT NOT NULL,
    updated_at BIGINT NOT NULL,
    updated_by TEXT NOT NULL,
    replanned_revision BIGINT NOT NULL DEFAULT 0))";
inline constexpr std::string_view slaEventsDue = "CREATE INDEX sla_events_due ON sla_events (state, due_at)";
inline constexpr std::string_view slaEventsTicket =
    "CREATE INDEX sla_events_ticket ON sla_events (ticket_id, state, due_at)";
inline constexpr std::string_view escalationMatrix = R"(CREATE TABLE escalation_matrix (
    level INTEGER PRIMARY KEY,
    team TEXT NOT NULL,
    people TEXT NOT NULL,
    channels TEXT NOT NULL,
    updated_at BIGINT NOT NULL))";

} // namespace hss::server::migration_sql
