// Internal: finding and opening a TL2cgen-generated shared library and reading its C interface.
// Used only by CompiledModel (compiled_model.cpp), the one loader behind Forest and Classifier.
#pragma once

#include <dlfcn.h>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cmath>
#include <cstdint>
#include <cstdlib>
#include <cstring>
#include <string>
#include <vector>

#include "throttllem/errors.hpp"

namespace throttllem::detail {

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

// The generated code tests `missing != -1` before it reads `fvalue`, and `missing` shares the
// double's first four bytes: a finite double whose low 32 bits are all ones would be read as a
// missing value and sent down each tree's default branch. Such a value moves one ULP toward zero
// instead (it then compares differently only with a threshold equal to the exact value). Callers
// pass finite values only; a float whose bits are all ones is a NaN, so floats never alias.
inline void set_feature(EntryF64& entry, double value) {
  std::int32_t first_word;
  std::memcpy(&first_word, &value, sizeof first_word);
  entry.fvalue = first_word == -1 ? std::nextafter(value, 0.0) : value;
}

inline void set_feature(EntryF32& entry, double value) { entry.fvalue = static_cast<float>(value); }

inline bool file_exists(const std::string& path) {
  struct stat st;
  return ::stat(path.c_str(), &st) == 0;  // stat never blocks, whatever the file is
}

// An open TL2cgen library: its handle (closed on destruction) and what its interface reports.
struct Tl2cgenLibrary {
  void* handle = nullptr;
  std::string path;  // the candidate that loaded
  std::int32_t num_feature = 0;
  std::int32_t num_target = 0;
  std::int32_t num_class = 0;  // of target 0; read only when num_target == 1
  std::string threshold_type;
  std::string leaf_output_type;
  std::string model_kind;  // throttllem_model_kind(); empty when the library does not export it
  bool threshold_f64 = true;
  bool leaf_f64 = true;
  void* predict = nullptr;  // void predict(Entry*, int pred_margin, T* result)
  int copy_fd = -1;         // the private copy that was dlopened (model_file.hpp); closed after dlclose

  Tl2cgenLibrary() = default;
  Tl2cgenLibrary(const Tl2cgenLibrary&) = delete;
  Tl2cgenLibrary& operator=(const Tl2cgenLibrary&) = delete;
  ~Tl2cgenLibrary() {
    if (handle) ::dlclose(handle);
    if (copy_fd >= 0) ::close(copy_fd);
  }

  // The file `library_path` names: itself or `<library_path>.so`, the first that exists.
  // Throws ModelLoadError listing every path tried.
  static std::string find(const std::string& library_path) {
    if (library_path.empty()) throw ModelLoadError("model library path is empty");
    std::vector<std::string> tried{library_path};
    if (library_path.size() < 3 || library_path.compare(library_path.size() - 3, 3, ".so") != 0)
      tried.push_back(library_path + ".so");
    std::string errors;
    for (const std::string& candidate : tried) {
      if (file_exists(candidate)) return candidate;
      errors += "\n  " + candidate + ": no such file";
    }
    throw ModelLoadError("cannot load model library; tried:" + errors);
  }

  // dlopens the private copy `copy` (model_file.hpp; owned from here on) of `found`, a path
  // find() returned, already verified, and reads the interface. Throws ModelLoadError with
  // dlopen's reason, or naming the missing symbol.
  void open(int copy, const std::string& found) {
    copy_fd = copy;
    path = found;
    // glibc hands back an already loaded object for a name it knows: a name left by an earlier
    // copy that is still loaded (its descriptor number reused) would return that object. A fresh
    // descriptor number gives a fresh name.
    std::string open_path = fd_path(copy_fd);
    for (int tries = 0; tries < 64; ++tries) {
      void* old = ::dlopen(open_path.c_str(), RTLD_LAZY | RTLD_LOCAL | RTLD_NOLOAD);
      if (!old) break;
      ::dlclose(old);
      const int fresh = ::fcntl(copy_fd, F_DUPFD_CLOEXEC, copy_fd + 1);
      if (fresh < 0) throw ModelLoadError("cannot load model library " + found + ": no free file descriptor");
      ::close(copy_fd);
      copy_fd = fresh;
      open_path = fd_path(copy_fd);
    }
    handle = ::dlopen(open_path.c_str(), RTLD_NOW | RTLD_LOCAL);
    if (!handle) {
      const char* why = ::dlerror();
      throw ModelLoadError("cannot load model library " + found + " (from its private copy): " + (why ? why : "dlopen failed"));
    }

    auto get_num_feature = reinterpret_cast<std::int32_t (*)()>(symbol("get_num_feature"));
    auto get_num_target = reinterpret_cast<std::int32_t (*)()>(symbol("get_num_target"));
    auto get_num_class = reinterpret_cast<void (*)(std::int32_t*)>(symbol("get_num_class"));
    auto get_threshold_type = reinterpret_cast<const char* (*)()>(symbol("get_threshold_type"));
    auto get_leaf_output_type = reinterpret_cast<const char* (*)()>(symbol("get_leaf_output_type"));
    predict = symbol("predict");
    num_feature = get_num_feature();
    num_target = get_num_target();
    // get_num_class writes one value per target: only safe to call into one int when there is one.
    if (num_target == 1) get_num_class(&num_class);
    threshold_type = get_threshold_type();
    leaf_output_type = get_leaf_output_type();
    // Written by throttllem's compile path beside TL2cgen's sources; absent from other libraries.
    if (auto get_kind = reinterpret_cast<const char* (*)()>(::dlsym(handle, "throttllem_model_kind")))
      model_kind = get_kind();
  }

  // Sets threshold_f64/leaf_f64; separate from open() so callers report a wrong shape first.
  void check_types() {
    threshold_f64 = is_f64(threshold_type, "threshold");
    leaf_f64 = is_f64(leaf_output_type, "leaf output");
  }

 private:
  static std::string fd_path(int fd) { return "/proc/self/fd/" + std::to_string(fd); }

  void* symbol(const char* name) {
    void* s = ::dlsym(handle, name);
    if (!s) throw ModelLoadError(path + " is not a TL2cgen model library: symbol '" + name + "' missing");
    return s;
  }
  bool is_f64(const std::string& t, const char* what) const {
    if (t != "float32" && t != "float64") throw ModelLoadError(path + ": unsupported " + what + " type '" + t + "'");
    return t == "float64";
  }
};

}  // namespace throttllem::detail
