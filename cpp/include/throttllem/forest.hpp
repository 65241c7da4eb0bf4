// Forest: a tree-ensemble model compiled by TL2cgen into a shared library, loaded at run time.
#pragma once

#include <array>
#include <cstdint>
#include <memory>
#include <string>
#include <vector>

namespace throttllem {

/// The model's inputs, in this order.
enum Feature : int { kTpDegree = 0, kBatchSize = 1, kKvTokens = 2, kClockMhz = 3 };
constexpr int kNumFeatures = 4;

/// One input row: (TP degree, batch size, KV tokens in use, SM clock MHz).
using FeatureRow = std::array<double, kNumFeatures>;

/// Metadata written beside a compiled model by throttllem.forest.compile (`<lib>.meta`):
/// the split thresholds of every feature, which make exact tabulation possible.
struct ForestMeta {
  /// Split thresholds per feature (sorted, unique). Empty outer vector = unknown.
  std::vector<std::vector<double>> split_points;
  /// Free text: where the model came from (e.g. "synthetic: analytic IPS function v1").
  std::string provenance;
  std::string target = "ips";
  /// Reads the `.meta` text format. Throws ModelLoadError naming the file and line.
  static ForestMeta read(const std::string& path);
};

/// IPS predictor over a TL2cgen shared library. Thread-safe for concurrent predict() calls.
class Forest {
 public:
  /// Loads `library_path` with dlopen and checks its interface (4 features, 1 target).
  /// Reads `<library_path>.meta` when present. Throws ModelLoadError listing every path tried.
  static std::shared_ptr<Forest> load(const std::string& library_path);
  ~Forest();
  Forest(const Forest&) = delete;
  Forest& operator=(const Forest&) = delete;

  /// Predicted iterations/s for one row.
  double predict(const FeatureRow& row) const;
  /// Predicts `rows` rows stored row-major (rows x 4) into `out`.
  void predict_many(const double* rows, std::size_t count, double* out) const;

  const std::string& path() const { return path_; }
  const ForestMeta& meta() const { return meta_; }
  bool has_split_points() const { return !meta_.split_points.empty(); }
  /// "float32" or "float64": the threshold type TL2cgen compiled in.
  const std::string& threshold_type() const { return threshold_type_; }
  const std::string& leaf_output_type() const { return leaf_output_type_; }

 private:
  Forest() = default;
  struct Library;
  std::unique_ptr<Library> lib_;
  std::string path_;
  std::string threshold_type_;
  std::string leaf_output_type_;
  ForestMeta meta_;
};

}  // namespace throttllem
