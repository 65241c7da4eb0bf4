"""ModelShape: the sizes of a decoder-only transformer that set its bytes and FLOPs per token."""

from __future__ import annotations

from dataclasses import dataclass

from throttllem.errors import InvalidArgumentError


@dataclass(frozen=True)
class ModelShape:
    """Shape of a Llama-style decoder (grouped-query attention, gated MLP, RMSNorm).

    Sizes are the public ``config.json`` values of each model on the Hugging Face Hub.
    Derived quantities assume every weight is read once per engine iteration and that
    the K and V caches are stored in ``kv_bytes_per_element`` bytes per element.
    """

    name: str
    num_layers: int
    hidden_size: int
    num_heads: int
    num_kv_heads: int
    intermediate_size: int
    vocab_size: int
    #: Bytes per weight: 2 for bf16 / fp16 serving.
    bytes_per_param: int = 2
    #: Bytes per cached K or V element: 2 for a bf16 KV cache.
    kv_bytes_per_element: int = 2
    #: Input and output embeddings share one matrix (False for every preset here).
    tied_embeddings: bool = False
    #: Longest context the model was trained for (prompt + output tokens).
    max_context_tokens: int = 8192

    def __post_init__(self) -> None:
        for field in ("num_layers", "hidden_size", "num_heads", "num_kv_heads",
                      "intermediate_size", "vocab_size", "bytes_per_param",
                      "kv_bytes_per_element", "max_context_tokens"):
            if int(getattr(self, field)) <= 0:
                raise InvalidArgumentError(f"ModelShape.{field} must be positive")
        if self.hidden_size % self.num_heads:
            raise InvalidArgumentError("hidden_size must be a multiple of num_heads")
        if self.num_heads % self.num_kv_heads:
            raise InvalidArgumentError("num_heads must be a multiple of num_kv_heads")

    @property
    def head_dim(self) -> int:
        return self.hidden_size // self.num_heads

    @property
    def layer_matmul_params(self) -> int:
        """Weights of one layer's matrix multiplies: Q, K, V, O projections and the gated MLP."""
        kv_dim = self.num_kv_heads * self.head_dim
        attention = 2 * self.hidden_size * self.hidden_size + 2 * self.hidden_size * kv_dim
        mlp = 3 * self.hidden_size * self.intermediate_size
        return attention + mlp

    @property
    def matmul_params(self) -> int:
        """Weights that take part in a matrix multiply per token: all layers plus the LM head.

        The input embedding is a table lookup, not a matmul, so it is left out.
        """
        return self.num_layers * self.layer_matmul_params + self.vocab_size * self.hidden_size

    @property
    def param_count(self) -> int:
        """All weights, norms and embeddings included."""
        norms = (2 * self.num_layers + 1) * self.hidden_size
        embeddings = self.vocab_size * self.hidden_size * (1 if self.tied_embeddings else 2)
        return self.num_layers * self.layer_matmul_params + norms + embeddings

    @property
    def weight_bytes(self) -> int:
        return self.param_count * self.bytes_per_param

    @property
    def kv_bytes_per_token(self) -> int:
        """K and V of one token over all layers."""
        return 2 * self.num_layers * self.num_kv_heads * self.head_dim * self.kv_bytes_per_element

    @property
    def attention_flops_per_context_token(self) -> int:
        """FLOPs one query token spends per cached token it attends to (QK^T and AV, all layers)."""
        return 4 * self.num_layers * self.num_heads * self.head_dim

    def flops_per_token(self, context_tokens: float = 0.0) -> float:
        """Forward FLOPs for one token that attends to ``context_tokens`` cached tokens.

        ``2 * matmul_params`` (one multiply-add per weight) plus the attention term, which
        grows linearly with the context.
        """
        return 2.0 * self.matmul_params + self.attention_flops_per_context_token * context_tokens


# Sizes from each model's config.json (meta-llama on the Hugging Face Hub).
LLAMA3_8B = ModelShape(
    name="Llama-3-8B", num_layers=32, hidden_size=4096, num_heads=32, num_kv_heads=8,
    intermediate_size=14336, vocab_size=128256, max_context_tokens=8192,
)
LLAMA2_13B = ModelShape(
    name="Llama-2-13B", num_layers=40, hidden_size=5120, num_heads=40, num_kv_heads=40,
    intermediate_size=13824, vocab_size=32000, max_context_tokens=4096,
)
LLAMA3_70B = ModelShape(
    name="Llama-3-70B", num_layers=80, hidden_size=8192, num_heads=64, num_kv_heads=8,
    intermediate_size=28672, vocab_size=128256, max_context_tokens=8192,
)

MODEL_SHAPES = {shape.name: shape for shape in (LLAMA3_8B, LLAMA2_13B, LLAMA3_70B)}
