// SPDX-License-Identifier: MIT
#include "TriageTables.h"

#include <cstdio>
#include <fstream>
#include <sstream>

namespace hss::triage::bench {

std::optional<std::string> readFile(const std::string& path)
{
    std::ifstream in(path, std::ios::binary);
    if (!in) {
        return std::nullopt;
    }
    std::ostringstream text;
    text << in.rdbuf();
    return text.str();
}

void printCountsHeader()
{
    std::printf("| %-20s | %9s | %6s | %3s | %3s | %3s |\n", "emergency", "precision", "recall", "TP", "FP", "FN");
    std::printf("|%s|%s|%s|%s|%s|%s|\n", "----------------------",
                "----------:", "-------:", "----:", "----:", "----:");
}

void printCounts(const char* name, const BinaryCounts& counts)
{
    std::printf("| %-20s | %9.3f | %6.3f | %3zu | %3zu | %3zu |\n", name, counts.precision(), counts.recall(),
                counts.truePositives, counts.falsePositives, counts.falseNegatives);
}

} // namespace hss::triage::bench
