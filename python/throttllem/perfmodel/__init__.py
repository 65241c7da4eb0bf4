"""Analytic GPU performance and power model of LLM inference. Every figure from it is "modelled".

>>> from throttllem.perfmodel import GpuPerfModel, LLAMA3_8B, H100_SXM_80GB
>>> model = GpuPerfModel(LLAMA3_8B, H100_SXM_80GB, tp_degree=1)
>>> round(float(model.decode_ips(1, 1000, 1980)))
147
"""

from throttllem.perfmodel.gpu_perf_model import GpuPerfModel, IterationEstimate
from throttllem.perfmodel.gpu_spec import A100_SXM_40GB, GPU_SPECS, H100_SXM_80GB, GpuSpec
from throttllem.perfmodel.model_shape import LLAMA2_13B, LLAMA3_8B, LLAMA3_70B, MODEL_SHAPES, ModelShape

__all__ = [
    "A100_SXM_40GB",
    "GPU_SPECS",
    "GpuPerfModel",
    "GpuSpec",
    "H100_SXM_80GB",
    "IterationEstimate",
    "LLAMA2_13B",
    "LLAMA3_70B",
    "LLAMA3_8B",
    "MODEL_SHAPES",
    "ModelShape",
]
