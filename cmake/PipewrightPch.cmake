# Precompiled headers: nlohmann/json and Qt dominate compile time on every
# translation unit, and CI builds on two cores. One PCH per library target.
option(PIPEWRIGHT_PCH "Use precompiled headers for the libraries" ON)

function(pipewright_use_pch target)
  cmake_parse_arguments(P "QT" "" "" ${ARGN})
  if(NOT PIPEWRIGHT_PCH OR NOT TARGET ${target})
    return()
  endif()
  target_precompile_headers(${target} PRIVATE
    <nlohmann/json.hpp> <algorithm> <functional> <map> <memory> <optional> <string> <string_view> <vector>)
  if(P_QT)
    target_precompile_headers(${target} PRIVATE <QtWidgets> <QtGui> <QtCore>)
  endif()
endfunction()
