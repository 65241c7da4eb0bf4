# Shared by the consumer tests (cmake -P scripts): run a command, fail the test on error.
foreach(var SOURCE_DIR WORK_DIR GENERATOR CXX_COMPILER C_COMPILER BUILD_TYPE)
  if(NOT DEFINED ${var})
    message(FATAL_ERROR "${CMAKE_SCRIPT_MODE_FILE} needs -D${var}=...")
  endif()
endforeach()

# Configure arguments that make a consumer build with the main build's toolchain (a consumer
# project that enables C adds -DCMAKE_C_COMPILER=${C_COMPILER} itself).
set(CONSUMER_CONFIGURE_ARGS -G "${GENERATOR}" -DCMAKE_BUILD_TYPE=${BUILD_TYPE}
    -DCMAKE_CXX_COMPILER=${CXX_COMPILER} --no-warn-unused-cli
    -DCMAKE_FIND_USE_PACKAGE_REGISTRY=OFF)
if(MAKE_PROGRAM)
  list(APPEND CONSUMER_CONFIGURE_ARGS -DCMAKE_MAKE_PROGRAM=${MAKE_PROGRAM})
endif()

# run(<name> <command...>): runs it, prints its output, fails on a non-zero exit; the output is
# left in <name>_OUTPUT.
function(run name)
  execute_process(COMMAND ${ARGN} RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err)
  message("== ${name}: ${ARGN}\n${out}${err}")
  if(NOT rc EQUAL 0)
    message(FATAL_ERROR "${name} failed (exit ${rc})")
  endif()
  set(${name}_OUTPUT "${out}${err}" PARENT_SCOPE)
endfunction()

# expect(<name> <regex>): the output of run(<name> ...) matches <regex>.
function(expect name regex)
  if(NOT "${${name}_OUTPUT}" MATCHES "${regex}")
    message(FATAL_ERROR "${name}: output does not match '${regex}'")
  endif()
endfunction()
