// SPDX-License-Identifier: MIT
#include "Schema.h"

#include <QSqlError>
#include <QSqlQuery>

#include "SchemaMigrator.h"
#include "TicketSlaCodec.h"
#include "hss/JsonText.h"
#include "hss/sla/SlaReport.h"

namespace hss::client {

namespace {

bool runAll(QSqlDatabase& db, const QStringList& statements, QString* error)
{
    QSqlQuery query(db);
    for (const QString& sql : statements) {
        if (!query.exec(sql)) {
            *error = query.lastError().text() + QStringLiteral(" in: ") + sql.left(80);
            return false;
        }
    }
    return true;
}

// Released: never edit. Times are milliseconds since the epoch (UTC); ids are UUID text.
const QStringList version1 {
    QStringLiteral("CREATE TABLE tickets ("
                   " id TEXT PRIMARY KEY, number INTEGER UNIQUE, title TEXT NOT NULL, description TEXT NOT NULL,"
                   " priority TEXT NOT NULL, priority_rank INTEGER NOT NULL, category TEXT NOT NULL,"
                   " status TEXT NOT NULL, is_open INTEGER NOT NULL, channel TEXT NOT NULL,"
                   " requester_name TEXT NOT NULL, requester_email TEXT NOT NULL, assignee_id TEXT, team TEXT NOT NULL,"
                   " medical_case_ref TEXT, created_at INTEGER NOT NULL, updated_at INTEGER NOT NULL,"
                   " first_response_at INTEGER, resolved_at INTEGER, escalation_level INTEGER NOT NULL DEFAULT 0,"
                   " revision INTEGER NOT NULL DEFAULT 0, sla_due_at INTEGER)"),
    QStringLiteral("CREATE INDEX tickets_queue ON tickets (is_open, priority_rank, sla_due_at)"),
    QStringLiteral("CREATE INDEX tickets_assignee ON tickets (assignee_id, is_open, priority_rank)"),
    QStringLiteral("CREATE INDEX tickets_team ON tickets (team, is_open, priority_rank)"),
    QStringLiteral("CREATE INDEX tickets_category ON tickets (category, is_open, priority_rank)"),
    QStringLiteral("CREATE INDEX tickets_updated ON tickets (updated_at)"),
    QStringLiteral(
        "CREATE TABLE comments ("
        " id TEXT PRIMARY KEY, ticket_id TEXT NOT NULL REFERENCES tickets(id) ON DELETE CASCADE,"
        " author_id TEXT NOT NULL, body TEXT NOT NULL, visibility TEXT NOT NULL, created_at INTEGER NOT NULL)"),
    QStringLiteral("CREATE INDEX comments_ticket ON comments (ticket_id, created_at)"),
    QStringLiteral("CREATE TABLE ticket_events ("
                   " id TEXT PRIMARY KEY, ticket_id TEXT NOT NULL REFERENCES tickets(id) ON DELETE CASCADE,"
                   " kind TEXT NOT NULL, payload TEXT NOT NULL, hlc TEXT NOT NULL, created_at INTEGER NOT NULL)"),
    QStringLiteral("CREATE INDEX ticket_events_ticket ON ticket_events (ticket_id, hlc)"),
    QStringLiteral(
        "CREATE TABLE kb_articles ("
        " id TEXT PRIMARY KEY, title TEXT NOT NULL, body TEXT NOT NULL, category TEXT NOT NULL,"
        " content_type TEXT NOT NULL, status TEXT NOT NULL, language TEXT NOT NULL, version INTEGER NOT NULL,"
        " video_url TEXT, helpful_votes INTEGER NOT NULL DEFAULT 0,"
        " not_helpful_votes INTEGER NOT NULL DEFAULT 0, author_id TEXT NOT NULL, updated_at INTEGER NOT NULL)"),
    QStringLiteral("CREATE INDEX kb_articles_category ON kb_articles (category, status)"),
    QStringLiteral("CREATE TABLE kb_article_versions ("
                   " article_id TEXT NOT NULL REFERENCES kb_articles(id) ON DELETE CASCADE, version INTEGER NOT NULL,"
                   " title TEXT NOT NULL, body TEXT NOT NULL, changed_by TEXT NOT NULL, changed_at INTEGER NOT NULL,"
                   " PRIMARY KEY (article_id, version))"),
    QStringLiteral("CREATE TABLE courses ("
                   " id TEXT PRIMARY KEY, title TEXT NOT NULL, description TEXT NOT NULL, learning_path TEXT NOT NULL,"
                   " certification_program TEXT, validity_months INTEGER NOT NULL, payload TEXT NOT NULL)"),
    QStringLiteral("CREATE TABLE enrollments ("
                   " id TEXT PRIMARY KEY, course_id TEXT NOT NULL REFERENCES courses(id) ON DELETE CASCADE,"
                   " user_id TEXT NOT NULL, status TEXT NOT NULL, payload TEXT NOT NULL, enrolled_at INTEGER NOT NULL,"
                   " completed_at INTEGER)"),
    QStringLiteral("CREATE INDEX enrollments_user ON enrollments (user_id, status)"),
    QStringLiteral("CREATE TABLE certificates ("
                   " id TEXT PRIMARY KEY, user_id TEXT NOT NULL, course_id TEXT NOT NULL, program TEXT,"
                   " issued_at INTEGER NOT NULL, expires_at INTEGER NOT NULL, serial TEXT NOT NULL)"),
    QStringLiteral("CREATE INDEX certificates_user ON certificates (user_id, expires_at)"),
    QStringLiteral("CREATE TABLE feedback ("
                   " id TEXT PRIMARY KEY, ticket_id TEXT, author_id TEXT NOT NULL, csat INTEGER, comment TEXT NOT NULL,"
                   " category TEXT NOT NULL, sentiment REAL, created_at INTEGER NOT NULL)"),
    QStringLiteral("CREATE INDEX feedback_created ON feedback (created_at)"),
    QStringLiteral("CREATE TABLE users ("
                   " id TEXT PRIMARY KEY, username TEXT NOT NULL UNIQUE, payload TEXT NOT NULL)"),
    QStringLiteral("CREATE TABLE settings (key TEXT PRIMARY KEY, value TEXT NOT NULL)"),
    QStringLiteral("CREATE TABLE outbox ("
                   " seq INTEGER PRIMARY KEY AUTOINCREMENT, mutation_id TEXT NOT NULL UNIQUE, entity TEXT NOT NULL,"
                   " entity_id TEXT NOT NULL, priority_rank INTEGER NOT NULL, payload TEXT NOT NULL,"
                   " created_at INTEGER NOT NULL, attempts INTEGER NOT NULL DEFAULT 0, last_error TEXT)"),
    QStringLiteral("CREATE INDEX outbox_order ON outbox (priority_rank, seq)"),
    QStringLiteral("CREATE TABLE sync_state (key TEXT PRIMARY KEY, value TEXT NOT NULL)"),
    QStringLiteral("CREATE TABLE audit_local ("
                   " seq INTEGER PRIMARY KEY AUTOINCREMENT, at INTEGER NOT NULL, user_id TEXT NOT NULL,"
                   " action TEXT NOT NULL, object_type TEXT NOT NULL, object_id TEXT NOT NULL, outcome TEXT NOT NULL)"),
    QStringLiteral("CREATE TRIGGER audit_local_no_update BEFORE UPDATE ON audit_local"
                   " BEGIN SELECT RAISE(ABORT, 'audit_local is append-only'); END"),
};

const QStringList version2 {
    // External-content FTS4: the index holds no second copy of the article text.
    QStringLiteral("CREATE VIRTUAL TABLE kb_fts USING fts4(content=\"kb_articles\", title, body, tokenize=unicode61)"),
    QStringLiteral("CREATE TRIGGER kb_fts_before_update BEFORE UPDATE ON kb_articles BEGIN"
                   " DELETE FROM kb_fts WHERE docid = old.rowid; END"),
    QStringLiteral("CREATE TRIGGER kb_fts_before_delete BEFORE DELETE ON kb_articles BEGIN"
                   " DELETE FROM kb_fts WHERE docid = old.rowid; END"),
    QStringLiteral("CREATE TRIGGER kb_fts_after_update AFTER UPDATE ON kb_articles BEGIN"
                   " INSERT INTO kb_fts (docid, title, body) VALUES (new.rowid, new.title, new.body); END"),
    QStringLiteral("CREATE TRIGGER kb_fts_after_insert AFTER INSERT ON kb_articles BEGIN"
                   " INSERT INTO kb_fts (docid, title, body) VALUES (new.rowid, new.title, new.body); END"),
    QStringLiteral("INSERT INTO kb_fts (kb_fts) VALUES ('rebuild')"),
};

// Sync: the outbox keeps rejected mutations visible instead of dropping them, remembers which entries were
// already sent (a sent entry's payload must never change, the server may have applied it) and groups a ticket's
// mutations so raising its priority moves them together and keeps their order. Conflict notes pulled from the
// server are listed until a user acknowledges them.
const QStringList version3 {
    QStringLiteral("ALTER TABLE outbox ADD COLUMN kind TEXT NOT NULL DEFAULT 'update'"),
    QStringLiteral("ALTER TABLE outbox ADD COLUMN ticket_id TEXT"),
    QStringLiteral("ALTER TABLE outbox ADD COLUMN state TEXT NOT NULL DEFAULT 'pending'"),
    QStringLiteral("ALTER TABLE outbox ADD COLUMN sent INTEGER NOT NULL DEFAULT 0"),
    QStringLiteral("ALTER TABLE outbox ADD COLUMN reason TEXT"),
    QStringLiteral("UPDATE outbox SET ticket_id = entity_id WHERE entity = 'ticket'"),
    QStringLiteral("CREATE INDEX outbox_pending ON outbox (state, priority_rank, seq)"),
    QStringLiteral("CREATE INDEX outbox_entity ON outbox (entity_id, state)"),
    QStringLiteral("CREATE INDEX outbox_ticket ON outbox (ticket_id, state)"),
    QStringLiteral("CREATE TABLE conflict_notes ("
                   " comment_id TEXT PRIMARY KEY REFERENCES comments(id) ON DELETE CASCADE,"
                   " ticket_id TEXT NOT NULL, created_at INTEGER NOT NULL, acknowledged_at INTEGER)"),
    QStringLiteral("CREATE INDEX conflict_notes_open ON conflict_notes (acknowledged_at, created_at)"),
};

// SLA clocks pulled from the server, one row per ticket: the full report for the detail view, and the nearest running
// deadline and escalation level in indexed columns so "breaching soon" and "escalated" lists need no JSON. The queue
// itself sorts on tickets.sla_due_at (tickets_queue index), which the pull sets from the same report.
const QStringList version4 {
    QStringLiteral("CREATE TABLE ticket_sla ("
                   " ticket_id TEXT PRIMARY KEY REFERENCES tickets(id) ON DELETE CASCADE,"
                   " evaluated_at INTEGER NOT NULL, next_due_at INTEGER, escalation_level INTEGER NOT NULL,"
                   " report TEXT NOT NULL)"),
    QStringLiteral("CREATE INDEX ticket_sla_next_due ON ticket_sla (next_due_at)"),
    QStringLiteral("CREATE INDEX ticket_sla_escalation ON ticket_sla (escalation_level, next_due_at)"),
    // Tickets pulled before this step have no clocks: read the feed again from its start. Applying it again is
    // harmless (older revisions are skipped, comments and conflict notes are insert-or-ignore, waiting local edits
    // are re-applied on top) and the console stays usable meanwhile (initial_sync_done is kept).
    QStringLiteral("DELETE FROM sync_state WHERE key = 'cursor'"),
};

// SLA clocks in the compact form of TicketSlaCodec (about 100 bytes instead of 1.1-1.3 KB of JSON a ticket), in a
// table clustered on the ticket id: encoding, then encrypting the JSON was the largest cost of an initial sync.
// Nothing queried next_due_at alone (the queue sorts on tickets.sla_due_at), so that index goes. Stored reports are
// converted in between (version5Convert); one that cannot be read is dropped, as it could not be shown either, and
// comes back with the ticket's next change.
const QStringList version5Before {
    QStringLiteral("ALTER TABLE ticket_sla RENAME TO ticket_sla_v4"),
    QStringLiteral("DROP INDEX ticket_sla_next_due"),
    QStringLiteral("DROP INDEX ticket_sla_escalation"),
    QStringLiteral("CREATE TABLE ticket_sla ("
                   " ticket_id TEXT PRIMARY KEY REFERENCES tickets(id) ON DELETE CASCADE,"
                   " next_due_at INTEGER, escalation_level INTEGER NOT NULL, clocks BLOB NOT NULL) WITHOUT ROWID"),
};
const QStringList version5After {
    QStringLiteral("DROP TABLE ticket_sla_v4"),
    QStringLiteral("CREATE INDEX ticket_sla_escalation ON ticket_sla (escalation_level, next_due_at)"),
};

bool version5Convert(QSqlDatabase& db, QString* error)
{
    QSqlQuery rows(db);
    rows.setForwardOnly(true);
    QSqlQuery insert(db);
    if (!rows.exec(QStringLiteral("SELECT ticket_id, next_due_at, escalation_level, report FROM ticket_sla_v4"))
        || !insert.prepare(QStringLiteral(
            "INSERT INTO ticket_sla (ticket_id, next_due_at, escalation_level, clocks) VALUES (?, ?, ?, ?)"))) {
        *error = (rows.lastError().isValid() ? rows : insert).lastError().text();
        return false;
    }
    while (rows.next()) {
        const QByteArray text = rows.value(3).toString().toUtf8();
        const auto report = decodeJsonText(std::string_view(text.constData(), static_cast<std::size_t>(text.size())),
                                           &sla::slaReportFromJson);
        if (!report) {
            continue;
        }
        for (int column = 0; column < 3; ++column) {
            insert.bindValue(column, rows.value(column));
        }
        insert.bindValue(3, TicketSlaCodec::encode(report.value()));
        if (!insert.exec()) {
            *error = insert.lastError().text() + QStringLiteral(" converting SLA clocks");
            return false;
        }
    }
    return true;
}

// The signed-in user's own KB votes, one per article, so the page shows them before (and after) they are synced.
const QStringList version6 {
    QStringLiteral("CREATE TABLE kb_votes ("
                   " article_id TEXT NOT NULL REFERENCES kb_articles(id) ON DELETE CASCADE, user_id TEXT NOT NULL,"
                   " helpful INTEGER NOT NULL, voted_at INTEGER NOT NULL, PRIMARY KEY (article_id, user_id))"),
};

// Issue 8: a clinician's verdict on the AI system's critical decision travels with feedback, and the organisation's
// usage figures (read-only, from the server) feed clinical adoption.
const QStringList version7 {
    QStringLiteral("ALTER TABLE feedback ADD COLUMN safety_outcome TEXT"),
    QStringLiteral("CREATE TABLE usage_figures ("
                   " id TEXT PRIMARY KEY, period_start INTEGER NOT NULL, period_end INTEGER NOT NULL,"
                   " active_professionals INTEGER NOT NULL, licensed_professionals INTEGER NOT NULL,"
                   " site TEXT NOT NULL DEFAULT '', note TEXT NOT NULL DEFAULT '', recorded_at INTEGER NOT NULL)"),
    QStringLiteral("CREATE INDEX usage_figures_period ON usage_figures (period_start, period_end)"),
};

// Issue 8: the dashboards read a few columns of every ticket of a period (KpiFactsRepository). Covering indexes let
// SQLite scan narrow index pages instead of the wide ticket and feedback rows (title, description, comment), and
// answer the feedback's "team of its ticket" lookup from the index alone.
const QStringList version8 {
    QStringLiteral("CREATE INDEX tickets_kpi ON tickets (created_at, first_response_at, resolved_at, is_open,"
                   " priority_rank, team, priority, category, status, escalation_level, id)"),
    QStringLiteral("CREATE INDEX tickets_id_team ON tickets (id, team)"),
    QStringLiteral(
        "CREATE INDEX feedback_kpi ON feedback (created_at, csat, sentiment, safety_outcome, ticket_id, id)"),
};

// The queue's default order, exactly as TicketRepository sorts (most severe first, then the nearest SLA deadline,
// tickets without one last, then the oldest): the open tickets come out of this index already in order, so a page
// deep in "All open" skips index entries instead of sorting every open ticket again for each page.
const QStringList version9 {
    QStringLiteral("CREATE INDEX tickets_queue_order ON tickets (is_open, priority_rank DESC, (sla_due_at IS NULL),"
                   " sla_due_at, created_at)"),
};

// Editing and translating articles: who saved the current version, the source of a translation and the source's
// version it was made from, and the editor's note on each stored version.
const QStringList version10 {
    QStringLiteral("ALTER TABLE kb_articles ADD COLUMN edited_by TEXT"),
    QStringLiteral("ALTER TABLE kb_articles ADD COLUMN translation_of TEXT"),
    QStringLiteral("ALTER TABLE kb_articles ADD COLUMN source_version INTEGER"),
    QStringLiteral("CREATE INDEX kb_articles_translation_of ON kb_articles (translation_of)"),
    QStringLiteral("ALTER TABLE kb_article_versions ADD COLUMN note TEXT NOT NULL DEFAULT ''"),
};

} // namespace

std::vector<MigrationStep> schemaSteps()
{
    return {
        {1, [](QSqlDatabase& db, QString* error) { return runAll(db, version1, error); }},
        {2, [](QSqlDatabase& db, QString* error) { return runAll(db, version2, error); }},
        {3, [](QSqlDatabase& db, QString* error) { return runAll(db, version3, error); }},
        {4, [](QSqlDatabase& db, QString* error) { return runAll(db, version4, error); }},
        {5,
         [](QSqlDatabase& db, QString* error) {
             return runAll(db, version5Before, error) && version5Convert(db, error) && runAll(db, version5After, error);
         }},
        {6, [](QSqlDatabase& db, QString* error) { return runAll(db, version6, error); }},
        {7, [](QSqlDatabase& db, QString* error) { return runAll(db, version7, error); }},
        {8, [](QSqlDatabase& db, QString* error) { return runAll(db, version8, error); }},
        {9, [](QSqlDatabase& db, QString* error) { return runAll(db, version9, error); }},
        {10, [](QSqlDatabase& db, QString* error) { return runAll(db, version10, error); }},
    };
}

} // namespace hss::client
