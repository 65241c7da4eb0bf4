// Power integration on a thread; NVML reads happen outside the lock so windows never wait on them.
#include "throttllem/energy_meter.hpp"

#include <unistd.h>

#include <chrono>
#include <cmath>

#include "throttllem/actuator.hpp"  // steady_now_s
#include "background_thread.hpp"
#include "throttllem/errors.hpp"

namespace throttllem {

EnergyMeter::EnergyMeter(std::vector<std::shared_ptr<Gpu>> gpus, EnergyMeterConfig config)
    : gpus_(std::move(gpus)), config_(config), tracks_(gpus_.size()), owner_pid_(getpid()) {
  for (const auto& g : gpus_) {
    if (!g) throw InvalidArgument("EnergyMeter: null GPU");
  }
  if (!(config_.sample_hz > 0.0) || config_.sample_hz > 10000.0) {
    throw InvalidArgument("sample_hz must be in (0, 10000], got " + std::to_string(config_.sample_hz));
  }
  if (!(config_.counter_period_s >= 0.1)) config_.counter_period_s = 0.1;
  // A first sample and reading now, so a window opened right away has a baseline.
  sample_power();
  read_counters();
  worker_ = detail::start_background_thread([this] { run(); });
}

EnergyMeter::~EnergyMeter() { close(); }

void EnergyMeter::close() {
  if (getpid() != owner_pid_) {
    (void)worker_.release();
    return;
  }
  {
    std::lock_guard<std::mutex> lk(mu_);
    stop_ = true;
  }
  cv_.notify_all();
  if (worker_ && worker_->joinable()) worker_->join();
}

void EnergyMeter::run() {
  using clock = std::chrono::steady_clock;
  const auto period = std::chrono::duration_cast<clock::duration>(std::chrono::duration<double>(1.0 / config_.sample_hz));
  auto next = clock::now() + period;
  std::unique_lock<std::mutex> lk(mu_);
  while (!cv_.wait_until(lk, next, [this] { return stop_; })) {
    lk.unlock();
    sample_power();
    if (steady_now_s() - last_counter_s_ >= config_.counter_period_s) read_counters();
    lk.lock();
    next += period;
    if (next < clock::now()) next = clock::now() + period;  // fell behind: skip, don't burst
  }
}

void EnergyMeter::note_error(const std::string& what) {
  std::lock_guard<std::mutex> lk(mu_);
  ++errors_;
  last_error_ = what;
}

void EnergyMeter::sample_power() {
  for (std::size_t i = 0; i < gpus_.size(); ++i) {
    if (!tracks_[i].power_ok) continue;  // only this thread (or the constructor) writes power_ok
    double watts = 0.0;
    try {
      watts = static_cast<double>(gpus_[i]->power_mw()) / 1000.0;
    } catch (const NvmlNotSupported& e) {
      std::lock_guard<std::mutex> lk(mu_);
      tracks_[i].power_ok = false;
      last_error_ = e.what();
      continue;
    } catch (const std::exception& e) {
      note_error(e.what());
      continue;
    }
    const double t = steady_now_s();
    std::lock_guard<std::mutex> lk(mu_);
    Track& tr = tracks_[i];
    if (!std::isnan(tr.last_t)) tr.joules += 0.5 * (tr.last_w + watts) * (t - tr.last_t);  // trapezoid
    tr.last_t = t;
    tr.last_w = watts;
  }
  std::lock_guard<std::mutex> lk(mu_);
  ++samples_;
}

void EnergyMeter::read_counters() {
  last_counter_s_ = steady_now_s();
  for (std::size_t i = 0; i < gpus_.size(); ++i) {
    if (!tracks_[i].counter_ok) continue;
    const double before = steady_now_s();
    std::int64_t mj = 0;
    try {
      mj = gpus_[i]->energy_mj();
    } catch (const NvmlNotSupported& e) {
      std::lock_guard<std::mutex> lk(mu_);
      tracks_[i].counter_ok = false;
      last_error_ = e.what();
      continue;
    } catch (const std::exception& e) {
      note_error(e.what());
      continue;
    }
    const double t = 0.5 * (before + steady_now_s());  // the read takes ~3 ms: stamp its middle
    std::lock_guard<std::mutex> lk(mu_);
    Track& tr = tracks_[i];
    tr.counter_t = t;
    tr.counter_mj = static_cast<double>(mj);
    tr.counter_integral_j = integral_at(tr, t);
    ++counter_reads_;
  }
}

double EnergyMeter::integral_at(const Track& tr, double now) const {
  if (std::isnan(tr.last_t)) return GpuEnergy::kNaN;  // no sample yet: unknown, not 0 J
  return tr.joules + tr.last_w * (now - tr.last_t);  // hold the last sample until the next
}

void EnergyMeter::begin_window(const std::string& name) {
  const double now = steady_now_s();
  std::lock_guard<std::mutex> lk(mu_);
  if (open_.count(name)) throw InvalidArgument("energy window '" + name + "' is already open");
  Open w;
  w.t0 = now;
  w.samples0 = samples_;
  for (const auto& tr : tracks_) w.joules0.push_back(integral_at(tr, now));
  w.anchor = tracks_;
  open_.emplace(name, std::move(w));
}

EnergyWindow EnergyMeter::end_window(const std::string& name) {
  const double now = steady_now_s();
  std::lock_guard<std::mutex> lk(mu_);
  auto it = open_.find(name);
  if (it == open_.end()) throw InvalidArgument("no energy window named '" + name + "' is open");
  const Open& w = it->second;
  EnergyWindow out;
  out.name = name;
  out.seconds = now - w.t0;
  out.samples = samples_ - w.samples0;
  for (std::size_t i = 0; i < gpus_.size(); ++i) {
    const Track& tr = tracks_[i];
    const Track& a = w.anchor[i];
    GpuEnergy g;
    g.gpu_index = gpus_[i]->index();
    if (!tr.power_ok) {
      g.joules_note = "power reads are not supported on this GPU";
    } else if (std::isnan(tr.last_t)) {
      // Every power read failed: no sample to integrate (0 J would read as a measurement).
      g.joules_note = "no power read succeeded" + (last_error_.empty() ? std::string() : ": " + last_error_);
    } else if (std::isnan(w.joules0[i])) {
      g.joules_note = "no power read succeeded before the window began";
    } else {
      g.joules = integral_at(tr, now) - w.joules0[i];
    }
    if (tr.counter_ok && !std::isnan(a.counter_t) && !std::isnan(tr.counter_t)) {
      g.counter_joules = (tr.counter_mj - a.counter_mj) / 1000.0;
      g.counter_span_s = tr.counter_t - a.counter_t;
      if (tr.power_ok) g.integrated_span_joules = tr.counter_integral_j - a.counter_integral_j;
    }
    out.gpus.push_back(g);
  }
  open_.erase(it);
  return out;
}

std::vector<double> EnergyMeter::power_w() const {
  std::lock_guard<std::mutex> lk(mu_);
  std::vector<double> out;
  for (const auto& tr : tracks_) out.push_back(tr.power_ok && !std::isnan(tr.last_t) ? tr.last_w : GpuEnergy::kNaN);
  return out;
}

std::uint64_t EnergyMeter::samples() const { return locked(samples_); }

std::uint64_t EnergyMeter::counter_reads() const { return locked(counter_reads_); }

std::uint64_t EnergyMeter::errors() const { return locked(errors_); }

std::string EnergyMeter::last_error() const { return locked(last_error_); }

}  // namespace throttllem
