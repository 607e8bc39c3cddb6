# Runs `pipewright-cli export --dialect DIALECT [EXTRA] PIPELINE` and compares stdout with
# GOLDEN byte for byte (PIPEWRIGHT_UPDATE_GOLDEN=1 in the environment rewrites it).
# EXTRA: further options, e.g. --confluent.
execute_process(COMMAND ${CLI} export --dialect ${DIALECT} ${EXTRA} ${PIPELINE}
                OUTPUT_VARIABLE script ERROR_VARIABLE errors RESULT_VARIABLE status)
if(NOT status EQUAL 0)
  message(FATAL_ERROR "pipewright-cli export failed (${status}): ${errors}")
endif()
if(DEFINED ENV{PIPEWRIGHT_UPDATE_GOLDEN})
  file(WRITE ${GOLDEN} "${script}")
endif()
if(NOT EXISTS ${GOLDEN})
  message(FATAL_ERROR "missing golden file ${GOLDEN} (run with PIPEWRIGHT_UPDATE_GOLDEN=1)")
endif()
file(READ ${GOLDEN} expected)
if(NOT script STREQUAL expected)
  message(FATAL_ERROR "export differs from ${GOLDEN}:\n${script}")
endif()
