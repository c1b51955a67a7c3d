# SPDX-License-Identifier: MIT
# Run as a CTest test: cmake -DSOURCE_DIR=<repo> -P CheckLayering.cmake
# shared/ may include neither Qt nor Poco; client/ never Poco; server/ never Qt.

if(NOT SOURCE_DIR)
    message(FATAL_ERROR "CheckLayering: pass -DSOURCE_DIR=<repository root>")
endif()

set(violations "")

function(check_folder folder forbidden_regex what)
    file(GLOB_RECURSE files LIST_DIRECTORIES false
        "${SOURCE_DIR}/${folder}/*.h" "${SOURCE_DIR}/${folder}/*.hpp" "${SOURCE_DIR}/${folder}/*.cpp"
        "${SOURCE_DIR}/${folder}/*.in")
    foreach(file IN LISTS files)
        file(STRINGS "${file}" lines REGEX "^[ \t]*#[ \t]*include")
        foreach(line IN LISTS lines)
            if(line MATCHES "${forbidden_regex}")
                file(RELATIVE_PATH rel "${SOURCE_DIR}" "${file}")
                string(STRIP "${line}" line)
                set(violations "${violations}\n  ${rel}: ${line}  (${what})")
            endif()
        endforeach()
    endforeach()
    set(violations "${violations}" PARENT_SCOPE)
endfunction()

# Qt's headers are included with angle brackets (<QString>, <QtCore/...>); project headers such as
# "QueryParams.h" are not Qt.
set(qt_include "#[ \t]*include[ \t]*<(Q[A-Za-z]|Qt[A-Za-z]*/|qt[a-z]*\\.h)")
set(poco_include "#[ \t]*include[ \t]*[<\"]Poco/")

check_folder(shared "${qt_include}" "shared/ must not include Qt")
check_folder(shared "${poco_include}" "shared/ must not include Poco")
check_folder(client "${poco_include}" "client/ must not include Poco")
check_folder(server "${qt_include}" "server/ must not include Qt")

if(violations)
    message(FATAL_ERROR "Layering violations:${violations}")
endif()
message(STATUS "Layering rules hold for shared/, client/ and server/")
