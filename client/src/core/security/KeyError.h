// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

namespace hss::client {

/// Why a key operation failed. Callers branch on the code; the message is for logs and details.
enum class KeyError {
    /// The wrapped-key file, or the keychain entry, does not exist.
    Missing,
    /// The file exists but could not be read (permissions, I/O error, not a regular file).
    Unreadable,
    /// The file is not a valid wrapped-key file: wrong size, magic, version or checksum, or KDF parameters outside
    /// the accepted range. Restoring a backup or re-syncing from the server is the way out, not retyping.
    Damaged,
    /// The password (or remembered KEK) does not open the key. Also reported for a file that belongs to another
    /// user or server (wrong context): authenticated encryption cannot tell the two apart.
    WrongPassword,
    /// create() refused to replace an existing file.
    AlreadyExists,
    /// Writing, replacing or deleting the file failed; the previous file, if any, is unchanged.
    WriteFailed,
    /// The caller passed an unusable argument (e.g. a data key that is not 32 bytes, an empty password).
    InvalidArgument,
    /// libsodium could not be initialised or locked memory could not be allocated.
    CryptoFailure,
    /// No usable OS keychain (no secret service, no D-Bus session, access denied) or it did not answer in time.
    KeychainUnavailable,
};

/// A failed key operation: a code and a human-readable detail.
struct KeyFailure
{
    KeyError code = KeyError::CryptoFailure;
    QString message;
};

/// The stable name of \a code for logs, e.g. "wrong_password".
QString keyErrorName(KeyError code);

} // namespace hss::client
