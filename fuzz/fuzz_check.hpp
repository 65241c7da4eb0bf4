// Shared by the libFuzzer targets: an invariant check that aborts (libFuzzer then saves the
// input as crash-*), and a rule for exceptions: only the core's typed errors may escape the API.
#pragma once

#include <cstdio>
#include <cstdlib>
#include <string>

#define FUZZ_CHECK(cond)                                                                  \
  do {                                                                                    \
    if (!(cond)) {                                                                        \
      std::fprintf(stderr, "%s:%d: invariant failed: %s\n", __FILE__, __LINE__, #cond); \
      std::abort();                                                                       \
    }                                                                                     \
  } while (0)

namespace fuzz {

// A typed error's message is one line of printable ASCII (the project's rule: one line; and ASCII
// here because Python decodes it as UTF-8, and raw input bytes in it once made that fail). The
// fuzzers pass only ASCII paths, so any other byte came from the input unescaped.
inline bool one_line(const std::string& message) {
  if (message.empty()) return false;
  for (unsigned char c : message)
    if (c < 0x20 || c >= 0x7f) return false;
  return true;
}

}  // namespace fuzz
