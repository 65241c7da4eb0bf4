"""What is served and what it runs on: model shapes and GPU specs (the bottom of the GPU-model stack).

>>> from throttllem.specs import H100_SXM_80GB, LLAMA3_8B
>>> LLAMA3_8B.num_layers, H100_SXM_80GB.max_clock_mhz
(32, 1980)
"""

from throttllem.specs.gpu_spec import A100_SXM_40GB, GPU_SPECS, H100_SXM_80GB, GpuSpec
from throttllem.specs.model_shape import LLAMA2_13B, LLAMA3_8B, LLAMA3_70B, MODEL_SHAPES, ModelShape

__all__ = [
    "A100_SXM_40GB",
    "GPU_SPECS",
    "GpuSpec",
    "H100_SXM_80GB",
    "LLAMA2_13B",
    "LLAMA3_70B",
    "LLAMA3_8B",
    "MODEL_SHAPES",
    "ModelShape",
]
