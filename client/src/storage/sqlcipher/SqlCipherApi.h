// SPDX-License-Identifier: MIT
#pragma once

// The one place that includes SQLCipher's header; SQLITE_HAS_CODEC exposes sqlite3_key and sqlite3_rekey.
#ifndef SQLITE_HAS_CODEC
#define SQLITE_HAS_CODEC 1
#endif
#include <sqlcipher/sqlite3.h>
