// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

namespace hss::client {

/// Why the local store could not be opened or changed. The file is never modified by a failed open.
struct StoreError
{
    enum class Code {
        CannotOpen, ///< the file cannot be created or read
        WrongKeyOrForeign, ///< not a database, or encrypted with another key (another user's store)
        Damaged, ///< truncated or corrupted
        SettingsMismatch, ///< a security or durability setting did not take effect
        NewerSchema, ///< written by a newer console
        MigrationFailed, ///< an upgrade step failed and was rolled back
        QueryFailed, ///< a statement failed after opening
    };

    Code code;
    QString message;
};

} // namespace hss::client
