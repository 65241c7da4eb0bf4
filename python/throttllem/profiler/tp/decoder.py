"""The profiler's Llama-shaped decoder split over ``world_size`` ranks, Megatron-style (needs torch).

Each rank holds one shard and runs the same step; torch.distributed joins the partial results:

* column-parallel (no communication): fused QKV (each rank owns ``num_heads / N`` query heads and
  ``num_kv_heads / N`` KV heads, with their K/V cache), fused gate/up (``intermediate / N`` rows of
  each of gate and up);
* row-parallel, then one all-reduce (sum) each: the attention output projection ``o`` and the MLP
  ``down`` projection, so two all-reduces per layer, as in Megatron-LM, vLLM and TensorRT-LLM;
* vocabulary-parallel: the embedding (``vocab / N`` rows per rank; a token outside the rank's
  rows looks up zeros, then one all-reduce) and the LM head (``vocab / N`` logits per rank, then
  an all-gather of the logits and a greedy argmax on every rank);
* replicated: RMSNorm weights, rotary tables, residual stream.

The vocabulary is padded to a multiple of N (padded logits are dropped before the argmax). With
``world_size`` 1 no collective runs. Steps are capture-safe (fixed shapes, no host sync), so a
CUDA graph can hold the NCCL collectives (see tp/timing.py).
"""

from __future__ import annotations

import torch
import torch.distributed as dist

from throttllem.errors import InvalidArgumentError
from throttllem.specs.model_shape import ModelShape
from throttllem.profiler.decoder import DecoderCore, LlamaShapedDecoder, rope_tables
from throttllem.profiler.tp.launch import check_tp_shape

__all__ = ["TensorParallelDecoder", "check_tp_shape"]


def _all_gather(out: torch.Tensor, inp: torch.Tensor, group) -> None:
    """``all_gather_single`` where torch has it (2.13 deprecates the older name), else
    ``all_gather_into_tensor`` (torch 2.11 on the GPU machines)."""
    gather = getattr(dist, "all_gather_single", None) or dist.all_gather_into_tensor
    gather(out, inp, group=group)


