// Forest: the governor's IPS regressor, a typed front-end over CompiledModel (4 named features).
#pragma once

#include <array>
#include <cstdint>
#include <memory>
#include <string>
#include <vector>

#include "throttllem/compiled_model.hpp"

namespace throttllem {

/// The model's inputs, in this order.
enum Feature : int { kTpDegree = 0, kBatchSize = 1, kKvTokens = 2, kClockMhz = 3 };
constexpr int kNumFeatures = 4;

/// One input row: (TP degree, batch size, KV tokens in use, SM clock MHz).
using FeatureRow = std::array<double, kNumFeatures>;

/// What the governor reads from the sidecar: split points per feature (which make exact
/// tabulation possible) and provenance.
using ForestMeta = ModelSidecar;

/// IPS predictor over a TL2cgen shared library. Thread-safe for concurrent predict() calls.
class Forest {
 public:
  /// Loads `library_path` through CompiledModel (sidecar `<library>.json` required, sha256
  /// checked, kind "regressor", features tp_degree, batch_size, kv_tokens, clock_mhz, output
  /// "ips"). Throws ModelLoadError naming the files involved.
  static std::shared_ptr<Forest> load(const std::string& library_path);
  ~Forest();
  Forest(const Forest&) = delete;
  Forest& operator=(const Forest&) = delete;

  /// Predicted iterations/s for one row. Throws InvalidArgument on a non-finite value.
  double predict(const FeatureRow& row) const;
  /// Predicts `count` rows stored row-major (count x 4) into `out`. Throws InvalidArgument
  /// (before writing anything) on a non-finite value.
  void predict_many(const double* rows, std::size_t count, double* out) const;

  const std::string& path() const { return model_->path(); }
  const ForestMeta& meta() const { return model_->sidecar(); }
  bool has_split_points() const { return !meta().split_points.empty(); }
  /// "float32" or "float64": the threshold type TL2cgen compiled in.
  const std::string& threshold_type() const { return model_->threshold_type(); }
  const std::string& leaf_output_type() const { return model_->leaf_output_type(); }

 private:
  Forest() = default;
  std::unique_ptr<CompiledModel> model_;
};

}  // namespace throttllem
