// Forest: the governor's view of a CompiledModel (a 4-feature IPS regressor).
#include "throttllem/forest.hpp"

#include "throttllem/errors.hpp"

namespace throttllem {

namespace {
const char* const kFeatureNames[kNumFeatures] = {"tp_degree", "batch_size", "kv_tokens", "clock_mhz"};
}  // namespace

std::shared_ptr<Forest> Forest::load(const std::string& library_path) {
  std::shared_ptr<Forest> forest(new Forest());
  forest->model_ = CompiledModel::load(library_path, ModelKind::kRegressor);
  const CompiledModel& m = *forest->model_;
  const ModelSidecar& sc = m.sidecar();
  if (m.num_features() != kNumFeatures)
    throw ModelLoadError(m.path() + " expects " + std::to_string(m.num_features()) +
                         " features; the governor's model takes 4 (tp_degree, batch_size, kv_tokens, clock_mhz)");
  for (int f = 0; f < kNumFeatures; ++f)
    if (sc.features[static_cast<std::size_t>(f)] != kFeatureNames[f])
      throw ModelLoadError(sidecar_path(m.path()) +
                           ": the governor's model takes features tp_degree, batch_size, kv_tokens, clock_mhz; "
                           "feature " + std::to_string(f) + " is '" + sc.features[static_cast<std::size_t>(f)] + "'");
  if (sc.output != "ips")
    throw ModelLoadError(sidecar_path(m.path()) + ": the governor's model predicts 'ips', this one '" + sc.output + "'");
  return forest;
}

Forest::~Forest() = default;

double Forest::predict(const FeatureRow& row) const {
  require_finite(row.data(), row.size());
  double out = 0.0;
  model_->predict_unchecked(row.data(), 1, &out);
  return out;
}

void Forest::predict_many(const double* rows, std::size_t count, double* out) const {
  require_finite(rows, count * kNumFeatures);
  model_->predict_unchecked(rows, count, out);
}

}  // namespace throttllem
