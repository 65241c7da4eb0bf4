// Minimal assertion harness for the C++ tests (ctest runs each test_*.cpp as one executable).
#pragma once

#include <cstdio>
#include <cstdlib>
#include <functional>
#include <string>
#include <vector>

namespace check {

inline int& failures() {
  static int n = 0;
  return n;
}

inline std::vector<std::pair<std::string, std::function<void()>>>& registry() {
  static std::vector<std::pair<std::string, std::function<void()>>> tests;
  return tests;
}

struct Register {
  Register(const char* name, std::function<void()> fn) { registry().emplace_back(name, std::move(fn)); }
};

inline int run_all() {
  int failed_tests = 0;
  for (auto& [name, fn] : registry()) {
    const int before = failures();
    try {
      fn();
    } catch (const std::exception& e) {
      std::fprintf(stderr, "  unexpected exception: %s\n", e.what());
      ++failures();
    }
    const bool ok = failures() == before;
    failed_tests += !ok;
    std::printf("%s %s\n", ok ? "PASS" : "FAIL", name.c_str());
  }
  std::printf("%zu passed, %d failed\n", registry().size() - static_cast<std::size_t>(failed_tests), failed_tests);
  return failed_tests == 0 ? 0 : 1;
}

}  // namespace check

#define TEST_CASE(name)                                          \
  static void name();                                            \
  static check::Register name##_registered(#name, name);         \
  static void name()

#define CHECK(cond)                                                                      \
  do {                                                                                   \
    if (!(cond)) {                                                                       \
      std::fprintf(stderr, "  %s:%d: CHECK(%s) failed\n", __FILE__, __LINE__, #cond);    \
      ++check::failures();                                                               \
    }                                                                                    \
  } while (0)

#define CHECK_THROWS_AS(expr, type)                                                      \
  do {                                                                                   \
    bool thrown_ = false;                                                                \
    try {                                                                                \
      (void)(expr);                                                                      \
    } catch (const type&) {                                                              \
      thrown_ = true;                                                                    \
    }                                                                                    \
    if (!thrown_) {                                                                      \
      std::fprintf(stderr, "  %s:%d: %s did not throw %s\n", __FILE__, __LINE__, #expr, #type); \
      ++check::failures();                                                               \
    }                                                                                    \
  } while (0)

#define TEST_MAIN() \
  int main() { return check::run_all(); }
