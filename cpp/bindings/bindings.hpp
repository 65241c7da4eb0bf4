// One bind_x(m) per area; module.cpp calls them all.
#pragma once

#include <pybind11/numpy.h>
#include <pybind11/pybind11.h>

#include <cstddef>

namespace throttllem::bindings {

/// A C-contiguous float64 array (other dtypes and layouts are converted on the way in).
using DoubleArray = pybind11::array_t<double, pybind11::array::c_style | pybind11::array::forcecast>;

/// One output per row of `rows` (already checked to be (n, columns)), written by
/// `predict(rows, n, out)` with the GIL released: a batch takes long enough to share.
template <typename Predict>
pybind11::array_t<double> predict_rows(const DoubleArray& rows, Predict predict) {
  const std::size_t n = static_cast<std::size_t>(rows.shape(0));
  pybind11::array_t<double> out(static_cast<pybind11::ssize_t>(n));
  const double* in = rows.data();
  double* dst = out.mutable_data();
  {
    pybind11::gil_scoped_release release;
    predict(in, n, dst);
  }
  return out;
}

void bind_errors(pybind11::module_& m);
void bind_scoreboard(pybind11::module_& m);
void bind_forest(pybind11::module_& m);
void bind_classifier(pybind11::module_& m);
void bind_governor(pybind11::module_& m);
void bind_gpu(pybind11::module_& m);

}  // namespace throttllem::bindings
