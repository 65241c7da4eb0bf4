// Python bindings of the Scoreboard and its Projection.
#include <pybind11/numpy.h>
#include <pybind11/stl.h>

#include <cmath>
#include <cstdio>
#include <limits>

#include "bindings.hpp"
#include "throttllem/errors.hpp"
#include "throttllem/scoreboard.hpp"

namespace py = pybind11;

namespace throttllem::bindings {

namespace {

// All 17 significant digits: std::to_string would print 1.0000001 as "1.000000".
std::string exact_text(double value) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%.17g", value);
  return buf;
}

// Token counts arrive as Python numbers: reject NaN, infinities and fractions with a clear error
// instead of pybind11's generic TypeError.
std::int64_t tokens(double value, const char* name) {
  if (!std::isfinite(value) || value != std::floor(value))
    throw InvalidArgument(std::string(name) + " must be a whole number of tokens, got " + exact_text(value));
  // Beyond 9e15 a double no longer holds every whole number exactly.
  if (std::fabs(value) > 9.0e15) throw InvalidArgument(std::string(name) + " is beyond 9e15 tokens: " + exact_text(value));
  return static_cast<std::int64_t>(value);
}

Request make_request(std::uint64_t id, double arrival_s, double prompt_tokens, double generated_tokens,
                     double predicted_output_tokens, double max_tokens, double deadline_s) {
  Request r;
  r.id = id;
  r.arrival_s = arrival_s;
  r.prompt_tokens = tokens(prompt_tokens, "prompt_tokens");
  r.generated_tokens = tokens(generated_tokens, "generated_tokens");
  r.predicted_output_tokens = tokens(predicted_output_tokens, "predicted_output_tokens");
  r.max_tokens = tokens(max_tokens, "max_tokens");
  r.deadline_s = deadline_s;
  return r;
}

// A prefill count arrives as a Python number: checked like the token counts.
std::int64_t prefill_arg(double value) { return tokens(value, "prefill_tokens_left"); }

// add_running and enqueue take the same keywords; only the Scoreboard method differs.
template <void (Scoreboard::*Add)(const Request&)>
void add_request(Scoreboard& s, py::handle id, double arrival_s, double prompt_tokens, double max_tokens,
                 double generated_tokens, double predicted_output_tokens, double deadline_s) {
  (s.*Add)(make_request(request_id_arg(id), arrival_s, prompt_tokens, generated_tokens, predicted_output_tokens, max_tokens,
                        deadline_s));
}

void add_running(Scoreboard& s, py::handle id, double arrival_s, double prompt_tokens, double max_tokens,
                 double generated_tokens, double predicted_output_tokens, double deadline_s, double prefill_tokens_left,
                 double first_token_s) {
  Request r = make_request(request_id_arg(id), arrival_s, prompt_tokens, generated_tokens, predicted_output_tokens,
                           max_tokens, deadline_s);
  r.prefill_tokens_left = prefill_arg(prefill_tokens_left);
  // NaN: not known yet. A finite value is checked like set_first_token's (request() dicts round-trip).
  if (std::isinf(first_token_s)) throw InvalidArgument("first_token_s must be finite or NaN (unknown)");
  r.first_token_s = first_token_s;
  s.add_running(r);
}

py::dict request_dict(const Request& r) {
  py::dict d;
  d["id"] = r.id;
  d["arrival_s"] = r.arrival_s;
  d["prompt_tokens"] = r.prompt_tokens;
  d["generated_tokens"] = r.generated_tokens;
  d["predicted_output_tokens"] = r.predicted_output_tokens;
  d["max_tokens"] = r.max_tokens;
  d["deadline_s"] = r.deadline_s;
  d["prefill_tokens_left"] = r.prefill_tokens_left;
  d["first_token_s"] = r.first_token_s;
  return d;
}

template <typename T, typename F>
py::array_t<T> column(const Projection& p, F field) {
  py::array_t<T> out(static_cast<py::ssize_t>(p.segments.size()));
  auto view = out.template mutable_unchecked<1>();
  for (std::size_t i = 0; i < p.segments.size(); ++i) view(static_cast<py::ssize_t>(i)) = field(p.segments[i]);
  return out;
}

}  // namespace

