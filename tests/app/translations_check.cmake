# Fails when the committed .ts files are not complete and current:
#  - a message is unfinished, vanished/obsolete, or has an empty translation;
#  - running lupdate over today's sources (into copies) finds a string the .ts
#    files do not have (lupdate adds it as unfinished) or one they have but the
#    sources no longer do (it is marked vanished).
# usage: cmake -DLUPDATE=... -DSOURCE_DIR=... -DCATALOG_STRINGS=... -DWORK_DIR=... -P translations_check.cmake
set(languages de fr ja zh_CN)
set(failures "")
file(REMOVE_RECURSE "${WORK_DIR}")
file(MAKE_DIRECTORY "${WORK_DIR}")

function(check_ts file label out_var)
  file(READ "${file}" text)
  set(problems "")
  string(REGEX MATCHALL "type=\"(unfinished|vanished|obsolete)\"" bad "${text}")
  list(LENGTH bad n_bad)
  if(n_bad GREATER 0)
    string(REGEX MATCHALL "<source>[^<]*</source>[ \n\r\t]*(<comment>[^<]*</comment>[ \n\r\t]*)?<translation[^>]*type=\"(unfinished|vanished|obsolete)\"" examples "${text}")
    list(SUBLIST examples 0 5 examples)
    string(APPEND problems "${label}: ${n_bad} unfinished/vanished messages, e.g. ${examples}\n")
  endif()
  string(REGEX MATCHALL "<translation></translation>|<numerusform></numerusform>" empty "${text}")
  list(LENGTH empty n_empty)
  if(n_empty GREATER 0)
    string(APPEND problems "${label}: ${n_empty} empty translations\n")
  endif()
  set(${out_var} "${problems}" PARENT_SCOPE)
endfunction()

file(GLOB_RECURSE sources "${SOURCE_DIR}/app/designer/*.cpp" "${SOURCE_DIR}/app/designer/*.h"
                  "${SOURCE_DIR}/widgets/*.cpp" "${SOURCE_DIR}/widgets/*.h")
list(APPEND sources "${CATALOG_STRINGS}")
string(JOIN "\n" source_list ${sources})
file(WRITE "${WORK_DIR}/sources.lst" "${source_list}\n")

foreach(lang ${languages})
  set(ts "${SOURCE_DIR}/translations/pipewright_${lang}.ts")
  if(NOT EXISTS "${ts}")
    string(APPEND failures "${ts} is missing\n")
    continue()
  endif()
  check_ts("${ts}" "pipewright_${lang}.ts" problems)
  string(APPEND failures "${problems}")
  # lupdate over the current sources into a copy: new or removed strings show up as unfinished/vanished.
  configure_file("${ts}" "${WORK_DIR}/pipewright_${lang}.ts" COPYONLY)
  execute_process(COMMAND "${LUPDATE}" -locations none "@${WORK_DIR}/sources.lst" -ts "${WORK_DIR}/pipewright_${lang}.ts"
                  RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err)
  if(NOT rc EQUAL 0)
    string(APPEND failures "lupdate failed for ${lang}: ${err}\n")
    continue()
  endif()
  check_ts("${WORK_DIR}/pipewright_${lang}.ts" "sources vs pipewright_${lang}.ts (run the update_translations target and translate)" problems)
  string(APPEND failures "${problems}")
endforeach()

if(failures)
  message(FATAL_ERROR "Translations are not complete:\n${failures}")
endif()
message(STATUS "Translations complete and current for ${languages}")
