// GPU access, actuator and energy meter. The GIL is released around every NVML call (an energy
// read costs milliseconds) but not around Actuator.post, which never waits.
#include <pybind11/pybind11.h>
#include <pybind11/stl.h>
#include <unistd.h>

#include <chrono>
#include <functional>
#include <optional>
#include <type_traits>

#include "bindings.hpp"
#include "throttllem/actuator.hpp"
#include "throttllem/energy_meter.hpp"
#include "throttllem/errors.hpp"
#include "throttllem/gpu.hpp"

namespace py = pybind11;

namespace throttllem::bindings {

namespace {

using release = py::call_guard<py::gil_scoped_release>;

// In a fork()ed child the worker thread of an Actuator or EnergyMeter does not exist, and
// destroying its mutexes and condition variables could hang: the child leaks the object.
// The GIL is let go while it joins the worker: a worker driving a Gpu written in Python needs it.
template <typename T>
struct ForkSafeDelete {
  long owner_pid = getpid();
  void operator()(T* p) const {
    if (getpid() != owner_pid) return;
    if (PyGILState_Check()) {
      py::gil_scoped_release unlocked;
      delete p;
    } else {
      delete p;
    }
  }
};
template <typename T>
using ForkSafePtr = std::unique_ptr<T, ForkSafeDelete<T>>;

// A Gpu implemented in Python (e.g. the clock daemon's client): each call takes the GIL, and a
// Python exception becomes the matching C++ one, so the actuator's rules (NO_PERMISSION turns it
// monitor-only) hold for it too.
class PyGpu : public Gpu {
 public:
  explicit PyGpu(unsigned index) : index_(index) {}
  unsigned index() const override { return index_; }
  std::string name() const override { return call<std::string>("name"); }
  std::string uuid() const override { return call<std::string>("uuid"); }
  std::vector<std::int64_t> supported_memory_clocks_mhz() const override {
    return call<std::vector<std::int64_t>>("supported_memory_clocks_mhz");
  }
  std::vector<std::int64_t> supported_graphics_clocks_mhz(std::int64_t memory_clock_mhz) const override {
    return call<std::vector<std::int64_t>>("supported_graphics_clocks_mhz", memory_clock_mhz);
  }
  void set_locked_clocks(std::int64_t min_mhz, std::int64_t max_mhz) override {
    call<void>("set_locked_clocks", min_mhz, max_mhz);
  }
  void reset_locked_clocks() override { call<void>("reset_locked_clocks"); }
  std::int64_t sm_clock_mhz() const override { return call<std::int64_t>("sm_clock_mhz"); }
  std::int64_t memory_clock_mhz() const override { return call<std::int64_t>("memory_clock_mhz"); }
  std::int64_t power_mw() const override { return call<std::int64_t>("power_mw"); }
  std::int64_t energy_mj() const override { return call<std::int64_t>("energy_mj"); }
  std::uint64_t clock_event_reasons() const override { return call<std::uint64_t>("clock_event_reasons"); }
  std::int64_t power_limit_mw() const override { return call<std::int64_t>("power_limit_mw"); }
  ClockControl clock_control() const override { return call<ClockControl>("clock_control"); }

 private:
  template <typename R, typename... A>
  R call(const char* fn, A... args) const {
    py::gil_scoped_acquire gil;
    py::function f = py::get_override(static_cast<const Gpu*>(this), fn);
    if (!f) throw NvmlNotSupported(std::string("this Gpu does not implement ") + fn, 3);
    try {
      if constexpr (std::is_void_v<R>) {
        f(args...);
      } else {
        return f(args...).template cast<R>();
      }
    } catch (py::error_already_set& e) {
      rethrow_typed(e);
    } catch (const py::cast_error& e) {
      throw Error(std::string(fn) + " returned a value of the wrong type: " + e.what());
    }
    if constexpr (!std::is_void_v<R>) return R{};
  }

