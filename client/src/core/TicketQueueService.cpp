// SPDX-License-Identifier: MIT
#include "TicketQueueService.h"

#include <QDateTime>
#include <QTimer>
#include <algorithm>

#include "ConsoleSession.h"
#include "FutureSupport.h"
#include "StoreWorker.h"
#include "hss/Clock.h"

namespace hss::client {

namespace {

// Emergencies the store holds are compared between loads; more than this many open at once is not a queue any
// more, and the banner would not help.
constexpr int emergencyWatchLimit = 1000;

bool sameTickets(const std::vector<QueueEntry>& a, const std::vector<QueueEntry>& b)
{
    return std::equal(a.begin(), a.end(), b.begin(), b.end(),
                      [](const QueueEntry& x, const QueueEntry& y) { return x.ticket.id == y.ticket.id; });
}

} // namespace

TicketQueueService::TicketQueueService(ConsoleSession& session, QObject* parent)
    : QObject(parent)
    , m_session(session)
    , m_refresh(new QTimer(this))
{
    m_refresh->setSingleShot(true);
    m_refresh->setInterval(500);
    connect(m_refresh, &QTimer::timeout, this,
            [this] { load(0, std::max(pageSize, static_cast<int>(m_rows.size())), true); });
    connect(&m_session, &ConsoleSession::opened, this, &TicketQueueService::reload);
    connect(&m_session, &ConsoleSession::storeChanged, this, &TicketQueueService::scheduleRefresh);
    connect(&m_session, &ConsoleSession::aboutToClose, this, &TicketQueueService::clear);
    // The first load after the first sync learns which emergencies are already there; later ones announce new ones.
    connect(&m_session, &ConsoleSession::syncStatusChanged, this, [this](const SyncStatus& status) {
        if (status.initialSyncDone && !m_emergenciesKnown) {
            scheduleRefresh();
        }
    });
    connect(&m_session, &ConsoleSession::stateChanged, this, [this](ConsoleSession::State state) {
        if (state == ConsoleSession::State::SignedOut) {
            m_knownEmergencies.clear();
            m_emergenciesKnown = false;
        }
    });
}

void TicketQueueService::setRefreshDelay(int milliseconds)
{
    m_refresh->setInterval(milliseconds);
}

QString TicketQueueService::userId() const
{
    return QString::fromStdString(m_session.user().id.toString());
}

TicketQuery TicketQueueService::currentQuery() const
{
    TicketQuery query = m_query;
    query.userId = userId();
    query.teams.clear();
    for (const std::string& team : m_session.user().teams) {
        query.teams << QString::fromStdString(team);
    }
    query.nowMs = QDateTime::currentMSecsSinceEpoch();
    return query;
}

void TicketQueueService::setView(TicketQuery::View view)
{
    if (m_query.view != view) {
        m_query.view = view;
        reload();
    }
}

void TicketQueueService::setSearch(const QString& text)
{
    const QString trimmed = text.trimmed();
    if (m_query.titleFilter != trimmed) {
        m_query.titleFilter = trimmed;
        reload();
    }
}

void TicketQueueService::setPriorityFilter(std::optional<Priority> priority)
{
    if (m_query.priority != priority) {
        m_query.priority = priority;
        reload();
    }
}

void TicketQueueService::setCategoryFilter(std::optional<Category> category)
{
    if (m_query.category != category) {
        m_query.category = category;
        reload();
    }
}

void TicketQueueService::setSort(TicketQuery::Sort sort, bool descending)
{
    if (m_query.sort != sort || m_query.descending != descending) {
        m_query.sort = sort;
        m_query.descending = descending;
        reload();
    }
}

bool TicketQueueService::canFetchMore() const
{
    return !m_loading && m_total > static_cast<qint64>(m_rows.size());
}

void TicketQueueService::fetchMore()
{
    if (canFetchMore()) {
        load(static_cast<int>(m_rows.size()), pageSize, false);
    }
}

void TicketQueueService::scheduleRefresh()
{
    if (!m_refresh->isActive()) {
        m_refresh->start();
    }
}

void TicketQueueService::reload()
{
    m_refresh->stop();
    clear();
    load(0, pageSize, true);
}

void TicketQueueService::clear()
{
    ++m_generation; // answers to earlier loads are dropped
    m_loading = false;
    emit aboutToReset();
    m_rows.clear();
    m_total = -1;
    emit resetDone();
}

void TicketQueueService::load(int offset, int limit, bool replace)
{
    StoreWorker* worker = m_session.worker();
    if (!worker) {
        return;
    }
    TicketQuery query = currentQuery();
    query.offset = offset;
    query.limit = limit;
    m_loading = true;
    const quint64 generation = ++m_generation;
    auto job = worker->run<Loaded>([query, replace](LocalStore& store) {
        const TicketRepository tickets(store.database());
        Loaded loaded;
        loaded.rows = tickets.query(query);
        if (replace) {
            loaded.total = tickets.count(query);
            TicketQuery emergencies;
            emergencies.view = TicketQuery::View::MedicalEmergencies;
            emergencies.limit = emergencyWatchLimit;
            for (QueueEntry& entry : tickets.query(emergencies)) {
                loaded.emergencies.push_back(std::move(entry.ticket));
            }
        }
        return loaded;
    });
    whenFinished(job, this, [this, offset, replace, generation](Loaded loaded) {
        applyLoaded(std::move(loaded), offset, replace, generation);
    });
}

void TicketQueueService::applyLoaded(Loaded loaded, int offset, bool replace, quint64 generation)
{
    if (generation != m_generation) {
        return; // the view changed or the store closed meanwhile
    }
    m_loading = false;
    if (replace) {
        checkEmergencies(loaded.emergencies);
        if (!m_rows.empty() && sameTickets(m_rows, loaded.rows)) {
            m_rows = std::move(loaded.rows); // same tickets in the same places: keep the selection
            m_total = loaded.total;
            emit rowsRefreshed(0, static_cast<int>(m_rows.size()) - 1);
            return;
        }
        emit aboutToReset();
        m_rows = std::move(loaded.rows);
        m_total = loaded.total;
        emit resetDone();
        return;
    }
    if (offset != static_cast<int>(m_rows.size()) || loaded.rows.empty()) {
        return;
    }
    const int first = static_cast<int>(m_rows.size());
    emit rowsAboutToBeAppended(first, first + static_cast<int>(loaded.rows.size()) - 1);
    std::move(loaded.rows.begin(), loaded.rows.end(), std::back_inserter(m_rows));
    emit rowsAppended();
}

void TicketQueueService::checkEmergencies(const std::vector<Ticket>& emergencies)
{
    QSet<QString> now;
    std::vector<const Ticket*> arrived;
    for (const Ticket& ticket : emergencies) {
        const QString id = QString::fromStdString(ticket.id.toString());
        now.insert(id);
        if (m_emergenciesKnown && !m_knownEmergencies.contains(id)) {
            arrived.push_back(&ticket);
        }
    }
    // Loads before the first sync finished only learn what is there: what the first sync brings is not "new".
    m_knownEmergencies = std::move(now);
    m_emergenciesKnown = m_session.syncStatus().initialSyncDone;
    for (const Ticket* ticket : arrived) {
        emit newEmergency(*ticket);
    }
}

} // namespace hss::client
