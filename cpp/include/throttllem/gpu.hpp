// One GPU as the governor sees it: clocks to set, power and energy to read. `Gpu` is the
// abstraction; `NvidiaGpu` implements it over NVML. Units are in the names.
#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <vector>

#include "throttllem/nvml_library.hpp"

namespace throttllem {

/// Highest clock value accepted (MHz): NVML takes unsigned int, and no GPU clock comes near 2^31.
constexpr std::int64_t kMaxClockMhz = 2147483647;

/// Bits of NVML's clock event (throttle) reasons: why the clock is below what was asked.
namespace clock_event {
inline constexpr std::uint64_t kGpuIdle = 0x1;
inline constexpr std::uint64_t kApplicationsClocksSetting = 0x2;
inline constexpr std::uint64_t kSwPowerCap = 0x4;
inline constexpr std::uint64_t kHwSlowdown = 0x8;
inline constexpr std::uint64_t kSyncBoost = 0x10;
inline constexpr std::uint64_t kSwThermalSlowdown = 0x20;
inline constexpr std::uint64_t kHwThermalSlowdown = 0x40;
inline constexpr std::uint64_t kHwPowerBrakeSlowdown = 0x80;
inline constexpr std::uint64_t kDisplayClockSetting = 0x100;
}  // namespace clock_event

/// "sw_power_cap|hw_slowdown"; "none" for 0; unknown bits as hex.
std::string describe_clock_event_reasons(std::uint64_t reasons);

/// Whether this process may lock clocks, and why (said without trying: trying changes clocks).
struct ClockControl {
  bool permitted = false;
  std::string reason;
};

class Gpu {
 public:
  virtual ~Gpu() = default;

  /// Index in NVML's order (also the fail-safe watchdog's key).
  virtual unsigned index() const = 0;
  virtual std::string name() const = 0;
  virtual std::string uuid() const = 0;

  /// Descending, as NVML lists them.
  virtual std::vector<std::int64_t> supported_memory_clocks_mhz() const = 0;
  virtual std::vector<std::int64_t> supported_graphics_clocks_mhz(std::int64_t memory_clock_mhz) const = 0;

  /// Locks the GPU (SM) clock into [min_mhz, max_mhz]. Needs root on NVIDIA GPUs.
  virtual void set_locked_clocks(std::int64_t min_mhz, std::int64_t max_mhz) = 0;
  /// Back to the driver's default clock policy.
  virtual void reset_locked_clocks() = 0;

  virtual std::int64_t sm_clock_mhz() const = 0;
  virtual std::int64_t memory_clock_mhz() const = 0;
  virtual std::int64_t power_mw() const = 0;
  /// Energy since the driver loaded. Costs ~3 ms on an H100 and moves only every ~100 ms:
  /// keep it off any per-iteration path.
  virtual std::int64_t energy_mj() const = 0;
  /// clock_event bits.
  virtual std::uint64_t clock_event_reasons() const = 0;
  virtual std::int64_t power_limit_mw() const = 0;
  virtual ClockControl clock_control() const = 0;
};

class NvidiaGpu final : public Gpu {
 public:
  NvidiaGpu(std::shared_ptr<const NvmlLibrary> nvml, unsigned index);

  unsigned index() const override { return index_; }
  std::string name() const override;
  std::string uuid() const override;
  std::vector<std::int64_t> supported_memory_clocks_mhz() const override;
  std::vector<std::int64_t> supported_graphics_clocks_mhz(std::int64_t memory_clock_mhz) const override;
  void set_locked_clocks(std::int64_t min_mhz, std::int64_t max_mhz) override;
  void reset_locked_clocks() override;
  std::int64_t sm_clock_mhz() const override;
  std::int64_t memory_clock_mhz() const override;
  std::int64_t power_mw() const override;
  std::int64_t energy_mj() const override;
  std::uint64_t clock_event_reasons() const override;
  std::int64_t power_limit_mw() const override;
  ClockControl clock_control() const override;

  const NvmlLibrary& nvml() const { return *nvml_; }

 private:
  std::int64_t clock(int type, const char* what) const;
  std::shared_ptr<const NvmlLibrary> nvml_;
  unsigned index_;
  nvml::Device device_;
};

/// Every GPU NVML sees (or those in `indices`), in the order asked.
std::vector<std::shared_ptr<Gpu>> open_nvidia_gpus(const std::shared_ptr<const NvmlLibrary>& nvml,
                                                   const std::vector<unsigned>& indices = {});

}  // namespace throttllem
