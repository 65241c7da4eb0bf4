// Classifier: a binary tree classifier with N features compiled by TL2cgen, loaded at run time.
#pragma once

#include <cstddef>
#include <memory>
#include <string>
#include <vector>

namespace throttllem {

/// P(class 1) predictor over a TL2cgen shared library with any number of features and one output
/// (the device selector's models: P(GPU is faster)). Thread-safe for concurrent predict() calls.
///
/// The output is the library's own postprocessed value (sigmoid for LightGBM, the averaged leaf
/// fractions for scikit-learn trees compiled by throttllem.devmap.compiled), so it equals the
/// Python model's predict_proba(x)[:, 1].
class Classifier {
 public:
  /// Loads `library_path` with dlopen and checks its interface (1 target, 1 class, float32/float64
  /// thresholds and leaves). Throws ModelLoadError listing every path tried.
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

  std::size_t num_features() const { return num_features_; }
  const std::string& path() const { return path_; }
  /// "float32" or "float64": the threshold type TL2cgen compiled in.
  const std::string& threshold_type() const { return threshold_type_; }
  const std::string& leaf_output_type() const { return leaf_output_type_; }

 private:
  Classifier() = default;
  struct Library;
  void predict_unchecked(const double* rows, std::size_t count, double* out) const;
  std::unique_ptr<Library> lib_;
  std::size_t num_features_ = 0;
  std::string path_;
  std::string threshold_type_;
  std::string leaf_output_type_;
};

}  // namespace throttllem
