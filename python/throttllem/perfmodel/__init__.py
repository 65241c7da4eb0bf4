"""The GPU performance and power model of LLM inference, in one place. Every figure is "modelled".

* :class:`GpuPerfModel` (``analytic.py``): the analytic roofline and power law;
* :class:`ProfiledPerfModel` (``calibrated.py``): the analytic model fitted (``analytic_fit.py``)
  and calibrated point by point on a measured profile (``surface.py`` interpolates its decode
  times; ``measured_spec.py`` takes a profile's measured roofline ceilings);
* :func:`build_perf_model` (``build.py``): the model an engine configuration asks for (the
  simulator's and training's entry point).

The model shapes and GPU specs live in :mod:`throttllem.specs` and are re-exported here.

>>> from throttllem.perfmodel import GpuPerfModel, LLAMA3_8B, H100_SXM_80GB
>>> model = GpuPerfModel(LLAMA3_8B, H100_SXM_80GB, tp_degree=1)
>>> round(float(model.decode_ips(1, 1000, 1980)))
147
"""

from throttllem.perfmodel.analytic import GpuPerfModel, IterationEstimate
from throttllem.perfmodel.build import GPU_MODELS, build_perf_model, describe_gpu_model, measured_tp
from throttllem.perfmodel.calibrated import MeasuredCalibration, ProfiledPerfModel, profile_gpu_spec, profile_shape
from throttllem.perfmodel.surface import DecodeTimeSurface
from throttllem.specs import (
    A100_SXM_40GB,
    GPU_SPECS,
    H100_SXM_80GB,
    LLAMA2_13B,
    LLAMA3_8B,
    LLAMA3_70B,
    MODEL_SHAPES,
    GpuSpec,
    ModelShape,
)

__all__ = [
    "A100_SXM_40GB",
    "GPU_MODELS",
    "GPU_SPECS",
    "DecodeTimeSurface",
    "GpuPerfModel",
    "GpuSpec",
    "H100_SXM_80GB",
    "IterationEstimate",
    "LLAMA2_13B",
    "LLAMA3_70B",
    "LLAMA3_8B",
    "MODEL_SHAPES",
    "MeasuredCalibration",
    "ModelShape",
    "ProfiledPerfModel",
    "build_perf_model",
    "describe_gpu_model",
    "measured_tp",
    "profile_gpu_spec",
    "profile_shape",
]
