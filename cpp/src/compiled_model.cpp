// CompiledModel: find, verify (sha256 against the sidecar), dlopen and check a TL2cgen library;
// call its predict() one row at a time. Forest and Classifier are typed front-ends over it.
#include "throttllem/compiled_model.hpp"

#include <cmath>
#include <vector>

#include "sha256.hpp"
#include "throttllem/errors.hpp"
#include "model_file.hpp"
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
    Out y = 0;                // predict() never zeroes the result itself
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

}  // namespace

void require_finite(const double* values, std::size_t count) {
  for (std::size_t i = 0; i < count; ++i)
    if (!std::isfinite(values[i])) throw InvalidArgument("feature values must be finite numbers");
}

struct CompiledModel::Library {
  detail::Tl2cgenLibrary dl;  // owns the handle
};

std::unique_ptr<CompiledModel> CompiledModel::load(const std::string& library_path, ModelKind expected) {
  std::unique_ptr<CompiledModel> model(new CompiledModel());
  const std::string found = detail::Tl2cgenLibrary::find(library_path);
  // The library first: a regular file (never blocks) with a sane ELF header, before anything
  // else is read (model_file.hpp).
  std::int64_t size = 0;
  detail::Fd original = detail::open_regular(found, "model library", detail::kMaxLibraryBytes, size);
  detail::check_elf(original.get(), size, found, false);
  const std::string side = sidecar_path(found);
  if (!detail::file_exists(side))
    throw ModelLoadError(found + " has no sidecar " + side +
                         " (compile models with throttllem.forest.compile or throttllem.devmap.compile_classifier)");
  model->sidecar_ = ModelSidecar::read(side);
  const ModelSidecar& sc = model->sidecar_;
  const std::string want = model_kind_name(expected);
  if (sc.kind != expected)
    throw ModelLoadError(found + " is a " + model_kind_name(sc.kind) + " (per " + side + "), not a " + want);

  // What is hashed, checked and dlopened is one private copy: the original can change (in place,
  // or a symlink re-pointed) at any moment without reaching it. Verified before dlopen: an
  // unverified library's constructors never run.
  detail::Fd copy = detail::private_copy(original.get(), size, found);
  original.reset();
  const std::string hash = detail::sha256_fd(copy.get(), "the private copy of " + found);
  if (hash != sc.sha256)
    throw ModelLoadError(found + " does not match its sidecar " + side + " (library sha256 " + hash.substr(0, 16) +
                         "..., sidecar says " + sc.sha256.substr(0, 16) +
                         "...): the library was replaced, truncated or the pair was not written together");
  // Also for a sidecar written for a truncated library: dlopen must never map past the end.
  detail::check_elf(copy.get(), detail::file_size(copy.get()), found, true);
  model->lib_ = std::make_unique<Library>();
  detail::Tl2cgenLibrary& dl = model->lib_->dl;
  dl.open(copy.release(), found);
  model->path_ = dl.path;

  if (dl.model_kind.empty())
    throw ModelLoadError(found + " does not export throttllem_model_kind(): not compiled by throttllem (recompile it " +
                         "with throttllem.forest.compile or throttllem.devmap.compile_classifier)");
  if (dl.model_kind != model_kind_name(sc.kind))
    throw ModelLoadError(found + " is a " + dl.model_kind + " (per the library) but " + side + " says " +
                         model_kind_name(sc.kind));
  if (dl.num_feature != static_cast<std::int32_t>(sc.features.size()))
    throw ModelLoadError(found + " takes " + std::to_string(dl.num_feature) + " features but " + side + " names " +
                         std::to_string(sc.features.size()));
  if (dl.num_target != 1 || dl.num_class != 1)
    throw ModelLoadError(found + " has more than one output (targets " + std::to_string(dl.num_target) +
                         ", classes " + std::to_string(dl.num_class) + "); one is supported");
  model->threshold_type_ = dl.threshold_type;
  model->leaf_output_type_ = dl.leaf_output_type;
  dl.check_types();
  return model;
}

CompiledModel::~CompiledModel() = default;

void CompiledModel::predict_unchecked(const double* rows, std::size_t count, double* out) const {
  const detail::Tl2cgenLibrary& dl = lib_->dl;
  const std::size_t n = sidecar_.features.size();
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
