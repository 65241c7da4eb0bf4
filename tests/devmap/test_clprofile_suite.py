"""The project's own kernel suite (kernels/opencl): the manifest is complete and consistent, every
kernel builds on PoCL and passes the dynamic check at its smallest size, and DevMap sources are
either driven or reported with a reason."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import numpy as np
import pytest

from throttllem.devmap.profiler.args import parse_signature
from throttllem.devmap.profiler.payload import make_payload, payload_seed
from throttllem.devmap.profiler.suite import CLASSES, load_devmap, load_manifest

from public_data import needs, require

REPO = Path(__file__).resolve().parents[2]
MANIFEST = REPO / "kernels" / "opencl" / "manifest.json"
SPECS = load_manifest(MANIFEST)


def test_the_suite_has_40_kernels_across_every_class():
    assert len(SPECS) >= 40
    classes = Counter(s.klass for s in SPECS)
    assert set(classes) == set(CLASSES), set(CLASSES) - set(classes)
    assert len({s.source for s in SPECS}) == len(SPECS)  # no duplicated kernel
    cl_files = {p.stem for p in MANIFEST.parent.glob("*.cl")}
    assert cl_files == {s.id for s in SPECS}  # one file per kernel, none unlisted


@pytest.mark.parametrize("spec", SPECS, ids=lambda s: s.id)
def test_every_size_of_every_sweep_is_a_valid_launch(spec):
    assert len(spec.sizes) >= 5 and list(spec.sizes) == sorted(set(spec.sizes))
    args = parse_signature(spec.source, spec.kernel_name)
    names = {a.name for a in args}
    assert set(spec.overrides) <= names, set(spec.overrides) - names
    assert any(a.writable for a in args)
    for size in spec.sizes:
        launch = spec.launch(size)  # raises if the local size does not divide the global size
        assert launch.global_items >= 1 and launch.problem_size >= 16


def test_sweeps_span_small_to_large_problems():
    # Crossovers need sizes where launch and transfer overheads dominate and sizes where work does.
    smallest = min(s.launch(s.sizes[0]).global_items for s in SPECS)
    largest = max(s.launch(s.sizes[-1]).global_items for s in SPECS)
    assert smallest <= 1024 and largest >= 16 * 2**20


cl = pytest.importorskip("pyopencl")


@pytest.fixture(scope="module")
def cpu_session():
    from throttllem.devmap.profiler.execute import DeviceSession, list_devices

    cpus = [d for d in list_devices() if d.type & cl.device_type.CPU]
    if not cpus:
        pytest.skip("no OpenCL CPU device (install pocl-opencl-icd)")
    return DeviceSession(cpus[0])


@pytest.mark.parametrize("spec", SPECS, ids=lambda s: s.id)
def test_every_kernel_passes_the_dynamic_check_on_pocl(cpu_session, spec):
    from throttllem.devmap.profiler.execute import measure

    built = cpu_session.build(spec.source, spec.kernel_name, list(spec.options))
    assert built.args_source == "arg_info"
    # The driver's argument info and the fallback parser agree on what matters to the payload.
    parsed = parse_signature(spec.source, spec.kernel_name)
    key = [(a.name, a.address, a.base_type, a.vector_width, a.is_pointer, a.writable) for a in built.args]
    assert key == [(a.name, a.address, a.base_type, a.vector_width, a.is_pointer, a.writable) for a in parsed]
    launch = spec.launch(spec.sizes[0])
    pa, pb = (make_payload(built.args, launch, np.random.default_rng(payload_seed(spec.id, launch.size, 204, v)))
              for v in (0, 1))
    result = measure(cpu_session, built, launch, pa, pb, runs=5, max_runs=5, min_time_s=0)
    assert result["status"] == "ok", result
    assert result["runs"] == 5 and result["total_ms"] > 0 and result["kernel_ms"] > 0


@needs("devmap-amd")
def test_devmap_sources_load_and_the_rules_name_what_they_cannot_drive():
    specs = load_devmap(require("devmap-amd"))
    assert len(specs) == 256 and all(s.kernel_name for s in specs)
    from throttllem.devmap.profiler.args import Undrivable, check_drivable

    reasons = Counter()
    for s in specs:
        assert all(n % s.local_exprs[0] == 0 for n in s.sizes) if s.local_exprs else True
        try:
            check_drivable(parse_signature(s.source, s.kernel_name))
            reasons["drivable"] += 1
        except Undrivable as e:
            reasons[str(e).split("(")[-1].rstrip(")").split(")")[0]] += 1
    # Most DevMap kernels take plain buffers and scalars; those that do not are named with a reason.
    assert reasons["drivable"] > 250 and sum(reasons.values()) == 256
