// CompiledModel: one loader for every TL2cgen-generated model library throttllem compiles, and
// ModelSidecar: the one reader of the JSON file beside it (`<library>.json`).
//
// Forest (the governor's IPS regressor) and Classifier (the device selector's models) are typed
// front-ends over CompiledModel: it finds and verifies the library (sha256 against the sidecar),
// dlopens it, and checks its kind and feature count against the library's exported functions
// and the sidecar.
#pragma once

#include <cstddef>
#include <memory>
#include <string>
#include <vector>

namespace throttllem {

/// What a compiled library predicts. Recorded in the sidecar and in the library itself
/// (the exported `throttllem_model_kind()` written by throttllem's compile path).
enum class ModelKind { kRegressor, kClassifier };

/// "regressor" or "classifier".
const char* model_kind_name(ModelKind kind);

/// The sidecar `<library>.json` (format "throttllem-compiled-model", version 1).
struct ModelSidecar {
  static constexpr const char* kFormat = "throttllem-compiled-model";
  static constexpr int kVersion = 1;

  ModelKind kind = ModelKind::kRegressor;
  /// Input names in column order; size() is the feature count.
  std::vector<std::string> features;
  /// Split thresholds per feature (finite, strictly ascending); what the governor tabulates over.
  std::vector<std::vector<double>> split_points;
  /// One line: where the model came from.
  std::string provenance;
  /// What the output is: "ips" for the governor's model, "probability of classes[1]" for classifiers.
  std::string output;
  /// Class names, classifiers only (two: class 0, class 1).
  std::vector<std::string> classes;
  /// Lower-case hex SHA-256 of the library file this sidecar describes.
  std::string sha256;

  /// Reads and validates `path`. Throws ModelLoadError with a one-line message naming the file.
  static ModelSidecar read(const std::string& path);
  /// Parses and validates `text` (`path` only names it in errors).
  static ModelSidecar parse(const std::string& text, const std::string& path);
};

/// The sidecar path of a library: `<library_path>.json`.
std::string sidecar_path(const std::string& library_path);

/// An open, verified model library. Thread-safe for concurrent predict calls.
class CompiledModel {
 public:
  /// Finds `library_path` (or `<library_path>.so`); requires it and its sidecar to be regular
  /// files (opened without blocking) and the library to be a 64-bit ELF shared object for this
  /// machine; copies the library into a private anonymous file, checks the copy's sha256 against
  /// the sidecar and that its segments lie inside it, dlopens the copy (so later writes to the
  /// path never reach the loaded model) and checks kind == `expected` (sidecar and library),
  /// feature count (sidecar and library), one output, float32/float64 types.
  /// Throws ModelLoadError naming the files involved.
  static std::unique_ptr<CompiledModel> load(const std::string& library_path, ModelKind expected);
  ~CompiledModel();
  CompiledModel(const CompiledModel&) = delete;
  CompiledModel& operator=(const CompiledModel&) = delete;

  /// Predicts `count` rows stored row-major (count x num_features()) into `out`, unchecked:
  /// callers check shapes and finiteness (see require_finite).
  void predict_unchecked(const double* rows, std::size_t count, double* out) const;

  std::size_t num_features() const { return sidecar_.features.size(); }
  ModelKind kind() const { return sidecar_.kind; }
  const ModelSidecar& sidecar() const { return sidecar_; }
  /// The library path that loaded (its private copy is what runs).
  const std::string& path() const { return path_; }
  /// "float32" or "float64": the threshold type TL2cgen compiled in.
  const std::string& threshold_type() const { return threshold_type_; }
  const std::string& leaf_output_type() const { return leaf_output_type_; }

 private:
  CompiledModel() = default;
  struct Library;
  std::unique_ptr<Library> lib_;
  ModelSidecar sidecar_;
  std::string path_;
  std::string threshold_type_;
  std::string leaf_output_type_;
};

/// Throws InvalidArgument unless all `count` values are finite (TL2cgen would read NaN as a
/// value, not as missing).
void require_finite(const double* values, std::size_t count);

}  // namespace throttllem
