# ctest: a separate CMake project that pulls throttllem in with add_subdirectory (no Python
# found, none looked for) and links throttllem::core; builds it and runs it.
#   cmake -DSOURCE_DIR=... -DWORK_DIR=... -DGENERATOR=... -DCXX_COMPILER=... -DC_COMPILER=...
#         -DBUILD_TYPE=... [-DMAKE_PROGRAM=...] -P add_subdirectory.cmake
include(${CMAKE_CURRENT_LIST_DIR}/common.cmake)
file(REMOVE_RECURSE ${WORK_DIR})
run(configure ${CMAKE_COMMAND} -S ${CMAKE_CURRENT_LIST_DIR}/add_subdirectory -B ${WORK_DIR}
    ${CONSUMER_CONFIGURE_ARGS} -DCMAKE_C_COMPILER=${C_COMPILER} -DTHROTTLLEM_SOURCE_DIR=${SOURCE_DIR} -DTHROTTLLEM_SANITIZE=${SANITIZE}
    -DCMAKE_DISABLE_FIND_PACKAGE_Python=ON -DCMAKE_DISABLE_FIND_PACKAGE_pybind11=ON)
# Only the consumer and what it needs (the core), not the default model.
run(build ${CMAKE_COMMAND} --build ${WORK_DIR} --target consumer)
run(consumer ${WORK_DIR}/consumer)
expect(consumer "consumer: ok")
