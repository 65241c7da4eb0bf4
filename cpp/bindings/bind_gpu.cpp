// Placeholder until the NVML area lands (issue 4): registers nothing yet.
#include "bindings.hpp"

namespace throttllem::bindings {
void bind_gpu(pybind11::module_&) {}
}  // namespace throttllem::bindings
