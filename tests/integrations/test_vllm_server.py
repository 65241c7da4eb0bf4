"""The governed scheduler behind vLLM's OpenAI-compatible server, with its metrics on /metrics.

Starts ``python -m vllm.entrypoints.openai.api_server`` (the Python that has vLLM, as in
test_vllm_engine.py) on a tiny random-weight model on 127.0.0.1, sends completions over HTTP and
scrapes ``/metrics``. The scheduler runs in vLLM's engine-core process, so its metrics reach the
server's ``/metrics`` through prometheus_client's multiprocess mode (PROMETHEUS_MULTIPROC_DIR).
Loopback traffic only; the server is stopped (terminate, then kill) whatever happens.
"""

from __future__ import annotations

import json
import os
import socket
import subprocess
import time
import urllib.error
import urllib.request
from pathlib import Path

import pytest

import throttllem
from test_vllm_engine import vllm_python

REQUESTS = 24
MAX_TOKENS = 8
START_TIMEOUT_S = 240


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def get(url: str, timeout: float = 5.0) -> str:
    with urllib.request.urlopen(url, timeout=timeout) as r:
        return r.read().decode()


def complete(base: str, model: str, prompt: str) -> dict:
    body = json.dumps({"model": model, "prompt": prompt, "max_tokens": MAX_TOKENS, "temperature": 0.0,
                       "ignore_eos": True}).encode()
    req = urllib.request.Request(base + "/v1/completions", data=body, headers={"Content-Type": "application/json"})
    with urllib.request.urlopen(req, timeout=60) as r:
        return json.loads(r.read())


def samples(text: str) -> dict[str, float]:
    """``/metrics`` text as {name{labels}: value}, throttllem_* series only (pid label dropped)."""
    out: dict[str, float] = {}
    for line in text.splitlines():
        if line.startswith("throttllem_"):
            key, value = line.rsplit(" ", 1)
            if "{" in key:
                name, labels = key[:-1].split("{", 1)
                labels = ",".join(p for p in labels.split(",") if p and not p.startswith("pid="))
                key = f"{name}{{{labels}}}" if labels else name
            out[key] = out.get(key, 0.0) + float(value) if "_total" in key or "_count" in key else float(value)
    return out


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    python = vllm_python()
    tmp = tmp_path_factory.mktemp("vllm_server")
    pkg = tmp / "pkg"
    pkg.mkdir()
    (pkg / "throttllem").symlink_to(Path(throttllem.__file__).parent)
    env = {k: v for k, v in os.environ.items()
           if not k.startswith(("FAKE_NVML_", "THROTTLLEM_", "PROMETHEUS_", "VLLM_"))}
    model = tmp / "model"
    subprocess.run([python, "-c", "import sys; from throttllem.integrations.vllm import tiny; "
                    "tiny.make_tiny_model(sys.argv[1])", str(model)],
                   env={**env, "PYTHONPATH": str(pkg)}, check=True, timeout=300, capture_output=True)
    (tmp / "prom").mkdir()
    env.update(PYTHONPATH=str(pkg), THROTTLLEM_MODE="advise", THROTTLLEM_TBT_MS="100",
               PROMETHEUS_MULTIPROC_DIR=str(tmp / "prom"), VLLM_CPU_KVCACHE_SPACE="1", HF_HUB_OFFLINE="1",
               TOKENIZERS_PARALLELISM="false")
    port = free_port()
    log = open(tmp / "server.log", "w")
    proc = subprocess.Popen(
        [python, "-m", "vllm.entrypoints.openai.api_server", "--model", str(model), "--served-model-name", "tiny",
         "--host", "127.0.0.1", "--port", str(port), "--dtype", "float32", "--enforce-eager",
         "--max-model-len", "256", "--max-num-seqs", "16", "--seed", "0", "--no-async-scheduling",
         "--scheduler-cls", "throttllem.integrations.vllm.GovernedScheduler"],
        env=env, stdout=log, stderr=subprocess.STDOUT, start_new_session=True)
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + START_TIMEOUT_S
        while True:
            if proc.poll() is not None:
                pytest.fail(f"vLLM server exited with {proc.returncode}:\n" + (tmp / "server.log").read_text()[-4000:])
            try:
                get(base + "/health", timeout=2)
                break
            except (urllib.error.URLError, OSError):
                if time.monotonic() > deadline:
                    pytest.fail(f"vLLM server not healthy in {START_TIMEOUT_S} s:\n"
                                + (tmp / "server.log").read_text()[-4000:])
                time.sleep(1)
        yield base
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=30)
        except subprocess.TimeoutExpired:
            os.killpg(proc.pid, 9)  # the engine-core child too: its own session
            proc.wait(timeout=30)
        log.close()


def test_server_serves_governed_completions_and_metrics(server):
    before = samples(get(server + "/metrics"))
    assert "throttllem_sm_clock_target_hertz" in before  # registered at engine start
    outs = [complete(server, "tiny", f"The governor picks clock number {i}.") for i in range(REQUESTS)]
    for out in outs:
        assert out["usage"]["completion_tokens"] == MAX_TOKENS
    m = samples(get(server + "/metrics"))
    decisions = sum(v for k, v in m.items() if k.startswith("throttllem_decisions_total"))
    # One decision per scheduler step; each request needs at least MAX_TOKENS steps of its own
    # (sent one after another, so no two share a step).
    assert decisions >= REQUESTS * MAX_TOKENS > 0
    assert m["throttllem_decision_duration_seconds_count"] == decisions
    assert m['throttllem_decisions_total{reason="slo_bound"}'] + m['throttllem_decisions_total{reason="floor_bound"}'] > 0
    for gauge in ("throttllem_sm_clock_target_hertz", "throttllem_sm_clock_slo_hertz",
                  "throttllem_sm_clock_applied_hertz"):
        assert 345e6 <= m[gauge] <= 1980e6, (gauge, m[gauge])
