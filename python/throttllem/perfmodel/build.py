"""Which GPU model an engine runs: the analytic roofline, or the one calibrated on a measured
profile (a given one, or the reference profile that ships for the model and GPU).

The simulator (``EngineConfig.gpu_model``) and training ask here, so that both run the same GPU.
"""

from __future__ import annotations

import dataclasses
import os

from throttllem.errors import InvalidArgumentError
from throttllem.perfmodel.analytic import GpuPerfModel
from throttllem.perfmodel.calibrated import ProfiledPerfModel, profile_shape
from throttllem.profiledata.files import read_profile
from throttllem.profiledata.reference import find_reference_profile, gpu_family
from throttllem.specs import GpuSpec, ModelShape

#: The choices of ``gpu_model``.
GPU_MODELS = ("auto", "profile", "analytic")


def build_perf_model(model: ModelShape, gpu: GpuSpec, tp_degree: int = 1, *, gpu_model: str = "auto",
                     profile: str | os.PathLike | None = None) -> GpuPerfModel:
    """The GPU model of ``model`` served on ``tp_degree`` GPUs of kind ``gpu``.

    ``gpu_model``: "analytic" (the roofline of ``gpu``); "profile" (``profile``, or the measured
    reference profile of ``model`` on ``gpu``'s chip; an error if there is none); "auto" (like
    "profile" when a profile is given or a reference one ships, else analytic).

    TP: the reference profile measured at ``tp_degree`` when one ships (its iteration times and
    power are then measured at max clock); else the one-GPU reference profile and the model's TP
    scaling of it (modelled). A given ``profile`` is used as it is (measured at its own TP degree,
    TP-scaled at any other). ``ProfiledPerfModel.measured_tp`` says which.
    """
    if gpu_model == "analytic":
        return GpuPerfModel(model, gpu, tp_degree)
    path = profile
    if path is None:
        # The measured TP-N profile beats TP scaling of the one-GPU one (3.4% MAPE, up to 14%, on
        # the TP-2 H100 decode points; docs/SIMULATOR.md).
        path = find_reference_profile(model, gpu, tp_degree) or find_reference_profile(model, gpu)
    if path is None:
        if gpu_model == "profile":
            raise InvalidArgumentError(f"no measured reference profile of {model.name} on "
                                       f"{gpu.name}: give one (profile=...) or use gpu_model='analytic'")
        return GpuPerfModel(model, gpu, tp_degree)
    measured = read_profile(path)
    shape = profile_shape(measured)
    if dataclasses.replace(shape, name=model.name) != model:
        raise InvalidArgumentError(f"{measured.csv_path}: profiles {shape.name}, but the engine serves {model.name}")
    if gpu_family(measured.metadata["gpu"]["name"]) != gpu_family(gpu.name):
        raise InvalidArgumentError(f"{measured.csv_path}: profiles {measured.metadata['gpu']['name']}, but the "
                                   f"engine runs on {gpu.name}")
    return ProfiledPerfModel.from_profile(measured, tp_degree)


def describe_gpu_model(perf: GpuPerfModel) -> str:
    """One line on which of a GPU model's figures are measured and which modelled."""
    describe = getattr(perf, "describe", None)  # a calibrated model says what is measured
    if describe is not None:
        return describe()
    return (f"GPU model: analytic perfmodel of {perf.gpu.name} (roofline + power law, docs/PERFMODEL.md): "
            f"every time and power MODELLED")


def measured_tp(perf: GpuPerfModel) -> bool:
    """True where ``perf``'s TP degree is measured (a profile of that degree calibrates it);
    False where it is modelled (TP scaling of another degree's profile, or the analytic model)."""
    return bool(getattr(perf, "measured_tp", False))
