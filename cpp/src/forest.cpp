// Forest: dlopen a TL2cgen library and call its predict() through the generated C interface.
#include "throttllem/forest.hpp"

#include <cstring>
#include <vector>

#include "throttllem/errors.hpp"
#include "tl2cgen_library.hpp"

namespace throttllem {

using detail::EntryF32;
using detail::EntryF64;

struct Forest::Library {
  detail::Tl2cgenLibrary dl;  // owns the handle
  void (*predict_f32_f32)(EntryF32*, int, float*) = nullptr;
  void (*predict_f32_f64)(EntryF32*, int, double*) = nullptr;
  void (*predict_f64_f32)(EntryF64*, int, float*) = nullptr;
  void (*predict_f64_f64)(EntryF64*, int, double*) = nullptr;
  bool threshold_f64 = true;
  bool leaf_f64 = true;
};

std::shared_ptr<Forest> Forest::load(const std::string& library_path) {
  std::shared_ptr<Forest> forest(new Forest());
  forest->lib_ = std::make_unique<Library>();
  Library& lib = *forest->lib_;
  lib.dl.open(library_path);
  forest->path_ = lib.dl.path;

  if (lib.dl.num_feature != kNumFeatures)
    throw ModelLoadError(forest->path_ + " expects " + std::to_string(lib.dl.num_feature) +
                         " features; the governor's model takes 4 (tp_degree, batch_size, kv_tokens, clock_mhz)");
  lib.dl.require_single_output("single-output regressor");

  forest->threshold_type_ = lib.dl.threshold_type;
  forest->leaf_output_type_ = lib.dl.leaf_output_type;
  lib.dl.check_types();
  lib.threshold_f64 = lib.dl.threshold_f64;
  lib.leaf_f64 = lib.dl.leaf_f64;
  void* predict = lib.dl.predict;
  if (lib.threshold_f64 && lib.leaf_f64) lib.predict_f64_f64 = reinterpret_cast<decltype(lib.predict_f64_f64)>(predict);
  if (lib.threshold_f64 && !lib.leaf_f64) lib.predict_f64_f32 = reinterpret_cast<decltype(lib.predict_f64_f32)>(predict);
  if (!lib.threshold_f64 && lib.leaf_f64) lib.predict_f32_f64 = reinterpret_cast<decltype(lib.predict_f32_f64)>(predict);
  if (!lib.threshold_f64 && !lib.leaf_f64) lib.predict_f32_f32 = reinterpret_cast<decltype(lib.predict_f32_f32)>(predict);

  const std::string meta_path = forest->path_ + ".meta";
  if (detail::file_exists(meta_path)) forest->meta_ = ForestMeta::read(meta_path);
  return forest;
}

Forest::~Forest() = default;

double Forest::predict(const FeatureRow& row) const {
  double out = 0.0;
  predict_many(row.data(), 1, &out);
  return out;
}

void Forest::predict_many(const double* rows, std::size_t count, double* out) const {
  const Library& lib = *lib_;
  for (std::size_t r = 0; r < count; ++r) {
    const double* x = rows + r * kNumFeatures;
    if (lib.threshold_f64) {
      EntryF64 entries[kNumFeatures];
      for (int f = 0; f < kNumFeatures; ++f) detail::set_feature(entries[f], x[f]);
      if (lib.leaf_f64) {
        out[r] = 0.0;  // TL2cgen's predict() adds tree outputs to *result, never zeroes it
        lib.predict_f64_f64(entries, 0, &out[r]);
      } else {
        float y = 0.0f;
        lib.predict_f64_f32(entries, 0, &y);
        out[r] = y;
      }
    } else {
      EntryF32 entries[kNumFeatures];
      for (int f = 0; f < kNumFeatures; ++f) detail::set_feature(entries[f], x[f]);
      if (lib.leaf_f64) {
        out[r] = 0.0;
        lib.predict_f32_f64(entries, 0, &out[r]);
      } else {
        float y = 0.0f;
        lib.predict_f32_f32(entries, 0, &y);
        out[r] = y;
      }
    }
  }
}

}  // namespace throttllem
