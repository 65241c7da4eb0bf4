// One bind_x(m) per area; module.cpp calls them all.
#pragma once

#include <pybind11/pybind11.h>

namespace throttllem::bindings {

void bind_errors(pybind11::module_& m);
void bind_scoreboard(pybind11::module_& m);
void bind_forest(pybind11::module_& m);
void bind_classifier(pybind11::module_& m);
void bind_governor(pybind11::module_& m);
void bind_gpu(pybind11::module_& m);

}  // namespace throttllem::bindings
