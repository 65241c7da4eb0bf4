// Python bindings of the compiled-model sidecar reader and of Forest, the governor's model.
#include <pybind11/numpy.h>
#include <pybind11/stl.h>

#include "bindings.hpp"
#include "throttllem/compiled_model.hpp"
#include "throttllem/errors.hpp"
#include "throttllem/forest.hpp"

namespace py = pybind11;

namespace throttllem::bindings {

namespace {

// The one sidecar reader (C++), as Python sees it: Python writes sidecars but never parses them.
void bind_sidecar(py::module_& m) {
  py::class_<ModelSidecar>(m, "ModelSidecar", R"doc(
The sidecar ``<library>.json`` of a compiled model, read and validated by the C++ core.

Format ``throttllem-compiled-model`` version 1: kind, feature names and count, split points per
feature, provenance, output, class names (classifiers) and the library's sha256.)doc")
      .def_property_readonly("kind", [](const ModelSidecar& s) { return model_kind_name(s.kind); })
      .def_property_readonly("features", [](const ModelSidecar& s) { return py::tuple(py::cast(s.features)); })
      .def_property_readonly("num_features", [](const ModelSidecar& s) { return s.features.size(); })
      .def_property_readonly("split_points",
                             [](const ModelSidecar& s) {
                               py::list out;
                               for (const auto& p : s.split_points) out.append(py::tuple(py::cast(p)));
                               return py::tuple(out);
                             })
      .def_readonly("provenance", &ModelSidecar::provenance)
      .def_readonly("output", &ModelSidecar::output)
      .def_property_readonly("classes", [](const ModelSidecar& s) { return py::tuple(py::cast(s.classes)); })
      .def_readonly("sha256", &ModelSidecar::sha256)
      .def("__repr__", [](const ModelSidecar& s) {
        return std::string("<throttllem ModelSidecar ") + model_kind_name(s.kind) + ", " +
               std::to_string(s.features.size()) + " features>";
      });
  m.attr("MODEL_SIDECAR_FORMAT") = ModelSidecar::kFormat;
  m.attr("MODEL_SIDECAR_VERSION") = ModelSidecar::kVersion;
  m.def("read_model_sidecar", &ModelSidecar::read, py::arg("path"),
        "Read and validate a model sidecar (``<library>.json``). Raises ModelLoadError (one line).");
  m.def("parse_model_sidecar", &ModelSidecar::parse, py::arg("text"), py::arg("path"),
        "Validate sidecar text; ``path`` only names it in errors.");
}

}  // namespace

void bind_forest(py::module_& m) {
  bind_sidecar(m);
  py::class_<Forest, std::shared_ptr<Forest>>(m, "Forest", R"doc(
A tree-ensemble IPS model compiled by TL2cgen into a shared library, loaded at run time.

Features, in order: (tp_degree, batch_size, kv_tokens, clock_mhz). Output: decode iterations/s.
The sidecar ``<library>.json`` (written by ``throttllem.forest.compile``) must match the library
(sha256) and supplies the split points that let the governor tabulate the model exactly.)doc")
      .def(py::init([](const std::string& path) { return Forest::load(path); }), py::arg("library_path"))
      .def(
          "predict",
          [](const Forest& f, double tp_degree, double batch_size, double kv_tokens, double clock_mhz) {
            return f.predict(FeatureRow{tp_degree, batch_size, kv_tokens, clock_mhz});  // checks finiteness
          },
          py::kw_only(), py::arg("tp_degree"), py::arg("batch_size"), py::arg("kv_tokens"), py::arg("clock_mhz"),
          "Predicted iterations/s for one state.")
      .def(
          "predict_many",
          [](const Forest& f, DoubleArray rows) {
            if (rows.ndim() != 2 || rows.shape(1) != kNumFeatures)
              throw InvalidArgument("predict_many needs an (n, 4) array: tp_degree, batch_size, kv_tokens, clock_mhz; got shape with " +
                                    std::to_string(rows.ndim()) + " dims" +
                                    (rows.ndim() == 2 ? " and " + std::to_string(rows.shape(1)) + " columns" : ""));
            return predict_rows(rows, [&f](const double* in, std::size_t n, double* out) {
              f.predict_many(in, n, out);  // checks finiteness before writing
            });
          },
          py::arg("rows"), "Predicted iterations/s for each row of an (n, 4) array.")
      .def_property_readonly("path", &Forest::path)
      .def_property_readonly("threshold_type", &Forest::threshold_type)
      .def_property_readonly("leaf_output_type", &Forest::leaf_output_type)
      .def_property_readonly("has_split_points", &Forest::has_split_points)
      .def_property_readonly("provenance", [](const Forest& f) { return f.meta().provenance; })
      .def_property_readonly("split_points", [](const Forest& f) { return f.meta().split_points; })
      .def_property_readonly("sidecar", [](const Forest& f) { return f.meta(); }, "The model's ModelSidecar.")
      .def("__repr__", [](const Forest& f) { return "<throttllem.Forest " + f.path() + ">"; });
}

}  // namespace throttllem::bindings
