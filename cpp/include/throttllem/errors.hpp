// Typed errors of the throttllem core. Bindings map each class to one Python exception.
#pragma once

#include <stdexcept>
#include <string>

namespace throttllem {

/// Base of every error the core throws on purpose.
class Error : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

/// A caller passed a value the API cannot accept (NaN tokens, empty clock list, ...).
class InvalidArgument : public Error {
 public:
  using Error::Error;
};

/// A request id that is unknown, or already present.
class RequestIdError : public Error {
 public:
  using Error::Error;
};

/// A compiled model library could not be found, loaded or understood.
class ModelLoadError : public Error {
 public:
  using Error::Error;
};

}  // namespace throttllem

namespace throttllem {

/// NVML failed. Subclasses name the cases a caller can act on.
class NvmlError : public Error {
 public:
  NvmlError(const std::string& what, int code) : Error(what), code_(code) {}
  /// The nvmlReturn_t value (0 when the library itself could not be loaded).
  int code() const { return code_; }

 private:
  int code_;
};

/// libnvidia-ml.so.1 could not be loaded (no driver); the message lists every path tried.
class NvmlLibraryNotFound : public NvmlError {
 public:
  using NvmlError::NvmlError;
};

/// The caller may not change this setting (NVML_ERROR_NO_PERMISSION).
class NvmlNoPermission : public NvmlError {
 public:
  using NvmlError::NvmlError;
};

/// This GPU or driver does not support the call (NVML_ERROR_NOT_SUPPORTED).
class NvmlNotSupported : public NvmlError {
 public:
  using NvmlError::NvmlError;
};

/// The GPU fell off the bus or needs a reset (NVML_ERROR_GPU_IS_LOST).
class NvmlGpuLost : public NvmlError {
 public:
  using NvmlError::NvmlError;
};

}  // namespace throttllem
