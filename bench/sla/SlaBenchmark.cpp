// SPDX-License-Identifier: MIT
// hss-bench-sla (issue 6): the server's SLA scheduler with a million open tickets' events planned. Usage:
//   hss-bench-sla seed DATA_DIR [--tickets N] [--database-url URL]
//   hss-bench-sla run DATA_DIR [--rate R] [--seconds S] [--lead-ms L] [--batch B] [--rewalk 1] [--database-url URL]
// `seed` fills a data folder once; each `run` (a fresh process, so its memory is the scheduler's) plans a window of
// R events per second for S seconds and measures start-up, lateness and memory. See bench/README.md.
#include <cstdlib>
#include <iostream>
#include <string>

#include "SlaBenchRun.h"
#include "SlaBenchSeeder.h"

namespace {

int usage()
{
    std::cerr << "usage: hss-bench-sla seed DATA_DIR [--tickets N] [--database-url URL]\n"
                 "       hss-bench-sla run DATA_DIR [--rate R] [--seconds S] [--lead-ms L] [--batch B] "
                 "[--rewalk 1] [--database-url URL]\n";
    return 64;
}

} // namespace

int main(int argc, char** argv)
{
    if (argc < 3) {
        return usage();
    }
    const std::string command = argv[1];
    hss::bench::SlaSeedOptions seed;
    hss::bench::SlaRunOptions run;
    seed.dataDir = run.dataDir = argv[2];
    for (int i = 3; i + 1 < argc; i += 2) {
        const std::string name = argv[i];
        if (name == "--database-url") {
            seed.databaseUrl = run.databaseUrl = argv[i + 1];
            continue;
        }
        const int value = std::atoi(argv[i + 1]);
        if (value <= 0) {
            return usage();
        }
        if (command == "seed" && name == "--tickets") {
            seed.tickets = value;
        } else if (command == "run" && name == "--rate") {
            run.rate = value;
        } else if (command == "run" && name == "--seconds") {
            run.seconds = value;
        } else if (command == "run" && name == "--lead-ms") {
            run.leadMs = value;
        } else if (command == "run" && name == "--batch") {
            run.batch = value;
        } else if (command == "run" && name == "--rewalk") {
            run.rewalk = true;
        } else {
            return usage();
        }
    }
    if ((argc - 3) % 2 != 0) {
        return usage();
    }
    if (command == "seed") {
        return hss::bench::seedSlaBench(seed, std::cout, std::cerr);
    }
    if (command == "run") {
        return hss::bench::runSlaBench(run, std::cout, std::cerr);
    }
    return usage();
}
