// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

namespace hss::bench::files {

/// Size of the database file plus its -wal and -shm files, in bytes (0 for missing ones).
qint64 databaseSize(const QString& path);
/// True when the file starts with the plain SQLite header "SQLite format 3\0".
bool hasPlainSqliteHeader(const QString& path);
/// Drops the file's cached pages from the operating system's page cache (posix_fadvise DONTNEED), so the next
/// read comes from the disk. Only this file is affected, not the rest of a shared machine. False if unsupported.
bool evictFromPageCache(const QString& path);

} // namespace hss::bench::files
