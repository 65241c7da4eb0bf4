// The device selector from a C++ host: features computed once in Python, decisions in C++.
//
//   >>> from throttllem.devmap.host import HostSelector, write_statistics
//   >>> write_statistics(HostSelector("sel", opencl=False), {"vadd": open("vadd.cl").read()}, "stats.txt")
//   devmap_host sel/model.so stats.txt vadd <transfer_bytes> <wgsize> [calls]
//
// Each line of stats.txt is `key v1 ... v25`: the kernel's token statistics (launch-independent,
// see docs/DEVMAP.md). The row of a gbdt-source selector is (transfer_bytes, wgsize, v1..v25);
// throttllem::Classifier::predict returns P(GPU is faster). Prints the choice and the measured
// ns per predict call (median of `calls`).
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "throttllem/classifier.hpp"
#include "throttllem/errors.hpp"

namespace {

bool read_statistics(const std::string& path, const std::string& key, std::vector<double>& out) {
  std::ifstream in(path);
  std::string line;
  while (std::getline(in, line)) {
    if (line.empty() || line[0] == '#') continue;
    std::istringstream fields(line);
    std::string name;
    fields >> name;
    if (name != key) continue;
    for (double v; fields >> v;) out.push_back(v);
    return true;
  }
  return false;
}

}  // namespace

int main(int argc, char** argv) {
  if (argc < 6) {
    std::fprintf(stderr, "usage: %s model.so stats.txt key transfer_bytes wgsize [calls]\n", argv[0]);
    return 2;
  }
  std::vector<double> row = {std::strtod(argv[4], nullptr), std::strtod(argv[5], nullptr)};
  if (!read_statistics(argv[2], argv[3], row)) {
    std::fprintf(stderr, "devmap_host: no line for %s in %s\n", argv[3], argv[2]);
    return 2;
  }
  const int calls = argc > 6 ? std::max(1, std::atoi(argv[6])) : 1000;
  try {
    auto clf = throttllem::Classifier::load(argv[1]);
    const double p_gpu = clf->predict(row);  // throws InvalidArgument unless row.size() fits
    std::vector<long long> ns(calls);
    volatile double sink = 0;
    for (int i = 0; i < calls; ++i) {
      const auto t0 = std::chrono::steady_clock::now();
      sink = sink + clf->predict(row.data(), row.size());
      ns[i] = std::chrono::duration_cast<std::chrono::nanoseconds>(std::chrono::steady_clock::now() - t0).count();
    }
    std::nth_element(ns.begin(), ns.begin() + calls / 2, ns.end());
    std::printf("p_gpu %.17g\ndevice %s\npredict_ns_p50 %lld (measured, %d calls)\n", p_gpu,
                p_gpu > 0.5 ? "GPU" : "CPU", ns[calls / 2], calls);
  } catch (const std::exception& e) {
    std::fprintf(stderr, "devmap_host: error: %s\n", e.what());
    return 1;
  }
  return 0;
}
