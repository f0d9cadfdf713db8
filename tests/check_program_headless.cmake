# Fails when the `juesuan` program needs a GUI library: the headless commands
# must start without loading Qt Gui, Widgets or Charts (they hand the desktop
# app and chart images over to the window program).
# Usage: cmake -DPROGRAM=<bin/juesuan> -P check_program_headless.cmake
find_program(READELF readelf REQUIRED)
execute_process(COMMAND ${READELF} --dynamic ${PROGRAM}
    OUTPUT_VARIABLE dynamic RESULT_VARIABLE result)
if(NOT result EQUAL 0)
    message(FATAL_ERROR "readelf cannot read ${PROGRAM}")
endif()
string(REGEX MATCHALL "Shared library: \\[[^]]+\\]" needed "${dynamic}")
if(NOT needed MATCHES "libQt6Core")
    message(FATAL_ERROR "${PROGRAM}: no Qt6Core among its libraries: ${needed}")
endif()
string(REGEX MATCHALL "libQt6(Gui|Widgets|Charts|Svg|OpenGL)[^]]*" gui "${needed}")
if(gui)
    message(FATAL_ERROR "${PROGRAM} needs GUI libraries: ${gui}")
endif()
message(STATUS "${PROGRAM} is headless: ${needed}")