void bind_scoreboard(py::module_& m) {
  py::class_<Projection>(m, "Projection", R"doc(
Future decode iterations as segments between request completions (arrays, one entry per segment).
Iteration k (0 = the next one) runs every request with more than k remaining iterations; a request
with context c holds c + k + 1 tokens during iteration k.)doc")
      .def_property_readonly("start_iter", [](const Projection& p) { return column<std::int64_t>(p, [](const Segment& s) { return s.start_iter; }); })
      .def_property_readonly("iterations", [](const Projection& p) { return column<std::int64_t>(p, [](const Segment& s) { return s.iterations; }); })
      .def_property_readonly("batch", [](const Projection& p) { return column<std::int64_t>(p, [](const Segment& s) { return s.batch; }); })
      .def_property_readonly("kv_tokens_first", [](const Projection& p) { return column<std::int64_t>(p, [](const Segment& s) { return s.kv_tokens_first; }); })
      .def_property_readonly("kv_blocks_last", [](const Projection& p) { return column<std::int64_t>(p, [](const Segment& s) { return s.kv_blocks_last; }); })
      .def_property_readonly("min_deadline_s", [](const Projection& p) { return column<double>(p, [](const Segment& s) { return s.min_deadline_s; }); })
      .def_property_readonly("finishing", [](const Projection& p) { return column<std::int64_t>(p, [](const Segment& s) { return s.finishing; }); })
      .def_property_readonly("prefill_tokens", [](const Projection& p) { return column<std::int64_t>(p, [](const Segment& s) { return s.prefill_tokens; }); })
      .def_property_readonly("first_tokens", [](const Projection& p) { return column<std::int64_t>(p, [](const Segment& s) { return s.first_tokens; }); })
      .def_property_readonly("first_token_arrival_s", [](const Projection& p) { return column<double>(p, [](const Segment& s) { return s.first_token_arrival_s; }); })
      .def_readonly("prefill_iters", &Projection::prefill_iters)
      .def_readonly("horizon_iters", &Projection::horizon_iters)
      .def_readonly("peak_kv_blocks", &Projection::peak_kv_blocks)
      .def_readonly("peak_batch", &Projection::peak_batch)
      .def_readonly("late_requests", &Projection::late_requests)
      .def("batch_at", &Projection::batch_at, py::arg("k"), "Batch size at iteration k (0 past the horizon).")
      .def("kv_tokens_at", &Projection::kv_tokens_at, py::arg("k"), "KV tokens in use at iteration k.")
      .def("__len__", [](const Projection& p) { return p.segments.size(); });

  py::class_<Scoreboard>(m, "Scoreboard", R"doc(
The requests in an engine (running and FCFS-queued) and the projection of future iterations.

Output lengths are predictions: each is multiplied by ``output_inflation``; a request that runs past
its prediction is projected to ``max_tokens``. Times are seconds on the caller's clock.)doc")
      // Integers through int64_arg: a float or an int beyond 64 bits is an InvalidArgumentError
      // (found by tests/fuzz), not pybind11's untyped TypeError.
      .def(py::init([](py::handle kv_capacity_blocks, py::handle max_batch_size, py::handle kv_block_tokens,
                       double output_inflation, py::handle prefill_chunk_tokens) {
             ScoreboardConfig c;
             c.prefill_chunk_tokens = int64_arg(prefill_chunk_tokens, "prefill_chunk_tokens");
             c.kv_block_tokens = int64_arg(kv_block_tokens, "kv_block_tokens");
             c.kv_capacity_blocks = int64_arg(kv_capacity_blocks, "kv_capacity_blocks");
             c.max_batch_size = int64_arg(max_batch_size, "max_batch_size");
             c.output_inflation = output_inflation;
             return Scoreboard(c);
           }),
           py::kw_only(), py::arg("kv_capacity_blocks"), py::arg("max_batch_size") = py::int_(256),
           py::arg("kv_block_tokens") = py::int_(16), py::arg("output_inflation") = 1.0,
           py::arg("prefill_chunk_tokens") = py::int_(0))
      .def_property_readonly("prefill_chunk_tokens", [](const Scoreboard& s) { return s.config().prefill_chunk_tokens; })
      .def_property_readonly("prefilling", &Scoreboard::prefilling, "Running ids still prefilling, FCFS.")
      .def("set_prefill_left", [](Scoreboard& s, py::handle id, double tokens) { s.set_prefill_left(request_id_arg(id), prefill_arg(tokens)); },
           py::arg("id"), py::arg("tokens"),
           "A running request's prompt tokens not yet prefilled (0: prefill done, it decodes from the next iteration).")
      .def("set_first_token", [](Scoreboard& s, py::handle id, double t) { s.set_first_token(request_id_arg(id), t); },
           py::arg("id"), py::arg("first_token_s"),
           "When a running request's first token came: its mean TBT is then checked over the whole request.")
      .def_property_readonly("kv_block_tokens", [](const Scoreboard& s) { return s.config().kv_block_tokens; })
      .def_property_readonly("kv_capacity_blocks", [](const Scoreboard& s) { return s.config().kv_capacity_blocks; })
      .def_property_readonly("max_batch_size", [](const Scoreboard& s) { return s.config().max_batch_size; })
      .def_property_readonly("output_inflation", [](const Scoreboard& s) { return s.config().output_inflation; })
      .def("add_running", &add_running, py::kw_only(), py::arg("id"), py::arg("arrival_s"),
           py::arg("prompt_tokens"), py::arg("max_tokens"), py::arg("generated_tokens") = 0.0,
           py::arg("predicted_output_tokens") = 0.0, py::arg("deadline_s") = std::numeric_limits<double>::infinity(),
           py::arg("prefill_tokens_left") = 0.0, py::arg("first_token_s") = std::numeric_limits<double>::quiet_NaN(),
           "Add a request that is already in the running batch. predicted_output_tokens=0 means unknown; "
           "first_token_s: when its first token came (NaN: unknown), as request() reports it.")
      .def("enqueue", &add_request<&Scoreboard::enqueue>, py::kw_only(), py::arg("id"), py::arg("arrival_s"),
           py::arg("prompt_tokens"), py::arg("max_tokens"), py::arg("generated_tokens") = 0.0,
           py::arg("predicted_output_tokens") = 0.0, py::arg("deadline_s") = std::numeric_limits<double>::infinity(),
           "Append a request to the FCFS queue.")
      .def("admit", [](Scoreboard& s, const py::iterable& ids) {
             std::vector<std::uint64_t> out;
             for (py::handle id : ids) out.push_back(request_id_arg(id));
             s.admit(out);
           }, py::arg("ids"), "Move queued requests into the running batch.")
      .def("step", &Scoreboard::step, "One engine iteration: every running request generated one more token.")
      .def("set_generated", [](Scoreboard& s, py::handle id, py::handle generated_tokens) {
             s.set_generated(request_id_arg(id), int64_arg(generated_tokens, "generated_tokens"));
           }, py::arg("id"), py::arg("generated_tokens"), "Set a request's generated token count (an engine's own count).")
      .def("remove", [](Scoreboard& s, py::handle id) { s.remove(request_id_arg(id)); }, py::arg("id"),
           "Remove a finished or cancelled request.")
      .def("request", [](const Scoreboard& s, py::handle id) { return request_dict(s.request(request_id_arg(id))); },
           py::arg("id"), "One running or queued request as a dict.")
      .def("preempt", [](Scoreboard& s, py::handle id) { s.preempt(request_id_arg(id)); }, py::arg("id"),
           "Move a running request back to the head of the queue (preempted; its tokens are kept).")
      .def("next_changes", [](const Scoreboard& s, double now_s) {
             const Scoreboard::Changes c = s.next_changes(now_s);
             return py::make_tuple(c.iterations_to_overrun, c.next_deadline_s);
           }, py::arg("now_s"),
           "(iterations until a running request reaches its inflated prediction (0 now, -1 never), "
           "earliest running deadline after now_s (inf if none)): what changes the projection with no engine event.")
      .def("__contains__", [](const Scoreboard& s, py::handle id) {
             // An integer no id can take is simply not there; a non-integer is a caller's error.
             if (is_integer(id) && (py::int_(0) > id || id > py::int_(std::numeric_limits<std::uint64_t>::max())))
               return false;
             return s.contains(request_id_arg(id));
           }, py::arg("id"))
      .def("__len__", [](const Scoreboard& s) { return s.running_count() + s.queued_count(); })
      .def_property_readonly("running_count", &Scoreboard::running_count)
      .def_property_readonly("queued_count", &Scoreboard::queued_count)
      .def("running", [](const Scoreboard& s) {
             py::list out;
             for (const Request& r : s.running()) out.append(request_dict(r));
             return out;
           }, "The running requests as dicts.")
      .def("queued", [](const Scoreboard& s) {
             py::list out;
             for (const Request& r : s.queue()) out.append(request_dict(r));
             return out;
           }, "The queued requests as dicts, in FCFS order.")
      .def("remaining_iterations", [](const Scoreboard& s, py::handle raw_id) {
             const std::uint64_t id = request_id_arg(raw_id);
             for (const Request& r : s.running()) if (r.id == id) return s.remaining_iterations(r);
             for (const Request& r : s.queue()) if (r.id == id) return s.remaining_iterations(r);
             throw RequestIdError("unknown request id " + std::to_string(id));
           }, py::arg("id"), "Projected decode iterations left for a request.")
      // The GIL stays held: projecting writes the board's scratch buffers, and a Python thread
      // adding or removing requests meanwhile would reallocate what is being read (microseconds).
      .def("project", [](const Scoreboard& s, double now_s) { return s.project({}, now_s); },
           py::arg("now_s") = -1e300,
           "Projection of the running requests; requests with deadline_s < now_s count as late.");
}

}  // namespace throttllem::bindings
