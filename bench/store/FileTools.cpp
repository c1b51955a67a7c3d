// SPDX-License-Identifier: MIT
#include "FileTools.h"

#include <QFile>
#include <QFileInfo>
#include <QtGlobal>

#if defined(Q_OS_LINUX)
#include <fcntl.h>
#include <unistd.h>
#endif

namespace hss::bench::files {

qint64 databaseSize(const QString& path)
{
    qint64 total = 0;
    for (const QString& name : {path, path + QStringLiteral("-wal"), path + QStringLiteral("-shm")}) {
        const QFileInfo info(name);
        total += info.exists() ? info.size() : 0;
    }
    return total;
}

bool hasPlainSqliteHeader(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return false;
    }
    return file.read(16) == QByteArray("SQLite format 3\0", 16);
}

bool evictFromPageCache(const QString& path)
{
#if defined(Q_OS_LINUX)
    bool ok = true;
    for (const QString& name : {path, path + QStringLiteral("-wal")}) {
        const QByteArray native = QFile::encodeName(name);
        const int fd = ::open(native.constData(), O_RDONLY | O_CLOEXEC);
        if (fd < 0) {
            continue; // no WAL after a clean close
        }
        // Dirty pages cannot be dropped, so write them out first.
        ok = ::fdatasync(fd) == 0 && ::posix_fadvise(fd, 0, 0, POSIX_FADV_DONTNEED) == 0 && ok;
        ::close(fd);
    }
    return ok;
#else
    Q_UNUSED(path);
    return false;
#endif
}

} // namespace hss::bench::files
