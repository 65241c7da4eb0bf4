"""ServePolicy in a local Ray Serve instance: a stand-in deployment (no model, CPU only) scales
to the autoscaler's replicas. Needs ``ray[serve]`` (skipped without it; on the dev machine it
runs from its own venv, see docs/AUTOSCALER.md, "Ray Serve")."""

from __future__ import annotations

import os
import time
from pathlib import Path

import pytest

ray = pytest.importorskip("ray", reason="ray[serve] is not installed")
serve = pytest.importorskip("ray.serve", reason="ray[serve] is not installed")

PYTHON_DIR = Path(__file__).resolve().parents[2] / "python"


def test_stand_in_deployment_scales_to_the_decision(tmp_path, monkeypatch):
    # The load source the policy imports in Serve's controller: a fixed 2x one instance's capacity.
    (tmp_path / "throttllem_ray_load.py").write_text(
        "def load(ctx):\n    return (2.0 / (250 / 4000 + 1000 / 40000), 1000.0, 250.0)\n")
    monkeypatch.setenv("PYTHONPATH", os.pathsep.join([str(tmp_path), str(PYTHON_DIR), os.environ.get("PYTHONPATH", "")]))
    capacities = [{"tp_degree": 1, "decode_tokens_per_s": 4000.0, "prefill_tokens_per_s": 40000.0,
                   "busy_power_w": 600.0, "idle_power_w": 72.0}]
    policy = {"policy_function": "throttllem.integrations.ray:ServePolicy",
              "policy_kwargs": {"tp_degree": 1, "group": "live", "capacities": capacities,
                                "config": {"pool_gpus": 4, "initial": [1, 1], "interval_s": 1.0, "startup_s": 0.0},
                                "load": "throttllem_ray_load:load"}}

    @serve.deployment(ray_actor_options={"num_cpus": 0.01},
                      autoscaling_config={"min_replicas": 0, "initial_replicas": 1, "max_replicas": 4,
                                          "policy": policy})
    class StandIn:
        def __call__(self, request) -> str:
            return "ok"

    ray.init(num_cpus=2, include_dashboard=False, log_to_driver=False)
    try:
        serve.run(StandIn.bind(), name="app", route_prefix=None)
        deadline = time.monotonic() + 180.0
        running = 0
        while time.monotonic() < deadline:
            states = serve.status().applications["app"].deployments["StandIn"].replica_states
            running = states.get("RUNNING", 0)
            if running == 3:
                break
            time.sleep(1.0)
        assert running == 3  # 2x one instance's capacity at 80% target utilization: 3 replicas
    finally:
        serve.shutdown()
        ray.shutdown()
