// One bind_x(m) per area; module.cpp calls them all.
#pragma once

#include <pybind11/numpy.h>
#include <pybind11/pybind11.h>

#include <cstddef>
#include <cstdint>
#include <string>

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

/// An integer argument from Python (int, numpy integer, anything with __index__) in int64, or
/// InvalidArgument naming it: pybind11's own conversion fails with a multi-line, untyped TypeError
/// for a float or an int beyond 64 bits.
std::int64_t int64_arg(pybind11::handle value, const char* name);
/// A request id from Python: an integer in 0..2^64-1, or InvalidArgument.
std::uint64_t request_id_arg(pybind11::handle value);
/// Whether `value` is an integer (has __index__, not a float).
bool is_integer(pybind11::handle value);

void bind_errors(pybind11::module_& m);
void bind_scoreboard(pybind11::module_& m);
void bind_forest(pybind11::module_& m);
void bind_classifier(pybind11::module_& m);
void bind_governor(pybind11::module_& m);
void bind_gpu(pybind11::module_& m);
void bind_autoscaler(pybind11::module_& m);

}  // namespace throttllem::bindings
