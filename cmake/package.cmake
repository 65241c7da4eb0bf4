# The C++ package: `cmake --install` puts the public headers, the core library, the default model
# and a CMake package config, so that a C++ server can
#   find_package(throttllem CONFIG REQUIRED)
#   target_link_libraries(server PRIVATE throttllem::core)
# Component "cpp" (the wheel installs component "python" only; THROTTLLEM_INSTALL is off there).
include(CMakePackageConfigHelpers)

set(THROTTLLEM_INSTALL_CMAKEDIR ${CMAKE_INSTALL_LIBDIR}/cmake/throttllem
    CACHE STRING "Where the throttllem CMake package config is installed")
set(THROTTLLEM_INSTALL_MODELDIR ${CMAKE_INSTALL_DATADIR}/throttllem/models)

install(TARGETS throttllem_core EXPORT throttllemTargets
  ARCHIVE DESTINATION ${CMAKE_INSTALL_LIBDIR} COMPONENT cpp
  LIBRARY DESTINATION ${CMAKE_INSTALL_LIBDIR} COMPONENT cpp
  RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR} COMPONENT cpp)
install(DIRECTORY ${PROJECT_SOURCE_DIR}/cpp/include/throttllem
  DESTINATION ${CMAKE_INSTALL_INCLUDEDIR} COMPONENT cpp FILES_MATCHING PATTERN "*.hpp")
install(EXPORT throttllemTargets NAMESPACE throttllem:: DESTINATION ${THROTTLLEM_INSTALL_CMAKEDIR}
  COMPONENT cpp)

# The default model, for servers that have no model of their own. install(FILES), not
# install(TARGETS): the installed bytes must stay those the sidecar's sha256 names.
if(TARGET throttllem_default_model)
  install(FILES $<TARGET_FILE:throttllem_default_model> DESTINATION ${THROTTLLEM_INSTALL_MODELDIR}
    PERMISSIONS OWNER_READ OWNER_WRITE OWNER_EXECUTE GROUP_READ GROUP_EXECUTE WORLD_READ WORLD_EXECUTE
    COMPONENT cpp)
  install(FILES $<TARGET_FILE:throttllem_default_model>.json DESTINATION ${THROTTLLEM_INSTALL_MODELDIR}
    COMPONENT cpp)
  set(THROTTLLEM_PACKAGE_HAS_DEFAULT_MODEL ON)
else()
  set(THROTTLLEM_PACKAGE_HAS_DEFAULT_MODEL OFF)
endif()

configure_package_config_file(${PROJECT_SOURCE_DIR}/cmake/throttllemConfig.cmake.in
  ${PROJECT_BINARY_DIR}/throttllemConfig.cmake
  INSTALL_DESTINATION ${THROTTLLEM_INSTALL_CMAKEDIR}
  PATH_VARS THROTTLLEM_INSTALL_MODELDIR)
# 0.x: a minor release may break the API, so only the same minor version is compatible.
write_basic_package_version_file(${PROJECT_BINARY_DIR}/throttllemConfigVersion.cmake
  VERSION ${PROJECT_VERSION} COMPATIBILITY SameMinorVersion)
install(FILES ${PROJECT_BINARY_DIR}/throttllemConfig.cmake ${PROJECT_BINARY_DIR}/throttllemConfigVersion.cmake
  DESTINATION ${THROTTLLEM_INSTALL_CMAKEDIR} COMPONENT cpp)
