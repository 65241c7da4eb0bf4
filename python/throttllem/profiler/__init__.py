"""GPU decode profiler: measures iteration times, power and clocks of a Llama-shaped model with
torch, CUDA and NVML, and writes a profile (:mod:`throttllem.profiledata`).

``throttllem profile`` runs :func:`throttllem.profiler.runner.run_profile`; ``tp/`` holds what
is specific to a tensor-parallel instance. Only the CLI imports this package (an import-linter
contract in pyproject.toml); importing it needs neither torch nor CUDA, only measuring does
(docs/PROFILING.md).
"""
