// The actuator's worker: latest-target-wins handoff, no-op skipping, read-back, fail-safe lease.
#include "throttllem/actuator.hpp"

#include <fcntl.h>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cmath>
#include <chrono>
#include <cstdio>
#include <cstdlib>

#include "background_thread.hpp"
#include "throttllem/errors.hpp"

namespace throttllem {

double steady_now_s() {
  return std::chrono::duration<double>(std::chrono::steady_clock::now().time_since_epoch()).count();
}

Actuator::Actuator(std::vector<std::shared_ptr<Gpu>> gpus, ActuatorConfig config, std::string monitor_reason)
    : gpus_(std::move(gpus)), config_(config), locked_(gpus_.size(), false), owner_pid_(getpid()) {
  for (const auto& g : gpus_) {
    if (!g) throw InvalidArgument("Actuator: null GPU");
  }
  lease_fd_.store(config_.lease_fd);
  if (gpus_.empty() && monitor_reason.empty()) monitor_reason = "no GPU to control";
  if (!monitor_reason.empty()) {
    actuating_.store(false);
    monitor_reason_ = std::move(monitor_reason);
  }
  worker_ = detail::start_background_thread([this] { run(); });
  if (config_.lease_fd >= 0 && actuating() && pipe2(stop_pipe_, O_CLOEXEC) == 0) {
    watcher_ = detail::start_background_thread([this] { watch_lease(); });
  }
}

Actuator::~Actuator() {
  try {
    close();
  } catch (...) {
    // A destructor must not throw; close() already records restore failures.
  }
}

bool Actuator::post(std::int64_t clock_mhz) {
  // NVML takes unsigned int MHz: a larger value would wrap (2^32 + 345 becomes 345).
  if (clock_mhz <= 0 || clock_mhz > kMaxClockMhz)
    throw InvalidArgument("clock_mhz must be in 1.." + std::to_string(kMaxClockMhz) + ", got " + std::to_string(clock_mhz));
  posted_.fetch_add(1, std::memory_order_relaxed);
  // Fast path: the same target as last time costs one atomic load and no lock.
  if (clock_mhz != last_posted_.load(std::memory_order_relaxed)) {
    {
      std::lock_guard<std::mutex> lk(mu_);
      if (closed_) throw Error("Actuator: post() after close()");
      last_posted_.store(clock_mhz, std::memory_order_relaxed);
      target_ = clock_mhz;
      posted_at_s_ = steady_now_s();
      ++seq_;
    }
    cv_.notify_one();
  }
  return actuating_.load(std::memory_order_relaxed);
}

bool Actuator::wait_idle(double timeout_s) {
  if (std::isnan(timeout_s)) throw InvalidArgument("wait_idle: timeout_s is NaN");
  std::unique_lock<std::mutex> lk(mu_);
  const auto done = [this] { return handled_ == seq_ || stop_; };
  // wait_for converts to integer nanoseconds: infinity (or ~300 years and beyond) would overflow.
  if (timeout_s > 1e9) {
    idle_cv_.wait(lk, done);
    return true;
  }
  return idle_cv_.wait_for(lk, std::chrono::duration<double>(std::max(timeout_s, 0.0)), done);
}

void Actuator::run() {
  std::unique_lock<std::mutex> lk(mu_);
  std::uint64_t seen = 0;
  for (;;) {
    cv_.wait(lk, [&] { return stop_ || seq_ != seen; });
    if (stop_) break;  // a pending target is dropped: close() restores defaults next
    const std::uint64_t jump = seq_ - seen;
    seen = seq_;
    const std::int64_t target = target_;
    const double posted_at = posted_at_s_;
    lk.unlock();
    {
      std::lock_guard<std::mutex> s(stats_mu_);
      stats_.coalesced += jump - 1;
    }
    apply(target, posted_at);
    lk.lock();
    handled_ = seen;
    idle_cv_.notify_all();
  }
  handled_ = seq_;
  idle_cv_.notify_all();
}

void Actuator::apply(std::int64_t target, double posted_at_s) {
  std::lock_guard<std::mutex> g(apply_mu_);
  const double start = steady_now_s();
  if (target == applied_mhz_) {
    std::lock_guard<std::mutex> s(stats_mu_);
    ++stats_.skipped_noop;
    return;
  }
  SwitchRecord rec;
  rec.target_mhz = target;
  rec.queued_s = start - posted_at_s;

  if (actuating()) {
    try {
      lock_all(target);
    } catch (const std::exception& e) {
      rec.error = e.what();
      const bool permanent = dynamic_cast<const NvmlNoPermission*>(&e) || dynamic_cast<const NvmlNotSupported*>(&e);
      if (permanent) {
        enter_monitor_only(std::string("clock control is not permitted here: ") + e.what());
        restore_locked();  // some GPUs of the set may already be locked
      } else {
        last_posted_.store(0, std::memory_order_relaxed);  // so the next post retries
      }
      rec.latency_s = steady_now_s() - start;
      std::lock_guard<std::mutex> s(stats_mu_);
      ++stats_.failures;
      records_.push_back(std::move(rec));
      if (records_.size() > config_.max_records) records_.pop_front();
      return;
    }
    if (!actuating()) {  // lock_all() lost the lease
      rec.error = "fail-safe lease lost";
      restore_locked();
    }
  }
  if (!actuating()) {
    read_back(rec);
    rec.mismatch = false;
    applied_mhz_ = target;
    std::lock_guard<std::mutex> s(stats_mu_);
    ++stats_.monitored;
    stats_.applied_mhz = target;
    records_.push_back(std::move(rec));
    if (records_.size() > config_.max_records) records_.pop_front();
    return;
  }

  rec.actuated = true;
  rec.latency_s = steady_now_s() - start;
  if (config_.readback_delay_s > 0) {
    std::this_thread::sleep_for(std::chrono::duration<double>(config_.readback_delay_s));
  }
  read_back(rec);
  for (std::int64_t mhz : rec.readback_mhz) {
    if (std::llabs(mhz - target) > config_.mismatch_tolerance_mhz) rec.mismatch = true;
  }
  applied_mhz_ = target;
  std::lock_guard<std::mutex> s(stats_mu_);
  ++stats_.applied;
  stats_.applied_mhz = target;
  stats_.mismatches += rec.mismatch ? 1 : 0;
  stats_.total_latency_s += rec.latency_s;
  if (rec.latency_s > stats_.max_latency_s) stats_.max_latency_s = rec.latency_s;
  records_.push_back(std::move(rec));
  if (records_.size() > config_.max_records) records_.pop_front();
}

void Actuator::lock_all(std::int64_t target) {
  for (std::size_t i = 0; i < gpus_.size(); ++i) {
    const unsigned index = gpus_[i]->index();
    // Leased before the set: a crash during the NVML call must still leave the GPU covered.
    if (!send_lease("lock", index)) {
      enter_monitor_only("the fail-safe watchdog is gone, so a crash could leave clocks locked");
      return;
    }
    try {
      gpus_[i]->set_locked_clocks(target, target);
    } catch (...) {
      // NVML refused, so the clocks are as they were. The lease follows locked_: a GPU we never
      // locked must not stay leased, or the watchdog would reset it when we go away.
      if (!locked_[i]) send_lease("release", index);
      throw;
    }
    locked_[i] = true;
  }
}

void Actuator::read_back(SwitchRecord& rec) {
  try {
    for (const auto& gpu : gpus_) {
      rec.readback_mhz.push_back(gpu->sm_clock_mhz());
      std::uint64_t reasons = 0;
      try {
        reasons = gpu->clock_event_reasons();
      } catch (const NvmlNotSupported&) {
        // Older drivers: read-back still works without the explanation.
      }
      rec.reasons.push_back(reasons);
    }
  } catch (const std::exception& e) {
    rec.readback_mhz.clear();
    rec.reasons.clear();
    rec.error += (rec.error.empty() ? "" : "; ") + std::string("read-back failed: ") + e.what();
  }
}

bool Actuator::send_lease(const char* verb, unsigned gpu) {
  if (config_.lease_fd < 0) return true;  // no watchdog was asked for
  const int fd = lease_fd_.load();
  if (fd < 0) return false;
  char line[48];
  const int n = std::snprintf(line, sizeof line, "%s %u\n", verb, gpu);
  // MSG_NOSIGNAL: a dead watchdog must give EPIPE, not kill us with SIGPIPE.
  ssize_t sent = send(fd, line, static_cast<std::size_t>(n), MSG_NOSIGNAL);
  if (sent < 0 && errno == ENOTSOCK) sent = write(fd, line, static_cast<std::size_t>(n));
  return sent == n;
}

void Actuator::watch_lease() {
  const int fd = lease_fd_.load();
  if (fd < 0) return;
  // The watchdog never writes: any event on its socket (HUP, end-of-file, error) is its death.
  pollfd fds[2] = {{fd, POLLIN | POLLRDHUP, 0}, {stop_pipe_[0], POLLIN, 0}};
  for (;;) {
    const int n = poll(fds, 2, -1);
    if (n < 0 && errno == EINTR) continue;
    if (n < 0 || fds[1].revents != 0) return;  // close() asked us to stop
    if (fds[0].revents != 0) break;
  }
  enter_monitor_only(
      "the fail-safe watchdog died, so default clocks were restored at once (clocks are never locked "
      "without it; start a new Actuator to actuate again)");
  std::lock_guard<std::mutex> g(apply_mu_);
  bool any = false;
  for (bool l : locked_) any = any || l;
  restore_locked();
  applied_mhz_ = 0;
  last_posted_.store(0, std::memory_order_relaxed);
  SwitchRecord rec;
  rec.error = any ? "fail-safe watchdog died: restored default clocks" : "fail-safe watchdog died (nothing was locked)";
  std::lock_guard<std::mutex> s(stats_mu_);
  stats_.applied_mhz = 0;
  records_.push_back(std::move(rec));
  if (records_.size() > config_.max_records) records_.pop_front();
}

void Actuator::enter_monitor_only(const std::string& reason) {
  if (!actuating_.exchange(false)) return;
  std::lock_guard<std::mutex> s(stats_mu_);
  monitor_reason_ = reason;
}

void Actuator::restore_locked() {
  for (std::size_t i = 0; i < gpus_.size(); ++i) {
    if (!locked_[i]) continue;
    try {
      gpus_[i]->reset_locked_clocks();
      locked_[i] = false;
      send_lease("release", gpus_[i]->index());
    } catch (const std::exception& e) {
      // Stays locked in our books, so the watchdog keeps its lease and retries on our death.
      SwitchRecord rec;
      rec.error = std::string("restoring default clocks failed: ") + e.what();
      std::lock_guard<std::mutex> s(stats_mu_);
      ++stats_.failures;
      records_.push_back(std::move(rec));
      if (records_.size() > config_.max_records) records_.pop_front();
    }
  }
}

void Actuator::restore_defaults() {
  std::lock_guard<std::mutex> g(apply_mu_);
  restore_locked();
  applied_mhz_ = 0;
  last_posted_.store(0, std::memory_order_relaxed);
  std::lock_guard<std::mutex> s(stats_mu_);
  stats_.applied_mhz = 0;
}

void Actuator::close() {
  if (getpid() != owner_pid_) {
    (void)worker_.release();  // joining a thread that is not in this process would hang
    (void)watcher_.release();
    return;
  }
  {
    std::lock_guard<std::mutex> lk(mu_);
    if (closed_) return;
    closed_ = true;
    stop_ = true;
  }
  cv_.notify_all();
  if (worker_ && worker_->joinable()) worker_->join();
  if (watcher_ && watcher_->joinable()) {
    // Stopped before the restore: the watchdog exits when we close the socket, and that must not
    // read as its death.
    const char one = 1;
    if (write(stop_pipe_[1], &one, 1) < 0) {}
    watcher_->join();
  }
  for (int& fd : stop_pipe_) {
    if (fd >= 0) ::close(fd);
    fd = -1;
  }
  restore_defaults();
  drop_lease_fd();  // the watchdog reads end-of-file with nothing locked and exits
}

void Actuator::drop_lease_fd() {
  const int fd = lease_fd_.exchange(-1);
  if (fd >= 0) ::close(fd);
}

std::string Actuator::monitor_reason() const {
  std::lock_guard<std::mutex> s(stats_mu_);
  return actuating() ? std::string() : monitor_reason_;
}

ActuatorStats Actuator::stats() const {
  std::uint64_t changes = 0;
  {
    std::lock_guard<std::mutex> lk(mu_);
    changes = seq_;
  }
  std::lock_guard<std::mutex> s(stats_mu_);
  ActuatorStats out = stats_;
  out.posted = posted_.load(std::memory_order_relaxed);
  out.changes = changes;
  return out;
}

std::vector<SwitchRecord> Actuator::take_records() {
  std::lock_guard<std::mutex> s(stats_mu_);
  std::vector<SwitchRecord> out(std::make_move_iterator(records_.begin()), std::make_move_iterator(records_.end()));
  records_.clear();
  return out;
}

}  // namespace throttllem
