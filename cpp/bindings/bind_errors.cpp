// The one error boundary: every throttllem C++ exception becomes a typed Python exception.
#include <pybind11/pybind11.h>

#include "bindings.hpp"
#include "throttllem/errors.hpp"

namespace py = pybind11;

namespace throttllem::bindings {

void bind_errors(py::module_& m) {
  // Leaked on purpose: exception types live as long as the interpreter.
  static py::exception<Error> base(m, "ThrottllemError", PyExc_RuntimeError);
  // Two bases: callers may catch ThrottllemError for everything, or the built-in kind.
  static py::exception<InvalidArgument> invalid(m, "InvalidArgumentError",
                                                py::make_tuple(base, py::handle(PyExc_ValueError)));
  static py::exception<RequestIdError> request_id(m, "RequestIdError",
                                                  py::make_tuple(base, py::handle(PyExc_KeyError)));
  static py::exception<ModelLoadError> model_load(m, "ModelLoadError", base.ptr());
  static py::exception<NvmlError> nvml(m, "NvmlError", base.ptr());
  static py::exception<NvmlLibraryNotFound> nvml_missing(m, "NvmlLibraryNotFound", nvml.ptr());
  static py::exception<NvmlNoPermission> nvml_perm(m, "NvmlNoPermission", nvml.ptr());
  static py::exception<NvmlNotSupported> nvml_unsupported(m, "NvmlNotSupported", nvml.ptr());
  static py::exception<NvmlGpuLost> nvml_lost(m, "NvmlGpuLost", nvml.ptr());

  // Most derived first: the first matching catch wins.
  py::register_exception_translator([](std::exception_ptr p) {
    try {
      if (p) std::rethrow_exception(p);
    } catch (const NvmlLibraryNotFound& e) {
      nvml_missing(e.what());
    } catch (const NvmlNoPermission& e) {
      nvml_perm(e.what());
    } catch (const NvmlNotSupported& e) {
      nvml_unsupported(e.what());
    } catch (const NvmlGpuLost& e) {
      nvml_lost(e.what());
    } catch (const NvmlError& e) {
      nvml(e.what());
    } catch (const InvalidArgument& e) {
      invalid(e.what());
    } catch (const RequestIdError& e) {
      request_id(e.what());
    } catch (const ModelLoadError& e) {
      model_load(e.what());
    } catch (const Error& e) {
      base(e.what());
    }
  });
}

}  // namespace throttllem::bindings
