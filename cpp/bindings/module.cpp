// throttllem._core: the private extension behind the Python facade.
#include "bindings.hpp"

PYBIND11_MODULE(_core, m) {
  m.doc() = "throttllem C++ core (private: use the throttllem package)";
  throttllem::bindings::bind_errors(m);
  throttllem::bindings::bind_scoreboard(m);
  throttllem::bindings::bind_forest(m);
  throttllem::bindings::bind_classifier(m);
  throttllem::bindings::bind_governor(m);
  throttllem::bindings::bind_gpu(m);
  throttllem::bindings::bind_autoscaler(m);
}
