# Writes a compiled model's sidecar from its template, filling in the library's sha256 (only known
# once the library is built). Run after each link:
#   cmake -DLIBRARY=<lib.so> -DTEMPLATE=<sidecar template> -P cmake/model_sidecar.cmake
# The sidecar is <lib.so>.json, written to a temporary file and renamed (never seen half-written).
foreach(var LIBRARY TEMPLATE)
  if(NOT DEFINED ${var})
    message(FATAL_ERROR "model_sidecar.cmake needs -D${var}=...")
  endif()
endforeach()
set(placeholder "@THROTTLLEM_LIBRARY_SHA256@")
file(SHA256 "${LIBRARY}" hash)
file(READ "${TEMPLATE}" text)
string(FIND "${text}" "\"${placeholder}\"" at)
if(at EQUAL -1)
  message(FATAL_ERROR "${TEMPLATE} has no \"${placeholder}\" to fill in")
endif()
string(REPLACE "\"${placeholder}\"" "\"${hash}\"" text "${text}")
set(output "${LIBRARY}.json")
file(WRITE "${output}.tmp" "${text}")
file(RENAME "${output}.tmp" "${output}")
