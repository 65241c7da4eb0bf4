// NvidiaGpu: each method is one NVML call through NvmlLibrary::check, the error boundary.
#include "throttllem/gpu.hpp"

#include <unistd.h>

#include <cstdio>
#include <cstdlib>

#include "throttllem/errors.hpp"

namespace throttllem {

std::string describe_clock_event_reasons(std::uint64_t reasons) {
  static const struct {
    std::uint64_t bit;
    const char* name;
  } kNames[] = {
      {clock_event::kGpuIdle, "gpu_idle"},
      {clock_event::kApplicationsClocksSetting, "applications_clocks_setting"},
      {clock_event::kSwPowerCap, "sw_power_cap"},
      {clock_event::kHwSlowdown, "hw_slowdown"},
      {clock_event::kSyncBoost, "sync_boost"},
      {clock_event::kSwThermalSlowdown, "sw_thermal_slowdown"},
      {clock_event::kHwThermalSlowdown, "hw_thermal_slowdown"},
      {clock_event::kHwPowerBrakeSlowdown, "hw_power_brake_slowdown"},
      {clock_event::kDisplayClockSetting, "display_clock_setting"},
  };
  if (reasons == 0) return "none";
  std::string out;
  for (const auto& n : kNames) {
    if (reasons & n.bit) {
      out += (out.empty() ? "" : "|") + std::string(n.name);
      reasons &= ~n.bit;
    }
  }
  if (reasons) {
    char hex[32];
    std::snprintf(hex, sizeof hex, "0x%llx", static_cast<unsigned long long>(reasons));
    out += (out.empty() ? "" : "|") + std::string(hex);
  }
  return out;
}

NvidiaGpu::NvidiaGpu(std::shared_ptr<const NvmlLibrary> nvml, unsigned index)
    : nvml_(std::move(nvml)), index_(index), device_(nvml_->device(index)) {}

namespace {
int as_int(unsigned i) { return static_cast<int>(i); }

// One value from an NVML getter that older drivers may lack (a null `get` is NvmlNotSupported).
template <typename Value, typename Getter>
Value read_optional(const NvmlLibrary& nvml, Getter get, nvml::Device device, const char* what, int index) {
  nvml.require(get != nullptr, what, index);
  Value value{};
  nvml.check(get(device, &value), what, index);
  return value;
}
}  // namespace

std::string NvidiaGpu::name() const {
  char buf[96] = {0};  // NVML_DEVICE_NAME_V2_BUFFER_SIZE
  nvml_->check(nvml_->api().device_get_name(device_, buf, sizeof buf), "nvmlDeviceGetName", as_int(index_));
  return buf;
}

std::string NvidiaGpu::uuid() const {
  const auto& api = nvml_->api();
  nvml_->require(api.device_get_uuid != nullptr, "nvmlDeviceGetUUID", as_int(index_));
  char buf[96] = {0};
  nvml_->check(api.device_get_uuid(device_, buf, sizeof buf), "nvmlDeviceGetUUID", as_int(index_));
  return buf;
}

namespace {

// NVML's two-call pattern: try a buffer, grow it when told the size.
template <typename Call>
std::vector<std::int64_t> list_clocks(const NvmlLibrary& nvml, Call call, const char* what, int gpu) {
  std::vector<unsigned> buf(256);
  for (int attempt = 0; attempt < 2; ++attempt) {
    unsigned count = static_cast<unsigned>(buf.size());
    const nvml::Return rc = call(&count, buf.data());
    if (rc == nvml::kErrorInsufficientSize && attempt == 0) {
      buf.resize(count);
      continue;
    }
    nvml.check(rc, what, gpu);
    return std::vector<std::int64_t>(buf.begin(), buf.begin() + count);
  }
  throw NvmlError(std::string(what) + " kept asking for a larger buffer", nvml::kErrorInsufficientSize);
}

}  // namespace

std::vector<std::int64_t> NvidiaGpu::supported_memory_clocks_mhz() const {
  const auto& api = nvml_->api();
  const char* what = "nvmlDeviceGetSupportedMemoryClocks";
  nvml_->require(api.device_get_supported_memory_clocks != nullptr, what, as_int(index_));
  return list_clocks(
      *nvml_, [&](unsigned* n, unsigned* out) { return api.device_get_supported_memory_clocks(device_, n, out); },
      what, as_int(index_));
}

std::vector<std::int64_t> NvidiaGpu::supported_graphics_clocks_mhz(std::int64_t memory_clock_mhz) const {
  const auto& api = nvml_->api();
  const char* what = "nvmlDeviceGetSupportedGraphicsClocks";
  nvml_->require(api.device_get_supported_graphics_clocks != nullptr, what, as_int(index_));
  if (memory_clock_mhz <= 0) throw InvalidArgument("memory_clock_mhz must be positive");
  const auto mem = static_cast<unsigned>(memory_clock_mhz);
  return list_clocks(
      *nvml_,
      [&](unsigned* n, unsigned* out) { return api.device_get_supported_graphics_clocks(device_, mem, n, out); },
      what, as_int(index_));
}

namespace {
bool read_only_gpu() {
  const char* v = std::getenv(kReadOnlyGpuEnv);
  return v && *v && std::string(v) != "0";
}
}  // namespace

void NvidiaGpu::set_locked_clocks(std::int64_t min_mhz, std::int64_t max_mhz) {
  // Checked before any NVML call: the API takes unsigned int, so 2^32 + 345 would wrap to 345.
  if (min_mhz <= 0 || max_mhz < min_mhz || max_mhz > kMaxClockMhz) {
    throw InvalidArgument("locked clocks need 0 < min_mhz <= max_mhz <= " + std::to_string(kMaxClockMhz) + ", got " +
                          std::to_string(min_mhz) + ".." + std::to_string(max_mhz));
  }
  if (read_only_gpu()) {
    throw NvmlNoPermission("clock changes are disabled on this machine by $" + std::string(kReadOnlyGpuEnv) +
                               " (GPU " + std::to_string(index_) + ")",
                           4);
  }
  const auto& api = nvml_->api();
  nvml_->require(api.device_set_gpu_locked_clocks != nullptr, "nvmlDeviceSetGpuLockedClocks", as_int(index_));
  nvml_->check(api.device_set_gpu_locked_clocks(device_, static_cast<unsigned>(min_mhz), static_cast<unsigned>(max_mhz)),
               "nvmlDeviceSetGpuLockedClocks", as_int(index_));
}

void NvidiaGpu::reset_locked_clocks() {
  const auto& api = nvml_->api();
  nvml_->require(api.device_reset_gpu_locked_clocks != nullptr, "nvmlDeviceResetGpuLockedClocks", as_int(index_));
  nvml_->check(api.device_reset_gpu_locked_clocks(device_), "nvmlDeviceResetGpuLockedClocks", as_int(index_));
}

std::int64_t NvidiaGpu::clock(int type, const char* what) const {
  unsigned mhz = 0;
  nvml_->check(nvml_->api().device_get_clock_info(device_, type, &mhz), what, as_int(index_));
  return mhz;
}

std::int64_t NvidiaGpu::sm_clock_mhz() const { return clock(nvml::kClockSm, "nvmlDeviceGetClockInfo(SM)"); }

std::int64_t NvidiaGpu::memory_clock_mhz() const { return clock(nvml::kClockMem, "nvmlDeviceGetClockInfo(MEM)"); }

std::int64_t NvidiaGpu::power_mw() const {
  unsigned mw = 0;
  nvml_->check(nvml_->api().device_get_power_usage(device_, &mw), "nvmlDeviceGetPowerUsage", as_int(index_));
  return mw;
}

std::int64_t NvidiaGpu::energy_mj() const {
  return static_cast<std::int64_t>(read_optional<unsigned long long>(
      *nvml_, nvml_->api().device_get_total_energy_consumption, device_, "nvmlDeviceGetTotalEnergyConsumption",
      as_int(index_)));
}

std::uint64_t NvidiaGpu::clock_event_reasons() const {
  return read_optional<unsigned long long>(*nvml_, nvml_->api().device_get_current_clocks_event_reasons, device_,
                                           "nvmlDeviceGetCurrentClocksEventReasons", as_int(index_));
}

std::int64_t NvidiaGpu::power_limit_mw() const {
  return read_optional<unsigned>(*nvml_, nvml_->api().device_get_power_management_limit, device_,
                                 "nvmlDeviceGetPowerManagementLimit", as_int(index_));
}

ClockControl NvidiaGpu::clock_control() const {
  if (read_only_gpu()) return {false, "disabled by $" + std::string(kReadOnlyGpuEnv)};
  if (!nvml_->api().device_set_gpu_locked_clocks) {
    return {false, "this driver has no nvmlDeviceSetGpuLockedClocks"};
  }
  const auto uid = geteuid();
  if (uid != 0) {
    return {false, "NVML needs root to lock clocks (running as uid " + std::to_string(uid) + ")"};
  }
  // No NVML query answers this for locked clocks, and probing would change the clock.
  return {true, "running as root (a container may still refuse; the actuator then turns monitor-only)"};
}

std::vector<std::shared_ptr<Gpu>> open_nvidia_gpus(const std::shared_ptr<const NvmlLibrary>& nvml,
                                                   const std::vector<unsigned>& indices) {
  std::vector<unsigned> wanted = indices;
  if (wanted.empty()) {
    const unsigned n = nvml->device_count();
    for (unsigned i = 0; i < n; ++i) wanted.push_back(i);
  }
  std::vector<std::shared_ptr<Gpu>> gpus;
  gpus.reserve(wanted.size());
  for (unsigned i : wanted) gpus.push_back(std::make_shared<NvidiaGpu>(nvml, i));
  return gpus;
}

}  // namespace throttllem
