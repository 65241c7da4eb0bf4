# ctest: installs the C++ package of the main build into a prefix under the build tree, builds
# examples/cpp_server against it with find_package(throttllem), and runs it on its trace: once
# actuating the fake NVML (tests/fake_nvml), once monitor-only, once on a missing trace.
#   cmake -DBUILD_DIR=... -DSOURCE_DIR=... -DWORK_DIR=... -DGENERATOR=... -DCXX_COMPILER=...
#         -DC_COMPILER=... -DBUILD_TYPE=... [-DMAKE_PROGRAM=...] -P installed_example.cmake
include(${CMAKE_CURRENT_LIST_DIR}/common.cmake)
set(prefix ${WORK_DIR}/prefix)
file(REMOVE_RECURSE ${WORK_DIR})
file(MAKE_DIRECTORY ${WORK_DIR})

run(install ${CMAKE_COMMAND} --install ${BUILD_DIR} --prefix ${prefix} --component cpp)
foreach(installed include/throttllem/governor.hpp share/throttllem/models/default_model.so
                  share/throttllem/models/default_model.so.json)
  if(NOT EXISTS ${prefix}/${installed})
    message(FATAL_ERROR "not installed: ${installed}")
  endif()
endforeach()
file(GLOB_RECURSE config ${prefix}/*/throttllemConfig.cmake)
if(NOT config)
  message(FATAL_ERROR "no throttllemConfig.cmake under ${prefix}")
endif()

run(configure ${CMAKE_COMMAND} -S ${SOURCE_DIR}/examples/cpp_server -B ${WORK_DIR}/example
    ${CONSUMER_CONFIGURE_ARGS} -DCMAKE_PREFIX_PATH=${prefix})
expect(configure "throttllem default model: ${prefix}/share/throttllem/models/default_model.so")
run(build ${CMAKE_COMMAND} --build ${WORK_DIR}/example)

set(server ${WORK_DIR}/example/cpp_server)
set(model ${prefix}/share/throttllem/models/default_model.so)
set(trace ${SOURCE_DIR}/examples/cpp_server/trace.csv)

# The fake NVML, built with the C compiler alone (no sanitizer: it stands for the driver).
set(nvml ${WORK_DIR}/libnvidia-ml.so.1)
run(fake_nvml ${C_COMPILER} -shared -fPIC -O1 -o ${nvml} ${SOURCE_DIR}/tests/fake_nvml/fake_nvml.c -lpthread)
set(ENV{THROTTLLEM_NVML_LIBRARY} ${nvml})
set(ENV{FAKE_NVML_LOG} ${WORK_DIR}/nvml_calls.log)
set(ENV{FAKE_NVML_STATE} ${WORK_DIR}/nvml_state)
unset(ENV{THROTTLLEM_READ_ONLY_GPU})

run(actuate ${server} ${model} ${trace} --actuate)
expect(actuate "actuator: actuating GPU 0")
expect(actuate "summary: 50 requests finished")
expect(actuate "applied [1-9][0-9]*, monitored 0, coalesced [0-9]+, failures 0")
file(READ ${WORK_DIR}/nvml_calls.log calls)
if(NOT calls MATCHES "nvmlDeviceSetGpuLockedClocks" OR NOT calls MATCHES "nvmlDeviceResetGpuLockedClocks")
  message(FATAL_ERROR "the fake NVML saw no clock set followed by a reset:\n${calls}")
endif()

run(monitor ${server} ${model} ${trace})
expect(monitor "actuator: monitor-only \\(no --actuate\\)")
expect(monitor "summary: 50 requests finished")
expect(monitor "applied 0, monitored [1-9]")

execute_process(COMMAND ${server} ${model} ${WORK_DIR}/missing.csv RESULT_VARIABLE rc ERROR_VARIABLE err)
if(NOT rc EQUAL 2 OR NOT err MATCHES "^cpp_server: error: .*missing.csv: cannot open the trace\n$")
  message(FATAL_ERROR "a missing trace: expected exit 2 and one error line, got ${rc}: ${err}")
endif()
