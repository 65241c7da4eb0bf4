"""``deeptune-attention``: DeepTune with a bidirectional LSTM and attention pooling over all its
states (targets DeepTune's unidirectional LSTM that reads only its last state).

Rationale. DeepTune's decision sees the source through one vector: the second LSTM's state after
the last atom. Whatever the kernel did 800 atoms earlier (a loop nest, a barrier, a double
load) must survive 800 recurrent updates to count, and each position sees only what came before
it. Here a bidirectional two-layer LSTM (64 per direction) gives every position both its past
and its future, and attention pooling with a learned query (score_t = q . tanh(W h_t), softmax
over the positions of the source only) lets the decision weight any position directly. The
sequence is padded at the *end*; the forward direction reads it as it is, the backward direction
reads each source reversed within its own length, so no state at a source's own positions has
read padding, and attention masks the padding positions out: a source's state depends neither on
the padding (tested) nor on the other sources of its batch.

Encoding: the same 1024 atoms DeepTune reads (the last 1024 of the greedy atomizer's output by
default), padded at the end; the array's first column carries each source's length, so the mask
comes from lengths, not from the padding's ids.

Identical to DeepTune: the normalisation and atomizer (vocabulary fitted on the training
sources), embedding 64, two LSTM layers of 64 units (per direction), the decision head
``launch_head`` (its source state is 128 wide: two directions) and the auxiliary head with
weight 0.2, Adam 1e-3, 50 epochs, batch 64.
"""

from __future__ import annotations

import numpy as np

from throttllem.devmap.source.atomizer import PAD
from throttllem.devmap.models.base import register
from throttllem.devmap.models.deeptune import DeepTune, source_net_base
from throttllem.devmap.models.sequence import load_torch
from throttllem.errors import InvalidArgumentError


def encode_with_lengths(id_lists, length: int, *, keep: str = "tail") -> np.ndarray:
    """(n, 1 + length) int32: column 0 the kept length, then the kept ids padded at the end.
    ``keep="tail"`` keeps the last ``length`` ids (DeepTune's choice), ``"head"`` the first."""
    if keep not in ("head", "tail"):
        raise InvalidArgumentError(f"keep must be 'head' or 'tail', got {keep!r}")
    out = np.full((len(id_lists), 1 + length), PAD, dtype=np.int32)
    for row, ids in enumerate(id_lists):
        ids = ids[:length] if keep == "head" else ids[-length:]
        out[row, 0] = len(ids)
        out[row, 1:1 + len(ids)] = ids
    return out


def within_length_reversal(torch, lengths, width: int):
    """(S, width) index that reverses each row's first ``lengths[s]`` positions and keeps the
    rest in place (an involution): ``x.gather`` with it turns end-padded sequences into their
    reversed sequences, still end-padded."""
    t = torch.arange(width, device=lengths.device)[None, :]
    return torch.where(t < lengths[:, None], lengths[:, None] - 1 - t, t)


def build_network(vocab_size: int, *, embedding: int = 64, hidden: int = 64, dense: int = 32, layers: int = 2):
    """forward(encoded (S, 1 + L) as ``encode_with_lengths`` makes it, aux (B, 2), source_of_row (B,)).

    The bidirectional LSTM is ``layers`` x (forward, backward) single-direction ``nn.LSTM``s: the
    forward one reads the end-padded sequence, the backward one the sequence reversed within its
    length (a gather), so at a source's positions neither ever reads padding. This is what a
    packed bidirectional LSTM computes, without packing: torch's CPU backward through packed
    sequences of mixed lengths is ~100x slower than through a plain batch (measured, torch 2.13:
    81 s vs 1.1 s for 40 sequences of up to 1024), and without packing a batch needs no host
    sync (every batch is L wide).
    """
    torch = load_torch()
    nn = torch.nn

    class AttentionNet(source_net_base(torch)):
        def encoder(self):
            widths = [embedding] + [2 * hidden] * (layers - 1)
            self.forward_lstms = nn.ModuleList(nn.LSTM(w, hidden, batch_first=True) for w in widths)
            self.backward_lstms = nn.ModuleList(nn.LSTM(w, hidden, batch_first=True) for w in widths)
            self.key = nn.Linear(2 * hidden, 2 * hidden)
            self.query = nn.Parameter(torch.empty(2 * hidden).uniform_(-0.1, 0.1))

        def states(self, encoded):
            """(per-position states (S, L, 2H), valid-position mask (S, L))."""
            lengths = encoded[:, 0].long().clamp(min=1)
            ids = encoded[:, 1:].long()
            width = ids.shape[1]
            reverse = within_length_reversal(torch, lengths, width)[:, :, None]
            x = self.embedding(ids)
            for ahead, back in zip(self.forward_lstms, self.backward_lstms):
                fwd, _ = ahead(x)
                rev = x.gather(1, reverse.expand(-1, -1, x.shape[2]))
                bwd, _ = back(rev)
                bwd = bwd.gather(1, reverse.expand(-1, -1, bwd.shape[2]))  # back to source order
                x = torch.cat([fwd, bwd], dim=2)
            return x, torch.arange(width, device=ids.device)[None, :] < lengths[:, None]

        def attention(self, encoded):
            """(states (S, L, 2H), attention weights (S, L); zero past each source's length)."""
            states, mask = self.states(encoded)
            scores = torch.tanh(self.key(states)) @ self.query
            return states, torch.softmax(scores.masked_fill(~mask, float("-inf")), dim=1)

        def source_states(self, encoded):
            states, weights = self.attention(encoded)
            return (weights.unsqueeze(2) * states).sum(dim=1)

    return AttentionNet(vocab_size, embedding, 2 * hidden, dense)


@register
class DeepTuneAttention(DeepTune):
    """DeepTune's input through a bidirectional LSTM with masked attention pooling."""

    name = "deeptune-attention"
    summary = ("DeepTune's 1024 atoms -> embedding 64 -> BiLSTM 64 x2 -> attention pooling (learned query) "
               "+ [transfer, wgsize] -> dense 32 -> 2")

    def __init__(self, sequence_length: int = 1024, keep: str = "tail", **options) -> None:
        super().__init__(sequence_length=sequence_length, keep=keep, **options)
        if keep not in ("head", "tail"):
            raise InvalidArgumentError(f"keep must be 'head' or 'tail', got {keep!r}")

    def encode(self, sources) -> np.ndarray:
        return encode_with_lengths([self.atomizer.encode(s) for s in sources], self.sequence_length, keep=self.keep)

    def build_network(self, torch):
        return build_network(self.atomizer.vocab_size)
