// SPDX-License-Identifier: MIT
#include "StoreCounts.h"

#include <utility>

#include "BenchConsole.h"
#include "core/StoreWorker.h"
#include "storage/TicketRepository.h"
#include "storage/TrainingRepository.h"

namespace hss::bench {

using namespace hss::client;

void reportStoreCounts(StoreWorker& worker)
{
    const auto counts = awaitResult(worker.run<std::pair<qint64, qint64>>([](LocalStore& store) {
        TicketQuery everything;
        everything.view = TicketQuery::View::Everything;
        return std::pair {TicketRepository(store.database()).count(everything),
                          static_cast<qint64>(TrainingRepository(store.database()).courses().size())};
    }));
    report(QStringLiteral("store-tickets"), QString::number(counts ? counts->first : -1));
    report(QStringLiteral("store-courses"), QString::number(counts ? counts->second : -1));
}

} // namespace hss::bench
