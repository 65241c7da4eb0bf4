// Python bindings of the compiled-model loader.
#include <pybind11/numpy.h>
#include <pybind11/stl.h>

#include <cmath>

#include "bindings.hpp"
#include "throttllem/errors.hpp"
#include "throttllem/forest.hpp"

namespace py = pybind11;

namespace throttllem::bindings {

void bind_forest(py::module_& m) {
  py::class_<Forest, std::shared_ptr<Forest>>(m, "Forest", R"doc(
A tree-ensemble IPS model compiled by TL2cgen into a shared library, loaded at run time.

Features, in order: (tp_degree, batch_size, kv_tokens, clock_mhz). Output: decode iterations/s.
``<library>.meta`` (written by ``throttllem.forest.compile``) supplies the split points that let the
governor tabulate the model exactly.)doc")
      .def(py::init([](const std::string& path) { return Forest::load(path); }), py::arg("library_path"))
      .def(
          "predict",
          [](const Forest& f, double tp_degree, double batch_size, double kv_tokens, double clock_mhz) {
            const FeatureRow row{tp_degree, batch_size, kv_tokens, clock_mhz};
            for (double v : row)
              if (!std::isfinite(v)) throw InvalidArgument("features must be finite numbers");
            return f.predict(row);
          },
          py::kw_only(), py::arg("tp_degree"), py::arg("batch_size"), py::arg("kv_tokens"), py::arg("clock_mhz"),
          "Predicted iterations/s for one state.")
      .def(
          "predict_many",
          [](const Forest& f, py::array_t<double, py::array::c_style | py::array::forcecast> rows) {
            if (rows.ndim() != 2 || rows.shape(1) != kNumFeatures)
              throw InvalidArgument("predict_many needs an (n, 4) array: tp_degree, batch_size, kv_tokens, clock_mhz; got shape with " +
                                    std::to_string(rows.ndim()) + " dims" +
                                    (rows.ndim() == 2 ? " and " + std::to_string(rows.shape(1)) + " columns" : ""));
            const std::size_t n = static_cast<std::size_t>(rows.shape(0));
            py::array_t<double> out(static_cast<py::ssize_t>(n));
            const double* in = rows.data();
            for (std::size_t i = 0; i < n * kNumFeatures; ++i)
              if (!std::isfinite(in[i])) throw InvalidArgument("features must be finite numbers");
            double* dst = out.mutable_data();
            {
              py::gil_scoped_release release;
              f.predict_many(in, n, dst);
            }
            return out;
          },
          py::arg("rows"), "Predicted iterations/s for each row of an (n, 4) array.")
      .def_property_readonly("path", &Forest::path)
      .def_property_readonly("threshold_type", &Forest::threshold_type)
      .def_property_readonly("leaf_output_type", &Forest::leaf_output_type)
      .def_property_readonly("has_split_points", &Forest::has_split_points)
      .def_property_readonly("provenance", [](const Forest& f) { return f.meta().provenance; })
      .def_property_readonly("split_points", [](const Forest& f) { return f.meta().split_points; })
      .def("__repr__", [](const Forest& f) { return "<throttllem.Forest " + f.path() + ">"; });
}

}  // namespace throttllem::bindings
