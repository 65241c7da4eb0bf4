"""Replays a trace through vLLM with the governed scheduler, once per scenario (the tests' driver).

Run by the Python that has vLLM: ``python vllm_replays.py SPEC.json OUT.json``. SPEC holds
``trace`` (a CSV path), ``requests``, ``time_scale``, ``length_scale``, ``max_output_tokens`` and ``scenarios``, a
list of ``{"name", "env": {VAR: value or null}, "engine": {LLM args}}`` (a scenario may override
any of the four replay settings); OUT maps each name to
:func:`throttllem.integrations.vllm.replay.replay`'s result. One process for all saves vLLM's
import per scenario.
"""

from __future__ import annotations

import gc
import json
import os
import sys
import tempfile


def main(spec_path: str, out_path: str) -> None:
    from throttllem.integrations.vllm import replay, tiny
    from throttllem.traces import load_csv

    for k, v in tiny.ENV.items():
        os.environ.setdefault(k, v)
    spec = json.loads(open(spec_path).read())
    trace = load_csv(spec["trace"])
    fit_keys = ("requests", "time_scale", "length_scale", "max_output_tokens", "max_prompt_tokens")
    results = {}
    with tempfile.TemporaryDirectory(prefix="throttllem-tiny-") as tmp:
        model = tiny.make_tiny_model(tmp)
        for sc in spec["scenarios"]:
            for k, v in sc.get("env", {}).items():
                if v is None:
                    os.environ.pop(k, None)
                else:
                    os.environ[k] = str(v)
            # A scenario may replay the trace differently (e.g. faster, shorter prompts for KV pressure).
            requests = replay.fit_trace(trace, **{k: sc.get(k, spec.get(k)) for k in fit_keys})
            results[sc["name"]] = replay.replay(model, requests, engine_args=sc.get("engine", {}))
            results[sc["name"]]["pid"] = os.getpid()
            gc.collect()
    with open(out_path + ".tmp", "w") as f:
        json.dump(results, f)
    os.replace(out_path + ".tmp", out_path)


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
