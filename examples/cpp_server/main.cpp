// A small C++ serving loop on throttllem's core: replays an Azure-format trace through a
// Scoreboard, lets the Governor pick the SM clock (and admission) every engine iteration, and
// hands each clock to the Actuator, which applies it off the serving thread.
//
// The engine is simulated: one iteration takes 1 / IPS seconds of virtual time, with IPS
// predicted by the same model the governor uses. Clocks are only set with --actuate (and NVML
// that lets this process lock clocks); otherwise the actuator runs monitor-only.
//
//   cpp_server <model.so> <trace.csv> [--actuate] [--tbt-ms N] [--max-batch N]
#include <algorithm>
#include <chrono>
#include <cmath>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <memory>
#include <sstream>
#include <string>
#include <vector>

#include "throttllem/actuator.hpp"
#include "throttllem/errors.hpp"
#include "throttllem/forest.hpp"
#include "throttllem/governor.hpp"
#include "throttllem/gpu.hpp"
#include "throttllem/scoreboard.hpp"

namespace {

struct TraceRow {
  double arrival_s = 0.0;  // from the first row
  std::int64_t prompt_tokens = 0;
  std::int64_t output_tokens = 0;
};

std::vector<std::string> split_csv(const std::string& line) {
  std::vector<std::string> cells;
  std::stringstream ss(line);
  std::string cell;
  while (std::getline(ss, cell, ',')) cells.push_back(cell);
  return cells;
}

// Days since 1970-01-01 of a proleptic Gregorian date (H. Hinnant's days_from_civil).
long days_from_civil(long y, unsigned m, unsigned d) {
  y -= m <= 2;
  const long era = (y >= 0 ? y : y - 399) / 400;
  const unsigned yoe = static_cast<unsigned>(y - era * 400);
  const unsigned doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
  const unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + static_cast<long>(doe) - 719468;
}

// "2023-11-16 18:15:46.6805900" (the Azure trace's TIMESTAMP) or plain seconds.
bool parse_time(const std::string& text, double& seconds) {
  long y = 0;
  unsigned mo = 0, d = 0, h = 0, mi = 0;
  double s = 0.0;
  int used = 0;
  if (std::sscanf(text.c_str(), "%ld-%u-%u%*[ T]%u:%u:%lf%n", &y, &mo, &d, &h, &mi, &s, &used) == 6 &&
      used == static_cast<int>(text.size())) {
    seconds = static_cast<double>(days_from_civil(y, mo, d)) * 86400.0 + h * 3600.0 + mi * 60.0 + s;
    return true;
  }
  char* end = nullptr;
  seconds = std::strtod(text.c_str(), &end);
  return !text.empty() && end == text.c_str() + text.size() && std::isfinite(seconds);
}

bool parse_count(const std::string& text, std::int64_t& value) {
  char* end = nullptr;
  const long long v = std::strtoll(text.c_str(), &end, 10);
  value = v;
  return !text.empty() && end == text.c_str() + text.size() && v >= 0;
}

// Rows of a TIMESTAMP,ContextTokens,GeneratedTokens CSV (extra columns ignored), arrivals
// relative to the earliest. Bad input is an InvalidArgument naming file and line.
std::vector<TraceRow> read_trace(const std::string& path) {
  std::ifstream in(path);
  if (!in) throw throttllem::InvalidArgument(path + ": cannot open the trace");
  auto fail = [&](int line, const std::string& what) {
    throw throttllem::InvalidArgument(path + ":" + std::to_string(line) + ": " + what);
  };
  std::string line;
  if (!std::getline(in, line)) fail(1, "empty file (expected a TIMESTAMP,ContextTokens,GeneratedTokens header)");
  if (!line.empty() && line.back() == '\r') line.pop_back();
  const auto header = split_csv(line);
  auto column = [&](const char* name) {
    const auto it = std::find(header.begin(), header.end(), name);
    if (it == header.end()) fail(1, std::string("no ") + name + " column");
    return static_cast<std::size_t>(it - header.begin());
  };
  const std::size_t ts_col = column("TIMESTAMP"), in_col = column("ContextTokens"),
                    out_col = column("GeneratedTokens");
  std::vector<TraceRow> rows;
  for (int n = 2; std::getline(in, line); ++n) {
    if (!line.empty() && line.back() == '\r') line.pop_back();
    if (line.empty()) continue;
    const auto cells = split_csv(line);
    if (cells.size() < header.size()) fail(n, "expected " + std::to_string(header.size()) + " columns");
    TraceRow row;
    if (!parse_time(cells[ts_col], row.arrival_s)) fail(n, "bad TIMESTAMP '" + cells[ts_col] + "'");
    if (!parse_count(cells[in_col], row.prompt_tokens) || row.prompt_tokens < 1)
      fail(n, "ContextTokens must be a whole number >= 1");
    if (!parse_count(cells[out_col], row.output_tokens) || row.output_tokens < 1)
      fail(n, "GeneratedTokens must be a whole number >= 1");
    rows.push_back(row);
  }
  if (rows.empty()) fail(2, "no requests");
  std::stable_sort(rows.begin(), rows.end(),
                   [](const TraceRow& a, const TraceRow& b) { return a.arrival_s < b.arrival_s; });
  const double t0 = rows.front().arrival_s;
  for (auto& r : rows) r.arrival_s -= t0;
  return rows;
}

struct Options {
  std::string model, trace;
  bool actuate = false;
  double tbt_target_s = 0.013;  // tight enough that the trace's bursts need more than the lowest clock
  std::int64_t max_batch = 64;
};

Options parse_args(int argc, char** argv) {
  Options o;
  std::vector<std::string> positional;
  for (int i = 1; i < argc; ++i) {
    const std::string arg = argv[i];
    auto value = [&]() -> double {
      if (i + 1 >= argc) throw throttllem::InvalidArgument(arg + " needs a value");
      char* end = nullptr;
      const double v = std::strtod(argv[++i], &end);
      if (*end != '\0' || !(v > 0)) throw throttllem::InvalidArgument(arg + " needs a positive number");
      return v;
    };
    if (arg == "--actuate") o.actuate = true;
    else if (arg == "--tbt-ms") o.tbt_target_s = value() / 1000.0;
    else if (arg == "--max-batch") o.max_batch = static_cast<std::int64_t>(value());
    else if (arg.rfind("--", 0) == 0) throw throttllem::InvalidArgument("unknown option " + arg);
    else positional.push_back(arg);
  }
  if (positional.size() != 2)
    throw throttllem::InvalidArgument(
        "usage: cpp_server <model.so> <trace.csv> [--actuate] [--tbt-ms N] [--max-batch N]");
  o.model = positional[0];
  o.trace = positional[1];
  return o;
}

// GPU 0 when --actuate and NVML opens; otherwise none (the actuator is then monitor-only).
std::vector<std::shared_ptr<throttllem::Gpu>> open_gpus(bool actuate, std::string& why_not) {
  if (!actuate) {
    why_not = "no --actuate";
    return {};
  }
  try {
    return throttllem::open_nvidia_gpus(throttllem::NvmlLibrary::open(), {0});
  } catch (const throttllem::NvmlError& e) {
    why_not = e.what();
    return {};
  }
}

// The GPU's clocks at its highest memory clock, or an H100's (345-1980 MHz by 15) without one.
std::vector<std::int64_t> clocks_of(const std::vector<std::shared_ptr<throttllem::Gpu>>& gpus) {
  if (!gpus.empty()) {
    try {
      const auto memory = gpus[0]->supported_memory_clocks_mhz();
      if (!memory.empty()) return gpus[0]->supported_graphics_clocks_mhz(memory.front());
    } catch (const throttllem::NvmlError&) {
      // The listing is optional in NVML: fall back to the H100's range.
    }
  }
  std::vector<std::int64_t> clocks;
  for (std::int64_t mhz = 345; mhz <= 1980; mhz += 15) clocks.push_back(mhz);
  return clocks;
}

int serve(const Options& o) {
  const auto trace = read_trace(o.trace);
  auto forest = throttllem::Forest::load(o.model);

  std::string why_not;
  auto gpus = open_gpus(o.actuate, why_not);
  throttllem::GovernorConfig gcfg;
  gcfg.clocks_mhz = clocks_of(gpus);
  gcfg.tbt_target_s = o.tbt_target_s;
  gcfg.min_saving_mhz = 30;
  gcfg.dwell_s = 0.5;
  throttllem::Governor governor(forest, gcfg, o.max_batch);
  throttllem::Actuator actuator(gpus, {}, why_not);
  std::printf("model %s; %zu requests; %zu clocks %lld-%lld MHz; TBT target %.0f ms\n",
              forest->path().c_str(), trace.size(), gcfg.clocks_mhz.size(),
              static_cast<long long>(governor.clocks_mhz().front()),
              static_cast<long long>(governor.clocks_mhz().back()), o.tbt_target_s * 1000.0);
  std::printf("actuator: %s\n", actuator.actuating() ? "actuating GPU 0"
                                                      : ("monitor-only (" + actuator.monitor_reason() + ")").c_str());

  throttllem::ScoreboardConfig scfg;
  scfg.kv_capacity_blocks = 30000;  // 480k tokens of 16-token blocks
  scfg.max_batch_size = o.max_batch;
  throttllem::Scoreboard board(scfg);

  // Virtual time; the output length is known to the replay, the prediction is 1.2x the truth.
  double now = 0.0, clock_seconds = 0.0, decide_us_total = 0.0, decide_us_max = 0.0;
  std::size_t next = 0, finished = 0, on_time = 0, decisions = 0, rejected = 0;
  std::int64_t clock = governor.clocks_mhz().back(), posted = -1;
  std::vector<std::int64_t> output_of(trace.size());
  long printed_second = -1;
  throttllem::Decision last;
  std::printf("%6s %8s %7s %6s %9s  %s\n", "second", "running", "queued", "MHz", "pred TBT", "reason");
  while (next < trace.size() || board.running_count() + board.queued_count() > 0) {
    if (board.running_count() + board.queued_count() == 0) now = std::max(now, trace[next].arrival_s);
    for (; next < trace.size() && trace[next].arrival_s <= now; ++next) {
      const TraceRow& t = trace[next];
      throttllem::Request r;
      r.id = next;
      r.arrival_s = t.arrival_s;
      r.prompt_tokens = t.prompt_tokens;
      r.max_tokens = 2 * t.output_tokens;
      r.predicted_output_tokens = static_cast<std::int64_t>(std::ceil(1.2 * t.output_tokens));
      r.deadline_s = t.arrival_s + 1.0 + t.output_tokens * o.tbt_target_s;  // 1 s to first token
      output_of[next] = t.output_tokens;
      board.enqueue(r);
    }

    const auto start = std::chrono::steady_clock::now();
    last = governor.decide(board, now);
    const double us = std::chrono::duration<double, std::micro>(std::chrono::steady_clock::now() - start).count();
    decide_us_total += us;
    decide_us_max = std::max(decide_us_max, us);
    ++decisions;
    board.admit(last.admitted);
    clock = last.clock_mhz;
    if (clock != posted) actuator.post(clock);  // returns at once; the worker applies it
    posted = clock;

    if (board.running_count() == 0) {
      if (board.queued_count() > 0 && last.admitted.empty()) {  // cannot fit even alone
        board.remove(board.queue().front().id);
        ++rejected;
      }
      continue;
    }
    // One engine iteration at the chosen clock.
    std::int64_t kv_tokens = 0;
    for (const auto& r : board.running()) kv_tokens += r.prompt_tokens + r.generated_tokens + 1;
    const double ips = forest->predict({static_cast<double>(gcfg.tp_degree),
                                        static_cast<double>(board.running_count()),
                                        static_cast<double>(kv_tokens), static_cast<double>(clock)});
    const double dt = 1.0 / std::max(ips, 1e-3);
    now += dt;
    clock_seconds += dt * static_cast<double>(clock);
    board.step();
    std::vector<std::uint64_t> done;
    for (const auto& r : board.running())
      if (r.generated_tokens >= output_of[r.id]) done.push_back(r.id);
    for (const auto id : done) {
      on_time += now <= board.request(id).deadline_s;
      board.remove(id);
      ++finished;
    }

    if (static_cast<long>(now) > printed_second) {
      printed_second = static_cast<long>(now);
      std::printf("%6ld %8zu %7zu %6lld %7.1fms  %s\n", printed_second, board.running_count(),
                  board.queued_count(), static_cast<long long>(clock), last.predicted_tbt_s * 1000.0,
                  throttllem::to_string(last.reason));
    }
  }

  if (!actuator.wait_idle(5.0)) std::fprintf(stderr, "cpp_server: the actuator did not drain in 5 s\n");
  const auto stats = actuator.stats();
  std::printf("summary: %zu requests finished, %zu on time, %zu rejected, %.1f s virtual\n", finished,
              on_time, rejected, now);
  std::printf("summary: mean clock %.0f MHz; %zu decisions, %.2f us mean, %.1f us max\n",
              now > 0 ? clock_seconds / now : 0.0, decisions, decide_us_total / static_cast<double>(decisions),
              decide_us_max);
  std::printf("summary: actuator posted %llu, applied %llu, monitored %llu, coalesced %llu, failures %llu, "
              "last %lld MHz\n",
              static_cast<unsigned long long>(stats.posted), static_cast<unsigned long long>(stats.applied),
              static_cast<unsigned long long>(stats.monitored), static_cast<unsigned long long>(stats.coalesced),
              static_cast<unsigned long long>(stats.failures), static_cast<long long>(stats.applied_mhz));
  actuator.close();  // stops the worker and gives the GPU its default clocks back
  return stats.failures == 0 ? 0 : 1;
}

}  // namespace

int main(int argc, char** argv) {
  try {
    return serve(parse_args(argc, argv));
  } catch (const throttllem::InvalidArgument& e) {
    std::fprintf(stderr, "cpp_server: error: %s\n", e.what());
    return 2;
  } catch (const throttllem::Error& e) {
    std::fprintf(stderr, "cpp_server: error: %s\n", e.what());
    return 1;
  }
}
