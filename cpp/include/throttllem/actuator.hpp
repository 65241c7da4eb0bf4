// Asynchronous clock actuator: the control loop posts a target and returns at once; a worker
// thread applies only the latest target, reads the clock back and records what happened.
#pragma once

#include <atomic>
#include <condition_variable>
#include <cstdint>
#include <deque>
#include <memory>
#include <mutex>
#include <string>
#include <thread>
#include <vector>

#include "throttllem/gpu.hpp"

namespace throttllem {

struct ActuatorConfig {
  /// A read-back clock within this many MHz of the target counts as held.
  std::int64_t mismatch_tolerance_mhz = 0;
  /// Wait this long after setting before reading the clock back (s).
  double readback_delay_s = 0.0;
  /// Socket to a fail-safe watchdog process, or -1; the actuator owns it and closes it in
  /// close(). Before each set the worker sends "lock <gpu index>\n"; after a reset, or after a
  /// set that NVML refused on a GPU it had not locked, "release <gpu index>\n". The watchdog
  /// resets every GPU still leased when the socket closes (the controlling process died). A
  /// failed send turns the actuator monitor-only: it never throttles without its fail-safe.
  /// A thread blocks in poll() on this socket: the moment the watchdog dies (its end closes),
  /// the actuator restores every GPU it locked and turns monitor-only, so a later kill -9 of the
  /// controller cannot leave a GPU throttled with nobody left to restore it.
  int lease_fd = -1;
  /// Switch records kept until taken (oldest dropped first).
  std::size_t max_records = 4096;
};

/// One target the worker handled.
struct SwitchRecord {
  std::int64_t target_mhz = 0;
  /// False in monitor-only mode: the target was recorded, not sent.
  bool actuated = false;
  /// From the post to the worker starting on it (s).
  double queued_s = 0.0;
  /// Duration of the NVML set calls for every GPU (s).
  double latency_s = 0.0;
  /// SM clock read back per GPU after the set (empty when it could not be read).
  std::vector<std::int64_t> readback_mhz;
  /// Clock event reasons per GPU at read-back (explains a lower clock: power cap, thermal...).
  std::vector<std::uint64_t> reasons;
  /// Some GPU's read-back clock differs from the target beyond the tolerance.
  bool mismatch = false;
  /// NVML error text when the switch failed.
  std::string error;
};

struct ActuatorStats {
  std::uint64_t posted = 0;        // post() calls
  std::uint64_t changes = 0;       // posts that differed from the previous post
  std::uint64_t coalesced = 0;     // changes overwritten by a newer one before the worker saw them
  std::uint64_t skipped_noop = 0;  // targets equal to the clock already applied: not sent
  std::uint64_t applied = 0;       // targets sent to NVML successfully
  std::uint64_t monitored = 0;     // targets recorded but not sent (monitor-only)
  std::uint64_t mismatches = 0;
  std::uint64_t failures = 0;
  std::int64_t applied_mhz = 0;  // last clock applied (or recorded in monitor-only); 0: default
  double max_latency_s = 0.0;
  double total_latency_s = 0.0;
};

class Actuator {
 public:
  /// Empty `gpus` or a non-empty `monitor_reason` start monitor-only.
  explicit Actuator(std::vector<std::shared_ptr<Gpu>> gpus, ActuatorConfig config = {},
                    std::string monitor_reason = "");
  /// close(): stops the worker and restores default clocks.
  ~Actuator();
  Actuator(const Actuator&) = delete;
  Actuator& operator=(const Actuator&) = delete;

  /// Never blocks on NVML. Returns whether the actuator is actuating (false: monitor-only).
  bool post(std::int64_t clock_mhz);
  /// Waits until the worker has handled the latest post. False on timeout.
  bool wait_idle(double timeout_s);
  /// Resets every GPU this actuator locked (and only those). A later post locks again.
  void restore_defaults();
  /// Stops the worker, then restore_defaults(). Idempotent; post() afterwards is an error.
  /// In a fork()ed child it does nothing: the GPUs belong to the parent.
  void close();

  /// Closes the lease socket without a word. For a fork()ed child: its copy of the socket must
  /// not keep the watchdog waiting after the parent dies. Takes no lock.
  void drop_lease_fd();

  bool actuating() const { return actuating_.load(std::memory_order_relaxed); }
  std::string monitor_reason() const;
  ActuatorStats stats() const;
  std::vector<SwitchRecord> take_records();
  const std::vector<std::shared_ptr<Gpu>>& gpus() const { return gpus_; }

 private:
  void run();
  void apply(std::int64_t target, double posted_at_s);
  // Leases and locks each GPU in turn; throws the first NVML error. Needs apply_mu_.
  void lock_all(std::int64_t target);
  void read_back(SwitchRecord& rec);
  bool send_lease(const char* verb, unsigned gpu);
  // Blocks in poll() on the lease socket and on stop_pipe_; on the watchdog's death restores.
  void watch_lease();
  void enter_monitor_only(const std::string& reason);
  void restore_locked();  // needs apply_mu_
  void record(SwitchRecord rec);

  std::vector<std::shared_ptr<Gpu>> gpus_;
  ActuatorConfig config_;
  std::atomic<bool> actuating_{true};
  std::atomic<int> lease_fd_{-1};
  std::atomic<std::int64_t> last_posted_{0};
  std::atomic<std::uint64_t> posted_{0};

  // Handoff from post() to the worker.
  mutable std::mutex mu_;
  std::condition_variable cv_;
  std::condition_variable idle_cv_;
  std::int64_t target_ = 0;
  double posted_at_s_ = 0.0;
  std::uint64_t seq_ = 0;
  std::uint64_t handled_ = 0;
  bool stop_ = false;
  bool closed_ = false;

  // Serializes NVML set/reset between the worker and restore_defaults().
  std::mutex apply_mu_;
  std::vector<bool> locked_;
  std::int64_t applied_mhz_ = 0;

  mutable std::mutex stats_mu_;
  ActuatorStats stats_;
  std::deque<SwitchRecord> records_;
  std::string monitor_reason_;

  // In a fork()ed child the worker does not exist: close() there leaks it instead of joining.
  long owner_pid_;
  std::unique_ptr<std::thread> worker_;
  // Watches the lease socket (only with a watchdog); stop_pipe_ wakes it for close().
  int stop_pipe_[2] = {-1, -1};
  std::unique_ptr<std::thread> watcher_;
};

/// Seconds on the steady clock (the time base of queued_s and of the energy meter).
double steady_now_s();

}  // namespace throttllem
