# SPDX-License-Identifier: MIT
# Warnings, ccache and the optional clang-tidy pass, applied per target through hss_apply_settings().

find_program(HSS_CCACHE ccache)
if(HSS_CCACHE AND NOT CMAKE_CXX_COMPILER_LAUNCHER)
    set(CMAKE_CXX_COMPILER_LAUNCHER "${HSS_CCACHE}")
endif()

if(BUILD_WITH_CLANG_TIDY)
    find_program(HSS_CLANG_TIDY NAMES clang-tidy REQUIRED)
endif()

function(hss_apply_settings target)
    if(CMAKE_CXX_COMPILER_ID MATCHES "GNU|Clang")
        target_compile_options(${target} PRIVATE -Wall -Wextra -Wpedantic -Wshadow -Wnon-virtual-dtor
                                                 -Wold-style-cast -Woverloaded-virtual -Wnull-dereference)
        if(HSS_WARNINGS_AS_ERRORS)
            target_compile_options(${target} PRIVATE -Werror)
        endif()
    elseif(MSVC)
        target_compile_options(${target} PRIVATE /W4 /permissive-)
    endif()
    if(BUILD_WITH_CLANG_TIDY)
        set_target_properties(${target} PROPERTIES CXX_CLANG_TIDY "${HSS_CLANG_TIDY}")
    endif()
endfunction()
