// Internal: SHA-256 (FIPS 180-4) of a file, to bind a model library to its sidecar.
#pragma once

#include <cstddef>
#include <string>

namespace throttllem::detail {

/// Lower-case hex SHA-256 of the file at `path`. Throws ModelLoadError when it cannot be read.
std::string sha256_file(const std::string& path);

/// Lower-case hex SHA-256 of the whole file open as `fd` (read with pread from offset 0; the
/// offset is left alone). `name` names it in errors.
std::string sha256_fd(int fd, const std::string& name);

/// Lower-case hex SHA-256 of `size` bytes (for tests against the standard's examples).
std::string sha256_bytes(const void* data, std::size_t size);

}  // namespace throttllem::detail
