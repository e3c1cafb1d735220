# SPDX-License-Identifier: GPL-3.0-or-later
# cmake -DTARGET_FILE=… -DFORBIDDEN=regex -DWHAT=… -P CheckLinks.cmake: fails when the program loads a
# library matching FORBIDDEN. ldd, not the target's link properties, so a dependency that arrives
# through another library is caught too.
execute_process(COMMAND ldd ${TARGET_FILE} OUTPUT_VARIABLE libs RESULT_VARIABLE rc)
if(NOT rc EQUAL 0)
  message(FATAL_ERROR "ldd failed on ${TARGET_FILE}")
endif()
if(libs MATCHES "${FORBIDDEN}")
  message(FATAL_ERROR "${WHAT} pulls in ${CMAKE_MATCH_0}:\n${libs}")
endif()
message(STATUS "${WHAT} loads nothing matching ${FORBIDDEN}")
