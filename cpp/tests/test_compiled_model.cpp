// CompiledModel and ModelSidecar: the one loader refuses wrong kinds, stale or mismatched
// sidecars and malformed sidecar text, each with a one-line ModelLoadError naming the file.
#include <cstdio>
#include <fstream>
#include <string>
#include <utility>
#include <vector>

#include <sys/stat.h>
#include <unistd.h>

#include "../src/sha256.hpp"
#include "check.hpp"
#include "throttllem/classifier.hpp"
#include "throttllem/compiled_model.hpp"
#include "throttllem/errors.hpp"
#include "throttllem/forest.hpp"

using namespace throttllem;

#ifndef THROTTLLEM_TEST_CLASSIFIER_PATH
#error "test_compiled_model needs the fixture library (cpp/tests/fixtures/classifier/*.c)"
#endif

namespace {

std::string slurp(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  return std::string(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
}

void spit(const std::string& path, const std::string& text) {
  std::ofstream(path, std::ios::binary) << text;
}

std::string replaced(std::string text, const std::string& from, const std::string& to) {
  const std::size_t at = text.find(from);
  if (at != std::string::npos) text.replace(at, from.size(), to);
  return text;
}

template <typename Fn>
std::string load_error(Fn fn) {
  try {
    fn();
  } catch (const ModelLoadError& e) {
    return e.what();
  }
  return "";
}

std::string parse_error(const std::string& text) {
  return load_error([&] { ModelSidecar::parse(text, "m.so.json"); });
}

bool contains(const std::string& s, const std::string& part) { return s.find(part) != std::string::npos; }

// A private copy of the fixture library and its sidecar, removed afterwards.
struct FixtureCopy {
  std::string dir, lib, side;
  FixtureCopy() {
    char tmpl[] = "/tmp/throttllem-test-XXXXXX";
    dir = ::mkdtemp(tmpl);
    lib = dir + "/m.so";
    side = lib + ".json";
    spit(lib, slurp(THROTTLLEM_TEST_CLASSIFIER_PATH));
    spit(side, slurp(std::string(THROTTLLEM_TEST_CLASSIFIER_PATH) + ".json"));
  }
  ~FixtureCopy() {
    std::remove(side.c_str());
    std::remove(lib.c_str());
    ::rmdir(dir.c_str());
  }
};

const char* const kValid = R"({"format": "throttllem-compiled-model", "version": 1, "kind": "regressor",
 "num_features": 2, "features": ["a", "b"], "provenance": "test", "output": "ips",
 "sha256": "0000000000000000000000000000000000000000000000000000000000000000",
 "split_points": [[1.5, 2.0], []]})";

}  // namespace

