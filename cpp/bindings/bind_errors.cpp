// The one error boundary: every throttllem C++ exception becomes a typed Python exception.
#include <pybind11/pybind11.h>

#include "bindings.hpp"
#include "throttllem/errors.hpp"

namespace py = pybind11;

namespace throttllem::bindings {

namespace {

// Raises `type` with the C++ message and the nvmlReturn_t as `.code`, so callers need not parse
// the message. Built as an instance: py::set_error can only pass a string.
void raise_nvml(const py::object& type, const NvmlError& e) {
  py::object exc = py::handle(type)(e.what());
  exc.attr("code") = e.code();
  PyErr_SetObject(type.ptr(), exc.ptr());
}

}  // namespace

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
      raise_nvml(nvml_missing, e);
    } catch (const NvmlNoPermission& e) {
      raise_nvml(nvml_perm, e);
    } catch (const NvmlNotSupported& e) {
      raise_nvml(nvml_unsupported, e);
    } catch (const NvmlGpuLost& e) {
      raise_nvml(nvml_lost, e);
    } catch (const NvmlError& e) {
      raise_nvml(nvml, e);
    } catch (const InvalidArgument& e) {
      py::set_error(invalid, e.what());
    } catch (const RequestIdError& e) {
      py::set_error(request_id, e.what());
    } catch (const ModelLoadError& e) {
      py::set_error(model_load, e.what());
    } catch (const Error& e) {
      py::set_error(base, e.what());
    }
  });
}

}  // namespace throttllem::bindings
