# Validates the desktop entry or the AppStream metadata that packaging/
# installs. A tool that is not installed skips the test (ctest shows it as
# skipped; scripts/common.sh installs both).
# Usage: cmake -DTOOL=<desktop-file-validate|appstreamcli or empty>
#              -DKIND=desktop|metainfo -DFILE=<file> -P check_desktop_metadata.cmake
if(NOT TOOL)
    message("SKIPPED: the validator for ${KIND} files is not installed")
    return()
endif()
if(KIND STREQUAL "desktop")
    set(command ${TOOL} ${FILE})
else()
    # --strict: warnings and infos fail too; pedantic hints do not.
    set(command ${TOOL} validate --no-net --strict ${FILE})
endif()
execute_process(COMMAND ${command} RESULT_VARIABLE result OUTPUT_VARIABLE out ERROR_VARIABLE out)
message("${out}")
# desktop-file-validate exits 0 on warnings: any output is a finding.
if(NOT result EQUAL 0 OR (KIND STREQUAL "desktop" AND NOT out STREQUAL ""))
    message(FATAL_ERROR "${FILE} is not valid (${TOOL} exited ${result})")
endif()
