// Python bindings of the Governor and its Decision.
#include <pybind11/stl.h>

#include <mutex>

#include "bindings.hpp"
#include "throttllem/errors.hpp"
#include "throttllem/governor.hpp"

namespace py = pybind11;

namespace throttllem::bindings {

namespace {
// Serialises exact-mode calls made without the GIL: a Governor's scratch state is not shared
// between threads (the GIL serialises table-mode calls).
std::mutex& exact_calls() {
  static std::mutex m;
  return m;
}
}  // namespace

void bind_governor(py::module_& m) {
  m.attr("EXACT_MAX_EVALUATIONS") = py::int_(kMaxExactEvaluations);
  py::class_<Decision>(m, "Decision", "One governor decision. Times in ms; clocks in MHz.")
      .def_readonly("clock_mhz", &Decision::clock_mhz, "Clock to set now (after hysteresis).")
      .def_readonly("slo_clock_mhz", &Decision::slo_clock_mhz, "Lowest clock meeting every SLO (before hysteresis).")
      .def_readonly("admitted", &Decision::admitted, "Queued request ids to admit, in order.")
      .def_property_readonly("predicted_tbt_ms", [](const Decision& d) { return d.predicted_tbt_s * 1e3; },
                             "Predicted TBT of the slowest request at the chosen clock (0 when idle).")
      .def_property_readonly("tbt_slack_ms", [](const Decision& d) { return d.tbt_slack_s * 1e3; },
                             "TBT target minus predicted_tbt_ms.")
      .def_property_readonly("e2e_slack_ms", [](const Decision& d) { return d.e2e_slack_s * 1e3; },
                             "Smallest deadline margin over running and admitted requests (inf when idle).")
      .def_property_readonly("ttft_slack_ms", [](const Decision& d) { return d.ttft_slack_s * 1e3; },
                             "Smallest TTFT margin over the projected prefills (inf if none).")
      .def_property_readonly("reason", [](const Decision& d) { return std::string(to_string(d.reason)); },
                             "Why this clock: idle, floor_bound (the lowest clock already meets every SLO), "
                             "slo_bound (a lower clock would miss one), late_request, hold_hysteresis, hold_dwell, "
                             "hold_switch_cost.")
      .def_readonly("clocks_evaluated", &Decision::clocks_evaluated, "Candidate clocks evaluated by the search.")
      .def("__repr__", [](const Decision& d) {
        return "Decision(clock_mhz=" + std::to_string(d.clock_mhz) + ", reason=" + to_string(d.reason) +
               ", admitted=" + std::to_string(d.admitted.size()) + ")";
      });

  py::class_<Governor>(m, "Governor", R"doc(
Chooses, every engine iteration, the lowest SM clock at which every request's predicted mean
time between tokens stays under the target and every request meets its end-to-end deadline,
after FCFS admission control (admit only if KV never overflows and every SLO holds at max clock).

The forest is tabulated at construction over the cells between its split points, so a decision
costs table look-ups, not model evaluations; ``exact=True`` evaluates the model per iteration
instead (slow; the reference the table is checked against).

With a board that projects chunked prefill (``Scoreboard(prefill_chunk_tokens=...)``) and a prefill
cost table (``prefill_grid_tokens``: ascending prompt-token counts from 0; ``prefill_time_s``: one
row per clock, in ``clocks_mhz`` order, of the extra seconds an iteration takes to prefill that many
tokens), one clock per iteration covers mixed prefill + decode iterations and ``ttft_target_ms``
(0: none) bounds every projected first token. ``switch_latency_s``: time a clock change takes; a
lower clock is then chosen only when its projected work lasts at least twice that. ``slo_reserve``:
share of every SLO budget kept back for the model's error (0: none). ``admission_headroom``: share of
every budget the clock choice leaves unspent so that admission (checked without it) still fits new
prompts (0: none); ``admission_headroom_s``: seconds of every deadline it leaves unspent on top (0:
none). With a switch latency, a clock above the one in effect is checked with the first
iterations at the clock in effect (they start before the switch acts).)doc")
      // Integers arrive as Python objects: a float or a 65-bit value is a one-line InvalidArgumentError.
      .def(py::init([](std::shared_ptr<Forest> forest, const py::iterable& clocks_mhz, double tbt_target_ms,
                       py::handle max_batch_size, py::handle tp_degree, py::handle min_saving_mhz,
                       double dwell_s, bool exact, double ttft_target_ms, const py::object& prefill_grid_tokens,
                       const py::object& prefill_time_s, double switch_latency_s, double slo_reserve,
                       double admission_headroom, double admission_headroom_s) {
             GovernorConfig c;
             for (py::handle clock : clocks_mhz) c.clocks_mhz.push_back(int64_arg(clock, "a clock in clocks_mhz"));
             c.tbt_target_s = tbt_target_ms * 1e-3;
             c.tp_degree = int64_arg(tp_degree, "tp_degree");
             c.min_saving_mhz = int64_arg(min_saving_mhz, "min_saving_mhz");
             const std::int64_t max_batch = int64_arg(max_batch_size, "max_batch_size");
             c.dwell_s = dwell_s;
             c.exact = exact;
             c.ttft_target_s = ttft_target_ms * 1e-3;
             c.switch_latency_s = switch_latency_s;
             c.slo_reserve = slo_reserve;
             c.admission_headroom = admission_headroom;
             c.admission_headroom_s = admission_headroom_s;
             if (!prefill_grid_tokens.is_none())
               for (py::handle t : prefill_grid_tokens) c.prefill_grid_tokens.push_back(int64_arg(t, "a prefill grid token count"));
             if (!prefill_time_s.is_none()) {
               std::size_t rows = 0;
               for (py::handle row : prefill_time_s) {
                 std::size_t width = 0;
                 for (py::handle t : row) {
                   c.prefill_time_s.push_back(t.cast<double>());
                   ++width;
                 }
                 if (width != c.prefill_grid_tokens.size())
                   throw InvalidArgument("prefill_time_s rows must have one time per prefill_grid_tokens entry");
                 ++rows;
               }
               if (rows != c.clocks_mhz.size()) throw InvalidArgument("prefill_time_s must have one row per clock");
             }
             py::gil_scoped_release release;  // tabulation can take a while
             return new Governor(std::move(forest), c, max_batch);
           }),
           py::arg("forest"), py::kw_only(), py::arg("clocks_mhz"), py::arg("tbt_target_ms"),
           py::arg("max_batch_size"), py::arg("tp_degree") = py::int_(1), py::arg("min_saving_mhz") = py::int_(0),
           py::arg("dwell_s") = 0.0, py::arg("exact") = false, py::arg("ttft_target_ms") = 0.0,
           py::arg("prefill_grid_tokens") = py::none(), py::arg("prefill_time_s") = py::none(),
           py::arg("switch_latency_s") = 0.0, py::arg("slo_reserve") = 0.0,
           py::arg("admission_headroom") = 0.0, py::arg("admission_headroom_s") = 0.0)
      // Table mode keeps the GIL (a few microseconds): decide projects the board into its
      // scratch buffers, which another Python thread editing the same board would reallocate.
      // Exact mode can take seconds (bounded by EXACT_MAX_EVALUATIONS): it decides on a copy
      // of the board with the GIL released, one exact call at a time.
      .def(
          "decide",
          [](Governor& g, const Scoreboard& board, double now_s) {
            if (!g.config().exact) return g.decide(board, now_s);
            const Scoreboard copy = board;
            py::gil_scoped_release release;
            std::lock_guard<std::mutex> lock(exact_calls());
            return g.decide(copy, now_s);
          },
          py::arg("board"), py::arg("now_s"), "Admission and clock for the next iteration. Does not modify the board.")
      .def(
          "check",
          [](Governor& g, const Projection& p, py::handle clock, double now_s) {
            const std::int64_t clock_mhz = int64_arg(clock, "clock_mhz");
            const auto& clocks = g.clocks_mhz();
            auto it = std::lower_bound(clocks.begin(), clocks.end(), clock_mhz);
            if (it == clocks.end() || *it != clock_mhz)
              throw InvalidArgument("clock " + std::to_string(clock_mhz) + " MHz is not in the supported list");
            const auto idx = static_cast<std::size_t>(it - clocks.begin());
            Governor::Check c;
            if (g.config().exact) {  // a Projection is read-only from Python: safe without the GIL
              py::gil_scoped_release release;
              std::lock_guard<std::mutex> lock(exact_calls());
              c = g.check(p, idx, now_s);
            } else {
              c = g.check(p, idx, now_s);
            }
            return py::make_tuple(c.feasible, c.tbt_s * 1e3, c.e2e_slack_s * 1e3);
          },
          py::arg("projection"), py::arg("clock_mhz"), py::arg("now_s"),
          "(feasible, predicted_tbt_ms, e2e_slack_ms) of a projection at one clock.")
      .def("reset", [](Governor& g, py::handle clock) { g.reset(int64_arg(clock, "clock_mhz")); }, py::arg("clock_mhz"), "Forget hysteresis state; the GPU now runs clock_mhz.")
      .def_property_readonly("clocks_mhz", &Governor::clocks_mhz)
      .def_property_readonly("current_clock_mhz", &Governor::current_clock_mhz)
      .def_property_readonly("uses_binary_search", &Governor::uses_binary_search)
      .def_property_readonly("table_cells", [](const Governor& g) { return g.table() ? g.table()->cells() : 0; })
      .def_property_readonly("tbt_target_ms", [](const Governor& g) { return g.config().tbt_target_s * 1e3; })
      .def_property_readonly("exact", [](const Governor& g) { return g.config().exact; })
      .def_property_readonly("ttft_target_ms", [](const Governor& g) { return g.config().ttft_target_s * 1e3; })
      .def_property_readonly("switch_latency_s", [](const Governor& g) { return g.config().switch_latency_s; })
      .def_property_readonly("slo_reserve", [](const Governor& g) { return g.config().slo_reserve; })
      .def_property_readonly("admission_headroom", [](const Governor& g) { return g.config().admission_headroom; })
      .def_property_readonly("admission_headroom_s", [](const Governor& g) { return g.config().admission_headroom_s; })
      .def_property_readonly("models_prefill", [](const Governor& g) { return !g.config().prefill_grid_tokens.empty(); },
                             "Whether a prefill cost table was given.")
      .def_property_readonly("switches", &Governor::switches, "Clock changes decided so far.")
      .def_property_readonly("tp_degree", [](const Governor& g) { return g.config().tp_degree; });
}

}  // namespace throttllem::bindings