TEST_CASE(sha256_matches_the_standard_examples) {
  CHECK(detail::sha256_bytes("", 0) == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
  CHECK(detail::sha256_bytes("abc", 3) == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
  const std::string two_blocks = "abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq";
  CHECK(detail::sha256_bytes(two_blocks.data(), two_blocks.size()) ==
        "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1");
}

TEST_CASE(a_valid_sidecar_reads) {
  const ModelSidecar s = ModelSidecar::parse(kValid, "m.so.json");
  CHECK(s.kind == ModelKind::kRegressor && s.features.size() == 2 && s.features[1] == "b");
  CHECK(s.split_points.size() == 2 && s.split_points[0][0] == 1.5 && s.split_points[1].empty());
  CHECK(s.provenance == "test" && s.output == "ips" && s.classes.empty());
}

TEST_CASE(the_committed_reference_sidecar_reads) {
  const std::string path = std::string(THROTTLLEM_SOURCE_DIR) + "/tests/data/model_sidecar_v1.so.json";
  const ModelSidecar s = ModelSidecar::read(path);
  CHECK(s.kind == ModelKind::kClassifier && s.features.size() == 3 && s.classes.size() == 2);
  CHECK(s.split_points[0].size() == 2 && s.split_points[0][1] == 0.30000000000000004);
}

TEST_CASE(malformed_sidecars_give_one_line_errors) {
  const std::string v = kValid;
  const std::vector<std::pair<std::string, std::string>> cases = {
      {"", "empty model sidecar"},
      {v.substr(0, v.size() / 2), "unexpected end of file"},
      {"[1, 2]", "a model sidecar is a JSON object, got an array"},
      {replaced(v, "\"kind\": \"regressor\"", "\"kind\": 3"), "'kind' must be a string, got a number"},
      {replaced(v, "\"kind\": \"regressor\"", "\"kind\": \"ranker\""), "'kind' must be \"regressor\" or \"classifier\""},
      {replaced(v, "\"output\": \"ips\",", ""), "missing key 'output'"},
      {replaced(v, "\"version\": 1", "\"version\": 2"), "unsupported version 2"},
      {replaced(v, "throttllem-compiled-model", "other"), "not a throttllem-compiled-model sidecar"},
      {replaced(v, "[1.5, 2.0]", "[1.5, NaN]"), "'split_points'[0] holds a non-finite value"},
      {replaced(v, "[1.5, 2.0]", "[1.5, 1e999]"), "'split_points'[0] holds a non-finite value"},
      {replaced(v, "[1.5, 2.0]", "[2.0, 1.5]"), "'split_points'[0] must be strictly ascending"},
      {replaced(v, "[1.5, 2.0]", "[1.5, 1.5]"), "'split_points'[0] must be strictly ascending"},
      {replaced(v, "[1.5, 2.0]", "[1.5, \"2\"]"), "'split_points'[0] must hold numbers, got a string"},
      {replaced(v, "[1.5, 2.0], []", "[]"), "'split_points' has 1 lists for 2 features"},
      {replaced(v, "\"num_features\": 2", "\"num_features\": 3"), "'num_features' is 3 but 'features' names 2"},
      {replaced(v, "\"num_features\": 2", "\"num_features\": 2.5"), "'num_features' must be an integer"},
      {replaced(v, "[\"a\", \"b\"]", "[\"a\", \"a\"]"), "'features' names 'a' twice"},
      {replaced(v, "\"test\"", "\"two\\nlines\""), "'provenance' must be one line"},
      {replaced(v, "0000000000000000000000000000000000000000000000000000000000000000", "abc"),
       "'sha256' must be 64 lower-case hex digits"},
      {replaced(v, "\"output\": \"ips\"", "\"output\": \"ips\", \"colour\": \"blue\""), "unknown key 'colour'"},
      {replaced(v, "\"output\": \"ips\"", "\"output\": \"ips\", \"output\": \"ips\""), "key 'output' given twice"},
      {replaced(v, "\"output\": \"ips\"", "\"output\": \"ips\", \"classes\": [\"x\", \"y\"]"),
       "'classes' belongs to classifiers only"},
      {replaced(v, "\"kind\": \"regressor\"", "\"kind\": \"classifier\""), "missing key 'classes'"},
      {v + " x", "unexpected text after the JSON value"},
  };
  for (const auto& [text, expected] : cases) {
    const std::string msg = parse_error(text);
    if (!contains(msg, expected) || !contains(msg, "m.so.json: ") || contains(msg, "\n"))
      std::fprintf(stderr, "  expected '%s', got '%s'\n", expected.c_str(), msg.c_str());
    CHECK(contains(msg, expected) && contains(msg, "m.so.json: ") && !contains(msg, "\n"));
  }
}

TEST_CASE(each_loader_refuses_the_other_kind) {
  const std::string clf = THROTTLLEM_TEST_CLASSIFIER_PATH;
  CHECK(contains(load_error([&] { Forest::load(clf); }), "is a classifier (per " + clf + ".json), not a regressor"));
#ifdef THROTTLLEM_DEFAULT_MODEL_PATH
  const std::string reg = THROTTLLEM_DEFAULT_MODEL_PATH;
  CHECK(contains(load_error([&] { Classifier::load(reg); }), "is a regressor (per " + reg + ".json), not a classifier"));
#endif
}

TEST_CASE(a_sidecar_that_does_not_match_the_library_is_refused) {
  FixtureCopy copy;
  CHECK(Classifier::load(copy.lib)->num_features() == 6);
  const std::string text = slurp(copy.side);
  const ModelSidecar good = ModelSidecar::read(copy.side);
  spit(copy.side, replaced(text, good.sha256, std::string(64, 'a')));
  const std::string msg = load_error([&] { Classifier::load(copy.lib); });
  CHECK(contains(msg, copy.lib + " does not match its sidecar " + copy.side) && !contains(msg, "\n"));
  std::remove(copy.side.c_str());
  CHECK(contains(load_error([&] { Classifier::load(copy.lib); }), "has no sidecar " + copy.side));
}

TEST_CASE(a_sidecar_with_another_feature_count_is_refused) {
  FixtureCopy copy;
  std::string text = slurp(copy.side);
  text = replaced(text, "\"num_features\": 6", "\"num_features\": 5");
  text = replaced(text, ", \"f5\"]", "]");
  const std::string key = "\"split_points\": [";
  const std::size_t first = text.find(key) + key.size();
  text.erase(first, text.find("], [", first) + 3 - first);  // drop feature 0's list
  spit(copy.side, text);
  const std::string msg = load_error([&] { Classifier::load(copy.lib); });
  if (!contains(msg, "takes 6 features but " + copy.side + " names 5")) std::fprintf(stderr, "  got '%s'\n", msg.c_str());
  CHECK(contains(msg, "takes 6 features but " + copy.side + " names 5"));
}

TEST_MAIN()
