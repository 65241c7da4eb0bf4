// Python bindings of the device selector's compiled classifiers.
#include <pybind11/numpy.h>

#include <iterator>
#include <vector>

#include <pybind11/stl.h>

#include "bindings.hpp"
#include "throttllem/classifier.hpp"
#include "throttllem/errors.hpp"

namespace py = pybind11;

namespace throttllem::bindings {

namespace {


// One decision per kernel launch: a list/tuple of floats is read in place (no numpy array made),
// anything else goes through numpy. This is the hot path, hence no py::cast per item.
double predict_one(const Classifier& c, py::handle row) {
  PyObject* obj = row.ptr();
  if (PyList_Check(obj) || PyTuple_Check(obj)) {
    double stack[256];
    std::vector<double> heap;
    const auto buffer = [&](Py_ssize_t n) {
      if (static_cast<std::size_t>(n) <= std::size(stack)) return stack;
      heap.resize(static_cast<std::size_t>(n));
      return heap.data();
    };
    Py_ssize_t n = PySequence_Fast_GET_SIZE(obj);
    double* values = buffer(n);
    PyObject** items = PySequence_Fast_ITEMS(obj);
    Py_ssize_t read = 0;
    // Exact floats run no Python code, so the list cannot change while they are read.
    while (read < n && PyFloat_CheckExact(items[read])) {
      values[read] = PyFloat_AS_DOUBLE(items[read]);
      ++read;
    }
    if (read < n) {
      // Another item's __float__ may run Python code that mutates a list: convert from a tuple
      // snapshot, which keeps every item alive and cannot change.
      py::tuple snapshot = py::reinterpret_steal<py::tuple>(PySequence_Tuple(obj));
      if (!snapshot) throw py::error_already_set();
      n = PyTuple_GET_SIZE(snapshot.ptr());
      values = buffer(n);
      for (Py_ssize_t i = 0; i < n; ++i) {
        values[i] = PyFloat_AsDouble(PyTuple_GET_ITEM(snapshot.ptr(), i));
        if (values[i] == -1.0 && PyErr_Occurred()) {
          PyErr_Clear();
          throw InvalidArgument("row item " + std::to_string(i) + " is not a number: " +
                                std::string(py::str(py::repr(PyTuple_GET_ITEM(snapshot.ptr(), i)))));
        }
      }
    }
    return c.predict(values, static_cast<std::size_t>(n));
  }
  DoubleArray arr = DoubleArray::ensure(row);
  if (!arr) {
    PyErr_Clear();  // numpy's own error would surface as pybind11's untyped error_already_set
    throw InvalidArgument("a row must be a sequence of numbers, got " + std::string(py::str(py::type::handle_of(row).attr("__name__"))));
  }
  if (arr.ndim() != 1)
    throw InvalidArgument("a row must be one-dimensional, got " + std::to_string(arr.ndim()) + " dims");
  return c.predict(arr.data(), static_cast<std::size_t>(arr.shape(0)));
}

}  // namespace

void bind_classifier(py::module_& m) {
  py::class_<Classifier, std::shared_ptr<Classifier>>(m, "Classifier", R"doc(
A binary tree classifier with N features compiled by TL2cgen into a shared library.

Returns P(class 1) as the library's postprocessor computes it (the device selector: P(GPU is
faster)). Use throttllem.devmap.CompiledClassifier, which also reads and checks model.so.json.)doc")
      .def(py::init([](const std::string& path) { return Classifier::load(path); }), py::arg("library_path"))
      .def("predict_proba_one", &predict_one, py::arg("row"),
           "P(class 1) of one row (a sequence of num_features finite numbers).")
      .def(
          "predict_proba",
          [](const Classifier& c, DoubleArray rows) {
            if (rows.ndim() != 2 || static_cast<std::size_t>(rows.shape(1)) != c.num_features())
              throw InvalidArgument("rows must be (n, " + std::to_string(c.num_features()) + "), got " +
                                    std::to_string(rows.ndim()) + " dims" +
                                    (rows.ndim() == 2 ? " with " + std::to_string(rows.shape(1)) + " columns" : ""));
            // A batch is often a whole fold.
            return predict_rows(rows, [&c](const double* in, std::size_t n, double* out) {
              c.predict_many(in, n, out);
            });
          },
          py::arg("rows"), "P(class 1) of each row of an (n, num_features) array.")
      .def_property_readonly("num_features", &Classifier::num_features)
      .def_property_readonly("path", &Classifier::path)
      .def_property_readonly("sidecar", &Classifier::sidecar, "The model's ModelSidecar.")
      .def_property_readonly("threshold_type", &Classifier::threshold_type)
      .def_property_readonly("leaf_output_type", &Classifier::leaf_output_type)
      .def("__repr__", [](const Classifier& c) { return "<throttllem._core.Classifier " + c.path() + ">"; });
}

}  // namespace throttllem::bindings
