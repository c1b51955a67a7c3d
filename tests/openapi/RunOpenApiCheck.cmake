# SPDX-License-Identifier: MIT
# Runs one OpenAPI check for CTest (cmake -P):
#   -DCHECK=lint     Redocly CLI lints DOCUMENT with CHECK_DIR/redocly.yaml (recommended-strict).
#   -DCHECK=routes   SERVER --routes is written to WORK_DIR/hss-server-routes.txt and compared with DOCUMENT.
#   -DCHECK=script   node --test runs the comparison script's own tests.
# Also: -DNODE=<node> -DCHECK_DIR=<tests/openapi> -DDOCUMENT=<hss-api.yaml> -DWORK_DIR=<scratch folder>.
cmake_minimum_required(VERSION 3.25)

foreach(var IN ITEMS CHECK NODE CHECK_DIR DOCUMENT WORK_DIR)
    if(NOT DEFINED ${var})
        message(FATAL_ERROR "RunOpenApiCheck.cmake: -D${var}=... is missing")
    endif()
endforeach()

set(install_hint "run .ci/install-deps.sh (it runs: npm ci --prefix tests/openapi --no-audit --no-fund)")

if(NOT NODE OR NOT EXISTS "${NODE}")
    message(FATAL_ERROR "node (Node.js) was not found when CMake configured the build: ${install_hint}, then configure again")
endif()

# node_modules must hold exactly the versions package-lock.json pins.
set(lock_file "${CHECK_DIR}/package-lock.json")
file(READ "${lock_file}" lock_json)
foreach(package IN ITEMS @redocly/cli js-yaml)
    string(JSON wanted ERROR_VARIABLE lock_error GET "${lock_json}" packages "node_modules/${package}" version)
    if(lock_error)
        message(FATAL_ERROR "${lock_file} does not pin ${package}: ${lock_error}")
    endif()
    set(installed_manifest "${CHECK_DIR}/node_modules/${package}/package.json")
    if(NOT EXISTS "${installed_manifest}")
        message(FATAL_ERROR "${CHECK_DIR}/node_modules has no ${package}: ${install_hint}")
    endif()
    file(READ "${installed_manifest}" installed_json)
    string(JSON installed GET "${installed_json}" version)
    if(NOT installed STREQUAL wanted)
        message(FATAL_ERROR "${CHECK_DIR}/node_modules has ${package} ${installed}, package-lock.json wants ${wanted}: ${install_hint}")
    endif()
endforeach()

# Redocly CLI must not reach the network: no telemetry, no update check.
set(ENV{REDOCLY_TELEMETRY} "off")
set(ENV{REDOCLY_SUPPRESS_NOTIFICATIONS} "true")
set(ENV{REDOCLY_SUPPRESS_UPDATE_NOTICE} "true")
set(ENV{NO_COLOR} "1")

if(CHECK STREQUAL "lint")
    # .redocly.lint-ignore.yaml names the document by its path relative to the ignore file, which Redocly
    # compares without resolving symbolic links: give it both real paths.
    file(REAL_PATH "${CHECK_DIR}" check_dir_real)
    file(REAL_PATH "${DOCUMENT}" document_real)
    execute_process(
        COMMAND "${NODE}" "${check_dir_real}/node_modules/@redocly/cli/bin/cli.js" lint
                --config "${check_dir_real}/redocly.yaml" --format stylish "${document_real}"
        WORKING_DIRECTORY "${check_dir_real}"
        RESULT_VARIABLE result)
    if(NOT result EQUAL 0)
        message(FATAL_ERROR "redocly lint found problems in ${DOCUMENT} (exit status ${result})")
    endif()
elseif(CHECK STREQUAL "routes")
    if(NOT DEFINED SERVER OR NOT EXISTS "${SERVER}")
        message(FATAL_ERROR "the hss-server executable '${SERVER}' does not exist; build it first")
    endif()
    set(routes_file "${WORK_DIR}/hss-server-routes.txt")
    file(REMOVE "${routes_file}")
    execute_process(
        COMMAND "${SERVER}" --routes
        OUTPUT_FILE "${routes_file}"
        ERROR_VARIABLE server_errors
        RESULT_VARIABLE result
        TIMEOUT 30)
    if(NOT result EQUAL 0)
        message(FATAL_ERROR "'${SERVER} --routes' failed (${result}): ${server_errors}")
    endif()
    execute_process(
        COMMAND "${NODE}" "${CHECK_DIR}/compare-routes.mjs" "${DOCUMENT}" "${routes_file}"
        RESULT_VARIABLE result)
    if(NOT result EQUAL 0)
        message(FATAL_ERROR "the OpenAPI document and 'hss-server --routes' (${routes_file}) do not match")
    endif()
elseif(CHECK STREQUAL "script")
    execute_process(
        COMMAND "${NODE}" --test "${CHECK_DIR}/compare-routes.test.mjs"
        WORKING_DIRECTORY "${CHECK_DIR}"
        RESULT_VARIABLE result)
    if(NOT result EQUAL 0)
        message(FATAL_ERROR "the tests of compare-routes.mjs failed")
    endif()
else()
    message(FATAL_ERROR "RunOpenApiCheck.cmake: unknown CHECK '${CHECK}' (lint, routes or script)")
endif()
