# Fails when a shipped translation has an unfinished or vanished message:
# every user-visible string must be translated in both languages.
# Usage: cmake -DTS_DIR=<translations folder> -P check_translations_finished.cmake
file(GLOB ts_files ${TS_DIR}/*.ts)
if(NOT ts_files)
    message(FATAL_ERROR "no .ts file in ${TS_DIR}")
endif()
set(problems "")
foreach(ts IN LISTS ts_files)
    file(STRINGS ${ts} lines REGEX "type=\"(unfinished|vanished|obsolete)\"")
    list(LENGTH lines count)
    if(count GREATER 0)
        get_filename_component(name ${ts} NAME)
        string(APPEND problems "${name}: ${count} message(s) not finished\n")
    endif()
endforeach()
if(problems)
    message(FATAL_ERROR "${problems}Translate them (cmake --build <dir> --target update_translations, then Qt Linguist).")
endif()
