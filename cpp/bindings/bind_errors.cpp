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

// repr() of a Python value for an error message, cut to one short line.
std::string shown(py::handle value) {
  std::string text = py::str(py::repr(value));
  if (text.size() > 40) text = text.substr(0, 37) + "...";
  return text;
}

// The value as a Python int (via __index__), or InvalidArgument.
py::int_ as_index(py::handle value, const std::string& what) {
  if (!is_integer(value))
    throw InvalidArgument(what + " must be an integer, got " + std::string(py::str(py::type::handle_of(value).attr("__name__"))) +
                          " " + shown(value));
  return py::reinterpret_steal<py::int_>(PyNumber_Index(value.ptr()));
}

}  // namespace

bool is_integer(py::handle value) { return PyIndex_Check(value.ptr()) && !PyFloat_Check(value.ptr()); }

std::int64_t int64_arg(py::handle value, const char* name) {
  py::int_ whole = as_index(value, name);
  int overflow = 0;
  const long long out = PyLong_AsLongLongAndOverflow(whole.ptr(), &overflow);
  if (overflow != 0) throw InvalidArgument(std::string(name) + " is beyond 64 bits: " + shown(value));
  return static_cast<std::int64_t>(out);
}

std::uint64_t request_id_arg(py::handle value) {
  py::int_ whole = as_index(value, "a request id");
  int overflow = 0;
  const long long small = PyLong_AsLongLongAndOverflow(whole.ptr(), &overflow);
  if (overflow == 0 && small < 0)
    throw InvalidArgument("a request id must be in 0..2^64-1, got " + shown(value));
  if (overflow == 0) return static_cast<std::uint64_t>(small);
  const unsigned long long big = PyLong_AsUnsignedLongLong(whole.ptr());
  if (PyErr_Occurred()) {
    PyErr_Clear();
    throw InvalidArgument("a request id must be in 0..2^64-1, got " + shown(value));
  }
  return static_cast<std::uint64_t>(big);
}

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
