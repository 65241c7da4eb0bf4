"""The profiler's decoder on the CPU with tiny shapes: its math against a plain reference written
here from the equations (per-head loops, explicit RoPE pairs, explicit softmax)."""

from __future__ import annotations

import math

import pytest

from throttllem.perfmodel import ModelShape

torch = pytest.importorskip("torch")

from throttllem.profiler.decoder import ROPE_THETA, LlamaShapedDecoder  # noqa: E402

GQA = ModelShape(name="tiny-gqa", num_layers=2, hidden_size=64, num_heads=4, num_kv_heads=2,
                 intermediate_size=96, vocab_size=50, max_context_tokens=64)
MHA = ModelShape(name="tiny-mha", num_layers=2, hidden_size=64, num_heads=4, num_kv_heads=4,
                 intermediate_size=96, vocab_size=50, max_context_tokens=64)


def _model(shape: ModelShape, capacity: int = 256) -> LlamaShapedDecoder:
    model = LlamaShapedDecoder(shape, device="cpu", dtype=torch.float64, seed=3)
    model.allocate_cache(capacity, seed=4)
    return model


def _rms(x, w, eps=1e-5):
    return x / torch.sqrt((x * x).mean(-1, keepdim=True) + eps) * w


def _rope(x, position):
    """x (heads, D) rotated pairwise: (x_i, x_{i+D/2}) by angle position * theta^(-2i/D)."""
    d = x.shape[-1]
    out = x.clone()
    for i in range(d // 2):
        angle = position * ROPE_THETA ** (-2.0 * i / d)
        c, s = math.cos(angle), math.sin(angle)
        out[..., i] = x[..., i] * c - x[..., i + d // 2] * s
        out[..., i + d // 2] = x[..., i + d // 2] * c + x[..., i] * s
    return out


def _reference_decode(model, tokens, position, k_old, v_old):
    """Logits and the new K/V of each request, from the cache contents before the step."""
    shape, d = model.shape, model.shape.head_dim
    group = shape.num_heads // shape.num_kv_heads
    logits, new_k, new_v = [], [], []
    for b, token in enumerate(tokens.tolist()):
        x = model.embed[token].clone()
        ks, vs = [], []
        for li, layer in enumerate(model.layers):
            h = _rms(x, layer["attn_norm"])
            qkv = layer["qkv"] @ h
            q = qkv[: model.q_dim].view(shape.num_heads, d)
            k = qkv[model.q_dim: model.q_dim + model.kv_dim].view(shape.num_kv_heads, d)
            v = qkv[model.q_dim + model.kv_dim:].view(shape.num_kv_heads, d)
            q, k = _rope(q, position), _rope(k, position)
            ks.append(k)
            vs.append(v)
            keys = torch.cat([k_old[li][b], k[None]], dim=0)    # (position + 1, Hkv, D)
            values = torch.cat([v_old[li][b], v[None]], dim=0)
            heads = []
            for head in range(shape.num_heads):
                kv_head = head // group
                scores = keys[:, kv_head] @ q[head] / math.sqrt(d)
                weights = torch.exp(scores - scores.max())
                weights = weights / weights.sum()
                heads.append(weights @ values[:, kv_head])
            x = x + layer["o"] @ torch.cat(heads)
            gate_up = layer["gate_up"] @ _rms(x, layer["mlp_norm"])
            gate, up = gate_up[: shape.intermediate_size], gate_up[shape.intermediate_size:]
            x = x + layer["down"] @ (gate * torch.sigmoid(gate) * up)
        logits.append(model.lm_head @ _rms(x, model.final_norm))
        new_k.append(ks)
        new_v.append(vs)
    return torch.stack(logits), new_k, new_v


@pytest.mark.parametrize("shape", [GQA, MHA], ids=["gqa", "mha"])
def test_decode_step_matches_reference_and_updates_the_cache(shape):
    model = _model(shape)
    batch, position = 3, 5
    k_before = [model._cache_views(i, batch, position + 1)[0][:, :position].clone() for i in range(shape.num_layers)]
    v_before = [model._cache_views(i, batch, position + 1)[1][:, :position].clone() for i in range(shape.num_layers)]
    slots_after = model.k_cache[:, batch * (position + 1):].clone()
    tokens = torch.tensor([1, 7, 42])

    logits = model.decode_logits(tokens, position)
    expected, new_k, new_v = _reference_decode(model, tokens, position, k_before, v_before)

    assert logits.shape == (batch, shape.vocab_size)
    # The rotary tables are computed in float32 (as in the real models): ~1e-7 relative error.
    torch.testing.assert_close(logits, expected, rtol=1e-5, atol=1e-6)
    for li in range(shape.num_layers):
        k_view, v_view = model._cache_views(li, batch, position + 1)
        for b in range(batch):
            torch.testing.assert_close(k_view[b, position], new_k[b][li], rtol=1e-5, atol=1e-6)
            torch.testing.assert_close(v_view[b, position], new_v[b][li], rtol=1e-5, atol=1e-6)
        torch.testing.assert_close(k_view[:, :position], k_before[li])  # older slots untouched
    torch.testing.assert_close(model.k_cache[:, batch * (position + 1):], slots_after)


def test_decode_step_returns_one_token_per_request():
    model = _model(GQA)
    next_tokens = model.decode_step(torch.tensor([3, 4, 5, 6]), 9)
    assert next_tokens.shape == (4,)
    assert next_tokens.dtype == torch.int64
    assert int(next_tokens.min()) >= 0 and int(next_tokens.max()) < GQA.vocab_size
    torch.testing.assert_close(next_tokens, model.decode_logits(torch.tensor([3, 4, 5, 6]), 9).argmax(-1))


@pytest.mark.parametrize("shape", [GQA, MHA], ids=["gqa", "mha"])
def test_prefill_then_decode_equals_a_longer_prefill(shape):
    model = _model(shape)
    prompt = torch.tensor([5, 9, 2, 33, 17, 8, 1, 40])
    whole = model.prefill_logits(prompt)
    model.prefill_logits(prompt[:-1])
    step = model.decode_logits(prompt[-1:], len(prompt) - 1)
    assert whole.shape == (1, shape.vocab_size)
    torch.testing.assert_close(step, whole, rtol=1e-9, atol=1e-9)


def test_sizes_match_the_model_shape():
    model = LlamaShapedDecoder(GQA, device="cpu", dtype=torch.bfloat16)
    assert model.weight_bytes == GQA.weight_bytes  # every weight at its real size
    assert model.kv_bytes_per_token() == GQA.kv_bytes_per_token


def test_cache_too_small_is_an_error():
    model = _model(GQA, capacity=16)
    with pytest.raises(ValueError, match="KV cache too small: need 20 slots, have 16"):
        model.decode_logits(torch.tensor([1, 2]), 9)
