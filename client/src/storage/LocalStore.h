// SPDX-License-Identifier: MIT
#pragma once

#include <QSqlDatabase>
#include <QString>
#include <optional>
#include <span>

#include "StoreError.h"

namespace hss::client {

/// The console's encrypted working set: one SQLCipher file per user and server. Owns one connection (use one
/// LocalStore per thread), checks every security and durability setting after opening, and brings the
/// schema up to date. A failed open leaves the file as it was.
class LocalStore final
{
public:
    enum class OpenMode {
        CreateIfMissing, ///< first sign-in on this device
        MustExist, ///< the user has a store here: a missing or empty file is damage, not a fresh start
    };

    /// connectionName must be unique per thread (e.g. "ui", "worker").
    explicit LocalStore(QString connectionName);
    ~LocalStore();

    LocalStore(const LocalStore&) = delete;
    LocalStore& operator=(const LocalStore&) = delete;

    /// Opens path with the raw 32-byte data key. The key is copied into locked memory by the driver and wiped
    /// there once the database is keyed; the caller wipes its own copy.
    std::optional<StoreError> open(const QString& path, std::span<const unsigned char> key, OpenMode mode);
    void close();
    bool isOpen() const;

    /// The connection, for the repositories. Valid while open.
    QSqlDatabase database() const;
    QString path() const { return m_path; }
    int schemaVersion() const;

    /// Reads every page and checks it (slow on a large store; run it off the UI thread).
    std::optional<StoreError> checkIntegrity() const;

    /// Re-encrypts the whole file with a new data key.
    std::optional<StoreError> rekey(std::span<const unsigned char> newKey);

private:
    std::optional<StoreError> applyAndVerifySettings();
    std::optional<StoreError> checkNotTruncated();

    QString m_connectionName;
    QString m_path;
};

} // namespace hss::client
