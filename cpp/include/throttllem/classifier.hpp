// Classifier: the device selector's binary classifiers, a typed front-end over CompiledModel.
#pragma once

#include <cstddef>
#include <memory>
#include <string>
#include <vector>

#include "throttllem/compiled_model.hpp"

namespace throttllem {

/// P(class 1) predictor over a TL2cgen shared library with any number of features and one output
/// (the device selector's models: P(GPU is faster)). Thread-safe for concurrent predict() calls.
///
/// The output is the library's own postprocessed value (sigmoid for LightGBM, the averaged leaf
/// fractions for scikit-learn trees compiled by throttllem.devmap.compiled), so it equals the
/// Python model's predict_proba(x)[:, 1].
class Classifier {
 public:
  /// Loads `library_path` through CompiledModel (sidecar `<library>.json` required, sha256
  /// checked, kind "classifier"). Throws ModelLoadError naming the files involved.
  static std::shared_ptr<Classifier> load(const std::string& library_path);
  ~Classifier();
  Classifier(const Classifier&) = delete;
  Classifier& operator=(const Classifier&) = delete;

  /// P(class 1) of one row of `count` values. Throws InvalidArgument unless count == num_features()
  /// and every value is finite (TL2cgen would read NaN as a value, not as missing).
  double predict(const double* row, std::size_t count) const;
  double predict(const std::vector<double>& row) const { return predict(row.data(), row.size()); }
  /// P(class 1) of `count` rows stored row-major (count x num_features()) into `out`.
  /// Throws InvalidArgument (before writing anything) on a non-finite value.
  void predict_many(const double* rows, std::size_t count, double* out) const;

  std::size_t num_features() const { return model_->num_features(); }
  const std::string& path() const { return model_->path(); }
  /// Feature names, class names and provenance from the sidecar.
  const ModelSidecar& sidecar() const { return model_->sidecar(); }
  /// "float32" or "float64": the threshold type TL2cgen compiled in.
  const std::string& threshold_type() const { return model_->threshold_type(); }
  const std::string& leaf_output_type() const { return model_->leaf_output_type(); }

 private:
  Classifier() = default;
  std::unique_ptr<CompiledModel> model_;
};

}  // namespace throttllem
