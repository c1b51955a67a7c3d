// SPDX-License-Identifier: MIT
// Child process for TestStoreCrash: writes batches of tickets in transactions and reports each commit on
// stdout until it is killed. Usage: StoreCrashWriter <store path> <hex key> <first batch>
#include <QCoreApplication>
#include <QSqlDatabase>
#include <QTextStream>
#include <cstdio>

#include "storage/LocalStore.h"
#include "storage/TicketRepository.h"

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    if (argc != 4) {
        std::fprintf(stderr, "usage: StoreCrashWriter <store> <hex key> <first batch>\n");
        return 2;
    }
    const QByteArray key = QByteArray::fromHex(argv[2]);
    hss::client::LocalStore store(QStringLiteral("crash-writer"));
    const auto error = store.open(QString::fromLocal8Bit(argv[1]),
                                  {reinterpret_cast<const unsigned char*>(key.constData()), std::size_t(key.size())},
                                  hss::client::LocalStore::OpenMode::CreateIfMissing);
    if (error) {
        std::fprintf(stderr, "open failed: %s\n", qPrintable(error->message));
        return 1;
    }
    hss::client::TicketRepository tickets(store.database());
    for (int batch = std::atoi(argv[3]);; ++batch) {
        QSqlDatabase db = store.database();
        if (!db.transaction()) {
            return 1;
        }
        for (int row = 0; row < 100; ++row) {
            hss::Ticket t;
            t.id = hss::Uuid::createV7();
            t.title = "batch " + std::to_string(batch) + " row " + std::to_string(row);
            t.requesterName = "Crash Test";
            t.team = "tier1";
            t.createdAt = t.updatedAt = 1764144000000;
            if (tickets.upsert(t)) {
                return 1;
            }
        }
        if (!db.commit()) {
            return 1;
        }
        std::printf("committed %d\n", batch);
        std::fflush(stdout);
    }
}
