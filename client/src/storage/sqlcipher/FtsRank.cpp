// SPDX-License-Identifier: MIT
#include "FtsRank.h"

#include <cmath>
#include <cstdint>
#include <cstring>

#include "SqlCipherApi.h"

namespace hss::client {

namespace {

void rankFunction(sqlite3_context* context, int argc, sqlite3_value** argv)
{
    if (argc < 1 || sqlite3_value_type(argv[0]) != SQLITE_BLOB) {
        sqlite3_result_error(context, "hss_rank() needs matchinfo(table, 'pcnx') as its first argument", -1);
        return;
    }
    const int bytes = sqlite3_value_bytes(argv[0]);
    const auto* blob = static_cast<const unsigned char*>(sqlite3_value_blob(argv[0]));
    const auto valueAt = [&](int index) {
        std::uint32_t value = 0;
        std::memcpy(&value, blob + static_cast<std::ptrdiff_t>(index) * 4, sizeof value);
        return static_cast<double>(value);
    };
    if (bytes < 12) {
        sqlite3_result_error(context, "hss_rank(): matchinfo blob too short", -1);
        return;
    }
    const int phrases = static_cast<int>(valueAt(0));
    const int columns = static_cast<int>(valueAt(1));
    const double rows = valueAt(2);
    if (bytes < (3 + 3 * phrases * columns) * 4) {
        sqlite3_result_error(context, "hss_rank(): matchinfo blob does not match the 'pcnx' format", -1);
        return;
    }
    double score = 0.0;
    for (int phrase = 0; phrase < phrases; ++phrase) {
        for (int column = 0; column < columns; ++column) {
            const int base = 3 + 3 * (phrase * columns + column);
            const double hitsHere = valueAt(base);
            const double documentsWithHits = valueAt(base + 2);
            if (hitsHere <= 0.0 || documentsWithHits <= 0.0) {
                continue;
            }
            const double weight = column + 1 < argc ? sqlite3_value_double(argv[column + 1]) : 1.0;
            const double inverseFrequency = std::log(1.0 + rows / documentsWithHits);
            score += weight * (1.0 + std::log(hitsHere)) * inverseFrequency;
        }
    }
    sqlite3_result_double(context, score);
}

} // namespace

int registerFtsRank(sqlite3* db)
{
    return sqlite3_create_function(db, "hss_rank", -1, SQLITE_UTF8 | SQLITE_DETERMINISTIC, nullptr, &rankFunction,
                                   nullptr, nullptr);
}

} // namespace hss::client
