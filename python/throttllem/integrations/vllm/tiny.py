"""A tiny Llama-shaped model with random weights, served by vLLM with the governed scheduler.

For trying the integration where no real model or GPU is at hand (vLLM's CPU build runs it in
seconds), and for the tests and the overhead benchmark::

    VLLM_ENABLE_V1_MULTIPROCESSING=0 VLLM_CPU_KVCACHE_SPACE=1 HF_HUB_OFFLINE=1 \\
        python -m throttllem.integrations.vllm.tiny --mode advise --json run.json

Sizes follow what vLLM's CPU attention backend accepts (head size 32; 16 fails at start).
Nothing is downloaded: the tokenizer is a byte-level BPE trained on a few sentences here.
"""

from __future__ import annotations

import argparse
import json
import os
import tempfile
import time
from pathlib import Path

from throttllem.errors import InvalidArgumentError

SENTENCES = [
    "The governor picks the lowest clock that still meets the latency targets.",
    "Each engine step runs every request in the batch for one token.",
    "Prompts are prefilled in chunks and then decoded token by token.",
    "When memory runs short the scheduler preempts the newest request.",
    "Energy per token falls when the clock is lowered within the slack.",
]

ENV = {"VLLM_ENABLE_V1_MULTIPROCESSING": "0", "VLLM_CPU_KVCACHE_SPACE": "1", "HF_HUB_OFFLINE": "1",
       "TOKENIZERS_PARALLELISM": "false"}


def make_tiny_model(folder: str | os.PathLike, *, vocab: int = 1024, hidden: int = 64, layers: int = 2,
                    heads: int = 4, kv_heads: int = 2, head_dim: int = 32, max_positions: int = 4096) -> Path:
    """Writes a random-weight Llama (head size 32 by default) and a BPE
    tokenizer into ``folder``; returns it."""
    import torch
    from tokenizers import Tokenizer, decoders, models, pre_tokenizers, trainers
    from transformers import LlamaConfig, LlamaForCausalLM, PreTrainedTokenizerFast

    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    torch.manual_seed(0)
    config = LlamaConfig(vocab_size=vocab, hidden_size=hidden, intermediate_size=2 * hidden,
                         num_hidden_layers=layers, num_attention_heads=heads, num_key_value_heads=kv_heads, head_dim=head_dim,
                         max_position_embeddings=max_positions, bos_token_id=1, eos_token_id=2,
                         torch_dtype="float32")
    LlamaForCausalLM(config).save_pretrained(folder)
    tok = Tokenizer(models.BPE(unk_token="<unk>"))
    tok.pre_tokenizer = pre_tokenizers.ByteLevel(add_prefix_space=False)
    tok.decoder = decoders.ByteLevel()
    trainer = trainers.BpeTrainer(vocab_size=min(vocab, 400), special_tokens=["<unk>", "<s>", "</s>"],
                                  initial_alphabet=pre_tokenizers.ByteLevel.alphabet())
    tok.train_from_iterator(SENTENCES * 4, trainer)
    PreTrainedTokenizerFast(tokenizer_object=tok, unk_token="<unk>", bos_token="<s>",
                            eos_token="</s>").save_pretrained(folder)
    return folder


def prompts(n: int, *, words: int = 24) -> list[str]:
    """``n`` different prompts of about ``words`` words from the sentences above."""
    text = " ".join(SENTENCES).split()
    return [" ".join(text[(i * 7 + k) % len(text)] for k in range(words + i % 5)) for i in range(n)]


def run(model_dir: str | os.PathLike, *, requests: int = 20, max_tokens: int = 16, scheduler: str | type | None =
        "throttllem.integrations.vllm.GovernedScheduler", engine_args: dict | None = None,
        words: int = 24) -> dict:
    """Serves ``requests`` prompts on vLLM in this process and returns the governor's summary,
    its step records, the engine's step count and wall time. ``scheduler`` None: vLLM's own."""
    for k, v in ENV.items():
        os.environ.setdefault(k, v)
    from vllm import LLM, SamplingParams

    args = dict(max_model_len=256, max_num_seqs=16, max_num_batched_tokens=2048, dtype="float32",
                enforce_eager=True, seed=0, gpu_memory_utilization=0.5)
    args.update(engine_args or {})
    if scheduler is not None:
        args["scheduler_cls"] = scheduler
    llm = LLM(model=str(model_dir), tokenizer=str(model_dir), **args)
    sched = llm.llm_engine.engine_core.engine_core.scheduler
    params = SamplingParams(max_tokens=max_tokens, ignore_eos=True, temperature=0.0)
    texts = prompts(requests, words=words)
    t0 = time.perf_counter()
    outs = llm.generate(texts, params, use_tqdm=False)
    wall = time.perf_counter() - t0
    result = {"wall_s": wall, "engine_steps": sched.current_step,
              "prompt_tokens": [len(o.prompt_token_ids) for o in outs],
              "output_tokens": [len(o.outputs[0].token_ids) for o in outs]}
    return add_governor_result(result, sched)


def add_governor_result(result: dict, sched) -> dict:
    """Adds what the governed scheduler ``sched`` recorded (summary, step records, actuator
    stats) to ``result`` and shuts the scheduler down (restoring clocks); a plain vLLM scheduler
    adds nothing."""
    gov = getattr(sched, "throttllem", None)
    if gov is not None:
        result["summary"] = gov.summary()
        result["records"] = [r.__dict__ for r in gov.records]
        if gov.actuator is not None:
            gov.actuator.flush(5.0)
            stats = gov.actuator.stats()
            result["actuator"] = {"posted": stats.posted, "applied": stats.applied,
                                  "applied_mhz": stats.applied_mhz, "actuating": gov.actuator.actuating}
        sched.shutdown()
    return result


def main(argv: list[str] | None = None) -> int:
    """Command line: make the tiny model (or reuse ``--model``), run it, write JSON."""
    p = argparse.ArgumentParser(prog="python -m throttllem.integrations.vllm.tiny", description=__doc__.split("\n")[0])
    p.add_argument("--model", help="folder of a model made before (default: a new temporary one)")
    p.add_argument("--requests", type=int, default=20)
    p.add_argument("--max-tokens", type=int, default=16)
    p.add_argument("--words", type=int, default=24, help="prompt length in words")
    p.add_argument("--plain", action="store_true", help="vLLM's own scheduler (a baseline)")
    p.add_argument("--engine", action="append", default=[], metavar="KEY=VALUE",
                   help="an LLM() argument, e.g. block_size=32 (integers are parsed)")
    p.add_argument("--json", help="write the result here (default: print the summary)")
    a = p.parse_args(argv)
    engine_args = {}
    for item in a.engine:
        key, sep, value = item.partition("=")
        if not sep:
            raise InvalidArgumentError(f"--engine takes KEY=VALUE, not {item!r}")
        engine_args[key] = int(value) if value.lstrip("-").isdigit() else value
    with tempfile.TemporaryDirectory(prefix="throttllem-tiny-") as tmp:
        model = a.model or make_tiny_model(tmp)
        result = run(model, requests=a.requests, max_tokens=a.max_tokens, words=a.words,
                     scheduler=None if a.plain else "throttllem.integrations.vllm.GovernedScheduler",
                     engine_args=engine_args)
    if a.json:
        Path(a.json).write_text(json.dumps(result))
    else:
        print(json.dumps(result.get("summary", {k: result[k] for k in ("wall_s", "engine_steps")}), indent=1))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