  [[noreturn]] static void rethrow_typed(py::error_already_set& e) {
    const py::module_ core = py::module_::import("throttllem._core");
    std::string what = py::str(e.value());
    int code = 999;
    if (py::hasattr(e.value(), "code")) {
      try {
        code = e.value().attr("code").cast<int>();
      } catch (const py::cast_error&) {
      }
    }
    if (e.matches(core.attr("NvmlNoPermission"))) throw NvmlNoPermission(what, code);
    if (e.matches(core.attr("NvmlNotSupported"))) throw NvmlNotSupported(what, code);
    if (e.matches(core.attr("NvmlGpuLost"))) throw NvmlGpuLost(what, code);
    if (e.matches(core.attr("NvmlError"))) throw NvmlError(what, code);
    if (e.matches(core.attr("InvalidArgumentError"))) throw InvalidArgument(what);
    throw Error(std::string(py::str(py::type::handle_of(e.value()).attr("__name__"))) + ": " + what);
  }

  unsigned index_;
};

std::vector<std::shared_ptr<Gpu>> open_gpus(std::optional<std::vector<unsigned>> indices) {
  auto nvml = NvmlLibrary::open();
  return open_nvidia_gpus(nvml, indices.value_or(std::vector<unsigned>{}));
}

// Per-call cost of one read, timed in C++ (no Python in the loop). Read calls only: never a set.
std::vector<std::int64_t> time_gpu_reads(const Gpu& gpu, const std::string& what, int n) {
  std::function<void()> call;
  if (what == "sm_clock") call = [&] { (void)gpu.sm_clock_mhz(); };
  else if (what == "power") call = [&] { (void)gpu.power_mw(); };
  else if (what == "energy") call = [&] { (void)gpu.energy_mj(); };
  else if (what == "clock_event_reasons") call = [&] { (void)gpu.clock_event_reasons(); };
  else if (what == "power_limit") call = [&] { (void)gpu.power_limit_mw(); };
  else throw InvalidArgument("unknown read '" + what + "'");
  std::vector<std::int64_t> ns;
  ns.reserve(static_cast<std::size_t>(n));
  for (int i = 0; i < n; ++i) {
    const auto t0 = std::chrono::steady_clock::now();
    call();
    ns.push_back(std::chrono::duration_cast<std::chrono::nanoseconds>(std::chrono::steady_clock::now() - t0).count());
  }
  return ns;
}

// Mean cost of Actuator::post in a C++ loop; the target changes every `change_every` posts.
double time_actuator_post(Actuator& act, int n, int change_every, std::int64_t low_mhz, std::int64_t high_mhz) {
  if (n < 1 || change_every < 1) throw InvalidArgument("n and change_every must be >= 1");
  const auto t0 = std::chrono::steady_clock::now();
  for (int i = 0; i < n; ++i) act.post(((i / change_every) % 2) ? high_mhz : low_mhz);
  const auto dt = std::chrono::steady_clock::now() - t0;
  return std::chrono::duration<double, std::nano>(dt).count() / n;
}

}  // namespace

void bind_gpu(py::module_& m) {
  m.attr("NVML_LIBRARY_ENV") = kNvmlLibraryEnv;
  m.attr("READ_ONLY_GPU_ENV") = kReadOnlyGpuEnv;
  m.def("nvml_candidate_paths", &NvmlLibrary::candidate_paths,
        "Paths tried to load NVML, in order ($THROTTLLEM_NVML_LIBRARY alone when set).");
  m.def("describe_clock_event_reasons", &describe_clock_event_reasons, py::arg("reasons"));

  py::class_<NvmlLibrary, std::shared_ptr<NvmlLibrary>>(m, "NvmlLibrary")
      .def_static("open", &NvmlLibrary::open, release())
      .def_property_readonly("path", &NvmlLibrary::path)
      .def_property_readonly("driver_version", &NvmlLibrary::driver_version)
      .def("device_count", &NvmlLibrary::device_count, release());

  py::class_<ClockControl>(m, "ClockControl")
      .def(py::init([](bool permitted, std::string reason) { return ClockControl{permitted, std::move(reason)}; }),
           py::arg("permitted"), py::arg("reason"))
      .def_readonly("permitted", &ClockControl::permitted)
      .def_readonly("reason", &ClockControl::reason)
      .def("__repr__", [](const ClockControl& c) {
        return "ClockControl(permitted=" + std::string(c.permitted ? "True" : "False") + ", reason='" + c.reason + "')";
      });

  py::class_<Gpu, PyGpu, std::shared_ptr<Gpu>>(
      m, "Gpu",
      "One GPU: clocks to set, power and energy to read. Subclass it in Python (calling "
      "Gpu.__init__(self, index)) to drive the actuator through another channel.")
      .def(py::init_alias<unsigned>(), py::arg("index"))
      .def_property_readonly("index", &Gpu::index)
      .def("name", &Gpu::name, release())
      .def("uuid", &Gpu::uuid, release())
      .def("supported_memory_clocks_mhz", &Gpu::supported_memory_clocks_mhz, release())
      .def("supported_graphics_clocks_mhz", &Gpu::supported_graphics_clocks_mhz, py::arg("memory_clock_mhz"), release())
      .def("set_locked_clocks", &Gpu::set_locked_clocks, py::arg("min_mhz"), py::arg("max_mhz"), release())
      .def("reset_locked_clocks", &Gpu::reset_locked_clocks, release())
      .def("sm_clock_mhz", &Gpu::sm_clock_mhz, release())
      .def("memory_clock_mhz", &Gpu::memory_clock_mhz, release())
      .def("power_mw", &Gpu::power_mw, release())
      .def("energy_mj", &Gpu::energy_mj, release())
      .def("clock_event_reasons", &Gpu::clock_event_reasons, release())
      .def("power_limit_mw", &Gpu::power_limit_mw, release())
      .def("clock_control", &Gpu::clock_control, release());
  py::class_<NvidiaGpu, Gpu, std::shared_ptr<NvidiaGpu>>(m, "NvidiaGpu");

  m.def("open_nvidia_gpus", &open_gpus, py::arg("indices") = py::none(), release(),
        "Loads NVML and opens every GPU (or those in `indices`).");

  py::class_<SwitchRecord>(m, "SwitchRecord")
      .def_readonly("target_mhz", &SwitchRecord::target_mhz)
      .def_readonly("actuated", &SwitchRecord::actuated)
      .def_readonly("queued_s", &SwitchRecord::queued_s)
      .def_readonly("latency_s", &SwitchRecord::latency_s)
      .def_readonly("readback_mhz", &SwitchRecord::readback_mhz)
      .def_readonly("reasons", &SwitchRecord::reasons)
      .def_readonly("mismatch", &SwitchRecord::mismatch)
      .def_readonly("error", &SwitchRecord::error)
      .def("__repr__", [](const SwitchRecord& r) {
        std::string rb;
        for (auto mhz : r.readback_mhz) rb += (rb.empty() ? "" : ",") + std::to_string(mhz);
        return "SwitchRecord(target_mhz=" + std::to_string(r.target_mhz) + ", actuated=" + (r.actuated ? "True" : "False") +
               ", readback_mhz=[" + rb + "], mismatch=" + (r.mismatch ? "True" : "False") +
               ", latency_s=" + std::to_string(r.latency_s) + (r.error.empty() ? "" : ", error='" + r.error + "'") + ")";
      });

  py::class_<ActuatorStats>(m, "ActuatorStats")
      .def_readonly("posted", &ActuatorStats::posted)
      .def_readonly("changes", &ActuatorStats::changes)
      .def_readonly("coalesced", &ActuatorStats::coalesced)
      .def_readonly("skipped_noop", &ActuatorStats::skipped_noop)
      .def_readonly("applied", &ActuatorStats::applied)
      .def_readonly("monitored", &ActuatorStats::monitored)
      .def_readonly("mismatches", &ActuatorStats::mismatches)
      .def_readonly("failures", &ActuatorStats::failures)
      .def_readonly("applied_mhz", &ActuatorStats::applied_mhz)
      .def_readonly("max_latency_s", &ActuatorStats::max_latency_s)
      .def_readonly("total_latency_s", &ActuatorStats::total_latency_s);

  py::class_<Actuator, ForkSafePtr<Actuator>>(m, "Actuator")
      .def(py::init([](std::vector<std::shared_ptr<Gpu>> gpus, std::int64_t mismatch_tolerance_mhz,
                       double readback_delay_s, int lease_fd, std::size_t max_records, std::string monitor_reason) {
             ActuatorConfig c;
             c.mismatch_tolerance_mhz = mismatch_tolerance_mhz;
             c.readback_delay_s = readback_delay_s;
             c.lease_fd = lease_fd;
             c.max_records = max_records;
             return new Actuator(std::move(gpus), c, std::move(monitor_reason));
           }),
           py::arg("gpus"), py::kw_only(), py::arg("mismatch_tolerance_mhz") = 0, py::arg("readback_delay_s") = 0.0,
           py::arg("lease_fd") = -1, py::arg("max_records") = 4096, py::arg("monitor_reason") = "")
      .def("post", &Actuator::post, py::arg("clock_mhz"))
      .def("wait_idle", &Actuator::wait_idle, py::arg("timeout_s"), release())
      .def("restore_defaults", &Actuator::restore_defaults, release())
      .def("close", &Actuator::close, release())
      .def("drop_lease_fd", &Actuator::drop_lease_fd)
      .def_property_readonly("actuating", &Actuator::actuating)
      .def_property_readonly("monitor_reason", &Actuator::monitor_reason)
      .def_property_readonly("gpus", &Actuator::gpus)
      .def("stats", &Actuator::stats)
      .def("take_records", &Actuator::take_records);

  py::class_<GpuEnergy>(m, "GpuEnergy")
      .def_readonly("gpu_index", &GpuEnergy::gpu_index)
      .def_readonly("joules", &GpuEnergy::joules)
      .def_readonly("counter_joules", &GpuEnergy::counter_joules)
      .def_readonly("counter_span_s", &GpuEnergy::counter_span_s)
      .def_readonly("integrated_span_joules", &GpuEnergy::integrated_span_joules)
      .def_readonly("joules_note", &GpuEnergy::joules_note, "Why joules is NaN ('' when it is a number).");

  py::class_<EnergyWindow>(m, "EnergyWindow")
      .def_readonly("name", &EnergyWindow::name)
      .def_readonly("seconds", &EnergyWindow::seconds)
      .def_readonly("gpus", &EnergyWindow::gpus)
      .def_readonly("samples", &EnergyWindow::samples);

  py::class_<EnergyMeter, ForkSafePtr<EnergyMeter>>(m, "EnergyMeter")
      .def(py::init([](std::vector<std::shared_ptr<Gpu>> gpus, double sample_hz, double counter_period_s) {
             return new EnergyMeter(std::move(gpus), EnergyMeterConfig{sample_hz, counter_period_s});
           }),
           py::arg("gpus"), py::kw_only(), py::arg("sample_hz") = 100.0, py::arg("counter_period_s") = 0.1, release())
      .def("begin_window", &EnergyMeter::begin_window, py::arg("name"))
      .def("end_window", &EnergyMeter::end_window, py::arg("name"))
      .def("power_w", &EnergyMeter::power_w)
      .def_property_readonly("samples", &EnergyMeter::samples)
      .def_property_readonly("counter_reads", &EnergyMeter::counter_reads)
      .def_property_readonly("errors", &EnergyMeter::errors)
      .def_property_readonly("last_error", &EnergyMeter::last_error)
      .def("close", &EnergyMeter::close, release());

  m.def("_time_gpu_reads", &time_gpu_reads, py::arg("gpu"), py::arg("what"), py::arg("n"), release());
  m.def("_time_actuator_post", &time_actuator_post, py::arg("actuator"), py::arg("n"), py::arg("change_every"),
        py::arg("low_mhz"), py::arg("high_mhz"));
}

}  // namespace throttllem::bindings
