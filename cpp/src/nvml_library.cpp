// dlopen of libnvidia-ml and the one place where nvmlReturn_t codes become typed exceptions.
#include "throttllem/nvml_library.hpp"

#include <dlfcn.h>

#include <cstdlib>

#include "throttllem/errors.hpp"

namespace throttllem {

namespace nvml {

const char* return_name(Return code) {
  switch (code) {
    case 0: return "NVML_SUCCESS";
    case 1: return "NVML_ERROR_UNINITIALIZED";
    case 2: return "NVML_ERROR_INVALID_ARGUMENT";
    case 3: return "NVML_ERROR_NOT_SUPPORTED";
    case 4: return "NVML_ERROR_NO_PERMISSION";
    case 5: return "NVML_ERROR_ALREADY_INITIALIZED";
    case 6: return "NVML_ERROR_NOT_FOUND";
    case 7: return "NVML_ERROR_INSUFFICIENT_SIZE";
    case 8: return "NVML_ERROR_INSUFFICIENT_POWER";
    case 9: return "NVML_ERROR_DRIVER_NOT_LOADED";
    case 10: return "NVML_ERROR_TIMEOUT";
    case 11: return "NVML_ERROR_IRQ_ISSUE";
    case 12: return "NVML_ERROR_LIBRARY_NOT_FOUND";
    case 13: return "NVML_ERROR_FUNCTION_NOT_FOUND";
    case 14: return "NVML_ERROR_CORRUPTED_INFOROM";
    case 15: return "NVML_ERROR_GPU_IS_LOST";
    case 16: return "NVML_ERROR_RESET_REQUIRED";
    case 17: return "NVML_ERROR_OPERATING_SYSTEM";
    case 18: return "NVML_ERROR_LIB_RM_VERSION_MISMATCH";
    case 19: return "NVML_ERROR_IN_USE";
    case 20: return "NVML_ERROR_MEMORY";
    case 21: return "NVML_ERROR_NO_DATA";
    case 24: return "NVML_ERROR_FREQ_NOT_SUPPORTED";
    case 999: return "NVML_ERROR_UNKNOWN";
    default: return "NVML_ERROR_(unlisted)";
  }
}

}  // namespace nvml

void throw_nvml_error(nvml::Return code, const std::string& message) {
  switch (code) {
    case 3:   // NOT_SUPPORTED
    case 13:  // FUNCTION_NOT_FOUND: this driver lacks the entry point
      throw NvmlNotSupported(message, code);
    case 4:
      throw NvmlNoPermission(message, code);
    case 15:  // GPU_IS_LOST
    case 16:  // RESET_REQUIRED: unusable until reset, same remedy
      throw NvmlGpuLost(message, code);
    case 9:   // DRIVER_NOT_LOADED
    case 12:  // LIBRARY_NOT_FOUND
      throw NvmlLibraryNotFound(message, code);
    default:
      throw NvmlError(message, code);
  }
}

namespace {

template <typename Fn>
bool resolve(void* handle, const char* name, Fn& out) {
  out = reinterpret_cast<Fn>(dlsym(handle, name));
  return out != nullptr;
}

}  // namespace

std::vector<std::string> NvmlLibrary::candidate_paths() {
  if (const char* env = std::getenv(kNvmlLibraryEnv); env && *env) return {env};
  return {
      "libnvidia-ml.so.1",  // the dynamic loader's own search (ld.so.cache, LD_LIBRARY_PATH)
      "/usr/lib/x86_64-linux-gnu/libnvidia-ml.so.1",
      "/usr/lib/aarch64-linux-gnu/libnvidia-ml.so.1",
      "/usr/lib64/libnvidia-ml.so.1",
      "/usr/lib/libnvidia-ml.so.1",
      "/usr/local/nvidia/lib64/libnvidia-ml.so.1",  // NVIDIA container runtime mounts
      "/usr/lib/wsl/lib/libnvidia-ml.so.1",
  };
}

std::shared_ptr<NvmlLibrary> NvmlLibrary::open() {
  const auto paths = candidate_paths();
  const bool from_env = std::getenv(kNvmlLibraryEnv) && *std::getenv(kNvmlLibraryEnv);
  std::string tried;  // no iostreams in the core: messages are built with std::string
  for (const auto& path : paths) {
    void* handle = dlopen(path.c_str(), RTLD_NOW | RTLD_LOCAL);
    if (!handle) {
      const char* err = dlerror();
      std::string why = err ? err : "not loadable";
      if (why.rfind(path + ": ", 0) == 0) why.erase(0, path.size() + 2);  // dlerror repeats the path
      tried += "\n  " + path + (from_env ? " (from $" + std::string(kNvmlLibraryEnv) + ")" : "") + ": " + why;
      continue;
    }
    // The constructor resolves symbols and inits; on failure it closes the handle itself.
    return std::shared_ptr<NvmlLibrary>(new NvmlLibrary(handle, path));
  }
  throw NvmlLibraryNotFound(
      "NVML (libnvidia-ml.so.1) could not be loaded: is the NVIDIA driver installed? Tried:" +
          tried + "\nSet " + kNvmlLibraryEnv + " to its path if it is elsewhere.",
      0);
}

NvmlLibrary::NvmlLibrary(void* handle, std::string path) : handle_(handle), path_(std::move(path)) {
  const char* missing = nullptr;
  auto need = [&](const char* name, auto& fn) {
    if (!resolve(handle_, name, fn) && !missing) missing = name;
  };
  need("nvmlInit_v2", api_.init_v2);
  need("nvmlShutdown", api_.shutdown);
  need("nvmlErrorString", api_.error_string);
  need("nvmlDeviceGetCount_v2", api_.device_get_count_v2);
  need("nvmlDeviceGetHandleByIndex_v2", api_.device_get_handle_by_index_v2);
  need("nvmlDeviceGetName", api_.device_get_name);
  need("nvmlDeviceGetClockInfo", api_.device_get_clock_info);
  need("nvmlDeviceGetPowerUsage", api_.device_get_power_usage);
  if (missing) {
    dlclose(handle_);
    throw NvmlError(path_ + " is not a usable NVML: it lacks " + missing, 13);
  }
  resolve(handle_, "nvmlSystemGetDriverVersion", api_.system_get_driver_version);
  resolve(handle_, "nvmlDeviceGetUUID", api_.device_get_uuid);
  resolve(handle_, "nvmlDeviceGetSupportedMemoryClocks", api_.device_get_supported_memory_clocks);
  resolve(handle_, "nvmlDeviceGetSupportedGraphicsClocks", api_.device_get_supported_graphics_clocks);
  resolve(handle_, "nvmlDeviceSetGpuLockedClocks", api_.device_set_gpu_locked_clocks);
  resolve(handle_, "nvmlDeviceResetGpuLockedClocks", api_.device_reset_gpu_locked_clocks);
  resolve(handle_, "nvmlDeviceGetTotalEnergyConsumption", api_.device_get_total_energy_consumption);
  if (!resolve(handle_, "nvmlDeviceGetCurrentClocksEventReasons", api_.device_get_current_clocks_event_reasons)) {
    resolve(handle_, "nvmlDeviceGetCurrentClocksThrottleReasons", api_.device_get_current_clocks_event_reasons);
  }
  resolve(handle_, "nvmlDeviceGetPowerManagementLimit", api_.device_get_power_management_limit);

  const nvml::Return rc = api_.init_v2();
  if (rc != nvml::kSuccess) {
    std::string message = "nvmlInit_v2 failed (" + path_ + "): " + api_.error_string(rc) + " (" +
                          nvml::return_name(rc) + ", " + std::to_string(rc) + ")";
    dlclose(handle_);
    throw_nvml_error(rc, message);
  }
}

NvmlLibrary::~NvmlLibrary() {
  api_.shutdown();  // nothing useful to do with an error here
  dlclose(handle_);
}

void NvmlLibrary::check(nvml::Return code, const char* call, int gpu_index) const {
  if (code == nvml::kSuccess) return;
  std::string message = std::string(call);
  if (gpu_index >= 0) message += " on GPU " + std::to_string(gpu_index);
  message += " failed: " + std::string(api_.error_string(code)) + " (" + nvml::return_name(code) +
             ", " + std::to_string(code) + ")";
  throw_nvml_error(code, message);
}

void NvmlLibrary::require(bool present, const char* call, int gpu_index) const {
  if (present) return;
  std::string message = std::string(call) + " is not in " + path_;
  if (gpu_index >= 0) message += " (GPU " + std::to_string(gpu_index) + ")";
  throw NvmlNotSupported(message + ": the driver is too old for it", 13);
}

std::string NvmlLibrary::driver_version() const {
  if (!api_.system_get_driver_version) return "";
  char buf[96] = {0};
  if (api_.system_get_driver_version(buf, sizeof buf) != nvml::kSuccess) return "";
  return buf;
}

unsigned NvmlLibrary::device_count() const {
  unsigned n = 0;
  check(api_.device_get_count_v2(&n), "nvmlDeviceGetCount_v2");
  return n;
}

nvml::Device NvmlLibrary::device(unsigned index) const {
  nvml::Device d = nullptr;
  check(api_.device_get_handle_by_index_v2(index, &d), "nvmlDeviceGetHandleByIndex_v2",
        static_cast<int>(index));
  return d;
}

}  // namespace throttllem
