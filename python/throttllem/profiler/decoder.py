"""A Llama-shaped decoder with random weights, written to be timed (needs torch).

It moves the same bytes and does the same matrix FLOPs as the real model per iteration:

* modelled faithfully: every weight matrix at full size (fused QKV, output projection, fused
  gate/up, down projection, untied embedding and LM head), grouped-query attention over a KV
  cache of the real size (all layers, bf16), RMSNorm, rotary embeddings, SiLU gating, residual
  adds, the LM head over the full vocabulary and a greedy argmax;
* simplified: weights are random (no checkpoint download), every request of a batch sits at the
  same position (one contiguous cache block per layer, no paging), attention is
  ``scaled_dot_product_attention`` (the GQA query heads of a KV head are folded into the query
  length for decode, so no K/V is copied), prefill is one fresh prompt per iteration, there is no
  sampling beyond argmax, no tensor parallelism and no fused custom kernels (a serving engine's
  fused kernels would save some elementwise passes and launches).
"""

from __future__ import annotations

import math

import torch
import torch.nn.functional as F

from throttllem.specs.model_shape import ModelShape

ROPE_THETA = 500_000.0


def _rms_norm(x: torch.Tensor, weight: torch.Tensor, eps: float) -> torch.Tensor:
    return F.rms_norm(x, (x.shape[-1],), weight, eps)


def _rotate(x: torch.Tensor, cos: torch.Tensor, sin: torch.Tensor) -> torch.Tensor:
    """Rotary embedding, rotate-half form: x (..., D); cos/sin broadcast against it."""
    half = x.shape[-1] // 2
    rotated = torch.cat((-x[..., half:], x[..., :half]), dim=-1)
    return x * cos + rotated * sin


def rope_tables(shape: ModelShape, device: torch.device, dtype: torch.dtype) -> tuple[torch.Tensor, torch.Tensor]:
    """(cos, sin) rotary tables, each (max context positions, D), rotate-half layout."""
    d = shape.head_dim
    positions = torch.arange(shape.max_context_tokens, device=device, dtype=torch.float32)
    inv_freq = ROPE_THETA ** (-torch.arange(0, d, 2, device=device, dtype=torch.float32) / d)
    angles = torch.outer(positions, inv_freq)
    angles = torch.cat((angles, angles), dim=-1)  # (positions, D)
    return angles.cos().to(dtype), angles.sin().to(dtype)


