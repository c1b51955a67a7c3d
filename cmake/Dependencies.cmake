# SPDX-License-Identifier: MIT
# Every third-party package the project uses, found in one place.

find_package(nlohmann_json 3.10 REQUIRED)
find_package(PkgConfig REQUIRED)

if(HSS_BUILD_SERVER)
    # Poco 1.11's DataPostgreSQL config expects a PostgreSQL::client target it does not create.
    find_package(PostgreSQL REQUIRED)
    if(NOT TARGET PostgreSQL::client)
        add_library(PostgreSQL::client INTERFACE IMPORTED)
        target_link_libraries(PostgreSQL::client INTERFACE PostgreSQL::PostgreSQL)
    endif()
    find_package(Poco 1.11 REQUIRED COMPONENTS
        Foundation Util Net NetSSL Crypto JSON JWT Data DataSQLite DataPostgreSQL)
    find_package(CURL REQUIRED)
    # The server's statement cache talks to SQLite and libpq directly for its hot queries.
    find_package(SQLite3 REQUIRED)
    pkg_check_modules(SODIUM REQUIRED IMPORTED_TARGET libsodium)
    pkg_check_modules(OATH REQUIRED IMPORTED_TARGET liboath)
endif()

if(HSS_BUILD_CLIENT OR HSS_BUILD_TESTS)
    find_package(Qt6 6.4 REQUIRED COMPONENTS Core Network Sql Test)
endif()

if(HSS_BUILD_CLIENT)
    find_package(Qt6 6.4 REQUIRED COMPONENTS Widgets Charts PrintSupport LinguistTools)
    find_package(Qt6Keychain REQUIRED)
    pkg_check_modules(SQLCIPHER REQUIRED IMPORTED_TARGET sqlcipher)
    pkg_check_modules(SODIUM REQUIRED IMPORTED_TARGET libsodium)
endif()
