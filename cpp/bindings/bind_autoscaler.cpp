// Python bindings of the Autoscaler. Configurations cross as (tp_degree, replicas) tuples.
#include <pybind11/stl.h>

#include <algorithm>

#include "bindings.hpp"
#include "throttllem/autoscaler.hpp"
#include "throttllem/errors.hpp"

namespace py = pybind11;

namespace throttllem::bindings {

namespace {
py::tuple as_tuple(const InstanceConfiguration& c) { return py::make_tuple(c.tp_degree, c.replicas); }

InstanceConfiguration configuration_arg(const py::handle& value, const char* name) {
  py::sequence seq;
  try {
    seq = py::reinterpret_borrow<py::sequence>(value);
  } catch (const py::error_already_set&) {
    throw InvalidArgument(std::string(name) + " must be a (tp_degree, replicas) pair");
  }
  if (!py::isinstance<py::sequence>(value) || py::len(seq) != 2)
    throw InvalidArgument(std::string(name) + " must be a (tp_degree, replicas) pair");
  return {int64_arg(seq[0], "tp_degree"), int64_arg(seq[1], "replicas")};
}

LoadSample load_arg(double requests_per_s, double mean_prompt_tokens, double mean_output_tokens) {
  return {requests_per_s, mean_prompt_tokens, mean_output_tokens};
}
}  // namespace

void bind_autoscaler(py::module_& m) {
  py::class_<InstanceCapacity>(m, "InstanceCapacity",
                               "What one instance of a TP degree sustains within the SLOs (tokens/s) and draws (W).")
      .def(py::init([](py::handle tp_degree, double decode_tokens_per_s, double prefill_tokens_per_s,
                       double busy_power_w, double idle_power_w) {
             return InstanceCapacity{int64_arg(tp_degree, "tp_degree"), decode_tokens_per_s, prefill_tokens_per_s,
                                     busy_power_w, idle_power_w};
           }),
           py::kw_only(), py::arg("tp_degree"), py::arg("decode_tokens_per_s"), py::arg("prefill_tokens_per_s"),
           py::arg("busy_power_w"), py::arg("idle_power_w"))
      .def_readonly("tp_degree", &InstanceCapacity::tp_degree)
      .def_readonly("decode_tokens_per_s", &InstanceCapacity::decode_tokens_per_s)
      .def_readonly("prefill_tokens_per_s", &InstanceCapacity::prefill_tokens_per_s)
      .def_readonly("busy_power_w", &InstanceCapacity::busy_power_w)
      .def_readonly("idle_power_w", &InstanceCapacity::idle_power_w)
      .def("__repr__", [](const InstanceCapacity& c) {
        return "InstanceCapacity(tp_degree=" + std::to_string(c.tp_degree) +
               ", decode_tokens_per_s=" + std::to_string(c.decode_tokens_per_s) +
               ", prefill_tokens_per_s=" + std::to_string(c.prefill_tokens_per_s) + ")";
      });

  py::class_<ScaleDecision>(m, "ScaleDecision", "One autoscaler decision; configurations are (tp_degree, replicas).")
      .def_property_readonly("active", [](const ScaleDecision& d) { return as_tuple(d.active); },
                             "Configuration serving new requests now.")
      .def_property_readonly("target", [](const ScaleDecision& d) { return as_tuple(d.target); },
                             "Configuration wanted (== active unless one is starting).")
      .def_readonly("starting_instances", &ScaleDecision::starting_instances)
      .def_readonly("ready_at_s", &ScaleDecision::ready_at_s)
      .def_readonly("switched", &ScaleDecision::switched)
      .def_readonly("planned_requests_per_s", &ScaleDecision::planned_requests_per_s)
      .def_readonly("utilization", &ScaleDecision::utilization)
      .def_readonly("modelled_power_w", &ScaleDecision::modelled_power_w)
      .def_property_readonly("reason", [](const ScaleDecision& d) { return std::string(to_string(d.reason)); })
      .def("__repr__", [](const ScaleDecision& d) {
        return "ScaleDecision(active=TP" + std::to_string(d.active.tp_degree) + "x" + std::to_string(d.active.replicas) +
               ", target=TP" + std::to_string(d.target.tp_degree) + "x" + std::to_string(d.target.replicas) +
               ", reason=" + to_string(d.reason) + ")";
      });

  py::class_<Autoscaler>(m, "Autoscaler", R"doc(
Chooses the instance configuration (TP degree x replicas) of a GPU pool every interval from the
offered load and each TP degree's capacity: the fewest GPUs (then lowest modelled power) that
serve the highest load of the grace window within the target utilization. Larger configurations
start at once in the shadow of the active one and take over after startup_s; smaller ones only
once the whole grace window asks for less and grace_s has passed since the last switch.)doc")
      .def(py::init([](std::vector<InstanceCapacity> capacities, py::handle initial, py::handle pool_gpus,
                       double interval_s, double target_utilization, double grace_s, double startup_s,
                       double idle_gpu_power_w, bool release_idle_gpus, py::object scale_down_utilization) {
             AutoscalerConfig c;
             c.pool_gpus = int64_arg(pool_gpus, "pool_gpus");
             c.interval_s = interval_s;
             c.target_utilization = target_utilization;
             c.grace_s = grace_s;
             c.startup_s = startup_s;
             c.idle_gpu_power_w = idle_gpu_power_w;
             c.release_idle_gpus = release_idle_gpus;
             // Default: the C++ default, or the target when that is lower.
             if (scale_down_utilization.is_none()) {
               c.scale_down_utilization = std::min(c.scale_down_utilization, target_utilization);
             } else {
               if (!py::isinstance<py::float_>(scale_down_utilization) && !is_integer(scale_down_utilization))
                 throw InvalidArgument("scale_down_utilization must be a number");
               c.scale_down_utilization = py::float_(scale_down_utilization).cast<double>();
             }
             return new Autoscaler(std::move(capacities), c, configuration_arg(initial, "initial"));
           }),
           py::arg("capacities"), py::kw_only(), py::arg("initial"), py::arg("pool_gpus") = py::int_(8),
           py::arg("interval_s") = 10.0, py::arg("target_utilization") = 0.8, py::arg("grace_s") = 300.0,
           py::arg("startup_s") = 82.0, py::arg("idle_gpu_power_w") = 72.0, py::arg("release_idle_gpus") = false,
           py::arg("scale_down_utilization") = py::none())
      .def(
          "decide",
          [](Autoscaler& a, double now_s, double requests_per_s, double mean_prompt_tokens, double mean_output_tokens) {
            return a.decide(now_s, load_arg(requests_per_s, mean_prompt_tokens, mean_output_tokens));
          },
          py::arg("now_s"), py::arg("requests_per_s"), py::arg("mean_prompt_tokens"), py::arg("mean_output_tokens"),
          "One decision given the load of the last interval.")
      .def(
          "recommend",
          [](const Autoscaler& a, double requests_per_s, double mean_prompt_tokens, double mean_output_tokens,
             py::handle from) {
            return as_tuple(a.recommend(load_arg(requests_per_s, mean_prompt_tokens, mean_output_tokens),
                                        configuration_arg(from, "from_configuration")));
          },
          py::arg("requests_per_s"), py::arg("mean_prompt_tokens"), py::arg("mean_output_tokens"),
          py::arg("from_configuration"), "The configuration wanted for this load (no state change).")
      .def(
          "instance_capacity_rps",
          [](const Autoscaler& a, py::handle tp, double mean_prompt_tokens, double mean_output_tokens) {
            return a.instance_capacity_rps(int64_arg(tp, "tp_degree"), load_arg(0.0, mean_prompt_tokens, mean_output_tokens));
          },
          py::arg("tp_degree"), py::arg("mean_prompt_tokens"), py::arg("mean_output_tokens"),
          "Requests/s one instance of this TP degree sustains at this token mix (fully used).")
      .def_property_readonly("configurations",
                             [](const Autoscaler& a) {
                               py::list out;
                               for (const auto& c : a.configurations()) out.append(as_tuple(c));
                               return out;
                             })
      .def_property_readonly("active", [](const Autoscaler& a) { return as_tuple(a.active()); })
      .def_property_readonly("target", [](const Autoscaler& a) { return as_tuple(a.target()); })
      .def_property_readonly("pool_gpus", [](const Autoscaler& a) { return a.config().pool_gpus; })
      .def_property_readonly("interval_s", [](const Autoscaler& a) { return a.config().interval_s; })
      .def_property_readonly("startup_s", [](const Autoscaler& a) { return a.config().startup_s; })
      .def_property_readonly("grace_s", [](const Autoscaler& a) { return a.config().grace_s; })
      .def_property_readonly("idle_gpu_power_w", [](const Autoscaler& a) { return a.config().idle_gpu_power_w; })
      .def_property_readonly("scale_down_utilization", [](const Autoscaler& a) { return a.config().scale_down_utilization; })
      .def_property_readonly("release_idle_gpus", [](const Autoscaler& a) { return a.config().release_idle_gpus; });
}

}  // namespace throttllem::bindings
