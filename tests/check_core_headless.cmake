# Fails when a core source includes a GUI module header.
file(GLOB_RECURSE sources ${CORE_DIR}/*.h ${CORE_DIR}/*.cpp)
foreach(source IN LISTS sources)
    file(STRINGS ${source} lines REGEX "^[ \t]*#[ \t]*include[ \t]*<(QtGui|QtWidgets|QtCharts|QtSvg|QGuiApplication|QApplication|QWidget|QImage|QPainter|QPixmap|QColor|QFont)")
    if(lines)
        message(FATAL_ERROR "${source} includes a GUI header: ${lines}")
    endif()
endforeach()
message(STATUS "core is headless: ${CMAKE_CURRENT_LIST_FILE}")