class TensorParallelDecoder(DecoderCore):
    """Rank ``rank`` of ``world_size`` of a Llama-shaped decoder; same interface as
    :class:`~throttllem.profiler.decoder.LlamaShapedDecoder` (``decode_step``, ``prefill_step``,
    ``allocate_cache``, byte counts per rank).

    ``init=False`` leaves the weights unset (for :meth:`from_full`); otherwise random weights are
    drawn for this shard only, scaled by the full fan-in so activations match the unsharded model.
    """

    def __init__(self, shape: ModelShape, *, rank: int, world_size: int, group=None,
                 device: str | torch.device = "cuda", dtype: torch.dtype = torch.bfloat16, seed: int = 0,
                 norm_eps: float = 1e-5, init: bool = True) -> None:
        check_tp_shape(shape, world_size)
        if not 0 <= rank < world_size:
            raise InvalidArgumentError(f"rank {rank} is not in 0..{world_size - 1}")
        self.shape, self.rank, self.world_size, self.group = shape, rank, world_size, group
        self.device, self.dtype, self.eps = torch.device(device), dtype, norm_eps
        d = shape.head_dim
        self.heads = shape.num_heads // world_size
        self.kv_heads = shape.num_kv_heads // world_size
        self.group_size = shape.num_heads // shape.num_kv_heads  # query heads per KV head
        self.q_dim, self.kv_dim = self.heads * d, self.kv_heads * d  # this rank's
        self.inter = shape.intermediate_size // world_size
        self.vocab_part = -(-shape.vocab_size // world_size)  # padded: vocab_part * N >= vocab
        self.vocab_start = rank * self.vocab_part
        self.cos, self.sin = rope_tables(shape, self.device, dtype)
        self.layers: list[dict] = []
        if init:
            # Each rank draws its own shard: no rank ever materialises the full model.
            self._random_weights(seed, self.vocab_part)

    def _seed(self, seed: int) -> int:
        """A seed of this rank's own: each shard (and its KV cache) is drawn independently."""
        return seed * 1009 + self.rank

    @classmethod
    def from_full(cls, full: LlamaShapedDecoder, *, rank: int, world_size: int, group=None) -> TensorParallelDecoder:
        """This rank's shard of an unsharded decoder's weights and KV cache (copies): the sharded
        model then computes what ``full`` computes, up to the order of the summations."""
        s = full.shape
        part = cls(s, rank=rank, world_size=world_size, group=group, device=full.device, dtype=full.dtype,
                   norm_eps=full.eps, init=False)
        r = rank
        q_rows = slice(r * part.q_dim, (r + 1) * part.q_dim)
        k_rows = slice(full.q_dim + r * part.kv_dim, full.q_dim + (r + 1) * part.kv_dim)
        v_rows = slice(full.q_dim + full.kv_dim + r * part.kv_dim, full.q_dim + full.kv_dim + (r + 1) * part.kv_dim)
        gate_rows = slice(r * part.inter, (r + 1) * part.inter)
        up_rows = slice(s.intermediate_size + r * part.inter, s.intermediate_size + (r + 1) * part.inter)
        for layer in full.layers:
            part.layers.append({
                "attn_norm": layer["attn_norm"].clone(),
                "qkv": torch.cat([layer["qkv"][q_rows], layer["qkv"][k_rows], layer["qkv"][v_rows]]),
                "o": layer["o"][:, q_rows].contiguous(),
                "mlp_norm": layer["mlp_norm"].clone(),
                "gate_up": torch.cat([layer["gate_up"][gate_rows], layer["gate_up"][up_rows]]),
                "down": layer["down"][:, gate_rows].contiguous(),
            })
        part.embed = part._vocab_rows(full.embed)
        part.lm_head = part._vocab_rows(full.lm_head)
        part.final_norm = full.final_norm.clone()
        if full.k_cache is not None:
            heads = slice(r * part.kv_heads, (r + 1) * part.kv_heads)
            part.k_cache = full.k_cache[:, :, heads].contiguous()
            part.v_cache = full.v_cache[:, :, heads].contiguous()
            part.capacity_tokens = full.capacity_tokens
        return part

    def _vocab_rows(self, table: torch.Tensor) -> torch.Tensor:
        """This rank's rows of a (vocab, hidden) table, zero-padded to ``vocab_part`` rows."""
        rows = table[self.vocab_start: self.vocab_start + self.vocab_part]
        out = torch.zeros(self.vocab_part, table.shape[1], device=table.device, dtype=table.dtype)
        out[: rows.shape[0]] = rows
        return out

    # ---- communication (the hooks of DecoderCore's iterations) -------------------------------
    def _sum(self, x: torch.Tensor) -> torch.Tensor:
        if self.world_size > 1:
            dist.all_reduce(x, group=self.group)
        return x

    def _embed(self, tokens: torch.Tensor) -> torch.Tensor:
        local = tokens - self.vocab_start
        outside = (local < 0) | (local >= self.vocab_part)
        x = self.embed[local.masked_fill(outside, 0)]
        return self._sum(x.masked_fill(outside.unsqueeze(-1), 0))

    def _logits(self, x: torch.Tensor) -> torch.Tensor:
        local = super()._logits(x)  # (N, vocab_part)
        if self.world_size > 1:
            n = local.shape[0]
            # Concatenated along dim 0 (gloo takes no stacked output): rank r's rows at [r*n, (r+1)*n).
            gathered = torch.empty((self.world_size * n, self.vocab_part), device=local.device, dtype=local.dtype)
            _all_gather(gathered, local.contiguous(), self.group)
            local = gathered.view(self.world_size, n, self.vocab_part).permute(1, 0, 2).reshape(n, -1)
        return local[:, : self.shape.vocab_size]
