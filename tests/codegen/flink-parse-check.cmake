# ctest driver: install dt-sql-parser into the build tree (once), dump the Flink
# SQL exports, parse them. Variables: NODE, NPM, DUMP, SOURCE_DIR, WORK_DIR.
set(prefix "${WORK_DIR}/node")
if(NOT EXISTS "${prefix}/node_modules/dt-sql-parser/package.json")
  file(MAKE_DIRECTORY "${prefix}")
  execute_process(COMMAND "${NPM}" install --prefix "${prefix}" --no-audit --no-fund dt-sql-parser
                  RESULT_VARIABLE npm_result)
  if(NOT npm_result EQUAL 0)
    message(FATAL_ERROR "npm install dt-sql-parser failed (${npm_result}); the parser check needs the npm registry once")
  endif()
endif()
set(sql_dir "${WORK_DIR}/flink-exports")
file(REMOVE_RECURSE "${sql_dir}")
file(MAKE_DIRECTORY "${sql_dir}")
execute_process(COMMAND "${DUMP}" "${sql_dir}" "${SOURCE_DIR}/resources/examples" RESULT_VARIABLE dump_result)
if(NOT dump_result EQUAL 0)
  message(FATAL_ERROR "codegen_dump_flink failed (${dump_result})")
endif()
# The golden files' Flink statements go through the parser too.
file(GLOB golden "${SOURCE_DIR}/tests/codegen/golden/*.flink.sql")
file(COPY ${golden} DESTINATION "${sql_dir}")
execute_process(COMMAND "${NODE}" "${SOURCE_DIR}/tests/codegen/flink-parse-check.mjs" "${prefix}" "${sql_dir}"
                RESULT_VARIABLE parse_result)
if(NOT parse_result EQUAL 0)
  message(FATAL_ERROR "Flink SQL exports do not parse (see above)")
endif()
