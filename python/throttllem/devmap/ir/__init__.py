"""LLVM IR features of OpenCL kernels: clang compiles (``compile``), the textual IR is read
(``parse``), counted (``analysis``, ``lanes``) and turned into model rows (``features``)."""
