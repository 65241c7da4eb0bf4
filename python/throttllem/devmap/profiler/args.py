"""A kernel's arguments as the payload rules see them: address space, element type, const-ness.

The primary source is OpenCL's kernel argument info (``clGetKernelArgInfo``, needs the
``-cl-kernel-arg-info`` build option). Where a driver does not return it, the kernel's signature
is parsed from the source instead (enough for plain C declarations; macros in a signature are
not expanded).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

import numpy as np

#: OpenCL C scalar type names -> numpy dtypes (spec section 6.1.1).
SCALAR_DTYPES: dict[str, np.dtype] = {
    "char": np.dtype(np.int8), "uchar": np.dtype(np.uint8), "short": np.dtype(np.int16),
    "ushort": np.dtype(np.uint16), "int": np.dtype(np.int32), "uint": np.dtype(np.uint32),
    "long": np.dtype(np.int64), "ulong": np.dtype(np.uint64), "float": np.dtype(np.float32),
    "double": np.dtype(np.float64), "half": np.dtype(np.float16),
}
_SPELLED = {"unsigned char": "uchar", "unsigned short": "ushort", "unsigned int": "uint",
            "unsigned long": "ulong", "unsigned": "uint", "signed char": "char", "signed int": "int",
            "signed short": "short", "signed long": "long"}
_VECTOR = re.compile(r"^([a-z]+?)(2|3|4|8|16)$")
ADDRESS_SPACES = ("global", "local", "constant", "private")


class Undrivable(Exception):
    """The payload rules have nothing for this kernel (struct, image or sampler arguments, ...)."""


@dataclass(frozen=True)
class KernelArg:
    """One kernel argument. ``vector_width`` is 1 for scalars; a 3-vector occupies 4 elements."""

    index: int
    name: str
    address: str          # "global" | "local" | "constant" | "private"
    type_name: str        # as the driver spells it, e.g. "float4*"
    const: bool           # const-qualified pointee: the kernel cannot write it
    base_type: str        # "float", or the unknown name (a struct, image2d_t, ...)
    vector_width: int
    is_pointer: bool

    @property
    def dtype(self) -> np.dtype | None:
        """numpy dtype of one scalar element, or None when the type has no payload rule."""
        return SCALAR_DTYPES.get(self.base_type)

    @property
    def elements_per_item(self) -> int:
        """Scalar elements one item occupies in memory (3-vectors are padded to 4)."""
        return 4 if self.vector_width == 3 else self.vector_width

    @property
    def writable(self) -> bool:
        """A global buffer the kernel may write (so it is read back and checked)."""
        return self.address == "global" and self.is_pointer and not self.const

    @property
    def is_integer(self) -> bool:
        return self.dtype is not None and self.dtype.kind in "iu"


def split_type(type_name: str) -> tuple[str, int, bool]:
    """``"float4*"`` -> ("float", 4, True); unknown names come back unchanged with width 1."""
    t = " ".join(type_name.replace("*", " * ").split())
    is_pointer = t.endswith("*")
    t = t.rstrip("* ").strip()
    t = _SPELLED.get(t, t)
    m = _VECTOR.match(t)
    if m and m.group(1) in SCALAR_DTYPES:
        return m.group(1), int(m.group(2)), is_pointer
    return t, 1, is_pointer


def from_arg_info(kernel) -> list[KernelArg]:
    """Arguments from the driver's kernel argument info (program built with -cl-kernel-arg-info)."""
    import pyopencl as cl

    info, aq = cl.kernel_arg_info, cl.kernel_arg_address_qualifier
    spaces = {aq.GLOBAL: "global", aq.LOCAL: "local", aq.CONSTANT: "constant", aq.PRIVATE: "private"}
    out = []
    for i in range(kernel.num_args):
        type_name = kernel.get_arg_info(i, info.TYPE_NAME)
        base, width, is_pointer = split_type(type_name)
        quals = kernel.get_arg_info(i, info.TYPE_QUALIFIER)
        address = spaces[kernel.get_arg_info(i, info.ADDRESS_QUALIFIER)]
        out.append(KernelArg(i, kernel.get_arg_info(i, info.NAME), address, type_name,
                             bool(quals & cl.kernel_arg_type_qualifier.CONST) or address == "constant",
                             base, width, is_pointer))
    return out


_COMMENTS = re.compile(r"//[^\n]*|/\*.*?\*/", re.DOTALL)
_QUALIFIERS = {"__global": "global", "global": "global", "__local": "local", "local": "local",
               "__constant": "constant", "constant": "constant", "__private": "private", "private": "private"}
_DROP = {"restrict", "__restrict", "volatile", "__read_only", "read_only", "__write_only", "write_only",
         "__read_write", "read_write"}


def parse_signature(source: str, kernel_name: str) -> list[KernelArg]:
    """Arguments of ``kernel_name`` parsed from the source (the fallback when arg info is missing)."""
    text = _COMMENTS.sub(" ", source)
    m = re.search(r"(?:__kernel|\bkernel)\s+(?:__attribute__\s*\(\(.*?\)\)\s*)*void\s+"
                  + re.escape(kernel_name) + r"\s*\(([^)]*)\)", text, re.DOTALL)
    if not m:
        raise Undrivable(f"kernel {kernel_name!r} not found in the source")
    params = [p.strip() for p in m.group(1).split(",") if p.strip() and p.strip() != "void"]
    out = []
    for i, param in enumerate(params):
        words = param.replace("*", " * ").split()
        address, const, kept = "private", False, []
        for w in words:
            if w in _QUALIFIERS:
                address = _QUALIFIERS[w]
            elif w in ("const", "__const"):
                const = True
            elif w not in _DROP:
                kept.append(w)
        name = kept.pop() if kept and kept[-1] != "*" else f"arg{i}"
        type_name = " ".join(kept).replace(" *", "*")
        base, width, is_pointer = split_type(type_name)
        if is_pointer and address == "private":
            address = "global"  # OpenCL 2.0 generic pointers are not supported; treat as global
        out.append(KernelArg(i, name, address, type_name, (const and is_pointer) or address == "constant",
                             base, width, is_pointer))
    return out


def kernel_args(kernel, source: str, kernel_name: str) -> tuple[list[KernelArg], str]:
    """(arguments, where they came from: "arg_info" or "parsed")."""
    try:
        return from_arg_info(kernel), "arg_info"
    except Exception:  # noqa: BLE001 -- drivers differ in which error they raise for missing info
        return parse_signature(source, kernel_name), "parsed"


def check_drivable(args: list[KernelArg]) -> None:
    """Raise Undrivable naming the first argument the payload rules cannot fill."""
    for a in args:
        if a.dtype is None:
            kind = ("image" if a.base_type.startswith("image") else
                    "sampler" if a.base_type == "sampler_t" else "struct or unknown type")
            raise Undrivable(f"argument {a.name!r} has type {a.type_name!r} ({kind}): no payload rule")
        if a.address == "private" and a.is_pointer:
            raise Undrivable(f"argument {a.name!r} is a private pointer")
        if a.address != "private" and not a.is_pointer:
            raise Undrivable(f"argument {a.name!r} is a {a.address} non-pointer")
