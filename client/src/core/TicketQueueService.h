// SPDX-License-Identifier: MIT
#pragma once

#include <QObject>
#include <QSet>
#include <QString>
#include <optional>
#include <vector>

#include "storage/TicketQuery.h"
#include "storage/TicketRepository.h"

class QTimer;

namespace hss::client {

class ConsoleSession;

/// The ticket queue the console shows: one view of the store (My tickets, My team, emergencies, …) with search,
/// filters and sort order, loaded a page at a time on the store's thread so 100,000 tickets never block the UI.
/// Reloads (debounced) when sync applies pages or the agent changes something, and announces medical emergencies
/// that were not in the store at the previous load.
class TicketQueueService final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TicketQueueService)

public:
    static constexpr int pageSize = 200;

    explicit TicketQueueService(ConsoleSession& session, QObject* parent = nullptr);

    void setView(TicketQuery::View view);
    TicketQuery::View view() const { return m_query.view; }
    void setSearch(const QString& text);
    void setPriorityFilter(std::optional<Priority> priority);
    void setCategoryFilter(std::optional<Category> category);
    void setSort(TicketQuery::Sort sort, bool descending);
    /// How long changes are collected before one reload.
    void setRefreshDelay(int milliseconds);

    const std::vector<QueueEntry>& rows() const { return m_rows; }
    /// How many tickets the view holds in all (-1 before the first load).
    qint64 totalCount() const { return m_total; }
    bool canFetchMore() const;
    /// Loads the next page; rowsAppended follows.
    void fetchMore();
    /// Loads the view again (as many rows as are shown now) after the debounce delay.
    void scheduleRefresh();
    /// Loads the view again from its first page, now.
    void reload();
    bool isLoading() const { return m_loading; }
    /// The signed-in user's id, for "assigned to me".
    QString userId() const;

signals:
    void aboutToReset();
    void resetDone();
    void rowsAboutToBeAppended(int first, int last);
    void rowsAppended();
    /// The rows at these indexes were replaced by fresher ones of the same tickets in the same places.
    void rowsRefreshed(int first, int last);
    /// A medical emergency arrived that the store did not hold at the previous load.
    void newEmergency(const hss::Ticket& ticket);

private:
    struct Loaded
    {
        std::vector<QueueEntry> rows;
        qint64 total = -1;
        std::vector<Ticket> emergencies;
    };

    void load(int offset, int limit, bool replace);
    void applyLoaded(Loaded loaded, int offset, bool replace, quint64 generation);
    void clear();
    void checkEmergencies(const std::vector<Ticket>& emergencies);
    TicketQuery currentQuery() const;

    ConsoleSession& m_session;
    TicketQuery m_query;
    std::vector<QueueEntry> m_rows;
    qint64 m_total = -1;
    bool m_loading = false;
    quint64 m_generation = 0;
    QTimer* m_refresh;
    QSet<QString> m_knownEmergencies;
    bool m_emergenciesKnown = false;
};

} // namespace hss::client
