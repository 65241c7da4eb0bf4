// Forest: dlopen a TL2cgen library and call its predict() through the generated C interface.
#include "throttllem/forest.hpp"

#include <dlfcn.h>
#include <sys/stat.h>

#include <cstring>
#include <vector>

#include "throttllem/errors.hpp"

namespace throttllem {

namespace {

// TL2cgen's `union Entry { int missing; T fvalue; int qvalue; }` for T = float or double.
union EntryF32 {
  int missing;
  float fvalue;
  int qvalue;
};
union EntryF64 {
  int missing;
  double fvalue;
  int qvalue;
};

bool file_exists(const std::string& path) {
  struct stat st;
  return ::stat(path.c_str(), &st) == 0;
}

}  // namespace

struct Forest::Library {
  void* handle = nullptr;
  void (*predict_f32_f32)(EntryF32*, int, float*) = nullptr;
  void (*predict_f32_f64)(EntryF32*, int, double*) = nullptr;
  void (*predict_f64_f32)(EntryF64*, int, float*) = nullptr;
  void (*predict_f64_f64)(EntryF64*, int, double*) = nullptr;
  bool threshold_f64 = true;
  bool leaf_f64 = true;
  ~Library() {
    if (handle) ::dlclose(handle);
  }
};

std::shared_ptr<Forest> Forest::load(const std::string& library_path) {
  if (library_path.empty()) throw ModelLoadError("model library path is empty");
  std::vector<std::string> tried{library_path};
  if (library_path.size() < 3 || library_path.compare(library_path.size() - 3, 3, ".so") != 0)
    tried.push_back(library_path + ".so");

  std::shared_ptr<Forest> forest(new Forest());
  forest->lib_ = std::make_unique<Library>();
  std::string errors;
  for (const std::string& candidate : tried) {
    if (!file_exists(candidate)) {
      errors += "\n  " + candidate + ": no such file";
      continue;
    }
    // A relative path without '/' would make dlopen search the system paths instead.
    const std::string open_path = candidate.find('/') == std::string::npos ? "./" + candidate : candidate;
    forest->lib_->handle = ::dlopen(open_path.c_str(), RTLD_NOW | RTLD_LOCAL);
    if (forest->lib_->handle) {
      forest->path_ = candidate;
      break;
    }
    const char* why = ::dlerror();
    errors += "\n  " + candidate + ": " + (why ? why : "dlopen failed");
  }
  if (!forest->lib_->handle) throw ModelLoadError("cannot load model library; tried:" + errors);

  void* handle = forest->lib_->handle;
  auto symbol = [&](const char* name) {
    void* s = ::dlsym(handle, name);
    if (!s)
      throw ModelLoadError(forest->path_ + " is not a TL2cgen model library: symbol '" + name + "' missing");
    return s;
  };
  auto get_num_feature = reinterpret_cast<std::int32_t (*)()>(symbol("get_num_feature"));
  auto get_num_target = reinterpret_cast<std::int32_t (*)()>(symbol("get_num_target"));
  auto get_num_class = reinterpret_cast<void (*)(std::int32_t*)>(symbol("get_num_class"));
  auto get_threshold_type = reinterpret_cast<const char* (*)()>(symbol("get_threshold_type"));
  auto get_leaf_output_type = reinterpret_cast<const char* (*)()>(symbol("get_leaf_output_type"));
  void* predict = symbol("predict");

  const std::int32_t num_feature = get_num_feature();
  if (num_feature != kNumFeatures)
    throw ModelLoadError(forest->path_ + " expects " + std::to_string(num_feature) +
                         " features; the governor's model takes 4 (tp_degree, batch_size, kv_tokens, clock_mhz)");
  const std::int32_t num_target = get_num_target();
  std::int32_t num_class = 0;
  if (num_target == 1) get_num_class(&num_class);
  if (num_target != 1 || num_class != 1)
    throw ModelLoadError(forest->path_ + " is not a single-output regressor (targets " + std::to_string(num_target) +
                         ", classes " + std::to_string(num_class) + ")");

  forest->threshold_type_ = get_threshold_type();
  forest->leaf_output_type_ = get_leaf_output_type();
  Library& lib = *forest->lib_;
  auto check_type = [&](const std::string& t, const char* what) {
    if (t != "float32" && t != "float64")
      throw ModelLoadError(forest->path_ + ": unsupported " + what + " type '" + t + "'");
    return t == "float64";
  };
  lib.threshold_f64 = check_type(forest->threshold_type_, "threshold");
  lib.leaf_f64 = check_type(forest->leaf_output_type_, "leaf output");
  if (lib.threshold_f64 && lib.leaf_f64) lib.predict_f64_f64 = reinterpret_cast<decltype(lib.predict_f64_f64)>(predict);
  if (lib.threshold_f64 && !lib.leaf_f64) lib.predict_f64_f32 = reinterpret_cast<decltype(lib.predict_f64_f32)>(predict);
  if (!lib.threshold_f64 && lib.leaf_f64) lib.predict_f32_f64 = reinterpret_cast<decltype(lib.predict_f32_f64)>(predict);
  if (!lib.threshold_f64 && !lib.leaf_f64) lib.predict_f32_f32 = reinterpret_cast<decltype(lib.predict_f32_f32)>(predict);

  const std::string meta_path = forest->path_ + ".meta";
  if (file_exists(meta_path)) forest->meta_ = ForestMeta::read(meta_path);
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
      for (int f = 0; f < kNumFeatures; ++f) entries[f].fvalue = x[f];
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
      for (int f = 0; f < kNumFeatures; ++f) entries[f].fvalue = static_cast<float>(x[f]);
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
