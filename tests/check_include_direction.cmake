# Fails when an include goes against the direction of the layers: the core's
# layers in LAYERS order (lowest first) include only themselves and the ones
# before them; the core includes nothing of ui/ or app/, and ui/ nothing of
# app/.
# Usage: cmake -DSOURCE_DIR=<repository> -DLAYERS=<a,b,…> -P check_include_direction.cmake
cmake_minimum_required(VERSION 3.25) # IN_LIST
string(REPLACE "," ";" layers "${LAYERS}")
set(violations "")

function(check_includes files allowed_pattern what)
    foreach(file IN LISTS files)
        file(STRINGS ${file} includes REGEX "^[ \t]*#[ \t]*include[ \t]*\"(core|ui|app)/")
        foreach(line IN LISTS includes)
            string(REGEX MATCH "\"[^\"]+\"" included "${line}")
            if(NOT included MATCHES "${allowed_pattern}")
                list(APPEND violations "${file}: ${included} (${what})")
            endif()
        endforeach()
    endforeach()
    set(violations "${violations}" PARENT_SCOPE)
endfunction()

set(below "")
foreach(layer IN LISTS layers)
    list(APPEND below ${layer})
    list(JOIN below "|" allowed)
    file(GLOB_RECURSE files ${SOURCE_DIR}/core/${layer}/*.h ${SOURCE_DIR}/core/${layer}/*.cpp)
    check_includes("${files}" "^\"core/(${allowed})/" "core/${layer} may include only ${allowed}")
endforeach()
file(GLOB_RECURSE ui_files ${SOURCE_DIR}/ui/*.h ${SOURCE_DIR}/ui/*.cpp)
check_includes("${ui_files}" "^\"(core|ui)/" "ui/ may include core/ and ui/")

# Every core file belongs to a layer of the list.
file(GLOB core_folders LIST_DIRECTORIES true ${SOURCE_DIR}/core/*)
foreach(folder IN LISTS core_folders)
    get_filename_component(name ${folder} NAME)
    if(IS_DIRECTORY ${folder} AND NOT name IN_LIST layers)
        list(APPEND violations "core/${name} is in no layer of ${LAYERS}")
    endif()
endforeach()

if(violations)
    list(JOIN violations "\n  " text)
    message(FATAL_ERROR "includes against the layers:\n  ${text}")
endif()
message(STATUS "includes follow the layers ${LAYERS}")
