# kvarter-cli links kvarter-core and nothing else of ours: if it needs libQt6Gui or libQt6Widgets,
# core has picked up a GUI dependency.
execute_process(COMMAND ldd ${TARGET_FILE} OUTPUT_VARIABLE libs RESULT_VARIABLE rc)
if(NOT rc EQUAL 0)
  message(FATAL_ERROR "ldd failed on ${TARGET_FILE}")
endif()
if(libs MATCHES "libQt6(Gui|Widgets)")
  message(FATAL_ERROR "kvarter-core pulls in QtGui/QtWidgets:\n${libs}")
endif()
message(STATUS "kvarter-cli (core) links no QtGui/QtWidgets")
