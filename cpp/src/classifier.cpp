// Classifier: the device selector's view of a CompiledModel (N features, P(class 1)).
#include "throttllem/classifier.hpp"

#include "throttllem/errors.hpp"

namespace throttllem {

std::shared_ptr<Classifier> Classifier::load(const std::string& library_path) {
  std::shared_ptr<Classifier> clf(new Classifier());
  clf->model_ = CompiledModel::load(library_path, ModelKind::kClassifier);
  return clf;
}

Classifier::~Classifier() = default;

double Classifier::predict(const double* row, std::size_t count) const {
  if (count != num_features())
    throw InvalidArgument(path() + " takes " + std::to_string(num_features()) + " features, got " +
                          std::to_string(count));
  require_finite(row, count);
  double out = 0.0;
  model_->predict_unchecked(row, 1, &out);
  return out;
}

void Classifier::predict_many(const double* rows, std::size_t count, double* out) const {
  require_finite(rows, count * num_features());
  model_->predict_unchecked(rows, count, out);
}

}  // namespace throttllem
