"""The tensor-parallel decoder against the unsharded one: two ranks on the CPU over gloo
(torch.distributed, two processes), tiny shapes, the same weights and KV cache."""

from __future__ import annotations

import os
import socket

import pytest

from throttllem.perfmodel import ModelShape

torch = pytest.importorskip("torch", reason="torch is not installed (pip install torch)")

from throttllem.errors import InvalidArgumentError  # noqa: E402
from throttllem.profiler.decoder import LlamaShapedDecoder  # noqa: E402
from throttllem.profiler.tp.decoder import TensorParallelDecoder, check_tp_shape  # noqa: E402

GQA = ModelShape(name="tiny-gqa", num_layers=2, hidden_size=64, num_heads=4, num_kv_heads=2,
                 intermediate_size=96, vocab_size=50, max_context_tokens=64)
# Odd vocabulary: rank 1's embedding and LM head rows are padded.
MHA_ODD_VOCAB = ModelShape(name="tiny-mha", num_layers=2, hidden_size=64, num_heads=4, num_kv_heads=4,
                           intermediate_size=96, vocab_size=51, max_context_tokens=64)
# Four query heads per KV head, one KV head per rank (Llama-3-8B at TP 8 has the same ratio).
WIDE_GROUP = ModelShape(name="tiny-group4", num_layers=3, hidden_size=64, num_heads=8, num_kv_heads=2,
                        intermediate_size=128, vocab_size=64, max_context_tokens=64)

WORLD = 2
BATCH, POSITION = 3, 5
TOKENS = [1, 7, 42]
PROMPT = [5, 9, 2, 33, 17, 8, 1, 40]
#: (case, shape, dtype, rtol, atol): sharding changes only the order of summation (two partial
#: products summed by the all-reduce instead of one matmul), so float64 agrees to ~1e-15 and
#: float32 to ~1e-6; bf16 keeps 8 bits of mantissa and its rounding of the partial sums shows.
CASES = [
    ("gqa-float64", GQA, torch.float64, 1e-10, 1e-10),
    ("mha-odd-vocab-float64", MHA_ODD_VOCAB, torch.float64, 1e-10, 1e-10),
    ("group4-float32", WIDE_GROUP, torch.float32, 1e-4, 1e-5),
    ("gqa-bfloat16", GQA, torch.bfloat16, 0.1, 0.1),
]


def _full(shape: ModelShape, dtype) -> LlamaShapedDecoder:
    model = LlamaShapedDecoder(shape, device="cpu", dtype=dtype, seed=3)
    model.allocate_cache(64, seed=4)
    return model


def _run(model) -> dict:
    """What the comparison looks at: a decode step (logits, next tokens, the K/V it wrote) and a
    prefill after it (logits)."""
    out = {"decode": model.decode_logits(torch.tensor(TOKENS), POSITION).float()}
    out["k_written"] = model.k_cache[:, : BATCH * (POSITION + 1)].clone().float()
    out["v_written"] = model.v_cache[:, : BATCH * (POSITION + 1)].clone().float()
    out["next"] = model.decode_step(torch.tensor(TOKENS), POSITION + 1)
    out["prefill"] = model.prefill_logits(torch.tensor(PROMPT)).float()
    return out


def _worker(rank: int, world: int, port: int, folder: str) -> None:
    """One rank: shards every case's full model and saves its results for the parent to compare."""
    import torch.distributed as dist

    torch.set_num_threads(1)
    dist.init_process_group("gloo", init_method=f"tcp://127.0.0.1:{port}", rank=rank, world_size=world)
    try:
        results = {}
        for case, shape, dtype, _, _ in CASES:
            part = TensorParallelDecoder.from_full(_full(shape, dtype), rank=rank, world_size=world)
            results[case] = _run(part)
        torch.save(results, os.path.join(folder, f"rank{rank}.pt"))
    finally:
        dist.destroy_process_group()


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="module")
def sharded(tmp_path_factory):
    """Every case's results on each of the two ranks (one spawn for all cases: ~3 s)."""
    import torch.multiprocessing as mp

    folder = tmp_path_factory.mktemp("tp")
    mp.start_processes(_worker, args=(WORLD, _free_port(), str(folder)), nprocs=WORLD, start_method="spawn")
    return [torch.load(folder / f"rank{r}.pt") for r in range(WORLD)]


@pytest.mark.parametrize(("case", "shape", "dtype", "rtol", "atol"), CASES, ids=[c[0] for c in CASES])
def test_two_ranks_compute_what_the_unsharded_decoder_computes(sharded, case, shape, dtype, rtol, atol):
    expected = _run(_full(shape, dtype))
    for rank, results in enumerate(sharded):
        got = results[case]
        # Every rank ends with the full logits (all-gathered) and the same next tokens.
        torch.testing.assert_close(got["decode"], expected["decode"], rtol=rtol, atol=atol)
        torch.testing.assert_close(got["prefill"], expected["prefill"], rtol=rtol, atol=atol)
        if dtype != torch.bfloat16:  # bf16 logits may tie differently
            torch.testing.assert_close(got["next"], expected["next"])
        # Each rank's cache holds its own KV heads of the full cache, new slots included.
        per_rank = shape.num_kv_heads // WORLD
        heads = slice(rank * per_rank, (rank + 1) * per_rank)
        torch.testing.assert_close(got["k_written"], expected["k_written"][:, :, heads], rtol=rtol, atol=atol)
        torch.testing.assert_close(got["v_written"], expected["v_written"][:, :, heads], rtol=rtol, atol=atol)


def test_one_rank_is_the_unsharded_decoder():
    full = _full(GQA, torch.float64)
    part = TensorParallelDecoder.from_full(_full(GQA, torch.float64), rank=0, world_size=1)
    got, expected = _run(part), _run(full)
    for key in expected:
        torch.testing.assert_close(got[key], expected[key], rtol=1e-12, atol=1e-12)


@pytest.mark.parametrize(("shape", "world"), [(WIDE_GROUP, 2), (MHA_ODD_VOCAB, 4)], ids=["2-ranks", "4-ranks"])
def test_random_shards_split_weights_and_cache_evenly(shape, world):
    """Without a process group (nothing runs): each rank draws only its shard."""
    parts = [TensorParallelDecoder(shape, rank=r, world_size=world, device="cpu", dtype=torch.bfloat16)
             for r in range(world)]
    full = shape
    padding = (parts[0].vocab_part * world - full.vocab_size) * full.hidden_size * 2 * 2  # embedding + LM head
    norms = (2 * full.num_layers + 1) * full.hidden_size * 2  # replicated on every rank
    assert sum(p.weight_bytes for p in parts) == full.weight_bytes + (world - 1) * norms + padding
    assert sum(p.kv_bytes_per_token() for p in parts) == full.kv_bytes_per_token
    assert {p.heads for p in parts} == {full.num_heads // world}
    assert not torch.equal(parts[0].layers[0]["qkv"], parts[1].layers[0]["qkv"])  # ranks draw apart


def test_shapes_that_do_not_split_are_refused():
    check_tp_shape(GQA, 2)
    with pytest.raises(InvalidArgumentError, match="tiny-gqa cannot be split over 4 GPUs: num_kv_heads 2"):
        check_tp_shape(GQA, 4)
    with pytest.raises(InvalidArgumentError, match="rank 2 is not in 0..1"):
        TensorParallelDecoder(GQA, rank=2, world_size=2, device="cpu")
