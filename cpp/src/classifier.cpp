// Classifier: the device selector's N-feature TL2cgen libraries, called like Forest calls its own.
#include "throttllem/classifier.hpp"

#include <cmath>
#include <vector>

#include "throttllem/errors.hpp"
#include "tl2cgen_library.hpp"

namespace throttllem {

using detail::EntryF32;
using detail::EntryF64;

namespace {

// Rows up to this many features fill a stack buffer (gbdt-plus has 60); wider ones use the heap.
constexpr std::size_t kStackEntries = 256;

// One row at a time: TL2cgen's predict() takes a single Entry row and adds into *result.
template <typename Entry, typename Out>
void run_rows(void* fn, const double* rows, std::size_t count, std::size_t n, double* out, Entry* entries) {
  auto predict = reinterpret_cast<void (*)(Entry*, int, Out*)>(fn);
  for (std::size_t r = 0; r < count; ++r) {
    const double* x = rows + r * n;
    for (std::size_t f = 0; f < n; ++f) detail::set_feature(entries[f], x[f]);
    Out y = 0;  // predict() never zeroes the result itself
    predict(entries, 0, &y);  // pred_margin = 0: apply the postprocessor (sigmoid etc.)
    out[r] = static_cast<double>(y);
  }
}

template <typename Entry, typename Out>
void run_with_buffer(void* fn, const double* rows, std::size_t count, std::size_t n, double* out) {
  if (n <= kStackEntries) {
    Entry entries[kStackEntries];
    run_rows<Entry, Out>(fn, rows, count, n, out, entries);
  } else {
    std::vector<Entry> entries(n);
    run_rows<Entry, Out>(fn, rows, count, n, out, entries.data());
  }
}

void require_finite(const double* values, std::size_t count) {
  for (std::size_t i = 0; i < count; ++i)
    if (!std::isfinite(values[i])) throw InvalidArgument("feature values must be finite numbers");
}

}  // namespace

struct Classifier::Library {
  detail::Tl2cgenLibrary dl;  // owns the handle
};

std::shared_ptr<Classifier> Classifier::load(const std::string& library_path) {
  std::shared_ptr<Classifier> clf(new Classifier());
  clf->lib_ = std::make_unique<Library>();
  detail::Tl2cgenLibrary& dl = clf->lib_->dl;
  dl.open(library_path);
  clf->path_ = dl.path;
  if (dl.num_feature < 1)
    throw ModelLoadError(clf->path_ + " reports " + std::to_string(dl.num_feature) + " features");
  dl.require_single_output("binary classifier with one output");
  dl.check_types();
  clf->num_features_ = static_cast<std::size_t>(dl.num_feature);
  clf->threshold_type_ = dl.threshold_type;
  clf->leaf_output_type_ = dl.leaf_output_type;
  return clf;
}

Classifier::~Classifier() = default;

double Classifier::predict(const double* row, std::size_t count) const {
  if (count != num_features_)
    throw InvalidArgument(path_ + " takes " + std::to_string(num_features_) + " features, got " +
                          std::to_string(count));
  require_finite(row, count);
  double out = 0.0;
  predict_unchecked(row, 1, &out);
  return out;
}

void Classifier::predict_many(const double* rows, std::size_t count, double* out) const {
  require_finite(rows, count * num_features_);
  predict_unchecked(rows, count, out);
}

void Classifier::predict_unchecked(const double* rows, std::size_t count, double* out) const {
  const detail::Tl2cgenLibrary& dl = lib_->dl;
  const std::size_t n = num_features_;
  if (dl.threshold_f64) {
    if (dl.leaf_f64)
      run_with_buffer<EntryF64, double>(dl.predict, rows, count, n, out);
    else
      run_with_buffer<EntryF64, float>(dl.predict, rows, count, n, out);
  } else {
    if (dl.leaf_f64)
      run_with_buffer<EntryF32, double>(dl.predict, rows, count, n, out);
    else
      run_with_buffer<EntryF32, float>(dl.predict, rows, count, n, out);
  }
}

}  // namespace throttllem