class DecoderCore:
    """Weights, KV cache and iterations of a Llama-shaped decoder, shared by the one-GPU decoder
    and the tensor-parallel one (whose tensors are one rank's shards).

    A subclass sets ``shape``, ``device``, ``dtype``, ``eps``, ``heads`` and ``kv_heads`` (query and
    KV heads held here), ``group_size`` (query heads per KV head), ``q_dim``, ``kv_dim``, ``inter``
    (MLP rows held here), ``cos``/``sin`` (:func:`rope_tables`) and the weights (``embed``,
    ``layers``, ``final_norm``, ``lm_head``); the TP decoder overrides the hooks ``_embed``,
    ``_sum``, ``_logits`` and ``_seed``, which here are those of one unsharded GPU.
    """

    k_cache: torch.Tensor | None = None
    v_cache: torch.Tensor | None = None
    capacity_tokens = 0

    # ---- hooks ------------------------------------------------------------------------------
    def _seed(self, seed: int) -> int:
        """The random generator's seed for this decoder's tensors."""
        return seed

    def _embed(self, tokens: torch.Tensor) -> torch.Tensor:
        return self.embed[tokens]

    def _sum(self, x: torch.Tensor) -> torch.Tensor:
        """The sum of a row-parallel product's partial results (one GPU: the product itself)."""
        return x

    def _logits(self, x: torch.Tensor) -> torch.Tensor:
        return _rms_norm(x, self.final_norm, self.eps) @ self.lm_head.t()

    # ---- weights and memory -----------------------------------------------------------------
    def _random_weights(self, seed: int, vocab_rows: int) -> None:
        """Random weights: ``vocab_rows`` embedding and LM-head rows, every layer's matrices."""
        s, h = self.shape, self.shape.hidden_size
        gen = torch.Generator(device=self.device).manual_seed(self._seed(seed))

        def weight(rows: int, cols: int, fan_in: int) -> torch.Tensor:
            # 1/sqrt(fan_in) of the unsharded matrix keeps activations of the random network in
            # range over many layers, and a shard's activations like the unsharded model's.
            w = torch.empty(rows, cols, device=self.device, dtype=self.dtype)
            return w.normal_(0.0, 1.0 / math.sqrt(fan_in), generator=gen)

        self.embed = torch.empty(vocab_rows, h, device=self.device, dtype=self.dtype).normal_(generator=gen)
        self.layers = []
        for _ in range(s.num_layers):
            self.layers.append({
                "attn_norm": torch.ones(h, device=self.device, dtype=self.dtype),
                "qkv": weight(self.q_dim + 2 * self.kv_dim, h, h),
                "o": weight(h, self.q_dim, s.num_heads * s.head_dim),
                "mlp_norm": torch.ones(h, device=self.device, dtype=self.dtype),
                "gate_up": weight(2 * self.inter, h, h),
                "down": weight(h, self.inter, s.intermediate_size),
            })
        self.final_norm = torch.ones(h, device=self.device, dtype=self.dtype)
        self.lm_head = weight(vocab_rows, h, h)

    @property
    def weight_bytes(self) -> int:
        """Bytes of the weights held here."""
        tensors = [self.embed, self.final_norm, self.lm_head]
        for layer in self.layers:
            tensors += list(layer.values())
        return sum(t.numel() * t.element_size() for t in tensors)

    def kv_bytes_per_token(self) -> int:
        """K and V of one token over all layers, as stored (this rank's KV heads under TP)."""
        return 2 * self.shape.num_layers * self.kv_dim * torch.tensor([], dtype=self.dtype).element_size()

    def allocate_cache(self, capacity_tokens: int, *, seed: int = 1) -> None:
        """One (layers, capacity, KV heads, D) block each for K and V, filled with random values
        (zeros would draw less power than real activations)."""
        if capacity_tokens < 1:
            raise ValueError("capacity_tokens must be >= 1")
        self.k_cache = self.v_cache = None
        size = (self.shape.num_layers, capacity_tokens, self.kv_heads, self.shape.head_dim)
        gen = torch.Generator(device=self.device).manual_seed(self._seed(seed))
        self.k_cache = torch.empty(size, device=self.device, dtype=self.dtype).normal_(generator=gen)
        self.v_cache = torch.empty(size, device=self.device, dtype=self.dtype).normal_(generator=gen)
        self.capacity_tokens = capacity_tokens

    def _cache_views(self, layer: int, batch: int, tokens: int) -> tuple[torch.Tensor, torch.Tensor]:
        """(batch, tokens, KV heads, D) views of the first batch x tokens slots of one layer."""
        if self.k_cache is None or batch * tokens > self.capacity_tokens:
            raise ValueError(f"KV cache too small: need {batch * tokens} slots, have {self.capacity_tokens}")
        view = (batch, tokens, self.kv_heads, self.shape.head_dim)
        return (self.k_cache[layer, : batch * tokens].view(view),
                self.v_cache[layer, : batch * tokens].view(view))

    # ---- iterations -------------------------------------------------------------------------
    def _qkv(self, layer: dict, x: torch.Tensor, cos: torch.Tensor, sin: torch.Tensor):
        """q (N, heads, D), k and v (N, KV heads, D) of N tokens, rotary embedding applied."""
        n, d = x.shape[0], self.shape.head_dim
        qkv = _rms_norm(x, layer["attn_norm"], self.eps) @ layer["qkv"].t()
        q, k, v = qkv.split((self.q_dim, self.kv_dim, self.kv_dim), dim=-1)
        q = _rotate(q.view(n, self.heads, d), cos, sin)
        k = _rotate(k.view(n, self.kv_heads, d), cos, sin)
        return q, k, v.view(n, self.kv_heads, d)

    def _mlp(self, layer: dict, x: torch.Tensor) -> torch.Tensor:
        gate, up = (_rms_norm(x, layer["mlp_norm"], self.eps) @ layer["gate_up"].t()).chunk(2, dim=-1)
        return x + self._sum((F.silu(gate) * up) @ layer["down"].t())

    def decode_logits(self, tokens: torch.Tensor, position: int) -> torch.Tensor:
        """Logits (B, vocab) of one decode iteration: B requests, each with ``position`` cached
        tokens; writes the new K/V at slot ``position`` of each request's cache block."""
        batch, d = tokens.shape[0], self.shape.head_dim
        cos, sin = self.cos[position].view(1, 1, d), self.sin[position].view(1, 1, d)
        x = self._embed(tokens)
        for index, layer in enumerate(self.layers):
            q, k, v = self._qkv(layer, x, cos, sin)
            k_cache, v_cache = self._cache_views(index, batch, position + 1)
            k_cache[:, position] = k
            v_cache[:, position] = v
            # GQA without copying K/V: the query heads of each KV head become its query rows.
            q = q.view(batch, self.kv_heads, self.group_size, d)
            attn = F.scaled_dot_product_attention(q, k_cache.transpose(1, 2), v_cache.transpose(1, 2))
            x = x + self._sum(attn.reshape(batch, self.q_dim) @ layer["o"].t())
            x = self._mlp(layer, x)
        return self._logits(x)

    def decode_step(self, tokens: torch.Tensor, position: int) -> torch.Tensor:
        """Next token of each request (greedy), shape (B,)."""
        return self.decode_logits(tokens, position).argmax(dim=-1)

    def prefill_logits(self, tokens: torch.Tensor) -> torch.Tensor:
        """Logits (1, vocab) after a fresh prompt of C tokens; fills cache slots 0..C-1 of request 0."""
        n, d = tokens.shape[0], self.shape.head_dim
        cos, sin = self.cos[:n].view(n, 1, d), self.sin[:n].view(n, 1, d)
        x = self._embed(tokens)
        for index, layer in enumerate(self.layers):
            q, k, v = self._qkv(layer, x, cos, sin)
            k_cache, v_cache = self._cache_views(index, 1, n)
            k_cache[0] = k
            v_cache[0] = v
            attn = F.scaled_dot_product_attention(
                q.transpose(0, 1).unsqueeze(0), k_cache.transpose(1, 2), v_cache.transpose(1, 2),
                is_causal=True, enable_gqa=self.group_size > 1)
            x = x + self._sum(attn.squeeze(0).transpose(0, 1).reshape(n, self.q_dim) @ layer["o"].t())
            x = self._mlp(layer, x)
        # Serving engines run the LM head on the last prompt token only.
        return self._logits(x[-1:])

    def prefill_step(self, tokens: torch.Tensor) -> torch.Tensor:
        """First generated token of the prompt (greedy), shape (1,)."""
        return self.prefill_logits(tokens).argmax(dim=-1)


class LlamaShapedDecoder(DecoderCore):
    """Random-weight decoder of ``shape`` on one GPU; a KV cache of ``capacity_tokens`` slots per
    layer once :meth:`allocate_cache` ran.

    ``decode_step(tokens, position)`` runs one decode iteration for ``len(tokens)`` requests that
    each hold ``position`` cached tokens; ``prefill_step(tokens)`` runs one prompt chunk. Both are
    capture-safe (fixed shapes, no host synchronisation), so a CUDA graph can replay them.
    """

    def __init__(self, shape: ModelShape, *, device: str | torch.device = "cuda",
                 dtype: torch.dtype = torch.bfloat16, seed: int = 0, norm_eps: float = 1e-5) -> None:
        self.shape = shape
        self.device = torch.device(device)
        self.dtype = dtype
        self.eps = norm_eps
        self.heads, self.kv_heads = shape.num_heads, shape.num_kv_heads
        self.q_dim = shape.num_heads * shape.head_dim
        self.kv_dim = shape.num_kv_heads * shape.head_dim
        self.group_size = shape.num_heads // shape.num_kv_heads
        self.inter = shape.intermediate_size
        self._random_weights(seed, shape.vocab_size)
        self.cos, self.sin = rope_tables(shape, self.device, dtype)
