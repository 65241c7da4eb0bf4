// Energy meter: a thread samples power and integrates it; the GPU's own energy counter, read at
// most every 100 ms, cross-checks the integral. Named windows give seconds and joules per GPU.
#pragma once

#include <condition_variable>
#include <cstdint>
#include <limits>
#include <map>
#include <memory>
#include <mutex>
#include <string>
#include <thread>
#include <vector>

#include "throttllem/gpu.hpp"

namespace throttllem {

struct EnergyMeterConfig {
  /// Power samples per second.
  double sample_hz = 100.0;
  /// Energy counter period (s). Raised to 0.1 if lower: on an H100 a read costs ~3 ms and the
  /// value moves only every ~100 ms, so reading it faster buys nothing.
  double counter_period_s = 0.1;
};

struct GpuEnergy {
  static constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();
  unsigned gpu_index = 0;
  /// Integrated power over the window (J); NaN when this GPU's power cannot be read.
  double joules = kNaN;
  /// Energy-counter delta between its last readings before the window's begin and end (J);
  /// NaN without a counter.
  double counter_joules = kNaN;
  /// Time between those two counter readings (s).
  double counter_span_s = 0.0;
  /// Integrated power over that same span (J): the figure to compare with counter_joules.
  double integrated_span_joules = kNaN;
  /// Why joules is NaN (empty when it is a number).
  std::string joules_note;
};

struct EnergyWindow {
  std::string name;
  double seconds = 0.0;
  std::vector<GpuEnergy> gpus;
  /// Power samples taken inside the window.
  std::uint64_t samples = 0;
};

class EnergyMeter {
 public:
  /// Takes a first power sample and counter reading, then starts the sampling thread.
  explicit EnergyMeter(std::vector<std::shared_ptr<Gpu>> gpus, EnergyMeterConfig config = {});
  ~EnergyMeter();
  EnergyMeter(const EnergyMeter&) = delete;
  EnergyMeter& operator=(const EnergyMeter&) = delete;

  /// Throws InvalidArgument if a window of that name is open.
  void begin_window(const std::string& name);
  /// Closes and returns the window. Throws InvalidArgument if no window of that name is open.
  EnergyWindow end_window(const std::string& name);

  /// Latest power sample per GPU (W); NaN when unreadable.
  std::vector<double> power_w() const;
  std::uint64_t samples() const;
  std::uint64_t counter_reads() const;
  std::uint64_t errors() const;
  std::string last_error() const;
  /// Stops the sampling thread. Idempotent.
  void close();

 private:
  struct Track {
    bool power_ok = true;
    bool counter_ok = true;
    double last_t = GpuEnergy::kNaN;  // time of the last power sample
    double last_w = 0.0;
    double joules = 0.0;              // integral up to last_t
    double counter_t = GpuEnergy::kNaN;
    double counter_mj = 0.0;
    double counter_integral_j = 0.0;  // integral at counter_t
  };
  struct Open {
    double t0 = 0.0;
    std::uint64_t samples0 = 0;
    std::vector<double> joules0;
    std::vector<Track> anchor;  // counter readings in force at begin
  };

  void run();
  void sample_power();
  void read_counters();
  double integral_at(const Track& t, double now) const;
  void note_error(const std::string& what);
  // A copy of one member, read under mu_ (the sampling thread writes them).
  template <typename T>
  T locked(const T& member) const {
    std::lock_guard<std::mutex> lk(mu_);
    return member;
  }

  std::vector<std::shared_ptr<Gpu>> gpus_;
  EnergyMeterConfig config_;
  mutable std::mutex mu_;
  std::condition_variable cv_;
  bool stop_ = false;
  std::vector<Track> tracks_;
  std::map<std::string, Open> open_;
  std::uint64_t samples_ = 0;
  std::uint64_t counter_reads_ = 0;
  std::uint64_t errors_ = 0;
  std::string last_error_;
  double last_counter_s_ = -1e300;
  long owner_pid_;  // see Actuator: a fork()ed child leaks the worker instead of joining it
  std::unique_ptr<std::thread> worker_;
};

}  // namespace throttllem
