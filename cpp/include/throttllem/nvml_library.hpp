// NVML loaded at run time: no link-time dependency on the NVIDIA driver, so the core loads on
// machines without a GPU and falls back to monitor-only mode there.
#pragma once

#include <memory>
#include <string>
#include <vector>

namespace throttllem {

/// Environment variable naming the NVML library to load instead of the system one (tests
/// point it at the fake NVML).
inline constexpr const char* kNvmlLibraryEnv = "THROTTLLEM_NVML_LIBRARY";

/// When set (to anything but "" or "0"), NvidiaGpu refuses to lock clocks (NvmlNoPermission),
/// so an actuator turns monitor-only: a guard for shared machines.
inline constexpr const char* kReadOnlyGpuEnv = "THROTTLLEM_READ_ONLY_GPU";

namespace nvml {

// The few NVML types we use, declared here because nvml.h may not be installed.
using Return = int;                   // nvmlReturn_t
using Device = struct DeviceOpaque*;  // nvmlDevice_t

inline constexpr Return kSuccess = 0;
inline constexpr Return kErrorInsufficientSize = 7;

enum ClockType : int { kClockGraphics = 0, kClockSm = 1, kClockMem = 2, kClockVideo = 3 };

/// Resolved entry points. Optional ones are null when the driver lacks them; calling code
/// turns a null into NvmlNotSupported.
struct Api {
  Return (*init_v2)() = nullptr;
  Return (*shutdown)() = nullptr;
  const char* (*error_string)(Return) = nullptr;
  Return (*device_get_count_v2)(unsigned*) = nullptr;
  Return (*device_get_handle_by_index_v2)(unsigned, Device*) = nullptr;
  Return (*device_get_name)(Device, char*, unsigned) = nullptr;
  Return (*device_get_clock_info)(Device, int, unsigned*) = nullptr;
  Return (*device_get_power_usage)(Device, unsigned*) = nullptr;
  // Optional.
  Return (*system_get_driver_version)(char*, unsigned) = nullptr;
  Return (*device_get_uuid)(Device, char*, unsigned) = nullptr;
  Return (*device_get_supported_memory_clocks)(Device, unsigned*, unsigned*) = nullptr;
  Return (*device_get_supported_graphics_clocks)(Device, unsigned, unsigned*, unsigned*) = nullptr;
  Return (*device_set_gpu_locked_clocks)(Device, unsigned, unsigned) = nullptr;
  Return (*device_reset_gpu_locked_clocks)(Device) = nullptr;
  Return (*device_get_total_energy_consumption)(Device, unsigned long long*) = nullptr;
  // nvmlDeviceGetCurrentClocksEventReasons, or the older ...ThrottleReasons of the same signature.
  Return (*device_get_current_clocks_event_reasons)(Device, unsigned long long*) = nullptr;
  Return (*device_get_power_management_limit)(Device, unsigned*) = nullptr;
};

/// Symbolic name of an nvmlReturn_t ("NVML_ERROR_NO_PERMISSION"), for messages.
const char* return_name(Return code);

}  // namespace nvml

/// One loaded and initialized NVML. Shared by every NvidiaGpu made from it; nvmlShutdown and
/// dlclose run when the last owner lets go.
class NvmlLibrary {
 public:
  /// Loads NVML and calls nvmlInit_v2. Throws NvmlLibraryNotFound (listing every path tried)
  /// when no candidate loads, or the typed NvmlError of a failed init.
  static std::shared_ptr<NvmlLibrary> open();

  /// Paths open() tries, in order: $THROTTLLEM_NVML_LIBRARY alone when set, else the loader's
  /// own search for libnvidia-ml.so.1 then the usual driver folders.
  static std::vector<std::string> candidate_paths();

  ~NvmlLibrary();
  NvmlLibrary(const NvmlLibrary&) = delete;
  NvmlLibrary& operator=(const NvmlLibrary&) = delete;

  const nvml::Api& api() const { return api_; }
  /// The path that loaded.
  const std::string& path() const { return path_; }
  /// Driver version string, or "" when the driver does not say.
  std::string driver_version() const;
  unsigned device_count() const;
  nvml::Device device(unsigned index) const;

  /// The error boundary: returns on success, else throws the typed NvmlError for `code`,
  /// naming the call and (when >= 0) the GPU index.
  void check(nvml::Return code, const char* call, int gpu_index = -1) const;
  /// Throws NvmlNotSupported when an optional entry point is missing.
  void require(bool present, const char* call, int gpu_index = -1) const;

 private:
  NvmlLibrary(void* handle, std::string path);
  void* handle_;
  std::string path_;
  nvml::Api api_;
};

/// Throws the exception class that matches an nvmlReturn_t (used by NvmlLibrary::check; public
/// so every caller maps codes the same way).
[[noreturn]] void throw_nvml_error(nvml::Return code, const std::string& message);

}  // namespace throttllem
