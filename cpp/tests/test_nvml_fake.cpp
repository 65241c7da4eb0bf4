// NVML path of the core against the project's fake NVML (tests/fake_nvml), built here with the
// system C compiler. The fake is used because real clock changes are forbidden on the shared GPU.
#include <sys/socket.h>
#include <unistd.h>

#include <chrono>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <sstream>
#include <string>
#include <thread>

#include "throttllem/actuator.hpp"
#include "throttllem/energy_meter.hpp"
#include "throttllem/errors.hpp"
#include "throttllem/gpu.hpp"

using namespace throttllem;

static int failures = 0;
#define CHECK(cond)                                                    \
  do {                                                                 \
    if (!(cond)) {                                                     \
      std::fprintf(stderr, "%s:%d: CHECK(%s)\n", __FILE__, __LINE__, #cond); \
      ++failures;                                                      \
    }                                                                  \
  } while (0)

template <typename E, typename F>
static bool throws(F f) {
  try {
    f();
  } catch (const E&) {
    return true;
  } catch (...) {
    return false;
  }
  return false;
}

static std::string repo_root() {
  const std::string here = __FILE__;  // [<root>/]cpp/tests/test_nvml_fake.cpp
  const auto pos = here.rfind("cpp/tests/");
  return pos == 0 ? "." : here.substr(0, pos - 1);
}

static std::string read_file(const std::string& path) {
  std::ifstream in(path);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

static int count_of(const std::string& text, const std::string& needle) {
  int n = 0;
  for (auto pos = text.find(needle); pos != std::string::npos; pos = text.find(needle, pos + 1)) ++n;
  return n;
}

int main() {
  char dir_template[] = "/tmp/throttllem-nvml-XXXXXX";
  const std::string dir = mkdtemp(dir_template);
  const std::string lib = dir + "/libnvidia-ml.so.1";
  const std::string cmd = "cc -shared -fPIC -O1 -o " + lib + " " + repo_root() + "/tests/fake_nvml/fake_nvml.c -lpthread";
  if (std::system(cmd.c_str()) != 0) {
    std::fprintf(stderr, "could not build the fake NVML (%s)\n", cmd.c_str());
    return 1;
  }
  const std::string log = dir + "/calls.log";
  setenv("FAKE_NVML_LOG", log.c_str(), 1);
  setenv("FAKE_NVML_STATE", (dir + "/state").c_str(), 1);
  setenv("FAKE_NVML_GPUS", "2", 1);
  setenv("FAKE_NVML_ENERGY_REFRESH_MS", "0", 1);  // exact counter: the cross-check below is tight

  // Missing library: the message names the path tried.
  setenv(kNvmlLibraryEnv, (dir + "/nope.so").c_str(), 1);
  try {
    NvmlLibrary::open();
    CHECK(false);
  } catch (const NvmlLibraryNotFound& e) {
    CHECK(std::string(e.what()).find(dir + "/nope.so") != std::string::npos);
  }

  setenv(kNvmlLibraryEnv, lib.c_str(), 1);
  auto nvml = NvmlLibrary::open();
  auto gpus = open_nvidia_gpus(nvml);
  CHECK(gpus.size() == 2);
  CHECK(gpus[0]->supported_graphics_clocks_mhz(2619).size() == 110);
  CHECK(gpus[1]->sm_clock_mhz() == 1980);
  gpus[0]->set_locked_clocks(900, 900);
  CHECK(gpus[0]->sm_clock_mhz() == 900);
  gpus[0]->reset_locked_clocks();
  CHECK(gpus[0]->sm_clock_mhz() == 1980);

  // Error mapping through the one boundary.
  setenv("FAKE_NVML_FAIL", "nvmlDeviceSetGpuLockedClocks=4,nvmlDeviceGetPowerUsage@1=15,nvmlDeviceGetClockInfo=3", 1);
  auto nvml_err = NvmlLibrary::open();  // the fake re-reads its config at each init
  auto bad = open_nvidia_gpus(nvml_err);
  CHECK(throws<NvmlNoPermission>([&] { bad[0]->set_locked_clocks(900, 900); }));
  CHECK(throws<NvmlGpuLost>([&] { bad[1]->power_mw(); }));
  CHECK(!throws<NvmlError>([&] { bad[0]->power_mw(); }));
  CHECK(throws<NvmlNotSupported>([&] { bad[0]->sm_clock_mhz(); }));
  unsetenv("FAKE_NVML_FAIL");
  nvml = NvmlLibrary::open();
  gpus = open_nvidia_gpus(nvml);

  // Coalescing: a slow set call, a burst of targets; only the last one and the first are sent.
  setenv("FAKE_NVML_LATENCY_US", "nvmlDeviceSetGpuLockedClocks=30000", 1);
  nvml = NvmlLibrary::open();
  gpus = open_nvidia_gpus(nvml);
  {
    Actuator act(gpus);
    const std::string before = read_file(log);
    for (int i = 0; i < 200; ++i) act.post(345 + 15 * (i % 100));
    act.post(1200);
    CHECK(act.wait_idle(5.0));
    const auto s = act.stats();
    CHECK(s.posted == 201);
    CHECK(s.applied <= 2);
    CHECK(s.applied_mhz == 1200);
    CHECK(s.coalesced >= 190);
    CHECK(gpus[1]->sm_clock_mhz() == 1200);
    const std::string calls = read_file(log).substr(before.size());
    CHECK(count_of(calls, "nvmlDeviceSetGpuLockedClocks") <= 4);  // 2 GPUs x at most 2 targets
    act.post(1200);  // a no-op: nothing sent
    CHECK(act.wait_idle(1.0));
  }
  // The destructor restored defaults.
  CHECK(gpus[0]->sm_clock_mhz() == 1980);
  unsetenv("FAKE_NVML_LATENCY_US");

  // A dead watchdog (its end of the lease socket closes) is noticed at once: the actuator restores
  // and turns monitor-only, with no post needed to find out.
  {
    int sv[2];
    CHECK(socketpair(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0, sv) == 0);
    ActuatorConfig c;
    c.lease_fd = sv[0];
    Actuator act(gpus, c);
    act.post(900);
    CHECK(act.wait_idle(5.0) && act.actuating());
    CHECK(gpus[0]->sm_clock_mhz() == 900 && gpus[1]->sm_clock_mhz() == 900);
    ::close(sv[1]);  // the watchdog died
    const auto t0 = std::chrono::steady_clock::now();
    while ((act.actuating() || gpus[1]->sm_clock_mhz() != 1980) && std::chrono::steady_clock::now() - t0 < std::chrono::seconds(1))
      std::this_thread::sleep_for(std::chrono::milliseconds(1));
    CHECK(!act.actuating());
    CHECK(act.monitor_reason().find("watchdog died") != std::string::npos);
    CHECK(gpus[0]->sm_clock_mhz() == 1980 && gpus[1]->sm_clock_mhz() == 1980);
    act.post(705);  // recorded, never sent
    CHECK(act.wait_idle(5.0));
    CHECK(gpus[0]->sm_clock_mhz() == 1980);
  }
  // A live watchdog: close() stops the watcher first, so ending the lease is not taken for a death.
  {
    int sv[2];
    CHECK(socketpair(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0, sv) == 0);
    ActuatorConfig c;
    c.lease_fd = sv[0];
    Actuator act(gpus, c);
    act.post(900);
    CHECK(act.wait_idle(5.0));
    act.close();
    CHECK(act.actuating() && act.take_records().size() == 1);
    char buf[256];
    const ssize_t n = read(sv[1], buf, sizeof buf - 1);
    CHECK(n > 0 && std::string(buf, static_cast<std::size_t>(n)).find("release 1") != std::string::npos);
    ::close(sv[1]);
  }

  // Energy: 2 GPUs at 1980 MHz draw 60 W + 0.1 W/MHz = 258 W each (modelled by the fake).
  {
    EnergyMeter meter(gpus, EnergyMeterConfig{200.0, 0.1});
    meter.begin_window("w");
    std::this_thread::sleep_for(std::chrono::milliseconds(350));
    const EnergyWindow w = meter.end_window("w");
    CHECK(w.gpus.size() == 2);
    CHECK(std::fabs(w.gpus[0].joules - 258.0 * w.seconds) < 1.0);
    CHECK(w.gpus[0].counter_span_s > 0.15);
    CHECK(std::fabs(w.gpus[0].counter_joules - w.gpus[0].integrated_span_joules) < 0.05 * w.gpus[0].counter_joules);
    CHECK(throws<InvalidArgument>([&] { meter.end_window("w"); }));
  }

  std::system(("rm -rf " + dir).c_str());
  if (failures) std::fprintf(stderr, "%d check(s) failed\n", failures);
  return failures ? 1 : 0;
}
