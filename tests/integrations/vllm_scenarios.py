"""Runs vLLM scenarios with the governed scheduler in one process (the tests' driver).

Run by the Python that has vLLM: ``python vllm_scenarios.py SPEC.json OUT.json``. SPEC is a list
of scenarios ``{"name", "env": {VAR: value or null}, "engine": {LLM args}, "requests",
"max_tokens", "words"}``; OUT maps each name to :func:`throttllem.integrations.vllm.tiny.run`'s
result. One process for all saves vLLM's import (~15 s here) per scenario.
"""

from __future__ import annotations

import gc
import json
import os
import sys
import tempfile


def main(spec_path: str, out_path: str) -> None:
    from throttllem.integrations.vllm import tiny

    for k, v in tiny.ENV.items():
        os.environ.setdefault(k, v)
    spec = json.loads(open(spec_path).read())
    results = {}
    with tempfile.TemporaryDirectory(prefix="throttllem-tiny-") as tmp:
        model = tiny.make_tiny_model(tmp)
        for sc in spec:
            for k, v in sc.get("env", {}).items():
                if v is None:
                    os.environ.pop(k, None)
                else:
                    os.environ[k] = str(v)
            results[sc["name"]] = tiny.run(model, requests=sc.get("requests", 20), max_tokens=sc.get("max_tokens", 16),
                                           words=sc.get("words", 24), engine_args=sc.get("engine", {}),
                                           scheduler=sc.get("scheduler", "throttllem.integrations.vllm.GovernedScheduler"))
            results[sc["name"]]["pid"] = os.getpid()
            gc.collect()
    with open(out_path + ".tmp", "w") as f:
        json.dump(results, f)
    os.replace(out_path + ".tmp", out_path)


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
